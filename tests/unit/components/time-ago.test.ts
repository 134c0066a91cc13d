import { describe, expect, it } from 'vitest';
import { timeAgo } from '../../../components/time-ago';

const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
const MINUTE = 60_000;

describe('timeAgo', () => {
  it('says how long ago in a reader’s words', () => {
    expect(timeAgo(NOW - 20_000, NOW)).toBe('just now');
    expect(timeAgo(NOW - MINUTE, NOW)).toBe('1 minute ago');
    expect(timeAgo(NOW - 12 * MINUTE, NOW)).toBe('12 minutes ago');
    expect(timeAgo(NOW - 3 * 60 * MINUTE, NOW)).toBe('3 hours ago');
    expect(timeAgo(NOW - 2 * 24 * 60 * MINUTE, NOW)).toBe('2 days ago');
  });

  it('treats a moment in the future (a clock changed) as just now', () => {
    expect(timeAgo(NOW + 5 * MINUTE, NOW)).toBe('just now');
  });
});
