import type { CorpusRecord } from '../types';
import { weekdaysNamed } from '../text/dates';
import { names } from '../text/names';
import { sentences } from '../text/sentences';
import { STOPWORDS } from '../text/stopwords';
import { matchingTerms, stem, termCounts, words } from '../text/terms';

/** What matching needs of an article, computed once when it enters a corpus (a bundle is built, the store writes it). */
export interface ArticleFeatures {
  /** Stemmed matching terms (content words and numbers) with their counts (headline terms count twice), most frequent first, capped. */
  terms: [string, number][];
  /**
   * The words of its proper names ("Jen Psaki" → jen, psaki), lower-cased, in order of first
   * mention, so that "Psaki" and "Jen Psaki" share a name word.
   */
  nameWords: string[];
  /** Every mention of a proper name as written, in order ("Jens Stoltenberg", "NATO", "Stoltenberg"). */
  names: string[];
  /**
   * The weekdays its lead (headline and first two paragraphs) names, as a bit set (see
   * weekdaysNamed): news leads name the day of the event ("on Tuesday"), so two leads that name
   * only different days report different events.
   */
  leadWeekdays: number;
}

const MAX_TERMS = 150;
const MAX_NAME_WORDS = 80;
const LEAD_PARAGRAPHS = 2;

export function articleFeatures(record: Pick<CorpusRecord, 'title' | 'text'>): ArticleFeatures {
  const title = record.title ?? '';
  const titleTerms = matchingTerms(title).map(stem);
  const counts = termCounts([...titleTerms, ...titleTerms, ...matchingTerms(record.text).map(stem)]);
  const terms = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TERMS);
  const mentions = [title, ...sentences(record.text)].flatMap(names);
  const words = new Set(mentions.flatMap(nameWords));
  const lead = [title, ...record.text.split(/\n+/).filter((p) => p.trim()).slice(0, LEAD_PARAGRAPHS)].join('\n');
  return { terms, nameWords: [...words].slice(0, MAX_NAME_WORDS), names: mentions, leadWeekdays: weekdaysNamed(lead) };
}

/** The words of a name that matching compares ("Jens Stoltenberg's" → jens, stoltenberg). */
export function nameWords(name: string): string[] {
  return words(name).filter((word) => word.length > 2 && !STOPWORDS.has(word));
}
