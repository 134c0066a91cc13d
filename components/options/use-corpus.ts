import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import type { CorpusView } from '../../lib/browser/store/requests';

/** What the browser says of this extension's storage: bytes used, and about how many it may use in all. */
export interface StorageUse {
  usage: number;
  quota: number;
}

/** The store as the options page shows it, asked of the background (which owns it), reloaded after every change. */
export function useCorpus(): { view: CorpusView | null; storage: StorageUse | null; error: string | null; reload: () => Promise<void> } {
  const [view, setView] = useState<CorpusView | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [corpus, estimate] = await Promise.all([sendMessage('corpusView', {}), storageUse()]);
      setView(corpus);
      setStorage(estimate);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { view, storage, error, reload };
}

/** The browser's estimate for this extension (the store's own share of it is most of it), or null when it gives none. */
async function storageUse(): Promise<StorageUse | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  return estimate?.usage !== undefined && estimate.quota !== undefined ? { usage: estimate.usage, quota: estimate.quota } : null;
}
