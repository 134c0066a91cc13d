import { useState } from 'preact/hooks';
import { importFiles, type ImportProgress, type ImportReport } from '../../lib/browser/store/import/import-files';
import { describeRejection } from '../../lib/browser/store/import/report';

/** The report lists this many rejected entries; the rest are counted. */
const REJECTIONS_SHOWN = 200;

/** Import corpus files, with a progress bar and a report of every entry left out and why. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function start() {
    setReport(null);
    setProgress({ phase: 'reading', done: 0, total: 1 });
    const result = await importFiles(files, { onProgress: setProgress });
    setProgress(null);
    setReport(result);
    onImported();
  }

  return (
    <section class="options-section import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import articles</h2>
      <p class="hint">
        JSON Lines (one article per line with <code>id</code> and <code>text</code>), a JSON array of such articles or a Crosscheck bundle, HTML pages or
        plain-text articles. Valid articles are saved together at the end: if the import fails or you close this page, nothing is saved.
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
  const label = progress.phase === 'reading' ? `Reading: ${megabytes(progress.done)} of ${megabytes(progress.total)}` : `Saving ${progress.done} of ${progress.total} articles`;
  return (
    <div class="import-progress" role="status">
      <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={label} />
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
