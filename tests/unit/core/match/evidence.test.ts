import { describe, expect, it } from 'vitest';
import { canBeSameStory, compareOutlets, linkStrength, pairScore, type PairEvidence } from '../../../../lib/core/match/evidence';
import { DEFAULT_PARAMETERS as p, SHORT_TEXT_TERMS } from '../../../../lib/core/match/parameters';

const evidence = (overrides: Partial<PairEvidence> = {}): PairEvidence => ({ termCosine: 0.5, nameCosine: 0.5, daysApart: null, sameSource: false, shorterTerms: 150, leadWeekdaysDiffer: false, ...overrides });

describe('pair evidence', () => {
  it('weighs terms and names, and an unknown date neither helps nor hurts', () => {
    const dated = { ...p, dateWeight: 0.4 };
    expect(pairScore(evidence(), dated)).toBeCloseTo(0.5 * (p.termWeight + p.nameWeight), 6);
    expect(pairScore(evidence({ daysApart: 0 }), dated)).toBeGreaterThan(pairScore(evidence(), dated));
    expect(pairScore(evidence({ daysApart: 30 }), dated)).toBeLessThan(pairScore(evidence(), dated));
  });

  it('rules out the same outlet and dates too far apart, whatever the text', () => {
    expect(canBeSameStory(evidence(), p)).toBe(true);
    expect(canBeSameStory(evidence({ sameSource: true }), p)).toBe(false);
    expect(canBeSameStory(evidence({ daysApart: p.maxDaysApart + 1 }), p)).toBe(false);
    expect(linkStrength(evidence({ termCosine: 1, sameSource: true }), p)).toBe(0);
  });

  it('holds short texts to their own threshold', () => {
    const q = { ...p, topicLink: 0.3, shortTopicLink: 0.4 };
    expect(linkStrength(evidence({ shorterTerms: SHORT_TEXT_TERMS - 1 }), q)).toBeCloseTo(linkStrength(evidence(), q) - 0.1, 6);
  });

  it('lowers the link of two leads that name different weekdays by the penalty, and only the link', () => {
    const apart = evidence({ leadWeekdaysDiffer: true });
    expect(linkStrength(apart, p)).toBeCloseTo(linkStrength(evidence(), p) - p.otherWeekdayPenalty, 6);
    expect(pairScore(apart, p)).toBe(pairScore(evidence(), p));
  });

  it('compares outlet names loosely', () => {
    expect(compareOutlets('Fox News (Online News)', 'fox news online news')).toBe('same');
    expect(compareOutlets('Fox News', 'CNN')).toBe('different');
  });

  it('leaves two outlets unknown when either name is missing or blank', () => {
    expect(compareOutlets(null, null)).toBe('unknown');
    expect(compareOutlets('Fox News', null)).toBe('unknown');
    expect(compareOutlets(null, 'Fox News')).toBe('unknown');
    expect(compareOutlets(' — ', 'Fox News')).toBe('unknown');
  });
});
