import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pollFeeds } from '../../../../lib/browser/feeds/poll';
import { saveFeed } from '../../../../lib/browser/feeds/subscriptions';
import { allArticles, deleteExpiredFeedEntries, feedEntryStamps, getArticle, onStoreChange, originCounts, putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { closeStore, openStore, type StoredArticle } from '../../../../lib/browser/store/db';
import { pruneFeedEntries } from '../../../../lib/browser/store/prune';
import { readSettings, updateSettings } from '../../../../lib/browser/store/settings';
import { allowSites, rss, serve, xml } from '../feeds/support';
import { freshStore, summitReport } from './support';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 30, 12);
const FEED = 'https://wire.example/rss.xml';

const feedEntry = (id: string, daysAgo: number) => toStoredArticle(summitReport(id, 'Feed Wire'), 'feed', { feedUrl: FEED, complete: false, now: NOW - daysAgo * DAY });
const kept = (origin: 'compared' | 'imported', id: string, daysAgo: number) => toStoredArticle(summitReport(id, 'Wire One'), origin, { now: NOW - daysAgo * DAY });
const ids = async () => (await allArticles()).map((a) => a.id).sort();

beforeEach(freshStore);

describe('removing old feed entries from the store', () => {
  it('deletes old feed entries and keeps compared, imported and recent ones', async () => {
    await putArticles([feedEntry('old', 40), feedEntry('recent', 2), kept('compared', 'mine', 400), kept('imported', 'file', 400)]);
    const deleted: string[][] = [];
    const stop = onStoreChange((change) => deleted.push(change.deleted));
    expect(await deleteExpiredFeedEntries(30, NOW)).toBe(1);
    stop();
    expect(await ids()).toEqual(['file', 'mine', 'recent']);
    expect(deleted).toEqual([['old']]); // the background's index drops the removed entry
  });

  it('changes nothing, and tells no one of a change, when nothing has expired or the choice is forever', async () => {
    await putArticles([feedEntry('old', 400), feedEntry('recent', 2)]);
    const changes: unknown[] = [];
    const stop = onStoreChange((change) => changes.push(change));
    expect(await deleteExpiredFeedEntries('forever', NOW)).toBe(0);
    expect(await deleteExpiredFeedEntries(30, NOW - 399 * DAY)).toBe(0);
    stop();
    expect(await ids()).toEqual(['old', 'recent']);
    expect(changes).toEqual([]);
  });

  it('keeps a feed entry the reader then compared (remembered as compared)', async () => {
    await putArticles([feedEntry('a', 40)]);
    await putArticles([toStoredArticle(summitReport('a', 'Feed Wire'), 'compared', { now: NOW - 40 * DAY })]);
    expect(await deleteExpiredFeedEntries(7, NOW)).toBe(0);
    expect((await getArticle('a'))?.origin).toBe('compared');
  });

  it('follows the reader\'s setting, 30 days unless changed', async () => {
    await putArticles([feedEntry('week', 8), feedEntry('quarter', 100)]);
    expect((await readSettings()).keepFeedDays).toBe(30);
    expect(await pruneFeedEntries(NOW)).toBe(1);
    expect(await ids()).toEqual(['week']);
    await updateSettings({ keepFeedDays: 7 });
    expect(await pruneFeedEntries(NOW)).toBe(1);
    expect(await ids()).toEqual([]);
  });

  it('falls back to the default for a period the options page does not offer', async () => {
    expect((await updateSettings({ keepFeedDays: 12 as never })).keepFeedDays).toBe(30);
    expect((await updateSettings({ keepFeedDays: 'forever' })).keepFeedDays).toBe('forever');
  });

  it('counts articles by how they came in, and reads feed entries\' ages without their texts', async () => {
    await putArticles([feedEntry('f1', 1), feedEntry('f2', 50), kept('compared', 'c', 3), kept('imported', 'i1', 3), kept('imported', 'i2', 3)]);
    expect(await originCounts()).toEqual({ feed: 2, compared: 1, imported: 2 });
    expect((await feedEntryStamps()).sort((a, b) => a.addedAt - b.addedAt)).toEqual([
      { id: 'f2', origin: 'feed', addedAt: NOW - 50 * DAY },
      { id: 'f1', origin: 'feed', addedAt: NOW - DAY },
    ]);
  });
});

describe('after a feed check', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });

  it('removes the expired entries of every feed, keeping what the check just brought', async () => {
    allowSites(['https://wire.example/*']);
    serve(() => xml(rss('Feed Wire', [{ title: 'New', link: 'https://wire.example/new', description: 'Biden will travel to Brussels.' }])));
    await saveFeed({ url: FEED, title: 'Feed Wire', addedAt: 0, lastPolledAt: null, lastOkAt: null, lastError: null, failures: 0, nextPollAt: 0 });
    await putArticles([feedEntry('old', 31), kept('compared', 'mine', 31)]);
    await pollFeeds({ all: true }, NOW);
    expect(await ids()).toEqual(['https://wire.example/new', 'mine']);
  });
});

describe('upgrading a store made by the previous version', () => {
  /** The schema as version 1 of the store created it. */
  async function versionOneStore(articles: StoredArticle[], settings: object): Promise<void> {
    const db = await openDB('crosscheck', 1, {
      upgrade(db) {
        const store = db.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('bySource', 'sourceKey');
        store.createIndex('byAddedAt', 'addedAt');
        store.createIndex('byFeed', 'feedUrl');
        store.createIndex('byOrigin', 'origin');
        db.createObjectStore('feeds', { keyPath: 'url' });
        db.createObjectStore('meta');
      },
    });
    for (const article of articles) await db.put('articles', article);
    await db.put('meta', settings, 'settings');
    await db.put('meta', 7, 'generation:live');
    await db.put('feeds', { url: FEED, title: 'Feed Wire', addedAt: 0, lastPolledAt: null, lastOkAt: null, lastError: null, failures: 0, nextPollAt: 0 });
    db.close();
  }

  it('keeps every article, feed and setting, and then removes only expired feed entries', async () => {
    await closeStore();
    await versionOneStore([feedEntry('old', 40), feedEntry('recent', 2), kept('compared', 'mine', 400), kept('imported', 'file', 400)], { remember: false, pollMinutes: 15 });
    expect(await ids()).toEqual(['file', 'mine', 'old', 'recent']);
    expect(await readSettings()).toEqual({ remember: false, pollMinutes: 15, keepFeedDays: 30 });
    expect(await (await openStore()).get('meta', 'generation:live')).toBeUndefined(); // the counters other contexts watched are gone
    expect(await originCounts()).toEqual({ feed: 2, compared: 1, imported: 1 });
    expect(await deleteExpiredFeedEntries(30, NOW)).toBe(1);
    expect(await ids()).toEqual(['file', 'mine', 'recent']);
  });

  it('never removes an old record that lacks the time it was stored', async () => {
    const { addedAt: _, ...undated } = feedEntry('undated', 400);
    await closeStore();
    await versionOneStore([undated as StoredArticle], { remember: true, pollMinutes: 60 });
    expect(await deleteExpiredFeedEntries(7, NOW)).toBe(0);
    expect(await ids()).toEqual(['undated']);
  });
});
