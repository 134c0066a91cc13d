import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedRecords } from '../../../../lib/node/corpus-files';
import type { Article, CorpusRecord } from '../../../../lib/core/types';
import { saveFeed } from '../../../../lib/browser/feeds/subscriptions';
import type { FeedRecord } from '../../../../lib/browser/store/db';
import { putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { freshStore, summitReport } from '../store/support';
import { bundleServer } from './support';

let seeds: CorpusRecord[];
let seedArticle: Article;

beforeAll(async () => {
  seeds = await seedRecords();
  seedArticle = { ...seeds[1], id: 'http://127.0.0.1/seed.html', byline: null, lang: 'en', excerpt: null, readerable: true };
});

beforeEach(freshStore);

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

/** The fake browser has no scripting API: stand in for the injected content script's return value. */
function pageReturnsRaw(result: unknown) {
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async () => [{ frameId: 0, result }]) };
}
const pageReturns = (article: Article, note: string | null = null) => pageReturnsRaw({ article, note });

const corpusServed = (ok: boolean) =>
  vi.stubGlobal('fetch', ok ? bundleServer(seeds) : vi.fn(async () => new Response('', { status: 404 })));

/** A fresh module each time: the worker keeps its loaded corpus, and each test starts a new worker. */
async function compareTab(tabId: number, force: boolean) {
  vi.resetModules();
  const { compareTab: fresh } = await import('../../../../lib/browser/background/compare-tab');
  return fresh(tabId, force);
}

describe('compareTab', () => {
  it('explains a page it may not read', async () => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript: vi.fn(async () => {
        throw new Error('Cannot access contents of url "chrome://settings/". Extension manifest must request permission.');
      }),
    };
    const response = await compareTab(1, false);
    expect(response).toEqual({ status: 'error', message: expect.stringMatching(/cannot read this page/) });
  });

  it('refuses what the page returns when it is not an article object', async () => {
    pageReturnsRaw({ article: { id: 'x', text: 42 }, note: null });
    expect(await compareTab(1, false)).toEqual({ status: 'error', message: expect.stringMatching(/did not return an article/) });
  });

  it('passes on what the reader should know about the extraction', async () => {
    pageReturns(seedArticle, 'This page is very large: only its first 30,000 elements were read.');
    corpusServed(true);
    expect(await compareTab(1, false)).toMatchObject({ status: 'ok', note: expect.stringMatching(/very large/) });
  });

  it('compares a page of a million characters of numbers on its opening part, and says so', async () => {
    const numbers = Array.from({ length: 80_000 }, (_, i) => `${i * 7} people`).join(', ');
    pageReturns({ ...seedArticle, text: `${seedArticle.text}\n\n${numbers}` });
    corpusServed(true);
    const response = await compareTab(1, false);
    expect(response).toMatchObject({ status: 'ok', note: expect.stringMatching(/very long: Crosscheck compared its first 40,000 characters/) });
  });

  it('says "not an article" unless asked to compare anyway', async () => {
    pageReturns({ ...seedArticle, readerable: false });
    corpusServed(true);
    expect((await compareTab(1, false)).status).toBe('not-article');
    expect((await compareTab(1, true)).status).toBe('ok');
  });

  it('reports a corpus that cannot be loaded, then recovers on retry', async () => {
    pageReturns(seedArticle);
    corpusServed(false);
    vi.resetModules();
    const { compareTab: worker } = await import('../../../../lib/browser/background/compare-tab');
    expect(await worker(1, false)).toEqual({ status: 'error', message: expect.stringMatching(/corpus could not be read/) });
    corpusServed(true);
    const response = await worker(1, false);
    if (response.status !== 'ok') throw new Error(`expected ok, got ${response.status}`);
    expect(response.corpusSize).toBe(4);
    // The page is seed 1 served from another address: it is recognised as itself, not as coverage.
    expect(response.result.related.map((r) => r.id)).not.toContain(seeds[1].id);
    expect(Object.keys(response.leads)).toContain(seedArticle.id);
  });
});

describe('what was searched, for the empty state', () => {
  const feed = (url: string, lastOkAt: number | null): FeedRecord => ({ url, title: null, addedAt: 1, lastPolledAt: lastOkAt, lastOkAt, lastError: null, failures: 0, nextPollAt: 0 });

  it('counts the bundled outlets and says no feed is followed on a fresh install', async () => {
    pageReturns(seedArticle);
    corpusServed(true);
    // Four seeds: one names Bloomberg, three name no outlet and count as one each.
    expect(await compareTab(1, false)).toMatchObject({ status: 'ok', corpusSize: 4, outletCount: 4, feeds: { followed: 0, lastReadAt: null } });
  });

  it('adds the outlets of the reader’s own articles, and says when a followed feed was last read', async () => {
    await putArticles([
      toStoredArticle(summitReport('s1', 'Wire One'), 'imported'),
      toStoredArticle(summitReport('s2', 'Wire One'), 'imported'),
      toStoredArticle(summitReport('s3', 'Daily Two'), 'feed', { feedUrl: 'https://daily.example/feed' }),
    ]);
    await saveFeed(feed('https://daily.example/feed', 5_000));
    await saveFeed(feed('https://wire.example/feed', 9_000));
    await saveFeed(feed('https://new.example/feed', null));
    pageReturns(seedArticle);
    corpusServed(true);
    expect(await compareTab(1, false)).toMatchObject({ status: 'ok', corpusSize: 7, outletCount: 6, feeds: { followed: 3, lastReadAt: 9_000 } });
  });
});

describe('detailsForTab', () => {
  it('compares no details of an article in another language, and says why in plain words', async () => {
    pageReturns({ ...seedArticle, lang: 'de' });
    corpusServed(true);
    vi.resetModules();
    const worker = await import('../../../../lib/browser/background/compare-tab');
    expect((await worker.compareTab(1, false)).status).toBe('ok');
    expect(await worker.detailsForTab(1)).toEqual({ status: 'unavailable', message: expect.stringMatching(/English articles only/) });
  });
});

describe('the last comparison of each tab', () => {
  /** A worker that has compared the given tabs, in order, and counts the extractions it makes. */
  async function workerThatCompared(tabIds: number[]) {
    pageReturns(seedArticle);
    corpusServed(true);
    vi.resetModules();
    const worker = await import('../../../../lib/browser/background/compare-tab');
    for (const tabId of tabIds) expect((await worker.compareTab(tabId, false)).status).toBe('ok');
    const extractions = () => vi.mocked(fakeBrowser.scripting.executeScript).mock.calls.length;
    /** Whether the tab's details needed the page to be extracted again, i.e. its comparison was forgotten. */
    const detailsExtractAgain = async (tabId: number) => {
      const before = extractions();
      expect((await worker.detailsForTab(tabId)).status).toBe('ok');
      return extractions() > before;
    };
    return { detailsExtractAgain };
  }

  it('is kept for the details that follow', async () => {
    const { detailsExtractAgain } = await workerThatCompared([1]);
    expect(await detailsExtractAgain(1)).toBe(false);
  });

  it('is kept for recent tabs only, however many tabs a long-lived background page sees', async () => {
    const tabIds = Array.from({ length: 30 }, (_, i) => i + 1);
    const { detailsExtractAgain } = await workerThatCompared(tabIds);
    expect(await detailsExtractAgain(30)).toBe(false);
    expect(await detailsExtractAgain(1)).toBe(true);
  });

  it('is dropped when its tab is closed', async () => {
    const { detailsExtractAgain } = await workerThatCompared([1, 2]);
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    expect(await detailsExtractAgain(1)).toBe(true);
    expect(await detailsExtractAgain(2)).toBe(false);
  });
});
