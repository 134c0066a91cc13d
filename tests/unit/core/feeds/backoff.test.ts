import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextPollAt } from '../../../../lib/core/feeds/backoff';

describe('nextPollAt', () => {
  it('waits the reader’s interval after a good poll, and doubles the wait while polls fail', () => {
    expect(nextPollAt(0, 30, 0)).toBe(30 * 60_000);
    expect(nextPollAt(0, 30, 1)).toBe(60 * 60_000);
    expect(nextPollAt(0, 30, 2)).toBe(120 * 60_000);
  });

  it('never waits less than the interval nor more than a day, and never shorter after another failure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1440 }), fc.integer({ min: 0, max: 100 }), (minutes, failures) => {
        const wait = nextPollAt(0, minutes, failures);
        expect(wait).toBeGreaterThanOrEqual(minutes * 60_000);
        expect(wait).toBeLessThanOrEqual(Math.max(MAX_BACKOFF_MS, minutes * 60_000));
        expect(nextPollAt(0, minutes, failures + 1)).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});
