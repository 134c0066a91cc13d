import { openStore, type FeedRecord } from '../store/db';

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
  const counts = new Map<string, number>();
  const index = (await openStore()).transaction('articles').store.index('byFeed');
  for (const feed of await listFeeds()) counts.set(feed.url, await index.count(feed.url));
  return counts;
}
