import { useState } from 'preact/hooks';
import { deleteAllArticles, deleteArticle, deleteSource } from '../../lib/browser/store/articles';
import { pruneFeedEntries } from '../../lib/browser/store/prune';
import type { KeepFeedDays } from '../../lib/browser/store/retention';
import { updateSettings } from '../../lib/browser/store/settings';
import { CorpusSummary } from './CorpusSummary';
import { ExportButton } from './ExportButton';
import { FeedsPanel } from './FeedsPanel';
import { ImportPanel } from './ImportPanel';
import { KeepFeedEntries } from './KeepFeedEntries';
import { OpmlPanel } from './OpmlPanel';
import { RecentArticles } from './RecentArticles';
import { RememberToggle } from './RememberToggle';
import { useCorpus } from './use-corpus';

/** The options page: the reader's own corpus, kept on this computer. */
export function OptionsApp() {
  const { view, error, reload } = useCorpus();
  // Bumped after an OPML import, so the feeds panel reads the feeds it followed.
  const [feedsVersion, setFeedsVersion] = useState(0);
  /** Runs a change to the store, then shows the store as it now is (also when the change failed). */
  const apply = (change: Promise<unknown>) => void change.then(reload, reload);
  /** Saves how long feed entries are kept and removes those now past it; answers how many went. */
  const keepFeedEntries = async (keepFeedDays: KeepFeedDays) => {
    try {
      await updateSettings({ keepFeedDays });
      return await pruneFeedEntries();
    } finally {
      await reload();
    }
  };
  if (error) {
    return (
      <div class="state state-error" role="alert">
        <h2>Your corpus could not be read</h2>
        <p>{error}</p>
        <button type="button" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }
  if (!view) return <p class="hint" role="status">Reading your corpus…</p>;
  return (
    <>
      <RememberToggle on={view.settings.remember} onChange={(remember) => apply(updateSettings({ remember }))} />
      <CorpusSummary counts={view.counts} onDeleteSource={(key) => apply(deleteSource(key))} onDeleteAll={() => apply(deleteAllArticles())} />
      <KeepFeedEntries keep={view.settings.keepFeedDays} feedEntries={view.feedEntries} onSave={keepFeedEntries} />
      <section class="options-section" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <ExportButton disabled={view.counts.total === 0} />
      </section>
      <ImportPanel onImported={() => void reload()} />
      <FeedsPanel key={feedsVersion} pollMinutes={view.settings.pollMinutes} onChanged={() => void reload()} />
      <OpmlPanel
        onFollowed={() => {
          setFeedsVersion((version) => version + 1);
          void reload();
        }}
      />
      <RecentArticles articles={view.recent} total={view.counts.total} onDelete={(id) => apply(deleteArticle(id))} />
    </>
  );
}
