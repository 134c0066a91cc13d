import type { IDBPTransaction } from 'idb';
import { articleFeatures } from '../corpus/features';
import type { CorpusRecord } from '../types';
import { openStore, type ArticleOrigin, type CrosscheckDb, type StoredArticle } from './db';

const GENERATION = 'generation';

/** A corpus record made ready for the store: its features are computed here, once, not on every comparison. */
export function toStoredArticle(record: CorpusRecord, origin: ArticleOrigin, options: { feedUrl?: string; complete?: boolean; now?: number } = {}): StoredArticle {
  const { id, source, url, title, publishedAt, text } = record;
  return {
    id,
    source,
    url,
    title,
    publishedAt,
    text,
    ...articleFeatures(record),
    origin,
    addedAt: options.now ?? Date.now(),
    sourceKey: source ?? '',
    feedUrl: options.feedUrl ?? '',
    complete: options.complete ?? true,
  };
}

type WriteTransaction = IDBPTransaction<CrosscheckDb, ('articles' | 'meta')[], 'readwrite'>;

/** Every change to the articles bumps the generation, so other contexts know their cached matcher is stale. */
async function bumpGeneration(tx: WriteTransaction): Promise<void> {
  const meta = tx.objectStore('meta');
  await meta.put(((await meta.get(GENERATION)) as number | undefined ?? 0) + 1, GENERATION);
}

/** Runs one write transaction: it all happens, or (on any error, or if the page closes) none of it does. */
async function write(change: (tx: WriteTransaction) => Promise<void>): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['articles', 'meta'], 'readwrite');
  const done = tx.done;
  done.catch(() => {}); // awaited below; an aborted transaction is reported by the change's own error
  try {
    await change(tx);
    await bumpGeneration(tx);
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
  });
}

export async function getArticle(id: string): Promise<StoredArticle | undefined> {
  return (await openStore()).get('articles', id);
}

export async function allArticles(): Promise<StoredArticle[]> {
  return (await openStore()).getAll('articles');
}

/** A number that changes whenever the stored articles do. */
export async function storeGeneration(): Promise<number> {
  return ((await (await openStore()).get('meta', GENERATION)) as number | undefined) ?? 0;
}

export async function deleteArticle(id: string): Promise<void> {
  await write(async (tx) => tx.objectStore('articles').delete(id));
}

/** Deletes every article of one source ('' for articles without a source). */
export async function deleteSource(sourceKey: string): Promise<void> {
  await write(async (tx) => {
    const keys = await tx.objectStore('articles').index('bySource').getAllKeys(sourceKey);
    await Promise.all(keys.map((key) => tx.objectStore('articles').delete(key)));
  });
}

/** Deletes the articles that came from one feed. */
export async function deleteFeedArticles(feedUrl: string): Promise<void> {
  await write(async (tx) => {
    const keys = await tx.objectStore('articles').index('byFeed').getAllKeys(feedUrl);
    await Promise.all(keys.map((key) => tx.objectStore('articles').delete(key)));
  });
}

export async function deleteAllArticles(): Promise<void> {
  await write(async (tx) => tx.objectStore('articles').clear());
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

export type ArticleSummary = Pick<StoredArticle, 'id' | 'title' | 'source' | 'url' | 'publishedAt' | 'origin' | 'addedAt' | 'complete'>;

/** The most recently stored articles, newest first, without their texts. */
export async function recentArticles(limit: number): Promise<ArticleSummary[]> {
  const summaries: ArticleSummary[] = [];
  let cursor = await (await openStore()).transaction('articles').store.index('byAddedAt').openCursor(null, 'prev');
  while (cursor && summaries.length < limit) {
    const { id, title, source, url, publishedAt, origin, addedAt, complete } = cursor.value;
    summaries.push({ id, title, source, url, publishedAt, origin, addedAt, complete });
    cursor = await cursor.continue();
  }
  return summaries;
}
