import type { IDBPIndex, IDBPTransaction, StoreNames } from 'idb';
import { articleFeatures } from '../../core/corpus/features';
import type { CorpusRecord } from '../../core/types';
import {
  FEATURES_VERSION,
  FEATURES_VERSION_KEY,
  openStore,
  REVISION_KEY,
  SAVED_INDEX_KEY,
  SAVED_REVISION_KEY,
  type ArticleOrigin,
  type CorpusPart,
  type CrosscheckDb,
  type SavedIndex,
  type StoreChangeRecord,
  type StoredArticle,
  type StoredFeatures,
} from './db';
import { expiredIds, type KeepFeedDays, type RetainedRecord } from './retention';
import { corpusRecordOf } from '../../core/corpus/record';

/** A corpus record with what the store records about it. */
export function toStoredArticle(record: CorpusRecord, origin: ArticleOrigin, options: { feedUrl?: string; complete?: boolean; now?: number } = {}): StoredArticle {
  return {
    ...corpusRecordOf(record),
    origin,
    addedAt: options.now ?? Date.now(),
    sourceKey: record.source ?? '',
    feedUrl: options.feedUrl ?? '',
    complete: options.complete ?? true,
  };
}

/** The record kept beside a stored article: its features, computed here once, and its listing without the text. */
export function featuresOf(article: StoredArticle): StoredFeatures {
  const { text: _text, sourceKey: _sourceKey, ...listing } = article;
  return { ...listing, features: articleFeatures(article) };
}

/** What a committed write changed, for whoever keeps something built from the store (the background's index). */
export interface StoreChange {
  /** Articles stored or replaced, as their features; a replaced article's earlier features are gone. */
  stored: StoredFeatures[];
  /** Ids of the articles deleted. */
  deleted: string[];
  /** The store revision the write made (see `savedIndex`). */
  revision: number;
}

const changeListeners = new Set<(change: StoreChange) => void>();

/**
 * Calls `listener` after every committed write made in this context. The background owns the
 * store (the pages change it through messages), so its listeners see every change; answers a
 * function that stops listening.
 */
export function onStoreChange(listener: (change: StoreChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

type WriteTransaction = IDBPTransaction<CrosscheckDb, ('articles' | 'features' | 'meta' | 'changes')[], 'readwrite'>;

/**
 * Runs one write transaction: it all happens, or (on any error, a full disk, or if the context
 * closes) none of it does. `change` answers what it changed, which is recorded under a new store
 * revision in the same transaction; listeners hear of it once committed.
 */
async function write(change: (tx: WriteTransaction) => Promise<Omit<StoreChange, 'revision'>>): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['articles', 'features', 'meta', 'changes'], 'readwrite');
  const done = tx.done;
  done.catch(() => {}); // awaited below; an aborted transaction is reported by the change's own error
  let committed: StoreChange;
  try {
    const { stored, deleted } = await change(tx);
    const revision = ((await tx.objectStore('meta').get(REVISION_KEY)) as number | undefined ?? 0) + 1;
    if (stored.length > 0 || deleted.length > 0) {
      const record: StoreChangeRecord = { stored: stored.map((article) => article.id), deleted };
      await Promise.all([tx.objectStore('meta').put(revision, REVISION_KEY), tx.objectStore('changes').put(record, revision)]);
    }
    committed = { stored, deleted, revision };
    await done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw storeError(error);
  }
  if (committed.stored.length === 0 && committed.deleted.length === 0) return;
  for (const listener of changeListeners) {
    try {
      listener(committed);
    } catch (error) {
      // The write is committed: a listener's failure must not report it as failed.
      console.warn('Crosscheck could not apply a change of its store:', error);
    }
  }
}

/**
 * A failed write in words: a full disk says what to do about it. Lower-case, as callers put it in a
 * sentence of their own ("Nothing was imported: the articles could not be saved (…)").
 */
function storeError(error: unknown): Error {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new Error('there is no room left for Crosscheck on this computer: delete articles you no longer need or free some disk space, then try again');
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Stores articles (replacing any with the same id) in a single transaction, each with its features,
 * computed here once: nothing needs to analyse a stored article's text again to match it.
 */
export async function putArticles(articles: StoredArticle[], onProgress?: (done: number) => void): Promise<void> {
  // Computed before the transaction starts, so that it is never held open by the analysis.
  const features = articles.map(featuresOf);
  await write(async (tx) => {
    const store = tx.objectStore('articles');
    const featureStore = tx.objectStore('features');
    // Queue every put before awaiting any, so the transaction never goes idle midway.
    const puts: Promise<unknown>[] = [];
    try {
      articles.forEach((article, index) => {
        puts.push(featureStore.put(features[index]));
        puts.push(
          store.put(article).then(() => {
            if (onProgress && (index % 200 === 199 || index === articles.length - 1)) onProgress(index + 1);
          }),
        );
      });
    } finally {
      // A put that throws at once aborts the rest; their rejections are expected, not unhandled.
      for (const put of puts) put.catch(() => {});
    }
    await Promise.all(puts);
    return { stored: features, deleted: [] };
  });
}

/**
 * Stores the articles the store does not already hold in full: a feed entry seen again never
 * replaces the full article fetched for it, nor an article the reader compared or imported.
 * Answers how many were stored.
 */
export async function putNewArticles(articles: StoredArticle[]): Promise<number> {
  const db = await openStore();
  const existing = await Promise.all(articles.map((article) => db.get('articles', article.id)));
  const fresh = articles.filter((_, index) => !existing[index] || (!existing[index].complete && existing[index].text !== articles[index].text));
  if (fresh.length > 0) await putArticles(fresh);
  return fresh.length;
}

export async function getArticle(id: string): Promise<StoredArticle | undefined> {
  return (await openStore()).get('articles', id);
}

/** The stored articles with these ids, in the same order (undefined where none is stored): the only texts a comparison reads. */
export async function articlesByIds(ids: readonly string[]): Promise<(StoredArticle | undefined)[]> {
  const store = (await openStore()).transaction('articles').store;
  return Promise.all(ids.map((id) => store.get(id)));
}

export async function allArticles(): Promise<StoredArticle[]> {
  return (await openStore()).getAll('articles');
}

const PART_ORIGINS: Record<CorpusPart, ArticleOrigin[]> = { imported: ['imported'], live: ['compared', 'feed'] };
const FEATURE_BATCH = 1_000;

/**
 * The features of one corpus part's articles, never their texts, a batch at a time (each read in a
 * transaction of its own), so that a large part is never held twice over while it is turned into an
 * index. Articles written while it runs may be missed or seen: listen to `onStoreChange` before
 * reading and apply the changes after.
 */
export async function* partFeatures(part: CorpusPart, batchSize = FEATURE_BATCH): AsyncGenerator<StoredFeatures[]> {
  await ensureFeatures();
  for (const origin of PART_ORIGINS[part]) {
    let after: string | null = null;
    for (;;) {
      // Ids are strings, and in IndexedDB every array key sorts after every string: [origin, []] bounds the origin's ids.
      const range: IDBKeyRange = IDBKeyRange.bound(after === null ? [origin] : [origin, after], [origin, []], after !== null);
      const batch = await (await openStore()).getAllFromIndex('features', 'byOriginId', range, batchSize);
      if (batch.length > 0) yield batch;
      if (batch.length < batchSize) break;
      after = batch[batch.length - 1].id;
    }
  }
}

let ensuring: Promise<void> | null = null;

/**
 * Computes the features of every stored article, once, when the store holds none of the current
 * version: after the upgrade that added them (articles stored before), or after the matching code
 * changed what features are. Batched, so that no transaction stays open for long.
 */
export function ensureFeatures(): Promise<void> {
  ensuring ??= (async () => {
    const db = await openStore();
    if ((await db.get('meta', FEATURES_VERSION_KEY)) === FEATURES_VERSION) return;
    let after: string | null = null;
    for (;;) {
      const tx = db.transaction(['articles', 'features'], 'readwrite');
      const batch = await tx.objectStore('articles').getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), FEATURE_BATCH);
      for (const article of batch) void tx.objectStore('features').put(featuresOf(article));
      await tx.done;
      if (batch.length < FEATURE_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    await db.put('meta', FEATURES_VERSION, FEATURES_VERSION_KEY);
  })().finally(() => {
    ensuring = null;
  });
  return ensuring;
}

/** How many writes of articles the store has seen: the revision of the last. */
export async function storeRevision(): Promise<number> {
  return ((await (await openStore()).get('meta', REVISION_KEY)) as number | undefined) ?? 0;
}

/** The saved index (if any), the store revision now, and the changes written since the saved index, oldest first; read at one moment. */
export async function savedIndex(): Promise<{ saved: SavedIndex | undefined; revision: number; changes: StoreChangeRecord[] }> {
  const tx = (await openStore()).transaction(['savedIndex', 'meta', 'changes']);
  const saved = await tx.objectStore('savedIndex').get(SAVED_INDEX_KEY);
  const [revision, changes] = await Promise.all([
    tx.objectStore('meta').get(REVISION_KEY) as Promise<number | undefined>,
    tx.objectStore('changes').getAll(IDBKeyRange.lowerBound(saved?.revision ?? 0, true)),
  ]);
  return { saved, revision: revision ?? 0, changes };
}

/**
 * Saves the index, replacing the one saved before, and drops the changes it covers; unless the one
 * saved before is more recent (the changes it covers are gone: an older index would miss them).
 */
export async function saveIndex(saved: SavedIndex): Promise<void> {
  const tx = (await openStore()).transaction(['savedIndex', 'changes', 'meta'], 'readwrite');
  const save = async () => {
    const before = (await tx.objectStore('meta').get(SAVED_REVISION_KEY)) as number | undefined;
    if (before !== undefined && before > saved.revision) return;
    await Promise.all([
      tx.objectStore('savedIndex').put(saved, SAVED_INDEX_KEY),
      tx.objectStore('meta').put(saved.revision, SAVED_REVISION_KEY),
      tx.objectStore('changes').delete(IDBKeyRange.upperBound(saved.revision)),
    ]);
  };
  await Promise.all([save(), tx.done]).catch((error: unknown) => {
    throw storeError(error);
  });
}

/** The features of the stored articles with these ids, for those still stored. */
export async function featuresByIds(ids: readonly string[]): Promise<StoredFeatures[]> {
  await ensureFeatures();
  const store = (await openStore()).transaction('features').store;
  const found = await Promise.all(ids.map((id) => store.get(id)));
  return found.filter((features) => features !== undefined);
}

export async function deleteArticle(id: string): Promise<void> {
  await write(async (tx) => {
    await Promise.all([tx.objectStore('articles').delete(id), tx.objectStore('features').delete(id)]);
    return { stored: [], deleted: [id] };
  });
}

/** Deletes these articles and their features within a write. */
async function deleteIds(tx: WriteTransaction, ids: string[]): Promise<void> {
  await Promise.all(ids.flatMap((id) => [tx.objectStore('articles').delete(id), tx.objectStore('features').delete(id)]));
}

/** Deletes every article an index files under `key`, in one transaction. */
async function deleteIndexed(index: 'bySource' | 'byFeed', key: string): Promise<void> {
  await write(async (tx) => {
    const ids = await tx.objectStore('articles').index(index).getAllKeys(key);
    await deleteIds(tx, ids);
    return { stored: [], deleted: ids };
  });
}

/** Deletes every article of one source ('' for articles without a source). */
export async function deleteSource(sourceKey: string): Promise<void> {
  await deleteIndexed('bySource', sourceKey);
}

/** Deletes every article a feed brought (its entries, and the full articles fetched for them). */
export async function deleteFeedArticles(feedUrl: string): Promise<void> {
  if (feedUrl) await deleteIndexed('byFeed', feedUrl);
}

export async function deleteAllArticles(): Promise<void> {
  await write(async (tx) => {
    const ids = await tx.objectStore('articles').getAllKeys();
    await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('features').clear()]);
    return { stored: [], deleted: ids };
  });
}

type OriginAddedAtIndex = IDBPIndex<CrosscheckDb, ArrayLike<StoreNames<CrosscheckDb>>, 'articles', 'byOriginAddedAt', IDBTransactionMode>;

/** Every feed entry's id and time stored, from index keys only: a store of full texts is not read. */
async function readFeedEntryStamps(index: OriginAddedAtIndex): Promise<RetainedRecord[]> {
  const stamps: RetainedRecord[] = [];
  let cursor = await index.openKeyCursor(IDBKeyRange.bound(['feed', -Infinity], ['feed', Infinity]));
  while (cursor) {
    stamps.push({ id: cursor.primaryKey, origin: 'feed', addedAt: cursor.key[1] });
    cursor = await cursor.continue();
  }
  return stamps;
}

export async function feedEntryStamps(): Promise<RetainedRecord[]> {
  return readFeedEntryStamps((await openStore()).transaction('articles').store.index('byOriginAddedAt'));
}

/** Deletes the feed entries the retention rule says have expired, in one transaction; answers how many. */
export async function deleteExpiredFeedEntries(keep: KeepFeedDays, now: number): Promise<number> {
  let deleted = 0;
  await write(async (tx) => {
    const store = tx.objectStore('articles');
    const ids = expiredIds(await readFeedEntryStamps(store.index('byOriginAddedAt')), keep, now);
    await deleteIds(tx, ids);
    deleted = ids.length;
    return { stored: [], deleted: ids };
  });
  return deleted;
}

/** How many articles came in each way; reads index counts only. */
export async function originCounts(): Promise<Record<ArticleOrigin, number>> {
  const index = (await openStore()).transaction('articles').store.index('byOrigin');
  const [feed, compared, imported] = await Promise.all([index.count('feed'), index.count('compared'), index.count('imported')]);
  return { feed, compared, imported };
}

export interface SourceCount {
  sourceKey: string;
  count: number;
}

/** How many articles each source has, most first; reads index keys only, never the texts. */
export async function sourceCounts(): Promise<SourceCount[]> {
  const counts = new Map<string, number>();
  let cursor = await (await openStore()).transaction('articles').store.index('bySource').openKeyCursor();
  while (cursor) {
    counts.set(cursor.key, (counts.get(cursor.key) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return [...counts].map(([sourceKey, count]) => ({ sourceKey, count })).sort((a, b) => b.count - a.count || a.sourceKey.localeCompare(b.sourceKey));
}

export async function countArticles(): Promise<number> {
  return (await openStore()).count('articles');
}

/** A stored article as the options page lists it: without its text, so a long list stays light. */
export type StoredArticleListing = Pick<StoredArticle, 'id' | 'title' | 'source' | 'url' | 'publishedAt' | 'origin' | 'addedAt' | 'complete'>;

/** The most recently stored articles, newest first, without their texts. */
export async function recentArticles(limit: number): Promise<StoredArticleListing[]> {
  const listings: StoredArticleListing[] = [];
  let cursor = await (await openStore()).transaction('articles').store.index('byAddedAt').openCursor(null, 'prev');
  while (cursor && listings.length < limit) {
    const { id, title, source, url, publishedAt, origin, addedAt, complete } = cursor.value;
    listings.push({ id, title, source, url, publishedAt, origin, addedAt, complete });
    cursor = await cursor.continue();
  }
  return listings;
}
