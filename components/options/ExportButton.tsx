import { useState } from 'preact/hooks';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import type { ExportPage } from '../../lib/browser/store/export';
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

/** The whole corpus as one JSON Lines file, asked of the background page by page (a page is one message). */
async function exportJsonl(): Promise<Blob> {
  const parts: string[] = [];
  let after: string | null = null;
  do {
    const page: ExportPage = await sendMessage('exportPage', { after });
    parts.push(page.lines);
    after = page.next;
  } while (after !== null);
  return new Blob(parts, { type: 'application/x-ndjson' });
}
