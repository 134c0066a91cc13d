/** Longest wait between polls of a failing feed. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/**
 * When to poll a feed next: after the reader's interval when the last poll worked, and after
 * doubling waits (capped at a day) while it keeps failing, so a dead feed is not hammered.
 */
export function nextPollAt(now: number, intervalMinutes: number, failures: number): number {
  const interval = intervalMinutes * 60_000;
  if (failures <= 0) return now + interval;
  return now + Math.min(MAX_BACKOFF_MS, Math.max(interval, interval * 2 ** Math.min(failures, 20)));
}
