import type { CorpusRecord } from '../../core/types';
import { sample } from '../measure';
import { distractors } from './matching';

/** One stored article in ten keeps its full text; the others are cut to what a feed entry holds. */
const FULL_TEXT_EVERY = 10;
/** About what a feed's summary holds. */
export const FEED_SUMMARY_CHARS = 300;
/** Distractors are made this many at a time and cut at once, so 100k full texts never coexist. */
const GENERATED_AT_ONCE = 10_000;

/** The record as a feed entry would bring it: its headline and the opening words of its text, cut after a whole word. */
export function feedEntrySized(record: CorpusRecord): CorpusRecord {
  if (record.text.length <= FEED_SUMMARY_CHARS) return record;
  const cut = record.text.slice(0, FEED_SUMMARY_CHARS + 1);
  const lastSpace = cut.search(/\s\S*$/);
  return { ...record, text: (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, FEED_SUMMARY_CHARS)).trim() };
}

/**
 * A reader's store of `size` articles: shared articles (a sample of them when there are more than
 * `size`), then distractors shaped like them with ids `${idPrefix}N`; every tenth article keeps its
 * full text, the rest are feed-entry sized. The same `random` sequence gives the same store.
 */
export function storeCorpus(shared: CorpusRecord[], size: number, random: () => number, idPrefix = 'store-bench:'): CorpusRecord[] {
  const records = (shared.length >= size ? sample(shared, size, random) : shared).map(cutUnlessKept);
  while (records.length < size) {
    const first = records.length;
    // distractors numbers its ids from 0 on every call: renumbered here so they stay unique.
    const generated = distractors(shared, Math.min(GENERATED_AT_ONCE, size - first), random);
    records.push(...generated.map((record, index) => cutUnlessKept({ ...record, id: `${idPrefix}${first + index}` }, first + index)));
  }
  return records;
}

function cutUnlessKept(record: CorpusRecord, index: number): CorpusRecord {
  return index % FULL_TEXT_EVERY === 0 ? record : feedEntrySized(record);
}
