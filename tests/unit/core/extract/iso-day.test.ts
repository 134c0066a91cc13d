import { describe, expect, it } from 'vitest';
import { isoDay } from '../../../../lib/core/extract/iso-day';

describe('isoDay', () => {
  it('gives an RFC 822 date (feeds) the day in the publisher’s own offset', () => {
    expect(isoDay('Tue, 15 Mar 2022 23:30 -0500')).toBe('2022-03-15');
    expect(isoDay('Wed, 16 Mar 2022 08:30:00 +0900')).toBe('2022-03-16');
    expect(isoDay('Tue, 15 Mar 2022 23:30:00 +05:30')).toBe('2022-03-15');
    expect(isoDay('Tue, 15 Mar 2022 23:30:00 GMT')).toBe('2022-03-15');
    expect(isoDay('Tue, 15 Mar 2022 23:30:00 EST')).toBe('2022-03-15');
    expect(isoDay('15 Mar 22 23:30 EDT')).toBe('2022-03-15');
    expect(isoDay('Wed, 16 Mar 2022 00:30:00 +0100 (CET)')).toBe('2022-03-16');
  });

  it('gives an ISO 8601 date (metadata) the day as written, with or without an offset', () => {
    expect(isoDay('2022-03-15T23:30:00-05:00')).toBe('2022-03-15');
    expect(isoDay('2022-03-16T08:30:00+09:00')).toBe('2022-03-16');
    expect(isoDay('2022-03-15T23:30:00Z')).toBe('2022-03-15');
    expect(isoDay('2022-03-15T23:30:00')).toBe('2022-03-15');
    expect(isoDay(' 2022-03-15 ')).toBe('2022-03-15');
  });

  it('reads other dates without an offset as before, and refuses what does not parse', () => {
    expect(isoDay('March 15, 2022')).toBe(new Date(Date.parse('March 15, 2022')).toISOString().slice(0, 10));
    expect(isoDay('last Tuesday')).toBeNull();
    expect(isoDay('')).toBeNull();
    expect(isoDay(null)).toBeNull();
    expect(isoDay(undefined)).toBeNull();
  });
});
