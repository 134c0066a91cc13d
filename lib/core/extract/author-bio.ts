import { wordCount } from './text-shape';
import { escapeRegExp } from '../text/regexp';

/**
 * The author's bio that closes many articles ("Jane Doe is a reporter for Example News.", "Jane
 * joined the magazine in 2017."): a short line that opens with the byline's name, full or first,
 * and goes on to say who they are. Without a byline there is nothing to recognise.
 */
const BIO_VERB = String.raw`(?:is an?|is the|joined|has been|has worked|covers|writes|reports)\b`;
const MAX_BIO_WORDS = 60;
const BY_PREFIX = /^(?:by|from|written by|words by)\s+/i;

export function authorBioTest(byline: string | null): (line: string) => boolean {
  const name = byline?.replace(BY_PREFIX, '').split(/,| and /)[0].trim();
  if (!name || wordCount(name) < 2) return () => false;
  const first = name.split(/\s+/)[0];
  const opening = new RegExp(`^(?:${escapeRegExp(name)}|${escapeRegExp(first)})\\s+${BIO_VERB}`);
  return (line) => wordCount(line) <= MAX_BIO_WORDS && opening.test(line);
}

