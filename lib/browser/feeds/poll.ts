import { putNewArticles, toStoredArticle } from '../store/articles';
import type { FeedRecord } from '../store/db';
import { pruneFeedEntries } from '../store/prune';
import { readSettings } from '../store/settings';
import { nextPollAt } from '../../core/feeds/backoff';
import { FetchFailed, fetchPageIfChanged, type Validators } from '../../core/feeds/fetch-page';
import { mayFetch } from './origins';
import { parseFeedEntries, type ParsedFeed } from '../../core/feeds/parse-feed';
import { getFeed, listFeeds, saveFeed } from './subscriptions';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/** The reader has not allowed Crosscheck to read the feed's site. */
export class NotAllowed extends FetchFailed {}

/** A feed read: unchanged since the validators sent, or parsed, with the validators to send next time. */
export type FeedRead = { changed: false } | { changed: true; feed: ParsedFeed; validators: Validators };

/** Fetches and parses a feed, if it changed since `known`; only ever an address whose site the reader allowed. */
export async function readFeed(url: string, known: Validators = {}): Promise<FeedRead> {
  if (!(await mayFetch(url))) throw new NotAllowed('Crosscheck is not allowed to read this site; remove the feed and add it again to allow it.');
  const page = await fetchPageIfChanged(url, FEED_ACCEPT, known);
  return page.changed ? { changed: true, feed: parseFeedEntries(page.text, url), validators: page.validators } : page;
}

/** Stores a feed's entries as articles of the reader's corpus (summaries, until a comparison needs the full text). */
async function storeFeedEntries(feedUrl: string, feed: ParsedFeed, now: number): Promise<number> {
  return putNewArticles(feed.entries.map((entry) => toStoredArticle(entry, 'feed', { feedUrl, complete: entry.url === null, now })));
}

/**
 * Reads a feed (asking only for changes since its last read), stores its new entries, and answers
 * its record as of this successful read with how many entries were new. An unchanged feed (a 304) is
 * a successful read with none. Throws when the read fails; the record is not saved here.
 */
export async function refreshFeed(feed: FeedRecord, pollMinutes: number, now: number): Promise<{ feed: FeedRecord; entries: number }> {
  const read = await readFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  const ok: FeedRecord = { ...feed, lastPolledAt: now, lastOkAt: now, lastError: null, failures: 0, nextPollAt: nextPollAt(now, pollMinutes, 0) };
  if (!read.changed) return { feed: ok, entries: 0 };
  const { etag, lastModified } = read.validators;
  return { feed: { ...ok, title: read.feed.title ?? feed.title, etag, lastModified }, entries: await storeFeedEntries(feed.url, read.feed, now) };
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
    updated = (await refreshFeed(feed, pollMinutes, now)).feed;
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
