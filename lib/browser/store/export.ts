import { openStore } from './db';
import { corpusRecordOf } from '../../core/corpus/record';

/**
 * The reader's corpus as JSON Lines in the shared corpora format (one article per line, features
 * left out: they are recomputed on import), read with a cursor so that no second copy of the whole
 * store is held as objects.
 */
export async function exportJsonl(): Promise<Blob> {
  const lines: string[] = [];
  let cursor = await (await openStore()).transaction('articles').store.openCursor();
  while (cursor) {
    lines.push(`${JSON.stringify(corpusRecordOf(cursor.value))}\n`);
    cursor = await cursor.continue();
  }
  return new Blob(lines, { type: 'application/x-ndjson' });
}
