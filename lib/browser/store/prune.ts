import { deleteExpiredFeedEntries } from './articles';
import { readSettings } from './settings';

/**
 * Removes the feed entries older than the reader's "Keep feed entries for" choice. Run after every
 * feed check and whenever the reader changes that choice.
 */
export async function pruneFeedEntries(now = Date.now()): Promise<number> {
  return deleteExpiredFeedEntries((await readSettings()).keepFeedDays, now);
}
