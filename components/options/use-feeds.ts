import { useCallback, useEffect, useState } from 'preact/hooks';
import { feedArticleCounts, listFeeds } from '../../lib/feeds/subscriptions';
import type { FeedRecord } from '../../lib/store/db';

export interface FeedView extends FeedRecord {
  articles: number;
}

/** The followed feeds with their stored article counts, as the store holds them. */
export function useFeeds(): { feeds: FeedView[]; reload: () => Promise<void> } {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const reload = useCallback(async () => {
    const [list, counts] = await Promise.all([listFeeds(), feedArticleCounts()]);
    setFeeds(list.map((feed) => ({ ...feed, articles: counts.get(feed.url) ?? 0 })));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { feeds, reload };
}
