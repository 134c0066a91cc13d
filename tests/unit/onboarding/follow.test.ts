import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followFeeds, requestSites, unfollowFeeds, type FollowOutcome } from '../../../lib/browser/feeds/follow';
import { listFeeds, saveFeed } from '../../../lib/browser/feeds/subscriptions';
import type { FollowResult } from '../../../lib/browser/messaging/protocol';
import { allArticles, putArticles, toStoredArticle } from '../../../lib/browser/store/articles';
import { sendMessage, toBackground } from '../browser/messaging/background-loopback';
import { freshStore } from '../browser/store/support';

vi.mock('../../../lib/browser/messaging/protocol', () => import('../browser/messaging/background-loopback'));

let granted: Set<string>;
let request: ReturnType<typeof vi.fn>;
let remove: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  await freshStore();
  sendMessage.mockReset();
  sendMessage.mockImplementation(toBackground);
  granted = new Set();
  request = vi.fn(async () => true);
  remove = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.delete(o)));
  const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)));
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request, contains, remove };
});

afterEach(() => fakeBrowser.reset());

const feed = (url: string) => ({ url, title: null, addedAt: 0, lastPolledAt: null, lastOkAt: null, lastError: null, failures: 0, nextPollAt: 0 });

/** The background's first read of each feed (over the network) is stood in for; every other message reaches the background. */
function answerFollowFeed(answer: (url: string) => Promise<FollowResult>) {
  sendMessage.mockImplementation(async (type, data) => (type === 'followFeed' ? answer((data as { url: string }).url) : toBackground(type, data)) as never);
}

const followFeedCalls = () => sendMessage.mock.calls.filter(([type]) => type === 'followFeed').length;

async function follow(urls: string[], allowed: boolean): Promise<Record<string, string>> {
  const seen: FollowOutcome[] = [];
  const outcomes = await followFeeds(urls, Promise.resolve(allowed), (o) => seen.push(o));
  expect(seen).toEqual(outcomes);
  return Object.fromEntries(outcomes.map((o) => [o.url, o.status]));
}

describe('following many feeds at once', () => {
  it('asks once for every site, and not at all when there is none', async () => {
    await requestSites(['https://a.example/*', 'https://b.example/*']);
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({ origins: ['https://a.example/*', 'https://b.example/*'] });
    expect(await requestSites([])).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('reports each feed with the background’s outcome, skipping feeds already followed', async () => {
    await saveFeed(feed('https://old.example/rss'));
    answerFollowFeed(async (url) => {
      if (url.includes('ok')) return { status: 'ok', feed: feed(url), entries: 3 };
      if (url.includes('down')) return { status: 'error', problem: 'unreachable', message: 'Feed unreachable: the server could not be reached.' };
      return { status: 'error', problem: 'not a feed', message: 'This address did not return an RSS or Atom feed.' };
    });
    expect(await follow(['https://ok.example/rss', 'https://down.example/rss', 'https://page.example/', 'https://old.example/rss'], true)).toEqual({
      'https://ok.example/rss': 'ok',
      'https://down.example/rss': 'unreachable',
      'https://page.example/': 'not a feed',
      'https://old.example/rss': 'already followed',
    });
    expect(followFeedCalls()).toBe(3);
    expect(sendMessage).toHaveBeenCalledWith('followFeed', { url: 'https://ok.example/rss' });
  });

  it('follows only the feeds on sites allowed earlier when the reader refuses', async () => {
    granted.add('https://ok.example/*');
    answerFollowFeed(async (url) => ({ status: 'ok', feed: feed(url), entries: 1 }));
    expect(await follow(['https://ok.example/rss', 'https://new.example/rss'], false)).toEqual({ 'https://ok.example/rss': 'ok', 'https://new.example/rss': 'permission refused' });
    expect(followFeedCalls()).toBe(1);
  });

  it('reads at most four feeds at a time', async () => {
    let running = 0;
    let most = 0;
    answerFollowFeed(async (url) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return { status: 'ok', feed: feed(url), entries: 0 };
    });
    const urls = Array.from({ length: 10 }, (_, i) => `https://f${i}.example/rss`);
    expect(Object.values(await follow(urls, true))).toEqual(Array(10).fill('ok'));
    expect(most).toBe(4);
  });

  it('says a feed could not be followed when the background does not answer', async () => {
    answerFollowFeed(async () => {
      throw new Error('Could not establish connection.');
    });
    expect(await follow(['https://ok.example/rss'], true)).toEqual({ 'https://ok.example/rss': 'unreachable' });
  });
});

describe('unfollowing feeds', () => {
  const entry = (id: string, feedUrl: string) => toStoredArticle({ id, source: 'Wire', url: id, title: 'T', publishedAt: null, text: 'Summary.' }, 'feed', { feedUrl, complete: false });

  beforeEach(async () => {
    for (const url of ['https://feeds.wire.example/rss', 'https://ledger.example/rss']) await saveFeed(feed(url));
    await putArticles([entry('https://wire.example/a', 'https://feeds.wire.example/rss'), entry('https://ledger.example/b', 'https://ledger.example/rss')]);
    granted = new Set(['https://feeds.wire.example/*', 'https://www.wire.example/*', 'https://ledger.example/*']);
  });

  it('unsubscribes, withdraws the sites, and keeps the articles unless asked to delete them', async () => {
    const result = await unfollowFeeds(['https://feeds.wire.example/rss'], ['https://feeds.wire.example/*', 'https://www.wire.example/*'], { deleteArticles: false });
    expect(sendMessage).toHaveBeenCalledWith('unsubscribeFeed', { url: 'https://feeds.wire.example/rss', deleteArticles: false });
    expect((await listFeeds()).map((f) => f.url)).toEqual(['https://ledger.example/rss']);
    expect(result).toEqual({ withdrawn: ['https://feeds.wire.example/*', 'https://www.wire.example/*'], kept: [] });
    expect([...granted]).toEqual(['https://ledger.example/*']);
    expect((await allArticles()).map((a) => a.id).sort()).toEqual(['https://ledger.example/b', 'https://wire.example/a']);
  });

  it('deletes only the unfollowed feed’s articles when asked', async () => {
    await unfollowFeeds(['https://feeds.wire.example/rss'], [], { deleteArticles: true });
    expect((await allArticles()).map((a) => a.id)).toEqual(['https://ledger.example/b']);
  });

  it('keeps a site another followed feed still needs, and reports a permission the browser keeps', async () => {
    remove.mockRejectedValueOnce(new Error('You cannot remove required permissions.'));
    const result = await unfollowFeeds(['https://feeds.wire.example/rss'], ['https://ledger.example/*', 'https://www.wire.example/*'], { deleteArticles: false });
    expect(result).toEqual({ withdrawn: [], kept: ['https://www.wire.example/*'] });
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
