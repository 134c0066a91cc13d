import { useCallback, useEffect, useState } from 'preact/hooks';
import { countArticles, feedEntryStamps, originCounts, recentArticles, sourceCounts, type StoredArticleListing } from '../../lib/browser/store/articles';
import type { RetainedRecord } from '../../lib/browser/store/retention';
import { readSettings, type StoreSettings } from '../../lib/browser/store/settings';
import type { CorpusCounts } from './CorpusSummary';

const RECENT_SHOWN = 50;

export interface CorpusView {
  counts: CorpusCounts;
  recent: StoredArticleListing[];
  settings: StoreSettings;
  /** What the retention rule needs of every feed entry, to preview what a choice would remove. */
  feedEntries: RetainedRecord[];
}

/** The store as the options page shows it, reloaded after every change. */
export function useCorpus(): { view: CorpusView | null; error: string | null; reload: () => Promise<void> } {
  const [view, setView] = useState<CorpusView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const [total, sources, origins, recent, settings, feedEntries, estimate] = await Promise.all([
        countArticles(),
        sourceCounts(),
        originCounts(),
        recentArticles(RECENT_SHOWN),
        readSettings(),
        feedEntryStamps(),
        navigator.storage?.estimate?.().catch(() => null) ?? null,
      ]);
      setView({ counts: { total, sources, origins, bytesUsed: estimate?.usage ?? null }, recent, settings, feedEntries });
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { view, error, reload };
}
