import { useState } from 'preact/hooks';
import { exportJsonl } from '../../lib/store/export';

/** Downloads the whole corpus as JSON Lines, the same format the importer reads. */
export function ExportButton({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  async function download() {
    setBusy(true);
    try {
      const url = URL.createObjectURL(await exportJsonl());
      const link = document.createElement('a');
      link.href = url;
      link.download = `crosscheck-corpus-${new Date().toISOString().slice(0, 10)}.jsonl`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
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
