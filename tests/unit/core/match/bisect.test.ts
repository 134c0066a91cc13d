import { describe, expect, it } from 'vitest';
import { principalEigenvector, principalSplit } from '../../../../lib/core/match/bisect';

/** Symmetric link matrix from a function of two node indexes. */
const links = (n: number, f: (i: number, j: number) => number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : f(Math.min(i, j), Math.max(i, j)))));

describe('principalEigenvector', () => {
  it('satisfies A v = λ v for the largest λ of a symmetric matrix', () => {
    const a = [
      [4, 1, 2, 0],
      [1, 3, 0, 1],
      [2, 0, 5, 1],
      [0, 1, 1, 2],
    ];
    const v = principalEigenvector(a);
    const av = a.map((row) => row.reduce((sum, x, j) => sum + x * v[j], 0));
    const lambda = av.reduce((sum, x, i) => sum + x * v[i], 0) / v.reduce((sum, x) => sum + x * x, 0);
    av.forEach((x, i) => expect(x).toBeCloseTo(lambda * v[i], 8));
    // Gershgorin: every eigenvalue is below 8, and the largest is above the largest diagonal entry.
    expect(lambda).toBeGreaterThan(5);
    expect(lambda).toBeLessThan(8);
  });

  it('picks the largest eigenvalue, not the largest in magnitude', () => {
    const v = principalEigenvector([
      [-9, 0],
      [0, 1],
    ]);
    expect(Math.abs(v[1])).toBeCloseTo(1, 10);
  });
});

describe('principalSplit', () => {
  it('cuts a group between its two events, even when one event is loosely knit', () => {
    // Nodes 0-3: one event whose articles share little (0.15); nodes 4-7: another, tightly knit (0.6); across: 0.05.
    const event = (i: number) => (i < 4 ? 'a' : 'b');
    const link = links(8, (i, j) => (event(i) !== event(j) ? 0.05 : event(i) === 'a' ? 0.15 : 0.6));
    const halves = principalSplit(link, [0, 1, 2, 3, 4, 5, 6, 7])!;
    expect(halves.map((h) => h.join()).sort()).toEqual(['0,1,2,3', '4,5,6,7']);
  });

  it('works on a subset of the nodes and returns their indexes', () => {
    const link = links(6, (i, j) => (i % 2 === j % 2 ? 0.5 : 0));
    const halves = principalSplit(link, [1, 2, 3, 4])!;
    expect(halves.map((h) => h.join()).sort()).toEqual(['1,3', '2,4']);
  });

  it('cannot cut a single article or a group whose links are all alike', () => {
    expect(principalSplit(links(3, () => 0.4), [2])).toBeNull();
    const halves = principalSplit(links(4, () => 0.4), [0, 1, 2, 3]);
    // Any cut of identical links is arbitrary; what matters is that nothing crashes and halves are disjoint.
    if (halves) expect(new Set([...halves[0], ...halves[1]]).size).toBe(4);
  });
});
