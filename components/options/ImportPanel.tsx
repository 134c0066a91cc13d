import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import { IMPORT_BATCH_ARTICLES } from '../../lib/browser/messaging/schemas';
import { importFiles, type ImportProgress, type ImportReport } from '../../lib/browser/store/import/import-files';
import { describeRejection } from '../../lib/browser/store/import/report';
import type { CorpusRecord } from '../../lib/core/types';

/** The report lists this many rejected entries; the rest are counted. */
const REJECTIONS_SHOWN = 200;

/** Import corpus files, with a progress bar and a report of every entry left out and why. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function start() {
    setReport(null);
    setProgress({ bytesRead: 0, totalBytes: 1, stored: 0 });
    // The page reads the files (a File cannot be sent in a message); the background, which owns the store, saves each batch.
    const save = (records: CorpusRecord[]) => sendMessage('importArticles', { records });
    const result = await importFiles(files, { save, batchArticles: IMPORT_BATCH_ARTICLES, onProgress: setProgress });
    setProgress(null);
    setReport(result);
    onImported();
  }

  return (
    <section class="options-section import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import articles</h2>
      <p class="hint">
        JSON Lines (one article per line with <code>id</code> and <code>text</code>), a JSON array of such articles or a Crosscheck bundle, HTML pages or
        plain-text articles. Valid articles are saved as they are read, {IMPORT_BATCH_ARTICLES} at a time: if the import stops or you close this page, the
        articles saved so far are kept.
      </p>
      <div class="row">
        <input
          type="file"
          multiple
          accept=".jsonl,.ndjson,.json,.html,.htm,.txt,.text"
          aria-label="Corpus files to import"
          disabled={progress !== null}
          onChange={(event) => setFiles([...((event.currentTarget as HTMLInputElement).files ?? [])])}
        />
        <button type="button" class="import-start" disabled={files.length === 0 || progress !== null} onClick={() => void start()}>
          Import
        </button>
      </div>
      {progress && <ImportProgressBar progress={progress} />}
      {report && <ImportReportView report={report} />}
    </section>
  );
}

function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const label = `Read ${megabytes(progress.bytesRead)} of ${megabytes(progress.totalBytes)}, saved ${progress.stored} article${progress.stored === 1 ? '' : 's'}`;
  return (
    <div class="import-progress" role="status" data-stored={progress.stored}>
      <progress max={Math.max(1, progress.totalBytes)} value={progress.bytesRead} aria-label={label} />
      <span class="hint">{label}</span>
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const shown = report.rejected.slice(0, REJECTIONS_SHOWN);
  return (
    <div class="import-report" role="status">
      {report.failure ? (
        <p class="import-failure notice">{report.failure}</p>
      ) : (
        <p class="import-stored">
          Imported {report.stored} article{report.stored === 1 ? '' : 's'}.
          {report.rejectedCount > 0 && ` ${report.rejectedCount} entr${report.rejectedCount === 1 ? 'y was' : 'ies were'} left out:`}
        </p>
      )}
      {shown.length > 0 && (
        <ul class="rejections">
          {shown.map((rejection) => (
            <li class="rejection" key={describeRejection(rejection)}>
              {describeRejection(rejection)}
            </li>
          ))}
        </ul>
      )}
      {report.rejectedCount > shown.length && <p class="hint">…and {report.rejectedCount - shown.length} more.</p>}
    </div>
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
