import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nextPollAt } from '../../../lib/feeds/backoff';
import { applyPollInterval, pollFeed, pollFeeds } from '../../../lib/feeds/poll';
import { FEED_ALARM, scheduleFeedPolls } from '../../../lib/feeds/schedule';
import { subscribeFeed } from '../../../lib/feeds/subscribe';
import { getFeed, listFeeds, removeFeed } from '../../../lib/feeds/subscriptions';
import { allArticles, getArticle, putArticles, toStoredArticle } from '../../../lib/store/articles';
import { updateSettings } from '../../../lib/store/settings';
import { freshStore } from '../store/support';
import { allowSites, rss, serve, xml } from './support';

const FEED = 'https://wire.example/rss.xml';
const ITEMS = [
  { title: 'Biden to attend NATO summit', link: 'https://wire.example/a', description: 'President Joe Biden will travel to Brussels.' },
  { title: 'EU leaders meet in Brussels', link: 'https://wire.example/b', description: 'Biden joins the European Council summit.' },
];

beforeEach(async () => {
  await freshStore();
  allowSites(['https://wire.example/*']);
});

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

describe('subscribing to a feed', () => {
  it('reads the feed once, keeps it and stores its entries as summaries awaiting their full text', async () => {
    const requests = serve(() => xml(rss('Harbourside Wire', ITEMS)));
    const result = await subscribeFeed(FEED, 1_000);
    expect(result).toMatchObject({ status: 'ok', entries: 2, feed: { url: FEED, title: 'Harbourside Wire', failures: 0, lastError: null } });
    expect((await allArticles()).map((a) => [a.id, a.origin, a.source, a.feedUrl, a.complete])).toEqual([
      ['https://wire.example/a', 'feed', 'Harbourside Wire', FEED, false],
      ['https://wire.example/b', 'feed', 'Harbourside Wire', FEED, false],
    ]);
    // Only the feed was requested, and never with the reader's cookies.
    expect(requests.map((r) => [r.url, r.init?.credentials])).toEqual([[FEED, 'omit']]);
  });

  it('refuses an address that is not a feed, a site the reader did not allow, and a non-web address, storing nothing', async () => {
    serve(() => new Response('<!doctype html><title>Home</title><p>Welcome</p>'));
    expect(await subscribeFeed(FEED)).toEqual({ status: 'error', message: 'This address did not return an RSS or Atom feed.' });
    const requests = serve(() => xml(rss('Other', ITEMS)));
    expect(await subscribeFeed('https://other.example/rss.xml')).toEqual({ status: 'error', message: expect.stringMatching(/not allowed to read this site/) });
    expect(requests).toEqual([]);
    expect(await subscribeFeed('file:///etc/passwd')).toEqual({ status: 'error', message: 'Feeds must be http or https addresses.' });
    expect(await subscribeFeed('not a url')).toMatchObject({ status: 'error' });
    expect(await listFeeds()).toEqual([]);
    expect(await allArticles()).toEqual([]);
  });
});

describe('polling', () => {
  it('keeps stored articles when the feed is unreachable, says why, backs off, and recovers', async () => {
    serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const failed = await pollFeed(FEED, 10_000);
    expect(failed).toMatchObject({ lastError: 'Feed unreachable: the server could not be reached.', failures: 1, lastOkAt: 0, nextPollAt: nextPollAt(10_000, 60, 1) });
    serve(() => new Response('gone', { status: 404 }));
    expect(await pollFeed(FEED, 20_000)).toMatchObject({ lastError: 'Feed unreachable: the server answered HTTP 404.', failures: 2, nextPollAt: nextPollAt(20_000, 60, 2) });
    expect((await allArticles()).map((a) => a.id)).toEqual(['https://wire.example/a', 'https://wire.example/b']);

    serve(() => xml(rss('Harbourside Wire', [...ITEMS, { title: 'New', link: 'https://wire.example/c', description: 'A third report.' }])));
    expect(await pollFeed(FEED, 30_000)).toMatchObject({ lastError: null, failures: 0, lastOkAt: 30_000 });
    expect(await allArticles()).toHaveLength(3);
  });

  it('never replaces a full article with the entry’s summary when the entry is seen again', async () => {
    serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    const full = toStoredArticle({ id: 'https://wire.example/a', source: 'Harbourside Wire', url: 'https://wire.example/a', title: 'T', publishedAt: null, text: 'The full article.' }, 'feed', { feedUrl: FEED, complete: true });
    await putArticles([full]);
    await pollFeed(FEED, 5_000);
    expect((await getArticle('https://wire.example/a'))?.text).toBe('The full article.');
  });

  it('polls only feeds that are due, unless asked to poll all', async () => {
    const requests = serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    requests.length = 0;
    await pollFeeds({ all: false }, 1_000);
    expect(requests).toEqual([]);
    await pollFeeds({ all: false }, nextPollAt(0, 60, 0));
    expect(requests).toHaveLength(1);
    await pollFeeds({ all: true }, nextPollAt(0, 60, 0) + 1);
    expect(requests).toHaveLength(2);
  });

  it('does not bring back a feed removed while it was being polled', async () => {
    serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    serve(async () => {
      await removeFeed(FEED);
      return xml(rss('Harbourside Wire', ITEMS));
    });
    await pollFeed(FEED, 1_000);
    expect(await getFeed(FEED)).toBeUndefined();
  });
});

describe('applyPollInterval', () => {
  it('re-times healthy feeds from their last poll, and leaves a failing feed its backoff', async () => {
    serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    await subscribeFeed('https://wire.example/other.xml', 0);
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const failing = await pollFeed('https://wire.example/other.xml', 1_000);
    await updateSettings({ pollMinutes: 15 });
    await applyPollInterval(2_000);
    expect((await getFeed(FEED))?.nextPollAt).toBe(15 * 60_000);
    expect((await getFeed('https://wire.example/other.xml'))?.nextPollAt).toBe(failing?.nextPollAt);
  });
});

describe('scheduleFeedPolls', () => {
  it('sets one alarm for the feed due first, and clears it when no feed is left', async () => {
    serve(() => xml(rss('Harbourside Wire', ITEMS)));
    await subscribeFeed(FEED, 0);
    await scheduleFeedPolls(0);
    expect((await fakeBrowser.alarms.get(FEED_ALARM))?.scheduledTime).toBe(nextPollAt(0, 60, 0));
    await removeFeed(FEED);
    await scheduleFeedPolls(0);
    expect(await fakeBrowser.alarms.get(FEED_ALARM)).toBeUndefined();
  });
});
