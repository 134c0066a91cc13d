import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/browser/messaging/protocol';

export type FollowedFeeds = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; urls: Set<string> };

/** The addresses of the feeds the reader follows, as the background reads them from the store. */
export function useFollowedFeeds(): { followed: FollowedFeeds; reload: () => Promise<void> } {
  const [followed, setFollowed] = useState<FollowedFeeds>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setFollowed({ status: 'ready', urls: new Set((await sendMessage('listFeeds', {})).map((feed) => feed.url)) });
    } catch (error) {
      setFollowed({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { followed, reload };
}
