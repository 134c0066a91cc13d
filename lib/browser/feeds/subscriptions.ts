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

/** How many stored articles came from each feed. */
export async function feedArticleCounts(): Promise<Map<string, number>> {
  const feeds = await listFeeds();
  const index = (await openStore()).transaction('articles').store.index('byFeed');
  const counts = await Promise.all(feeds.map((feed) => index.count(feed.url)));
  return new Map(feeds.map((feed, i) => [feed.url, counts[i]]));
}

/** The sites (as match patterns) of a feed's articles still waiting for their full text. */
export async function pendingArticleSites(feedUrl: string): Promise<string[]> {
  const articles = await (await openStore()).getAllFromIndex('articles', 'byFeed', feedUrl);
  return [...new Set(articles.flatMap((a) => (!a.complete && a.url ? [originPattern(a.url)] : [])))].sort();
}
