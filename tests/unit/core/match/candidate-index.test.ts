import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../../../lib/core/match/candidate-index';
import { unitVector } from '../../../../lib/core/match/similarity';

describe('CandidateIndex', () => {
  const vectors = [unitVector([0, 1], [1, 1]), unitVector([1, 2], [1, 3]), unitVector([3], [1])];

  it('adds up the weights a query shares with each posted article', () => {
    const index = new CandidateIndex(vectors, 4, Infinity);
    const scores = new Float32Array(3);
    const touched: number[] = [];
    index.accumulate(unitVector([1], [1]), Infinity, scores, touched);
    expect(touched.sort()).toEqual([0, 1]);
    expect(scores[0]).toBeCloseTo(Math.SQRT1_2, 5);
    expect(scores[1]).toBeCloseTo(1 / Math.sqrt(10), 5);
    expect(scores[2]).toBe(0);
  });

  it('posts each article under its strongest terms only', () => {
    const index = new CandidateIndex(vectors, 4, 1);
    const scores = new Float32Array(3);
    const touched: number[] = [];
    index.accumulate(unitVector([1], [1]), Infinity, scores, touched);
    // article 1's strongest term is 2, so it is not posted under 1
    expect(touched).not.toContain(1);
  });
});
