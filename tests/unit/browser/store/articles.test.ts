import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allArticles,
  articlesByIds,
  countArticles,
  deleteExpiredFeedEntries,
  deleteAllArticles,
  deleteArticle,
  deleteSource,
  getArticle,
  putArticles,
  recentArticles,
  sourceCounts,
  partFeatures,
  onStoreChange,
  saveIndex,
  savedIndex,
  storeRevision,
  toStoredArticle,
  type StoreChange,
} from '../../../../lib/browser/store/articles';
import { closeStore, FEATURES_VERSION, type StoredFeatures } from '../../../../lib/browser/store/db';
import { articleFeatures } from '../../../../lib/core/corpus/features';
import { ArticleIndex, unpack } from '../../../../lib/core/match/article-index';
import { freshStore, summitReport, unrelatedReport } from './support';

beforeEach(freshStore);

describe('the article store', () => {
  it('stores articles and reads them back after the connection is reopened', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    await closeStore(); // a restarted worker opens a new connection
    const stored = await getArticle('a');
    expect(stored?.text).toContain('Brussels');
    expect(stored?.source).toBe('Wire One');
    expect(stored?.origin).toBe('imported');
  });

  it('replaces an article with the same id instead of storing it twice', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    await putArticles([toStoredArticle({ ...summitReport('a', 'Wire One'), title: 'Updated' }, 'imported')]);
    expect(await countArticles()).toBe(1);
    expect((await getArticle('a'))?.title).toBe('Updated');
  });

  it('writes all of a batch or none of it', async () => {
    const good = toStoredArticle(summitReport('a', 'Wire One'), 'imported');
    const bad = { ...toStoredArticle(summitReport('b', 'Wire Two'), 'imported'), id: undefined as unknown as string };
    await expect(putArticles([good, bad])).rejects.toThrow();
    expect(await countArticles()).toBe(0);
  });

  it('counts per source, lists recent articles and deletes one article, a source, or all', async () => {
    await putArticles([
      toStoredArticle(summitReport('a', 'Wire One'), 'imported', { now: 1 }),
      toStoredArticle(summitReport('b', 'Wire One'), 'imported', { now: 2 }),
      toStoredArticle(summitReport('c', 'Daily Two'), 'compared', { now: 3 }),
      toStoredArticle({ ...unrelatedReport('d'), source: null }, 'imported', { now: 4 }),
    ]);
    expect(await sourceCounts()).toEqual([
      { sourceKey: 'Wire One', count: 2 },
      { sourceKey: '', count: 1 },
      { sourceKey: 'Daily Two', count: 1 },
    ]);
    expect((await recentArticles(2)).map((a) => a.id)).toEqual(['d', 'c']);
    expect((await recentArticles(2))[0]).not.toHaveProperty('text');

    await deleteArticle('c');
    await deleteSource('Wire One');
    expect((await allArticles()).map((a) => a.id)).toEqual(['d']);
    await deleteSource('');
    expect(await countArticles()).toBe(0);

    await putArticles([toStoredArticle(summitReport('e', 'Wire One'), 'imported')]);
    await deleteAllArticles();
    expect(await countArticles()).toBe(0);
  });
});

async function collect(part: 'imported' | 'live', batchSize?: number): Promise<StoredFeatures[]> {
  const all: StoredFeatures[] = [];
  for await (const batch of partFeatures(part, batchSize)) all.push(...batch);
  return all;
}

describe('features stored with the articles', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stores each article’s features when it is stored, and reads a part’s features without any text', async () => {
    const report = summitReport('i', 'Wire One');
    await putArticles([
      toStoredArticle(report, 'imported', { now: 5 }),
      toStoredArticle(summitReport('c', 'Daily Two'), 'compared'),
      toStoredArticle(unrelatedReport('f'), 'feed', { feedUrl: 'https://f.example/rss', complete: false }),
    ]);
    await closeStore(); // a restarted worker reads them back
    const [imported] = await collect('imported');
    expect(imported).toEqual({ id: 'i', source: 'Wire One', url: report.url, title: report.title, publishedAt: '2022-03-23', origin: 'imported', addedAt: 5, feedUrl: '', complete: true, features: articleFeatures(report) });
    expect(imported).not.toHaveProperty('text');
    expect((await collect('live')).map((f) => [f.id, f.complete])).toEqual([
      ['c', true],
      ['f', false],
    ]);
  });

  it('reads a large part in batches, each article once, in id order', async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    await putArticles([...ids.map((id) => toStoredArticle(summitReport(id, 'Wire One'), 'imported')), toStoredArticle(summitReport('live', 'Wire One'), 'compared')]);
    const sizes: number[] = [];
    for await (const batch of partFeatures('imported', 10)) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10, 5]);
    expect((await collect('imported', 10)).map((f) => f.id)).toEqual(ids);
  });

  it('replaces and deletes the features with their article', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported'), toStoredArticle(summitReport('b', 'Wire One'), 'feed', { feedUrl: 'https://w.example/rss', now: 0 })]);
    await putArticles([toStoredArticle(unrelatedReport('a'), 'imported')]);
    expect((await collect('imported')).map((f) => f.features)).toEqual([articleFeatures(unrelatedReport('a'))]);
    await deleteExpiredFeedEntries(7, Date.now());
    expect(await collect('live')).toEqual([]);
    await deleteAllArticles();
    expect(await collect('imported')).toEqual([]);
  });

  it('reads the texts of given articles only, in the order asked', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported'), toStoredArticle(unrelatedReport('b'), 'compared')]);
    expect((await articlesByIds(['b', 'missing', 'a'])).map((a) => a?.text.slice(0, 14))).toEqual(['Allotment hold', undefined, 'President Joe ']);
  });

  it('tells its listeners what each committed write stored and deleted', async () => {
    const changes: StoreChange[] = [];
    const stop = onStoreChange((change) => changes.push(change));
    const stopFailing = onStoreChange(() => {
      throw new Error('a broken index');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A listener that fails does not make the committed write look failed.
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported'), toStoredArticle(summitReport('b', 'Wire Two'), 'imported')]);
    stopFailing();
    await deleteSource('Wire Two');
    await deleteAllArticles();
    await deleteAllArticles(); // nothing left: nothing to tell
    stop();
    await putArticles([toStoredArticle(summitReport('c', 'Wire One'), 'imported')]);
    expect(changes.map(({ stored, deleted }) => [stored.map((f) => f.id), deleted])).toEqual([
      [['a', 'b'], []],
      [[], ['b']],
      [[], ['a']],
    ]);
    expect(changes[0].stored[0].features).toEqual(articleFeatures(summitReport('a', 'Wire One')));
  });

  it('fails a write that would exceed the quota whole, says what to do in plain words, and tells no listener', async () => {
    await putArticles([toStoredArticle(unrelatedReport('kept'), 'imported')]);
    const listener = vi.fn();
    onStoreChange(listener);
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if ((value as { id?: string }).id === 'big' && this.name === 'articles') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });
    const write = putArticles([toStoredArticle(summitReport('small', 'Wire One'), 'imported'), toStoredArticle(summitReport('big', 'Wire One'), 'imported')]);
    await expect(write).rejects.toThrow('there is no room left for Crosscheck on this computer: delete articles you no longer need or free some disk space, then try again');
    vi.restoreAllMocks();
    expect((await allArticles()).map((a) => a.id)).toEqual(['kept']);
    expect((await collect('imported')).map((f) => f.id)).toEqual(['kept']);
    expect(listener).not.toHaveBeenCalled();
    expect(await storeRevision()).toBe(1);
  });

  it('computes the features of articles stored before features were kept, on first reading them', async () => {
    // The store as version 2 of the schema left it: articles, without features.
    await closeStore();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('crosscheck', 2);
      request.onupgradeneeded = () => {
        const articles = request.result.createObjectStore('articles', { keyPath: 'id' });
        for (const [name, keyPath] of [['bySource', 'sourceKey'], ['byAddedAt', 'addedAt'], ['byFeed', 'feedUrl'], ['byOrigin', 'origin'], ['byOriginAddedAt', ['origin', 'addedAt']]] as const) articles.createIndex(name, keyPath as string | string[]);
        request.result.createObjectStore('feeds', { keyPath: 'url' });
        request.result.createObjectStore('meta');
        articles.put(toStoredArticle(summitReport('old', 'Wire One'), 'imported'));
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    expect((await getArticle('old'))?.source).toBe('Wire One');
    expect(await collect('imported')).toEqual([expect.objectContaining({ id: 'old', features: articleFeatures(summitReport('old', 'Wire One')) })]);
  });
});

describe('the store revision, the changes and the saved index', () => {
  it('records each committed write under the next revision, with the ids it stored and deleted', async () => {
    const revisions: number[] = [];
    onStoreChange((change) => revisions.push(change.revision));
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported'), toStoredArticle(unrelatedReport('b'), 'feed')]);
    await deleteArticle('a');
    await deleteSource('no such source'); // changes nothing: no revision
    await closeStore();
    expect(await storeRevision()).toBe(2);
    expect(revisions).toEqual([1, 2]);
    const { saved, revision, changes } = await savedIndex();
    expect([saved, revision, changes]).toEqual([undefined, 2, [{ stored: ['a', 'b'], deleted: [] }, { stored: [], deleted: ['a'] }]]);
  });

  it('keeps the changes a saved index does not cover, and drops those it does', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    await putArticles([toStoredArticle(unrelatedReport('b'), 'feed')]);
    const index = new ArticleIndex();
    index.add([{ record: summitReport('a', 'Wire One'), features: articleFeatures(summitReport('a', 'Wire One')) }]);
    await saveIndex({ revision: 1, featuresVersion: FEATURES_VERSION, index: unpack(index.snapshot()), live: new Uint8Array([0]), shadowed: [] });
    await putArticles([toStoredArticle(unrelatedReport('c'), 'feed')]);
    await closeStore();
    const { saved, revision, changes } = await savedIndex();
    // Stored as it was given, typed arrays and all.
    expect(saved?.index).toEqual(unpack(index.snapshot()));
    expect(saved?.live).toBeInstanceOf(Uint8Array);
    expect(revision).toBe(3);
    expect(changes).toEqual([{ stored: ['b'], deleted: [] }, { stored: ['c'], deleted: [] }]);
    await saveIndex({ ...saved!, revision: 3 });
    expect((await savedIndex()).changes).toEqual([]);
    // An older index saved late (by a worker slower than another) leaves the newer one be.
    await saveIndex({ ...saved!, revision: 2 });
    expect((await savedIndex()).saved?.revision).toBe(3);
  });
});
