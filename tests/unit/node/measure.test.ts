import { describe, expect, it } from 'vitest';
import { median, quantile, round, sample, seededRandom, shuffle, timed } from '../../../lib/node/measure';

describe('the timing and sampling helpers', () => {
  it('median: the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('quantile: the value at that rank of the sorted values', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(quantile(values, 0.5)).toBe(60);
    expect(quantile(values, 0.95)).toBe(100);
    expect(quantile(values, 0)).toBe(10);
  });

  it('round: to the given digits', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.23456, 3)).toBe(1.235);
  });

  it('seededRandom: the same seed gives the same numbers in [0, 1), another seed others', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    for (const x of draw(7)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffle and sample: deterministic for a seed, a permutation, the input untouched', () => {
    const list = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = shuffle(list, seededRandom(1));
    expect(shuffled).toEqual(shuffle(list, seededRandom(1)));
    expect(shuffled).not.toEqual(list);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(list);
    expect(list[0]).toBe(0);
    expect(sample(list, 5, seededRandom(1))).toEqual(shuffled.slice(0, 5));
  });

  it('timed: the milliseconds the work took', () => {
    const ms = timed(() => {
      const end = performance.now() + 5;
      while (performance.now() < end);
    });
    expect(ms).toBeGreaterThanOrEqual(5);
  });
});
