import { describe, expect, it } from 'vitest';
import { compareDates, sameDate } from '../../../../lib/core/compare/dates';
import { analysed } from './fixtures';

describe('sameDate', () => {
  it('equates a date with and without its year, a day inside its week, and an anchored weekday', () => {
    expect(sameDate('2022-03-24', 'XXXX-03-24')).toBe(true);
    expect(sameDate('week of 2022-03-21', '2022-03-24')).toBe(true);
    expect(sameDate('thursday', '2022-03-24', ['2022-03-22'])).toBe(true);
    expect(sameDate('thursday', '2022-02-24', ['2022-03-22'])).toBe(false);
    expect(sameDate('2022-03-24', '2022-03-25')).toBe(false);
  });
});

describe('compareDates', () => {
  it('treats a weekday and the date it falls on as one date', () => {
    const found = compareDates([
      analysed('a', 'Psaki announced the trip on Tuesday.', '2022-03-15'),
      analysed('b', 'Psaki announced the trip on March 15.', '2022-03-16'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'consensus' })]);
  });

  it('reports two different days for the same event as a conflict', () => {
    const found = compareDates([
      analysed('a', 'The staffer apologized on Friday for the Facebook post.', '2014-11-30'),
      analysed('b', 'The staffer apologized on Saturday for the Facebook post.', '2014-11-30'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'conflict' })]);
  });

  it('reports a date only one article gives as partial', () => {
    const found = compareDates([
      analysed('a', 'The invasion began on Feb. 24.'),
      analysed('b', 'The invasion continues.'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'partial', missingFrom: ['b'] })]);
  });
});
