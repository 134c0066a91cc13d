import type { HtmlParser } from '../../../core/corpus/read-file';
import type { CorpusRecord } from '../../../core/types';
import { readImportFile, type ImportFile } from './read-file';
import type { Rejection } from './report';

export interface ImportProgress {
  /** Bytes of the files read so far, of `totalBytes`. */
  bytesRead: number;
  totalBytes: number;
  /** Articles saved so far. */
  stored: number;
}

export interface ImportReport {
  /** How many articles the store now holds from this import: all the valid ones, unless saving failed. */
  stored: number;
  /** The first entries left out (up to MAX_REJECTIONS_KEPT), in file order. */
  rejected: Rejection[];
  /** How many entries were left out in all. */
  rejectedCount: number;
  /** Why saving stopped, and what was kept, when it failed: the articles saved before are kept, no later one is. */
  failure: string | null;
}

/** A file of nothing but bad lines must not fill memory with its report. */
export const MAX_REJECTIONS_KEPT = 1_000;

/** Most characters of text an import sends the background at once, so that a batch of long articles stays a small message. */
export const IMPORT_BATCH_CHARS = 8_000_000;

export interface ImportOptions {
  /**
   * Stores one batch (at most `batchArticles` articles, and `IMPORT_BATCH_CHARS` of text unless one
   * article is longer), all of it or none: the options page asks the background, which owns the store.
   */
  save: (records: CorpusRecord[]) => Promise<unknown>;
  batchArticles: number;
  onProgress?: (progress: ImportProgress) => void;
  parseHtml?: HtmlParser;
}

/**
 * Imports corpus files into the reader's store, saving valid articles in batches as they are read,
 * so that a large import is never held whole in memory. A batch is saved whole or not at all: when
 * saving fails, or the page is closed, the batches saved before are kept and the report says how
 * many articles they hold. Bad entries are reported with their file and line; they never stop the rest.
 */
export async function importFiles(files: ImportFile[], options: ImportOptions): Promise<ImportReport> {
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const rejected: Rejection[] = [];
  let rejectedCount = 0;
  const reject = (rejection: Rejection) => {
    rejectedCount++;
    if (rejected.length < MAX_REJECTIONS_KEPT) rejected.push(rejection);
  };
  const firstSeen = new Map<string, string>();
  let batch: CorpusRecord[] = [];
  let batchChars = 0;
  let stored = 0;
  let bytesRead = 0;
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, stored });
  const saveBatch = async () => {
    if (batch.length === 0) return;
    try {
      await options.save(batch);
    } catch (error) {
      throw new SaveFailed(messageOf(error));
    }
    stored += batch.length;
    batch = [];
    batchChars = 0;
    progress();
  };
  progress();
  try {
    let bytesBefore = 0;
    for (const file of files) {
      try {
        for await (const piece of readImportFile(file, options.parseHtml)) {
          piece.rejections.forEach(reject);
          for (const { record, line, unit } of piece.records) {
            const where = line === null ? file.name : `${file.name}, ${unit} ${line}`;
            const earlier = firstSeen.get(record.id);
            if (earlier) {
              reject({ file: file.name, line, unit, reason: `duplicate id "${record.id.slice(0, 80)}" (first seen at ${earlier})` });
              continue;
            }
            firstSeen.set(record.id, where);
            if (batch.length >= options.batchArticles || (batch.length > 0 && batchChars + record.text.length > IMPORT_BATCH_CHARS)) await saveBatch();
            batch.push(record);
            batchChars += record.text.length;
          }
          bytesRead = bytesBefore + piece.bytesRead;
          progress();
          await nextTask(); // let the page paint the progress bar and stay responsive
        }
      } catch (error) {
        if (error instanceof SaveFailed) throw error;
        reject({ file: file.name, line: null, unit: 'file', reason: `could not be read (${messageOf(error)})` });
      }
      bytesBefore += file.size;
    }
    await saveBatch();
  } catch (error) {
    const reason = messageOf(error);
    const failure =
      stored === 0
        ? `Nothing was imported: the articles could not be saved (${reason}).`
        : `Only the first ${stored} article${stored === 1 ? ' was' : 's were'} imported; the rest could not be saved (${reason}).`;
    return { stored, rejected, rejectedCount, failure };
  }
  return { stored, rejected, rejectedCount, failure: null };
}

/** Saving a batch failed: the import stops there (a file that cannot be read is only left out). */
class SaveFailed extends Error {}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
