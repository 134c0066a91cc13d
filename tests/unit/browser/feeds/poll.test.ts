import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nextPollAt } from '../../../../lib/core/feeds/backoff';
import { applyPollInterval, pollFeed, pollFeeds } from '../../../../lib/browser/feeds/poll';
import { FEED_ALARM, scheduleFeedPolls } from '../../../../lib/browser/feeds/schedule';
import { subscribeFeed } from '../../../../lib/browser/feeds/subscribe';
import { getFeed, listFeeds, removeFeed } from '../../../../lib/browser/feeds/subscriptions';
import { allArticles, getArticle, putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { updateSettings } from '../../../../lib/browser/store/settings';
import { rss, serve, withStoreAndSites, xml } from './support';

const FEED = 'https://wire.example/rss.xml';
const ITEMS = [
  { title: 'Biden to attend NATO summit', link: 'https://wire.example/a', description: 'President Joe Biden will travel to Brussels.' },
  { title: 'EU leaders meet in Brussels', link: 'https://wire.example/b', description: 'Biden joins the European Council summit.' },
];

withStoreAndSites(['https://wire.example/*']);

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

describe('conditional polls', () => {
  const V1 = { etag: '"v1"', 'last-modified': 'Tue, 15 Mar 2022 19:00:00 GMT' };
  const feedWith = (items: typeof ITEMS, headers: Record<string, string>) => new Response(rss('Harbourside Wire', items), { headers: { 'content-type': 'application/rss+xml', ...headers } });
  /** The conditional headers a request sent: [If-None-Match, If-Modified-Since]. */
  const conditions = (request: { init: RequestInit | undefined }) => {
    const headers = new Headers(request.init?.headers);
    return [headers.get('if-none-match'), headers.get('if-modified-since')];
  };

  it('keeps the feed’s ETag and Last-Modified, sends them back, and counts a 304 as a successful read with nothing new', async () => {
    const first = serve(() => feedWith(ITEMS, V1));
    await subscribeFeed(FEED, 0);
    expect(conditions(first[0])).toEqual([null, null]);
    expect(await getFeed(FEED)).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 15 Mar 2022 19:00:00 GMT' });

    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await pollFeed(FEED, 10_000)).toMatchObject({ failures: 1 });
    const unchanged = serve(() => new Response(null, { status: 304 }));
    expect(await pollFeed(FEED, 20_000)).toMatchObject({ title: 'Harbourside Wire', lastOkAt: 20_000, lastError: null, failures: 0, nextPollAt: nextPollAt(20_000, 60, 0), etag: '"v1"' });
    expect(conditions(unchanged[0])).toEqual(['"v1"', 'Tue, 15 Mar 2022 19:00:00 GMT']);
    expect(unchanged[0].init?.credentials).toBe('omit');
    expect((await allArticles()).map((a) => a.id)).toEqual(['https://wire.example/a', 'https://wire.example/b']);

    // A changed feed brings its entries and new validators; one without a Last-Modified any more drops the old one.
    const changed = serve(() => feedWith([...ITEMS, { title: 'New', link: 'https://wire.example/c', description: 'A third report.' }], { etag: '"v2"' }));
    await pollFeed(FEED, 30_000);
    expect(await allArticles()).toHaveLength(3);
    expect(await getFeed(FEED)).toMatchObject({ etag: '"v2"', lastModified: undefined });
    await pollFeed(FEED, 40_000);
    expect(conditions(changed[1])).toEqual(['"v2"', null]);
  });

  it('sends no conditional headers to a server that gives no validators, or no longer gives them', async () => {
    const plain = () => xml(rss('Harbourside Wire', ITEMS));
    const requests = serve(plain);
    await subscribeFeed(FEED, 0);
    await pollFeed(FEED, 10_000);
    expect(requests.map(conditions)).toEqual([[null, null], [null, null]]);

    serve(() => feedWith(ITEMS, V1));
    await pollFeed(FEED, 20_000);
    const later = serve(plain);
    await pollFeed(FEED, 30_000);
    await pollFeed(FEED, 40_000);
    expect(later.map(conditions)).toEqual([['"v1"', 'Tue, 15 Mar 2022 19:00:00 GMT'], [null, null]]);
    expect(await getFeed(FEED)).toMatchObject({ lastOkAt: 40_000, failures: 0 });
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
