import type { CorpusRecord } from '../types';
import { names } from '../text/names';
import { sentences } from '../text/sentences';
import { STOPWORDS } from '../text/stopwords';
import { matchingTerms, stem, termCounts, words } from '../text/terms';

/** What matching needs of an article, computed once when the corpus is built. */
export interface ArticleFeatures {
  /** Stemmed matching terms (content words and numbers) with their counts (headline terms count twice), most frequent first, capped. */
  terms: [string, number][];
  /**
   * The words of its proper names ("Jen Psaki" → jen, psaki), lower-cased, in order of first
   * mention, so that "Psaki" and "Jen Psaki" share an entity.
   */
  entities: string[];
  /** Every mention of a proper name as written, in order ("Jens Stoltenberg", "NATO", "Stoltenberg"). */
  names: string[];
}

const MAX_TERMS = 150;
const MAX_ENTITIES = 80;

export function articleFeatures(record: Pick<CorpusRecord, 'title' | 'text'>): ArticleFeatures {
  const title = record.title ?? '';
  const titleTerms = matchingTerms(title).map(stem);
  const counts = termCounts([...titleTerms, ...titleTerms, ...matchingTerms(record.text).map(stem)]);
  const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);
  const mentions = [title, ...sentences(record.text)].flatMap(names);
  const entities = new Set(mentions.flatMap(nameWords));
  return { terms, entities: [...entities].slice(0, MAX_ENTITIES), names: mentions };
}

/** The entity words of a name ("Jens Stoltenberg's" → jens, stoltenberg). */
export function nameWords(name: string): string[] {
  return words(name).filter((word) => word.length > 2 && !STOPWORDS.has(word));
}
