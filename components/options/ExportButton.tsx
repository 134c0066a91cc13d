import { useState } from 'preact/hooks';
import { exportJsonl } from '../../lib/browser/store/export';
import { downloadBlob, today } from './download';

/** Downloads the whole corpus as JSON Lines, the same format the importer reads. */
export function ExportButton({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      downloadBlob(await exportJsonl(), `crosscheck-corpus-${today()}.jsonl`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button type="button" class="export" disabled={disabled || busy} onClick={() => void download()}>
      {busy ? 'Preparing…' : 'Export all as JSONL'}
    </button>
  );
}
