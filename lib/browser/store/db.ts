import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { BUNDLE_VERSION } from '../../core/corpus/bundle';
import type { ArticleFeatures } from '../../core/corpus/features';
import type { UnpackedSnapshot } from '../../core/match/article-index';
import type { CorpusRecord } from '../../core/types';

/** How an article came into the reader's corpus. */
export type ArticleOrigin = 'compared' | 'imported' | 'feed';

/**
 * The store's two parts, read apart (see `partFeatures`): imported articles (large, rarely changed)
 * and the live part (compared articles and feed entries, small, changed often).
 */
export type CorpusPart = 'imported' | 'live';

export function partOf(origin: ArticleOrigin): CorpusPart {
  return origin === 'imported' ? 'imported' : 'live';
}

/** An article of the reader's own corpus, with its text (its features are kept apart, see `StoredFeatures`). */
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

/**
 * What matching needs of a stored article, without its text: its features, computed once when the
 * article was stored (in the same transaction), and what lists and filters need. Kept in a store of
 * their own, so that getting ready to match never reads a text.
 */
export interface StoredFeatures extends Omit<StoredArticle, 'text' | 'sourceKey'> {
  features: ArticleFeatures;
}

/** The ids one committed write stored and deleted, kept under the store revision it made (see `SavedIndex`). */
export interface StoreChangeRecord {
  stored: string[];
  deleted: string[];
}

/**
 * The background's index of the stored articles as of one store revision, so that a worker starting
 * afresh reads it in one go, then only the changes written since, instead of every article's features.
 */
export interface SavedIndex {
  /** The store revision it reflects: the changes under later revisions are not in it. */
  revision: number;
  /** Which version of the features it was made from (see FEATURES_VERSION). */
  featuresVersion: number;
  /** Unpacked, so that a new worker merges it without decoding (see UnpackedSnapshot). */
  index: UnpackedSnapshot;
  /** Per article of `index`, 1 when it is in the live part, 0 when imported. */
  live: Uint8Array;
  /** Stored articles left out of `index` because a bundled article has their id (see local-corpus). */
  shadowed: string[];
}

export interface CrosscheckDb extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { bySource: string; byAddedAt: number; byFeed: string; byOrigin: string; byOriginAddedAt: [string, number] };
  };
  /** One record per article, under the article's id. */
  features: {
    key: string;
    value: StoredFeatures;
    /** `byOriginId` pages through one origin's features in id order (see `partFeatures`). */
    indexes: { byOriginId: [string, string]; byFeed: string };
  };
  feeds: { key: string; value: FeedRecord };
  /** Settings, which version of the features is stored, and the store revision, by name. */
  meta: { key: string; value: unknown };
  /** What each write of articles changed, under the revision it made, until a saved index covers it. */
  changes: { key: number; value: StoreChangeRecord };
  /** The background's saved index, under SAVED_INDEX_KEY. */
  savedIndex: { key: string; value: SavedIndex };
}

const DB_NAME = 'crosscheck';
/**
 * Which version of the features the `features` store holds: the bundled corpus stores the same
 * features, and its version changes whenever they do, so stored features are recomputed then.
 */
export const FEATURES_VERSION = BUNDLE_VERSION;
export const FEATURES_VERSION_KEY = 'featuresVersion';
/** The meta record counting the writes of articles: each one bumps it in its own transaction. */
export const REVISION_KEY = 'revision';
export const SAVED_INDEX_KEY = 'stored';
/** The meta record of the saved index's revision, read without reading the index. */
export const SAVED_REVISION_KEY = 'savedIndexRevision';
/**
 * 1: articles, feeds, meta. 2: the `byOriginAddedAt` index, so old feed entries are found without reading texts.
 * 3: the `features` store. It starts empty: the features of articles stored before are computed by
 * the first reader of features (see `partFeatures`), not here, so that opening the store stays quick.
 * 4: the store revision, the `changes` made since the saved index and the `savedIndex` (both start empty).
 */
const DB_VERSION = 4;

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
        // A new store has no article without features.
        db.createObjectStore('meta').put(FEATURES_VERSION, FEATURES_VERSION_KEY);
      }
      if (oldVersion < 2) tx.objectStore('articles').createIndex('byOriginAddedAt', ['origin', 'addedAt']);
      if (oldVersion < 3) {
        // The counters by which other contexts noticed writes: the background, which owns the store, hears of each write.
        if (oldVersion >= 1) for (const part of ['imported', 'live']) void tx.objectStore('meta').delete(`generation:${part}`);
        const features = db.createObjectStore('features', { keyPath: 'id' });
        features.createIndex('byOriginId', ['origin', 'id']);
        features.createIndex('byFeed', 'feedUrl');
      }
      if (oldVersion < 4) {
        db.createObjectStore('changes');
        db.createObjectStore('savedIndex');
      }
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
