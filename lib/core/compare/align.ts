import { contentTerms } from '../text/terms';

/**
 * Dice overlap of two sets of content terms: 1 for the same terms, 0 for none shared. With
 * `weight`, rarer terms count more (a story's ever-present names say little about a sentence).
 */
export function similarity(a: Set<string>, b: Set<string>, weight: (term: string) => number = () => 1): number {
  let shared = 0;
  let total = 0;
  for (const term of a) {
    const w = weight(term);
    total += w;
    if (b.has(term)) shared += 2 * w;
  }
  for (const term of b) total += weight(term);
  return total === 0 ? 0 : shared / total;
}

/** Inverse document frequency over sentences: terms in few sentences weigh more. */
export function sentenceIdf(sentenceTerms: Set<string>[]): (term: string) => number {
  const frequency = new Map<string, number>();
  for (const terms of sentenceTerms) for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return (term) => Math.log(1 + sentenceTerms.length / (frequency.get(term) ?? 1));
}

/** Content terms of the words around a value in its sentence (the value itself left out). */
export function contextAround(sentence: string, start: number, end: number, width = 8): Set<string> {
  const before = sentence.slice(0, start).split(/\s+/).slice(-width).join(' ');
  const after = sentence.slice(end).split(/\s+/).slice(0, width + 1).join(' ');
  return new Set(contentTerms(`${before} ${after}`));
}
