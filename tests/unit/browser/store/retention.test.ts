import { describe, expect, it } from 'vitest';
import { expiredIds, isExpired, KEEP_FEED_DAYS_CHOICES, type RetainedRecord } from '../../../../lib/browser/store/retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12); // a fixed clock
const stored = (id: string, origin: RetainedRecord['origin'], daysAgo: number): RetainedRecord => ({ id, origin, addedAt: NOW - daysAgo * DAY });

describe('the retention rule', () => {
  const records = [
    stored('old-feed', 'feed', 31),
    stored('recent-feed', 'feed', 29),
    stored('old-compared', 'compared', 400),
    stored('old-imported', 'imported', 400),
    stored('very-old-feed', 'feed', 400),
  ];

  it('removes feed entries stored longer ago than the chosen age, and only those', () => {
    expect(expiredIds(records, 30, NOW)).toEqual(['old-feed', 'very-old-feed']);
  });

  it('never removes what the reader compared or imported, however old', () => {
    for (const keep of KEEP_FEED_DAYS_CHOICES) {
      expect(expiredIds(records, keep, NOW)).not.toContain('old-compared');
      expect(expiredIds(records, keep, NOW)).not.toContain('old-imported');
    }
  });

  it('keeps an entry exactly as old as the chosen age, and removes it a moment later', () => {
    const entry = stored('edge', 'feed', 7);
    expect(isExpired(entry, 7, NOW)).toBe(false);
    expect(isExpired(entry, 7, NOW + 1)).toBe(true);
  });

  it('keeps more as the chosen age grows, and everything when it is forever', () => {
    expect(expiredIds(records, 7, NOW)).toEqual(['old-feed', 'recent-feed', 'very-old-feed']);
    expect(expiredIds(records, 90, NOW)).toEqual(['very-old-feed']);
    expect(expiredIds(records, 365, NOW)).toEqual(['very-old-feed']);
    expect(expiredIds(records, 'forever', NOW)).toEqual([]);
  });

  it('keeps an entry stored "in the future" (a clock set back)', () => {
    expect(expiredIds([stored('ahead', 'feed', -5)], 7, NOW)).toEqual([]);
  });
});
