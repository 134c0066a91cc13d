import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { feedArticleCounts, listFeeds, pendingArticleSites } from '../../lib/browser/feeds/subscriptions';
import type { FeedRecord } from '../../lib/browser/store/db';

export interface FeedView extends FeedRecord {
  articles: number;
  /** Sites of this feed's articles that the reader has not allowed, so their full text cannot be fetched. */
  blockedSites: string[];
}

/** The followed feeds with their stored article counts, as the store holds them. */
export function useFeeds(): { feeds: FeedView[]; reload: () => Promise<void> } {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const reload = useCallback(async () => {
    const [list, counts] = await Promise.all([listFeeds(), feedArticleCounts()]);
    const blocked = await Promise.all(list.map((feed) => blockedSites(feed.url)));
    setFeeds(list.map((feed, i) => ({ ...feed, articles: counts.get(feed.url) ?? 0, blockedSites: blocked[i] })));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { feeds, reload };
}

async function blockedSites(feedUrl: string): Promise<string[]> {
  const sites = await pendingArticleSites(feedUrl);
  const allowed = await Promise.all(sites.map((site) => browser.permissions.contains({ origins: [site] }).catch(() => false)));
  return sites.filter((_, i) => !allowed[i]);
}
