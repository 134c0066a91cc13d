import { wordCount } from './text-shape';

/**
 * Readability 0.6.0 takes the site name off "Headline | Site" and "Headline - Site" but not off
 * "Headline – Site" or "Headline — Site" (en and em dashes). When its title is still the whole
 * document title, a short last part after such a dash is taken off too, if 3 words or more remain.
 * (Only for titles derived from <title>: a title the page declares in its metadata is kept as is.)
 */
const DASH_SEPARATOR = / [–—] /g;
const MAX_SITE_WORDS = 5;
const MIN_HEADLINE_WORDS = 3;

export function withoutSiteSuffix(title: string, documentTitle: string | null): string {
  if (title !== documentTitle) return title;
  const separators = Array.from(title.matchAll(DASH_SEPARATOR));
  const last = separators[separators.length - 1];
  if (last?.index === undefined) return title;
  const headline = title.slice(0, last.index).trim();
  const site = title.slice(last.index + last[0].length);
  return wordCount(site) <= MAX_SITE_WORDS && wordCount(headline) >= MIN_HEADLINE_WORDS ? headline : title;
}
