import { STOPWORDS } from './stopwords';

/** A word: letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lower-cased words of a text, possessives and plural `s` folded so "Russia's" = "russia". */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) out.push(foldWord(match[0]));
  return out;
}

function foldWord(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** Content terms: words longer than two characters that are not stopwords and do not start with a digit. */
export function contentTerms(text: string): string[] {
  return words(text).filter(isContentTerm);
}

export const isContentTerm = (word: string) => isMatchingTerm(word) && !/^\d/.test(word);

/**
 * Terms for matching: content terms, and words of three or more characters that start with a digit
 * (numbers: "2008", "178"). Two events of one kind often differ only in their year or their figures.
 */
export function matchingTerms(text: string): string[] {
  return words(text).filter(isMatchingTerm);
}

const isMatchingTerm = (word: string) => word.length > 2 && !STOPWORDS.has(word);

/**
 * How a text writes each of its stemmed content terms: its most frequent lower-case spelling there
 * ("sanct" → "sanctions", "vaccinat" → "vaccinated"), for showing terms to a reader.
 */
export function termSpellings(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (!isContentTerm(folded)) continue;
    const spelling = match[0].replace(/['’]s?$/, '');
    const term = stem(folded);
    const spellings = counts.get(term) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    counts.set(term, spellings);
  }
  return new Map([...counts].map(([term, spellings]) => [term, [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0]]));
}

/** How many times each term occurs in `terms`. */
export function termCounts(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * A light suffix stripper for matching, one suffix at most ("vaccinated", "vaccinating" → "vaccinat";
 * "vaccination" → "vaccin"): short leads of one story often use different forms of the same words.
 */
export function stem(term: string): string {
  for (const suffix of STEM_SUFFIXES) {
    if (term.length - suffix.length >= 4 && term.endsWith(suffix)) return term.slice(0, -suffix.length);
  }
  return term;
}

const STEM_SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ement', 'ment', 'ions', 'ion', 'ers', 'er', 'ed', 'ly', 'e'];

/**
 * One word and another inflected from it ("vote", "voted"): the shorter, of four letters or more, begins the longer, at
 * most three letters short; a final "y" may turn "i" ("wealthy", "wealthiest"; "lobby", "lobbied").
 */
export function inflected(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4 || long.length - short.length > 3) return false;
  return long.startsWith(short) || yTurnedI(short, long) || (short.length === long.length && yTurnedI(long, short));
}

/** "wealthy" begins "wealthiest" with its final y turned i. Called for every pair of words compared: no regular expression. */
function yTurnedI(y: string, i: string): boolean {
  return y.endsWith('y') && i[y.length - 1] === 'i' && i.startsWith(y.slice(0, -1));
}
