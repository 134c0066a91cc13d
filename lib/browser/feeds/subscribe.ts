import type { FollowProblem, FollowResult, SubscribeResult } from '../messaging/protocol';
import type { FeedRecord } from '../store/db';
import { readSettings } from '../store/settings';
import { FetchFailed } from '../../core/feeds/fetch-page';
import { feedAddress } from './origins';
import { failureMessage, NotAllowed, pollFeed, refreshFeed } from './poll';
import { getFeed, saveFeed } from './subscriptions';

function problemOf(error: unknown): FollowProblem {
  if (error instanceof NotAllowed) return 'permission refused';
  return error instanceof FetchFailed ? 'unreachable' : 'not a feed';
}

/**
 * Follows a feed: it is read once first, and only a readable RSS or Atom feed is kept. Following a
 * feed again just polls it now.
 */
export async function followFeed(input: string, now = Date.now()): Promise<FollowResult> {
  const address = feedAddress(input);
  if (typeof address === 'string') return { status: 'error', problem: 'not a web address', message: address };
  const url = address.href;
  if (await getFeed(url)) {
    const feed = await pollFeed(url, now);
    return feed ? { status: 'ok', feed, entries: 0 } : { status: 'error', problem: 'unreachable', message: 'The feed was removed meanwhile.' };
  }
  try {
    const { pollMinutes } = await readSettings();
    const unread: FeedRecord = { url, title: null, addedAt: now, lastPolledAt: null, lastOkAt: null, lastError: null, failures: 0, nextPollAt: now };
    const { feed, entries } = await refreshFeed(unread, pollMinutes, now);
    await saveFeed(feed);
    return { status: 'ok', feed, entries };
  } catch (error) {
    return { status: 'error', problem: problemOf(error), message: failureMessage(error) };
  }
}

/** `followFeed`, answering only whether it worked and why not (what the options page's form shows). */
export async function subscribeFeed(input: string, now = Date.now()): Promise<SubscribeResult> {
  const result = await followFeed(input, now);
  return result.status === 'ok' ? result : { status: 'error', message: result.message };
}
