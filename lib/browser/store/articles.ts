import type { IDBPIndex, IDBPTransaction, StoreNames } from 'idb';
import type { CorpusRecord } from '../../core/types';
import { openStore, partOf, type ArticleOrigin, type CorpusPart, type CrosscheckDb, type StoredArticle } from './db';
import { expiredIds, type KeepFeedDays, type RetainedRecord } from './retention';
import { corpusRecordOf } from '../../core/corpus/record';

const ALL_PARTS: CorpusPart[] = ['imported', 'live'];
const generationKey = (part: CorpusPart) => `generation:${part}`;

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

type WriteTransaction = IDBPTransaction<CrosscheckDb, ('articles' | 'meta')[], 'readwrite'>;

/** Every change bumps the generation of the parts it touched, so any context knows its cached matcher is stale. */
async function bumpGenerations(tx: WriteTransaction, parts: CorpusPart[]): Promise<void> {
  const meta = tx.objectStore('meta');
  for (const part of new Set(parts)) await meta.put((((await meta.get(generationKey(part))) as number | undefined) ?? 0) + 1, generationKey(part));
}

/**
 * Runs one write transaction: it all happens, or (on any error, or if the page closes) none of it
 * does. `change` answers which corpus parts it touched.
 */
async function write(change: (tx: WriteTransaction) => Promise<CorpusPart[]>): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['articles', 'meta'], 'readwrite');
  const done = tx.done;
  done.catch(() => {}); // awaited below; an aborted transaction is reported by the change's own error
  try {
    await bumpGenerations(tx, await change(tx));
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
  await done;
}

/** Stores articles (replacing any with the same id) in a single transaction. */
export async function putArticles(articles: StoredArticle[], onProgress?: (done: number) => void): Promise<void> {
  await write(async (tx) => {
    const store = tx.objectStore('articles');
    // The live part is small and cheap to rebuild, so it is always marked; the imported part only
    // when an imported article is written or replaced.
    const parts = new Set<CorpusPart>(['live', ...articles.map((article) => partOf(article.origin))]);
    if (!parts.has('imported')) {
      const replaced = await Promise.all(articles.map((article) => store.get(article.id)));
      if (replaced.some((old) => old?.origin === 'imported')) parts.add('imported');
    }
    // Queue every put before awaiting any, so the transaction never goes idle midway.
    const puts: Promise<unknown>[] = [];
    try {
      articles.forEach((article, index) => {
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
    return [...parts];
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

export async function allArticles(): Promise<StoredArticle[]> {
  return (await openStore()).getAll('articles');
}

/** A number that changes whenever the part's articles do. */
export async function partGeneration(part: CorpusPart): Promise<number> {
  return ((await (await openStore()).get('meta', generationKey(part))) as number | undefined) ?? 0;
}

/** The articles of one corpus part. */
export async function partArticles(part: CorpusPart): Promise<StoredArticle[]> {
  const index = (await openStore()).transaction('articles').store.index('byOrigin');
  if (part === 'imported') return index.getAll('imported');
  return [...(await index.getAll('compared')), ...(await index.getAll('feed'))];
}

export async function deleteArticle(id: string): Promise<void> {
  await write(async (tx) => {
    await tx.objectStore('articles').delete(id);
    return ALL_PARTS;
  });
}

/** Deletes every article an index files under `key`, in one transaction. */
async function deleteIndexed(index: 'bySource' | 'byFeed', key: string): Promise<void> {
  await write(async (tx) => {
    const keys = await tx.objectStore('articles').index(index).getAllKeys(key);
    await Promise.all(keys.map((id) => tx.objectStore('articles').delete(id)));
    return ALL_PARTS;
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
    await tx.objectStore('articles').clear();
    return ALL_PARTS;
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
    await Promise.all(ids.map((id) => store.delete(id)));
    deleted = ids.length;
    // Feed entries are in the live part only; nothing deleted leaves every cached matcher valid.
    return ids.length > 0 ? ['live'] : [];
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
