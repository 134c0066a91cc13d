import { contentTerms } from '../text/terms';

/** Dice overlap of two sentences' content terms: 1 for the same terms, 0 for none shared. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Content terms of the words around a value in its sentence (the value itself left out). */
export function contextAround(sentence: string, start: number, end: number, width = 8): Set<string> {
  const before = sentence.slice(0, start).split(/\s+/).slice(-width).join(' ');
  const after = sentence.slice(end).split(/\s+/).slice(0, width + 1).join(' ');
  return new Set(contentTerms(`${before} ${after}`));
}
