import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import type { KeepFeedDays } from '../../lib/browser/store/retention';
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
  const { view, storage, error, reload } = useCorpus();
  // Bumped after an OPML import, so the feeds panel reads the feeds it followed.
  const [feedsVersion, setFeedsVersion] = useState(0);
  /** Runs a change to the store, then shows the store as it now is (also when the change failed). */
  const apply = (change: Promise<unknown>) => void change.then(reload, reload);
  /** Saves how long feed entries are kept and removes those now past it; answers how many went. */
  const keepFeedEntries = async (keepFeedDays: KeepFeedDays) => {
    try {
      return (await sendMessage('changeSettings', { keepFeedDays })).removed;
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
      <RememberToggle on={view.settings.remember} onChange={(remember) => apply(sendMessage('changeSettings', { remember }))} />
      <CorpusSummary
        counts={view.counts}
        storage={storage}
        onDeleteSource={(sourceKey) => apply(sendMessage('deleteArticles', { sourceKey }))}
        onDeleteAll={() => apply(sendMessage('deleteArticles', { all: true }))}
      />
      <KeepFeedEntries keep={view.settings.keepFeedDays} expiring={view.expiring} onSave={keepFeedEntries} />
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
      <RecentArticles articles={view.recent} total={view.counts.total} onDelete={(id) => apply(sendMessage('deleteArticles', { id }))} />
    </>
  );
}
