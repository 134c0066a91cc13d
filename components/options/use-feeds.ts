import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FeedView } from '../../lib/browser/feeds/subscriptions';
import { sendMessage } from '../../lib/browser/messaging/protocol';

/** The followed feeds with their stored article counts, as the background reads them from the store. */
export function useFeeds(): { feeds: FeedView[]; reload: () => Promise<void> } {
  const [feeds, setFeeds] = useState<FeedView[]>([]);
  const reload = useCallback(async () => {
    setFeeds(await sendMessage('feedViews', {}));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { feeds, reload };
}
