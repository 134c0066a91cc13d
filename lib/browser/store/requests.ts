import type { CorpusRecord } from '../../core/types';
import { countArticles, deleteAllArticles, deleteArticle, deleteSource, feedEntryStamps, originCounts, putArticles, recentArticles, sourceCounts, toStoredArticle, type SourceCount, type StoredArticleListing } from './articles';
import type { ArticleOrigin } from './db';
import { pruneFeedEntries } from './prune';
import { expiredIds, KEEP_FEED_DAYS_CHOICES, type KeepFeedDays } from './retention';
import { readSettings, updateSettings, type StoreSettings } from './settings';

/**
 * What the extension pages ask of the reader's store, answered by the background, which owns it:
 * the pages never open IndexedDB themselves, so nothing has to notice another context's writes.
 */

const RECENT_SHOWN = 50;

export interface CorpusCounts {
  total: number;
  sources: SourceCount[];
  /** How many came from feeds, from comparisons, from imports. */
  origins: Record<ArticleOrigin, number>;
}

/** For each period feed entries may be kept, how many stored now are older (what choosing it would remove). */
export type ExpiringCounts = Record<Exclude<KeepFeedDays, 'forever'>, number>;

/** The store as the options page shows it. */
export interface CorpusView {
  counts: CorpusCounts;
  /** The latest articles stored, newest first, without their texts. */
  recent: StoredArticleListing[];
  settings: StoreSettings;
  expiring: ExpiringCounts;
}

export async function corpusView(now = Date.now()): Promise<CorpusView> {
  const [total, sources, origins, recent, settings, feedEntries] = await Promise.all([
    countArticles(),
    sourceCounts(),
    originCounts(),
    recentArticles(RECENT_SHOWN),
    readSettings(),
    feedEntryStamps(),
  ]);
  const periods = KEEP_FEED_DAYS_CHOICES.filter((keep) => keep !== 'forever');
  const expiring = Object.fromEntries(periods.map((keep) => [keep, expiredIds(feedEntries, keep, now).length])) as ExpiringCounts;
  return { counts: { total, sources, origins }, recent, settings, expiring };
}

/** One article, one source's articles ('' for those without a source), or all of them. */
export type ArticlesToDelete = { id: string } | { sourceKey: string } | { all: true };

export async function deleteArticles(which: ArticlesToDelete): Promise<true> {
  if ('id' in which) await deleteArticle(which.id);
  else if ('sourceKey' in which) await deleteSource(which.sourceKey);
  else await deleteAllArticles();
  return true;
}

/**
 * Saves the reader's new choices; a shorter time to keep feed entries removes those now past it at
 * once. Answers the settings as saved and how many feed entries were removed.
 */
export async function changeSettings(change: Partial<StoreSettings>): Promise<{ settings: StoreSettings; removed: number }> {
  const settings = await updateSettings(change);
  const removed = change.keepFeedDays === undefined ? 0 : await pruneFeedEntries();
  return { settings, removed };
}

/** Stores a batch of an import, all of it or none (see `importFiles`); answers how many were stored. */
export async function importArticles(records: CorpusRecord[]): Promise<number> {
  await putArticles(records.map((record) => toStoredArticle(record, 'imported')));
  return records.length;
}
