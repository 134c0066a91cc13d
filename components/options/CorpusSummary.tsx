import { useState } from 'preact/hooks';
import type { CorpusCounts } from '../../lib/browser/store/requests';
import { ConfirmButton } from './ConfirmButton';
import type { StorageUse } from './use-corpus';

/** How much the reader's corpus holds, per source, and the room it takes, with ways to delete a source or everything. */
export function CorpusSummary({
  counts,
  storage,
  onDeleteSource,
  onDeleteAll,
}: {
  counts: CorpusCounts;
  /** Null when the browser does not say. */
  storage: StorageUse | null;
  onDeleteSource: (sourceKey: string) => void;
  onDeleteAll: () => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const sources = expanded ? counts.sources : counts.sources.slice(0, 10);
  return (
    <section class="options-section corpus-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Your corpus</h2>
      <p class="corpus-total">
        <strong class="article-count">{counts.total}</strong> article{counts.total === 1 ? '' : 's'} from {counts.sources.length} source
        {counts.sources.length === 1 ? '' : 's'}.
      </p>
      {counts.total > 0 && (
        <p class="corpus-origins">
          {articles(counts.origins.feed, 'from feeds')}, {articles(counts.origins.compared, 'you compared')} and {articles(counts.origins.imported, 'you imported')}.
        </p>
      )}
      {storage && (
        <p class="storage-use">
          Using {formatBytes(storage.usage)} of about {formatBytes(storage.quota)} the browser lets Crosscheck keep on this computer. When that is full, nothing more
          is saved until you delete articles.
        </p>
      )}
      {sources.length > 0 && (
        <table class="sources">
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Articles</th>
              <th scope="col">
                <span class="visually-hidden-text">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map(({ sourceKey, count }) => (
              <tr key={sourceKey} class="source-row" data-source={sourceKey}>
                <td>{sourceKey || 'Unknown source'}</td>
                <td>{count}</td>
                <td>
                  <ConfirmButton label="Delete" confirmLabel={`Delete ${count} article${count === 1 ? '' : 's'}`} onConfirm={() => onDeleteSource(sourceKey)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {counts.sources.length > sources.length && (
        <button type="button" class="link-button" onClick={() => setExpanded(true)}>
          Show all {counts.sources.length} sources
        </button>
      )}
      {counts.total > 0 && (
        <p>
          <ConfirmButton class="delete-all" label="Delete all articles" confirmLabel={`Delete all ${counts.total} articles`} onConfirm={onDeleteAll} />
        </p>
      )}
    </section>
  );
}

/** "1 article you compared", "12 articles from feeds". */
function articles(count: number, how: string): string {
  return `${count} article${count === 1 ? '' : 's'} ${how}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1_000).toFixed(0)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}
