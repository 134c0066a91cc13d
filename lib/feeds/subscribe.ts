import type { FeedRecord } from '../store/db';
import { readSettings } from '../store/settings';
import { nextPollAt } from './backoff';
import { feedAddress } from './origins';
import { failureMessage, pollFeed, readFeed, storeFeedEntries } from './poll';
import { getFeed, saveFeed } from './subscriptions';

export type SubscribeResult = { status: 'ok'; feed: FeedRecord; entries: number } | { status: 'error'; message: string };

/**
 * Follows a feed: it is read once first, and only a readable RSS or Atom feed is kept. Following a
 * feed again just polls it now.
 */
export async function subscribeFeed(input: string, now = Date.now()): Promise<SubscribeResult> {
  const address = feedAddress(input);
  if (typeof address === 'string') return { status: 'error', message: address };
  const url = address.href;
  if (await getFeed(url)) {
    const feed = await pollFeed(url, now);
    return feed ? { status: 'ok', feed, entries: 0 } : { status: 'error', message: 'The feed was removed meanwhile.' };
  }
  try {
    const parsed = await readFeed(url);
    const { pollMinutes } = await readSettings();
    const feed: FeedRecord = { url, title: parsed.title, addedAt: now, lastPolledAt: now, lastOkAt: now, lastError: null, failures: 0, nextPollAt: nextPollAt(now, pollMinutes, 0) };
    await saveFeed(feed);
    return { status: 'ok', feed, entries: await storeFeedEntries(url, parsed, now) };
  } catch (error) {
    return { status: 'error', message: failureMessage(error) };
  }
}
