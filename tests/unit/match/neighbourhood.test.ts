import { describe, expect, it } from 'vitest';
import { queryCluster } from '../../../lib/match/neighbourhood';

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
