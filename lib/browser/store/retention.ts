import type { ArticleOrigin } from './db';

/**
 * How long feed entries are kept. Only feed entries are ever removed: articles the reader compared
 * ("Remember articles I compare") or imported are kept until the reader deletes them. Crosscheck
 * does not track clicks, so a feed entry whose full article was fetched for a comparison is still a
 * feed entry; when the reader compares that article itself it is remembered as compared, and kept.
 */
export const KEEP_FEED_DAYS_CHOICES = [7, 30, 90, 365, 'forever'] as const;
export type KeepFeedDays = (typeof KEEP_FEED_DAYS_CHOICES)[number];
export const DEFAULT_KEEP_FEED_DAYS: KeepFeedDays = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the rule needs of a stored article: read from an index, never the text. */
export interface RetainedRecord {
  id: string;
  origin: ArticleOrigin;
  /** When it was stored (ms since the epoch). */
  addedAt: number;
}

/**
 * A feed entry expires `keep` days after it was stored. The time stored counts, not the date the feed
 * gives: a feed still listing an old entry would otherwise have it stored and removed at every check,
 * and a feed's dates can be missing or wrong.
 */
export function isExpired(record: RetainedRecord, keep: KeepFeedDays, now: number): boolean {
  return keep !== 'forever' && record.origin === 'feed' && record.addedAt < now - keep * DAY_MS;
}

/** The ids of the records to remove now. */
export function expiredIds(records: RetainedRecord[], keep: KeepFeedDays, now: number): string[] {
  return records.filter((record) => isExpired(record, keep, now)).map((record) => record.id);
}

export function isKeepFeedDays(value: unknown): value is KeepFeedDays {
  return (KEEP_FEED_DAYS_CHOICES as readonly unknown[]).includes(value);
}
