import { describe, expect, it } from 'vitest';
import { averageLink, queryCluster, queryStory } from '../../../../lib/core/match/query-story';

/** Symmetric link matrix from a function of two node indexes. */
const links = (n: number, f: (i: number, j: number) => number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : f(Math.min(i, j), Math.max(i, j)))));

describe('queryCluster (average link)', () => {
  it('keeps a topic\'s other event apart even when each of its articles is close to the query', () => {
    // 0 = query, 1-2 its event, 3-5 another event of the same topic: each 0.35 from the query, 0.8 among themselves.
    const event = (i: number) => (i <= 2 ? 'a' : 'b');
    const link = links(6, (i, j) => (event(i) === event(j) ? 0.8 : 0.35 - (i === 0 ? 0 : 0.25)));
    expect(queryCluster(link, 0.3)).toEqual([1, 2]);
  });

  it('returns nothing when no candidate reaches the threshold', () => {
    expect(queryCluster(links(4, () => 0.1), 0.3)).toEqual([]);
  });

  it('joins a candidate that is close on average to the whole story', () => {
    const link = links(4, (_, j) => (j === 3 ? 0.5 : 0.9));
    expect(queryCluster(link, 0.4)).toEqual([1, 2, 3]);
    expect(queryCluster(link, 0.6)).toEqual([1, 2]);
  });
});

describe('queryStory (topic, then principal splits)', () => {
  // 0 = query; 1-4 its story, loosely knit (0.15 among themselves, 0.2 with the query);
  // 5-8 the topic's other event, tightly knit (0.6); 0.07 across the two; 9 unrelated (0).
  const event = (i: number) => (i <= 4 ? 'a' : i <= 8 ? 'b' : 'c');
  const link = links(10, (i, j) => {
    if (event(i) !== event(j)) return event(i) === 'c' || event(j) === 'c' ? 0 : 0.07;
    if (event(i) === 'b') return 0.6;
    return i === 0 ? 0.2 : 0.15;
  });
  const linkedBelow = (threshold: number) => (own: number[], other: number[]) => averageLink(link, own, other) < threshold;

  it('keeps a loosely knit story whole and splits off the topic\'s other event', () => {
    expect(queryStory(link, 0.05, linkedBelow(0.12))).toEqual([1, 2, 3, 4]);
  });

  it('keeps both events when the split decision says the cut is not two stories', () => {
    expect(queryStory(link, 0.05, linkedBelow(0.07))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns nothing when nothing reaches the topic threshold', () => {
    expect(queryStory(link, 0.25, linkedBelow(0.12))).toEqual([]);
  });

  it('asks the split decision once per cut, with the query\'s half first, and stops at its first no', () => {
    const asked: [number[], number[]][] = [];
    queryStory(link, 0.05, (own, other) => (asked.push([own, other]), false));
    expect(asked).toEqual([[[0, 1, 2, 3, 4], [5, 6, 7, 8]]]);
  });
});
