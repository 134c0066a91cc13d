import { describe, expect, it } from 'vitest';
import { pairwiseScore, seededHalf, type QueryOutcome } from '../../../../lib/core/match/evaluation';

const gold: Record<string, string> = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B' };
const outcome = (id: string, ranked: string[], same: string[]): QueryOutcome => ({ id, ranked, sameStory: new Set(same) });

describe('pairwiseScore', () => {
  const outcomes = new Map([
    ['a1', outcome('a1', ['a2', 'b1', 'a3'], ['a2', 'b1'])],
    ['a2', outcome('a2', ['a1'], [])],
    ['a3', outcome('a3', [], [])],
    ['b1', outcome('b1', ['b2'], ['b2'])],
    ['b2', outcome('b2', ['b1'], [])],
  ]);
  const all = Object.keys(gold);

  it('counts a pair once when either side predicts it', () => {
    const s = pairwiseScore(outcomes, all, all, (id) => gold[id]);
    expect(s.goldPairs).toBe(4); // a1a2 a1a3 a2a3 b1b2
    expect(s.predictedPairs).toBe(3); // a1a2 a1b1 b1b2
    expect(s.precision).toBeCloseTo(2 / 3, 6);
    expect(s.recall).toBeCloseTo(2 / 4, 6);
  });

  it('scores a subset of queries on all their pairs, wrong links into the rest included', () => {
    const s = pairwiseScore(outcomes, ['b1', 'b2'], all, (id) => gold[id]);
    expect(s.goldPairs).toBe(1);
    expect(s.predictedPairs).toBe(2); // b1b2 and the wrong a1b1
    expect(s.recallAt5).toBe(1);
  });

  it('averages recall@5 over the queries whose story has other members', () => {
    const s = pairwiseScore(outcomes, all, all, (id) => gold[id]);
    // a1: 2/2, a2: 1/2, a3: 0/2, b1: 1, b2: 1
    expect(s.recallAt5).toBeCloseTo((1 + 0.5 + 0 + 1 + 1) / 5, 6);
  });
});

describe('seededHalf', () => {
  it('is stable for a seed and splits labels roughly in half', () => {
    const labels = Array.from({ length: 1000 }, (_, i) => `story:${i}`);
    expect(labels.map((l) => seededHalf(l, 7))).toEqual(labels.map((l) => seededHalf(l, 7)));
    const ones = labels.filter((l) => seededHalf(l, 7) === 1).length;
    expect(ones).toBeGreaterThan(400);
    expect(ones).toBeLessThan(600);
  });
});

describe('pairwiseScore on sampled queries', () => {
  it('counts only the gold pairs that involve a query', () => {
    const outcomes = new Map([['a1', outcome('a1', ['a2', 'a3'], ['a2', 'a3'])]]);
    const s = pairwiseScore(outcomes, ['a1'], Object.keys(gold), (id) => gold[id]);
    expect(s.goldPairs).toBe(2); // a1a2, a1a3 (not a2a3)
    expect(s.f1).toBe(1);
  });
});
