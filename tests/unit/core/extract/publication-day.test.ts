import { describe, expect, it } from 'vitest';
import { publicationDay } from '../../../../lib/core/extract/publication-day';

describe('publication day', () => {
  it('takes the first source that gives a date', () => {
    expect(publicationDay([null, 'not a date', '2021-06-30T09:00:00+02:00', '2021-07-01'])).toBe('2021-06-30');
    expect(publicationDay([null, ''])).toBeNull();
  });

  it('prefers the publisher’s offset when a later source gives the same instant', () => {
    // 02:30 UTC on the 5th is 21:30 on the 4th in New York.
    expect(publicationDay(['2020-03-05T02:30:00Z', '2020-03-04T21:30:00-05:00'])).toBe('2020-03-04');
    expect(publicationDay(['2020-03-05T02:30:00+00:00', null, '2020-03-04T21:30:00-0500'])).toBe('2020-03-04');
  });

  it('keeps the UTC day when no other source gives that instant', () => {
    expect(publicationDay(['2020-03-05T02:30:00Z', '2020-03-04T20:00:00-05:00'])).toBe('2020-03-05');
    expect(publicationDay(['2020-03-05T02:30:00Z'])).toBe('2020-03-05');
  });

  it('keeps a first source that states a local offset', () => {
    expect(publicationDay(['2020-03-05T08:30:00+09:00', '2020-03-04T23:30:00Z'])).toBe('2020-03-05');
  });
});
