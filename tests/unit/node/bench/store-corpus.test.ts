import { describe, expect, it } from 'vitest';
import type { CorpusRecord } from '../../../../lib/core/types';
import { FEED_SUMMARY_CHARS, feedEntrySized, storeCorpus } from '../../../../lib/node/bench/store-corpus';
import { seededRandom } from '../../../../lib/node/measure';

const PARAGRAPH = 'The council voted on Tuesday to widen the harbour road after a year of delays and protests. '.repeat(8).trim();

const shared: CorpusRecord[] = Array.from({ length: 30 }, (_, n) => ({
  id: `shared:${n}`,
  source: `Outlet ${n % 3}`,
  url: null,
  title: `Harbour road ${n}`,
  publishedAt: '2024-05-0' + ((n % 9) + 1),
  text: `${PARAGRAPH}\n\n${PARAGRAPH}`,
}));

describe('feedEntrySized', () => {
  it('keeps the headline and cuts the text after a whole word, within the summary length', () => {
    const entry = feedEntrySized(shared[0]);
    expect(entry.title).toBe(shared[0].title);
    expect(entry.text.length).toBeLessThanOrEqual(FEED_SUMMARY_CHARS);
    expect(entry.text.length).toBeGreaterThan(FEED_SUMMARY_CHARS - 20);
    expect(shared[0].text.startsWith(entry.text)).toBe(true);
    expect(shared[0].text[entry.text.length]).toMatch(/\s/);
  });

  it('leaves a text that is already short as it is', () => {
    const short = { ...shared[0], text: 'A short summary.' };
    expect(feedEntrySized(short)).toBe(short);
  });
});

describe('storeCorpus', () => {
  it('samples the shared articles when they are enough, one in ten kept in full', () => {
    const store = storeCorpus(shared, 20, seededRandom(1));
    expect(store).toHaveLength(20);
    expect(new Set(store.map((r) => r.id)).size).toBe(20);
    expect(store.every((r) => r.id.startsWith('shared:'))).toBe(true);
    expect(store.filter((r) => r.text.length > FEED_SUMMARY_CHARS)).toHaveLength(2);
  });

  it('adds distractors with unique new ids beyond the shared articles', () => {
    const store = storeCorpus(shared, 25_000, seededRandom(1), 'gen:');
    expect(store).toHaveLength(25_000);
    expect(new Set(store.map((r) => r.id)).size).toBe(25_000);
    expect(store.slice(0, 30).map((r) => r.id)).toEqual(shared.map((r) => r.id));
    expect(store[30].id).toBe('gen:30');
    expect(store.at(-1)!.id).toBe('gen:24999');
    expect(store.filter((r) => r.text.length > FEED_SUMMARY_CHARS)).toHaveLength(2_500);
  });

  it('is the same store for the same seed', () => {
    expect(storeCorpus(shared, 100, seededRandom(7))).toEqual(storeCorpus(shared, 100, seededRandom(7)));
  });
});
