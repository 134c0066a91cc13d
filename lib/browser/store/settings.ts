import { openStore } from './db';
import { DEFAULT_KEEP_FEED_DAYS, isKeepFeedDays, type KeepFeedDays } from './retention';

/** The reader's choices about their own corpus, kept in the store beside it. */
export interface StoreSettings {
  /** Add every compared article to the local corpus. */
  remember: boolean;
  /** How often feeds are polled, in minutes. */
  pollMinutes: number;
  /** How long feed entries are kept after they were stored (see retention.ts). */
  keepFeedDays: KeepFeedDays;
}

export const DEFAULT_SETTINGS: StoreSettings = { remember: true, pollMinutes: 60, keepFeedDays: DEFAULT_KEEP_FEED_DAYS };
export const MIN_POLL_MINUTES = 1;
export const MAX_POLL_MINUTES = 24 * 60;
const KEY = 'settings';

export async function readSettings(): Promise<StoreSettings> {
  const stored = (await (await openStore()).get('meta', KEY)) as Partial<StoreSettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(change: Partial<StoreSettings>): Promise<StoreSettings> {
  const next = { ...(await readSettings()), ...change };
  next.pollMinutes = Math.min(MAX_POLL_MINUTES, Math.max(MIN_POLL_MINUTES, Math.round(next.pollMinutes)));
  // Any other period would be one the options page cannot show.
  if (!isKeepFeedDays(next.keepFeedDays)) next.keepFeedDays = DEFAULT_KEEP_FEED_DAYS;
  await (await openStore()).put('meta', next, KEY);
  return next;
}
