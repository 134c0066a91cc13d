import { describe, expect, it } from 'vitest';
import { fitLogistic, logOdds } from '../../../../lib/core/match/logistic';

// Labels true above 0.5 on the first feature, with a band of mixed labels around it; the second feature is noise.
const xs = Array.from({ length: 200 }, (_, i) => [i / 199, (i * 37) % 11]);
const labels = xs.map(([x], i) => (Math.abs(x - 0.5) < 0.05 ? i % 2 === 0 : x > 0.5));

describe('fitLogistic', () => {
  it('finds the boundary of the informative feature', () => {
    const model = fitLogistic(xs, labels);
    expect(logOdds(model, [0.3, 5])).toBeLessThan(0);
    expect(logOdds(model, [0.7, 5])).toBeGreaterThan(0);
    expect(Math.abs(model.weights[0])).toBeGreaterThan(10 * Math.abs(model.weights[1]));
  });

  it('does not depend on the scale of a feature', () => {
    const scaled = fitLogistic(xs.map(([a, b]) => [a * 1000, b]), labels);
    const plain = fitLogistic(xs, labels);
    for (const [a, b] of [[0.2, 3], [0.52, 7], [0.9, 1]]) expect(logOdds(scaled, [a * 1000, b])).toBeCloseTo(logOdds(plain, [a, b]), 6);
  });

  it('keeps the weights finite on separable data (the ridge)', () => {
    const model = fitLogistic([[0], [1]], [false, true]);
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(logOdds(model, [1])).toBeGreaterThan(0);
  });
});
