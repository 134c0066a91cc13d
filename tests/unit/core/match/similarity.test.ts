import { describe, expect, it } from 'vitest';
import { cosine, daysBetween, sharedTerms, vectorOf, withinGroupWeights } from '../../../../lib/core/match/similarity';

const vocabulary = ['nato', 'summit', 'brussels', 'rehab'];
const vector = (terms: [string, number][]) => vectorOf(terms.map(([term, weight]) => [vocabulary.includes(term) ? vocabulary.indexOf(term) : undefined, weight]));

describe('tf-idf vectors', () => {
  it('gives 1 for the same terms and 0 for none shared', () => {
    expect(cosine(vector([['nato', 2], ['summit', 1]]), vector([['summit', 1], ['nato', 2]]))).toBeCloseTo(1, 6);
    expect(cosine(vector([['nato', 1]]), vector([['rehab', 1]]))).toBe(0);
  });

  it('counts terms the corpus does not know in the norm, so they lower the cosine', () => {
    const known = vector([['nato', 1]]);
    const withUnknown = vector([['nato', 1], ['zzz', 1]]);
    expect(withUnknown.ids.length).toBe(1);
    expect(cosine(known, withUnknown)).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('lists shared terms with what each adds to the cosine', () => {
    const shared = sharedTerms(vector([['nato', 1], ['summit', 1]]), vector([['summit', 1], ['brussels', 1]]));
    expect(shared.map(([id]) => vocabulary[id])).toEqual(['summit']);
    expect(shared[0][1]).toBeCloseTo(0.5, 6);
  });
});

describe('withinGroupWeights', () => {
  const vocabularyOf = ['pirates', 'navy', 'mysore', 'sukanya', 'gulf'];
  const v = (...terms: string[]) => vectorOf(terms.map((t) => [vocabularyOf.indexOf(t), 1]));
  // Two events of one topic: every article says pirates/navy/gulf; the ship tells the events apart.
  const group = [v('pirates', 'navy', 'gulf', 'mysore'), v('pirates', 'navy', 'gulf', 'mysore'), v('pirates', 'navy', 'gulf', 'sukanya'), v('pirates', 'navy', 'gulf', 'sukanya')];

  it('lets the terms that split a group decide, not the topic every member shares', () => {
    const [a, b, c] = withinGroupWeights(group, group.length);
    expect(cosine(group[0], group[2])).toBeCloseTo(0.75, 6);
    expect(cosine(a, c)).toBeCloseTo(0, 6);
    expect(cosine(a, b)).toBeCloseTo(1, 6);
  });

  it('weighs shared terms down less in a group smaller than the minimum, as in a corpus of one story', () => {
    const [a, , c] = withinGroupWeights(group, 40);
    expect(cosine(a, c)).toBeGreaterThan(0.7);
  });

  it('keeps a term no corpus article has in the norm', () => {
    const withUnknown = vectorOf([[0, 1], [undefined, 1]]);
    const [weighted] = withinGroupWeights([withUnknown, v('navy')], 2);
    expect(cosine(weighted, v('pirates'))).toBeCloseTo(Math.SQRT1_2, 6);
  });
});

describe('daysBetween', () => {
  it('counts whole days either way and is null when a date is unknown', () => {
    expect(daysBetween('2022-03-15', '2022-03-24')).toBe(9);
    expect(daysBetween('2022-03-24', '2022-03-15')).toBe(9);
    expect(daysBetween(null, '2022-03-15')).toBeNull();
    expect(daysBetween('not a date', '2022-03-15')).toBeNull();
  });
});
