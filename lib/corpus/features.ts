import type { CorpusRecord } from '../types';
import { names } from '../text/names';
import { sentences } from '../text/sentences';
import { contentTerms, termCounts } from '../text/terms';

/** What matching needs of an article, computed once when the corpus is built. */
export interface ArticleFeatures {
  /** Content terms with their counts (headline terms count twice), most frequent first, capped. */
  terms: [string, number][];
  /** Distinct proper names, lower-cased. */
  names: string[];
}

const MAX_TERMS = 200;
const MAX_NAMES = 60;

export function articleFeatures(record: Pick<CorpusRecord, 'title' | 'text'>): ArticleFeatures {
  const title = record.title ?? '';
  const counts = termCounts([...contentTerms(title), ...contentTerms(title), ...contentTerms(record.text)]);
  const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);
  const nameSet = new Set<string>();
  for (const sentence of [title, ...sentences(record.text)]) {
    for (const name of names(sentence)) nameSet.add(name.toLowerCase());
  }
  return { terms, names: [...nameSet].slice(0, MAX_NAMES) };
}
