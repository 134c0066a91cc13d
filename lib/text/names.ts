import { STOPWORDS } from './stopwords';

/**
 * Proper-name candidates: runs of capitalised words ("Jens Stoltenberg", "North Atlantic Treaty
 * Organisation", "NATO"). A single capitalised word that opens a sentence and is an ordinary word
 * ("The", "While") is not a name.
 */
const CAPITALISED_RUN = /(?:[A-Z][\p{L}'’.-]*[\p{L}])(?:\s+(?:(?:of|the|de|von|van|al|bin)\s+)?[A-Z][\p{L}'’.-]*[\p{L}])*/gu;
const TITLES = /^(?:Mr|Mrs|Ms|Dr|President|Prime Minister|Secretary|Secretary-General|Secretary General|Press Secretary|Chancellor|Gov|Governor|Sen|Senator|Rep|Gen|General|King|Queen|Pope|Minister)\.?\s+/;

export function names(sentence: string): string[] {
  const out: string[] = [];
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    let name = match[0].replace(/['’]s$/, '');
    const atStart = sentence.slice(0, match.index).trim() === '' || /[.!?"“]\s*$/.test(sentence.slice(0, match.index));
    const firstWord = name.split(/\s+/)[0];
    if (atStart && STOPWORDS.has(firstWord.toLowerCase())) {
      name = name.slice(firstWord.length).trim();
    }
    while (TITLES.test(name)) name = name.replace(TITLES, '');
    if (name.length < 2 || STOPWORDS.has(name.toLowerCase())) continue;
    out.push(name);
  }
  return out;
}
