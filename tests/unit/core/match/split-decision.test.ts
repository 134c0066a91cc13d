import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../../../../lib/core/match/parameters';
import { isStorySplit, splitFeatures, SPLIT_FEATURES } from '../../../../lib/core/match/split-decision';

const links = (n: number, f: (i: number, j: number) => number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : f(Math.min(i, j), Math.max(i, j)))));
const own = [0, 1, 2, 3, 4];
const other = [5, 6, 7, 8];

describe('splitFeatures', () => {
  it('measures the cut: link across, each half\'s cohesion, the query\'s link to the other half, sizes', () => {
    // Query 0 links its half at 0.2, the rest of its half links at 0.15; the other half is tight (0.6); 0.07 across.
    const link = links(9, (i, j) => (j <= 4 ? (i === 0 ? 0.2 : 0.15) : i >= 5 ? 0.6 : i === 0 ? 0.05 : 0.08));
    const f = Object.fromEntries(SPLIT_FEATURES.map((name, k) => [name, splitFeatures(link, own, other)[k]]));
    expect(f.betweenLink).toBeCloseTo((4 * 0.05 + 16 * 0.08) / 20, 10);
    expect(f.ownCohesion).toBeCloseTo((4 * 0.2 + 6 * 0.15) / 10, 10);
    expect(f.otherCohesion).toBeCloseTo(0.6, 10);
    expect(f.queryToOther).toBeCloseTo(0.05, 10);
    expect([f.logOwnSize, f.logOtherSize]).toEqual([Math.log(5), Math.log(4)]);
    expect(f.betweenOverCohesion).toBeCloseTo(f.betweenLink / f.ownCohesion, 10);
  });

  it('counts a single article as fully cohesive', () => {
    const f = splitFeatures(links(3, () => 0.3), [0, 1], [2]);
    expect(f[SPLIT_FEATURES.indexOf('otherCohesion')]).toBe(1);
  });
});

describe('the fitted split decision', () => {
  it('splits off a tight other event that is barely linked to a loose story', () => {
    const link = links(9, (i, j) => (j <= 4 ? (i === 0 ? 0.2 : 0.15) : i >= 5 ? 0.6 : 0.07));
    expect(isStorySplit(DEFAULT_PARAMETERS.storySplit, splitFeatures(link, own, other))).toBe(true);
  });

  it('keeps together a story whose halves are linked as closely as within them', () => {
    const link = links(9, () => 0.3);
    expect(isStorySplit(DEFAULT_PARAMETERS.storySplit, splitFeatures(link, own, other))).toBe(false);
  });
});
