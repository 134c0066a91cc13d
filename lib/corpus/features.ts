import type { CorpusRecord } from '../types';
import { names } from '../text/names';
import { sentences } from '../text/sentences';
import { STOPWORDS } from '../text/stopwords';
import { contentTerms, stem, termCounts, words } from '../text/terms';

/** What matching needs of an article, computed once when the corpus is built. */
export interface ArticleFeatures {
  /** Content terms with their counts (headline terms count twice), most frequent first, capped. */
  terms: [string, number][];
  /** Distinct proper names, lower-cased, in order of first mention. */
  names: string[];
}

const MAX_TERMS = 150;
const MAX_NAMES = 60;

export function articleFeatures(record: Pick<CorpusRecord, 'title' | 'text'>): ArticleFeatures {
  const title = record.title ?? '';
  const titleTerms = contentTerms(title).map(stem);
  const counts = termCounts([...titleTerms, ...titleTerms, ...contentTerms(record.text).map(stem)]);
  const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);
  const nameSet = new Set<string>();
  for (const sentence of [title, ...sentences(record.text)]) {
    for (const name of names(sentence)) nameSet.add(name.toLowerCase());
  }
  return { terms, names: [...nameSet].slice(0, MAX_NAMES) };
}

/** The words of names ("jen psaki" → jen, psaki), so "Psaki" and "Jen Psaki" share an entity. */
export function nameTokens(nameList: string[]): string[] {
  const tokens = new Set<string>();
  for (const name of nameList) for (const word of words(name)) if (word.length > 2 && !STOPWORDS.has(word)) tokens.add(word);
  return [...tokens];
}
