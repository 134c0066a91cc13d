const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** How long ago a moment was, in the words a reader would use: "just now", "12 minutes ago", "3 days ago". */
export function timeAgo(then: number, now: number): string {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${count(Math.floor(elapsed / MINUTE), 'minute')} ago`;
  if (elapsed < DAY) return `${count(Math.floor(elapsed / HOUR), 'hour')} ago`;
  return `${count(Math.floor(elapsed / DAY), 'day')} ago`;
}
