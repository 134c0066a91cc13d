import { putNewArticles, toStoredArticle } from '../store/articles';
import type { FeedRecord } from '../store/db';
import { pruneFeedEntries } from '../store/prune';
import { readSettings } from '../store/settings';
import { nextPollAt } from './backoff';
import { fetchPage, FetchFailed } from './fetch-page';
import { mayFetch } from './origins';
import { parseFeedEntries, type ParsedFeed } from './parse-feed';
import { getFeed, listFeeds, saveFeed } from './subscriptions';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/** The reader has not allowed Crosscheck to read the feed's site. */
export class NotAllowed extends FetchFailed {}

/** Fetches and parses a feed; only ever an address whose site the reader allowed. */
export async function readFeed(url: string): Promise<ParsedFeed> {
  if (!(await mayFetch(url))) throw new NotAllowed('Crosscheck is not allowed to read this site; remove the feed and add it again to allow it.');
  return parseFeedEntries(await fetchPage(url, FEED_ACCEPT), url);
}

/** Stores a feed's entries as articles of the reader's corpus (summaries, until a comparison needs the full text). */
export async function storeFeedEntries(feedUrl: string, feed: ParsedFeed, now = Date.now()): Promise<number> {
  return putNewArticles(feed.entries.map((entry) => toStoredArticle(entry, 'feed', { feedUrl, complete: entry.url === null, now })));
}

/**
 * Polls one feed and records the outcome. A failure never deletes anything: the feed keeps its
 * stored articles, says why it failed, and is retried later with a growing backoff.
 */
export async function pollFeed(url: string, now = Date.now()): Promise<FeedRecord | undefined> {
  const feed = await getFeed(url);
  if (!feed) return undefined;
  const { pollMinutes } = await readSettings();
  let updated: FeedRecord;
  try {
    const parsed = await readFeed(url);
    await storeFeedEntries(url, parsed, now);
    updated = { ...feed, title: parsed.title ?? feed.title, lastPolledAt: now, lastOkAt: now, lastError: null, failures: 0, nextPollAt: nextPollAt(now, pollMinutes, 0) };
  } catch (error) {
    const failures = feed.failures + 1;
    updated = { ...feed, lastPolledAt: now, lastError: failureMessage(error), failures, nextPollAt: nextPollAt(now, pollMinutes, failures) };
  }
  // The reader may have removed the feed while it was being fetched.
  if (await getFeed(url)) await saveFeed(updated);
  return updated;
}

/** Polls every feed that is due (or all of them), one after another, then removes expired feed entries. */
export async function pollFeeds(options: { all: boolean }, now = Date.now()): Promise<void> {
  for (const feed of await listFeeds()) {
    if (options.all || feed.nextPollAt <= now) await pollFeed(feed.url, now);
  }
  // A failed clean-up must not count as a failed check; it is tried again after the next one.
  await pruneFeedEntries(now).catch((error: unknown) => console.warn('Crosscheck could not remove old feed entries:', error));
}

/** Re-times the next polls after the reader changed the interval (a failing feed keeps its backoff). */
export async function applyPollInterval(now = Date.now()): Promise<void> {
  const { pollMinutes } = await readSettings();
  for (const feed of await listFeeds()) {
    if (feed.failures === 0) await saveFeed({ ...feed, nextPollAt: nextPollAt(feed.lastPolledAt ?? now, pollMinutes, 0) });
  }
}

export function failureMessage(error: unknown): string {
  if (error instanceof FetchFailed) return `Feed unreachable: ${error.message}.`.replace('..', '.');
  return error instanceof Error ? error.message : String(error);
}
