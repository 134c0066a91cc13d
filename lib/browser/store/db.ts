import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusRecord } from '../../core/types';

/** How an article came into the reader's corpus. */
export type ArticleOrigin = 'compared' | 'imported' | 'feed';

/**
 * The store is matched in two parts, each rebuilt only when it changes: imported articles (large,
 * rarely changed) and the live part (compared articles and feed entries, small, changed often).
 */
export type CorpusPart = 'imported' | 'live';

export function partOf(origin: ArticleOrigin): CorpusPart {
  return origin === 'imported' ? 'imported' : 'live';
}

/**
 * An article of the reader's own corpus. Matching features are not stored: they are computed with
 * the current matching code whenever a corpus part is (re)built, so they never go stale.
 */
export interface StoredArticle extends CorpusRecord {
  origin: ArticleOrigin;
  /** When it was stored (ms since the epoch). */
  addedAt: number;
  /** The source as an index key: IndexedDB cannot index null, so an unknown source is ''. */
  sourceKey: string;
  /** The feed it came from, or '' (see `sourceKey`). */
  feedUrl: string;
  /** False for a feed entry that holds only the feed's summary, until the full article is fetched. */
  complete: boolean;
}

/** A feed the reader follows, with what its last polls found. */
export interface FeedRecord {
  url: string;
  title: string | null;
  addedAt: number;
  lastPolledAt: number | null;
  lastOkAt: number | null;
  /** Why the last poll failed, or null when it succeeded. */
  lastError: string | null;
  /** Failed polls in a row; the backoff grows with it. */
  failures: number;
  nextPollAt: number;
  /**
   * The ETag and Last-Modified of the last full read, sent back on the next so that an unchanged
   * feed answers 304. Absent when the server gave none, or the feed was last read before they were kept.
   */
  etag?: string;
  lastModified?: string;
}

export interface CrosscheckDb extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { bySource: string; byAddedAt: number; byFeed: string; byOrigin: string; byOriginAddedAt: [string, number] };
  };
  feeds: { key: string; value: FeedRecord };
  /** Settings and each corpus part's generation counter, by name. */
  meta: { key: string; value: unknown };
}

const DB_NAME = 'crosscheck';
/** 1: articles, feeds, meta. 2: the `byOriginAddedAt` index, so old feed entries are found without reading texts. */
const DB_VERSION = 2;

let opening: Promise<IDBPDatabase<CrosscheckDb>> | null = null;

/** The reader's store, opened once per context (worker, options page) and reopened if the browser closes it. */
export function openStore(): Promise<IDBPDatabase<CrosscheckDb>> {
  // Started inside a promise so that an open that throws at once is reported like one that fails later.
  opening ??= Promise.resolve().then(() => openDB<CrosscheckDb>(DB_NAME, DB_VERSION, {
    // Each step only adds to what the earlier versions made, so an upgrade keeps every stored record.
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const articles = db.createObjectStore('articles', { keyPath: 'id' });
        articles.createIndex('bySource', 'sourceKey');
        articles.createIndex('byAddedAt', 'addedAt');
        articles.createIndex('byFeed', 'feedUrl');
        articles.createIndex('byOrigin', 'origin');
        db.createObjectStore('feeds', { keyPath: 'url' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) tx.objectStore('articles').createIndex('byOriginAddedAt', ['origin', 'addedAt']);
    },
    // Another context wants a newer schema, or the browser dropped the connection: open afresh next time.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
    terminated() {
      opening = null;
    },
  })).catch((error: unknown) => {
    opening = null;
    throw new Error(`Crosscheck's local store could not be opened: ${error instanceof Error ? error.message : String(error)}`);
  });
  return opening;
}

/** Closes this context's connection (tests use it to simulate a new context). */
export async function closeStore(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
