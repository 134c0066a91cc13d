import { describe, expect, it } from 'vitest';
import { scoreExtraction } from '../../../../lib/node/eval/extraction';

describe('the benchmark metric', () => {
  it('scores a perfect extraction 1 and shingles whole words of any script', () => {
    expect(scoreExtraction(['Один два три четыре пять'], ['Один, два; три четыре пять!'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts extra and missing 4-gram shingles per page, then averages pages', () => {
    // Truth has 3 shingles (a b c d / b c d e / c d e f); the prediction adds "x": 3 more shingles, 1 kept.
    const { precision, recall } = scoreExtraction(['a b c d e f'], ['a b c d x e f']);
    // tp 1, fp 3, fn 2 → P 1/4, R 1/3.
    expect(precision).toBeCloseTo(1 / 4);
    expect(recall).toBeCloseTo(1 / 3);
  });

  it('leaves an empty prediction out of precision and counts it as zero recall', () => {
    const score = scoreExtraction(['a b c d e', 'f g h i j'], ['a b c d e', '']);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo((2 * 0.5) / 1.5);
  });
});
