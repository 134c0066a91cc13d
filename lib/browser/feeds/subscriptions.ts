import { browser } from 'wxt/browser';
import { ensureFeatures } from '../store/articles';
import { openStore, type FeedRecord } from '../store/db';
import { originPattern } from './origins';

export async function listFeeds(): Promise<FeedRecord[]> {
  return (await (await openStore()).getAll('feeds')).sort((a, b) => a.addedAt - b.addedAt);
}

export async function getFeed(url: string): Promise<FeedRecord | undefined> {
  return (await openStore()).get('feeds', url);
}

export async function saveFeed(feed: FeedRecord): Promise<void> {
  await (await openStore()).put('feeds', feed);
}

/** Stops following a feed; the articles it brought stay until the reader deletes them. */
export async function removeFeed(url: string): Promise<void> {
  await (await openStore()).delete('feeds', url);
}

/** A followed feed as the options page lists it. */
export interface FeedView extends FeedRecord {
  /** How many stored articles it brought. */
  articles: number;
  /** Sites of this feed's articles that the reader has not allowed, so their full text cannot be fetched. */
  blockedSites: string[];
}

/** The followed feeds with their stored article counts and the sites the reader has yet to allow. */
export async function feedViews(): Promise<FeedView[]> {
  const feeds = await listFeeds();
  const index = (await openStore()).transaction('articles').store.index('byFeed');
  const counts = await Promise.all(feeds.map((feed) => index.count(feed.url)));
  const blocked = await Promise.all(feeds.map((feed) => blockedSites(feed.url)));
  return feeds.map((feed, i) => ({ ...feed, articles: counts[i], blockedSites: blocked[i] }));
}

async function blockedSites(feedUrl: string): Promise<string[]> {
  const sites = await pendingArticleSites(feedUrl);
  const allowed = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site] }).catch(() => false)));
  return sites.filter((_, i) => !allowed[i]);
}

/** The sites (as match patterns) of a feed's articles still waiting for their full text; reads no text. */
async function pendingArticleSites(feedUrl: string): Promise<string[]> {
  await ensureFeatures();
  const entries = await (await openStore()).getAllFromIndex('features', 'byFeed', feedUrl);
  return [...new Set(entries.flatMap((entry) => (!entry.complete && entry.url ? [originPattern(entry.url)] : [])))].sort();
}
