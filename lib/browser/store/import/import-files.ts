import { putArticles, toStoredArticle } from '../articles';
import type { StoredArticle } from '../db';
import type { HtmlParser } from '../../../core/corpus/read-file';
import { readImportFile, type ImportFile } from './read-file';
import type { Rejection } from './report';

export interface ImportProgress {
  /** Reading the files (counted in bytes), then saving them (counted in articles). */
  phase: 'reading' | 'saving';
  done: number;
  total: number;
}

export interface ImportReport {
  /** How many articles the store now holds from this import: all the valid ones, or none. */
  stored: number;
  /** The first entries left out (up to MAX_REJECTIONS_KEPT), in file order. */
  rejected: Rejection[];
  /** How many entries were left out in all. */
  rejectedCount: number;
  /** Why nothing was stored, when saving failed; the store is then as it was. */
  failure: string | null;
}

/** A file of nothing but bad lines must not fill memory with its report. */
export const MAX_REJECTIONS_KEPT = 1_000;

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  parseHtml?: HtmlParser;
}

/**
 * Imports corpus files into the reader's store: every valid article of every file is saved in one
 * transaction at the end, so an import that fails or is abandoned (the page closed) leaves the store
 * as it was. Bad entries are reported with their file and line; they never stop the rest.
 */
export async function importFiles(files: ImportFile[], options: ImportOptions = {}): Promise<ImportReport> {
  const totalBytes = files.reduce((sum, file) => sum + file.size, 0);
  const articles: StoredArticle[] = [];
  const rejected: Rejection[] = [];
  let rejectedCount = 0;
  const reject = (rejection: Rejection) => {
    rejectedCount++;
    if (rejected.length < MAX_REJECTIONS_KEPT) rejected.push(rejection);
  };
  const firstSeen = new Map<string, string>();
  let bytesBefore = 0;
  options.onProgress?.({ phase: 'reading', done: 0, total: totalBytes });
  for (const file of files) {
    try {
      for await (const piece of readImportFile(file, options.parseHtml)) {
        piece.rejections.forEach(reject);
        for (const { record, line, unit } of piece.records) {
          const where = line === null ? file.name : `${file.name}, ${unit} ${line}`;
          const earlier = firstSeen.get(record.id);
          if (earlier) reject({ file: file.name, line, unit, reason: `duplicate id "${record.id.slice(0, 80)}" (first seen at ${earlier})` });
          else {
            firstSeen.set(record.id, where);
            articles.push(toStoredArticle(record, 'imported'));
          }
        }
        options.onProgress?.({ phase: 'reading', done: bytesBefore + piece.bytesRead, total: totalBytes });
        await nextTask(); // let the page paint the progress bar and stay responsive
      }
    } catch (error) {
      reject({ file: file.name, line: null, unit: 'file', reason: `could not be read (${error instanceof Error ? error.message : String(error)})` });
    }
    bytesBefore += file.size;
  }
  if (articles.length === 0) return { stored: 0, rejected, rejectedCount, failure: null };
  options.onProgress?.({ phase: 'saving', done: 0, total: articles.length });
  try {
    await putArticles(articles, (done) => options.onProgress?.({ phase: 'saving', done, total: articles.length }));
  } catch (error) {
    return { stored: 0, rejected, rejectedCount, failure: `Nothing was imported: the articles could not be saved (${error instanceof Error ? error.message : String(error)}).` };
  }
  return { stored: articles.length, rejected, rejectedCount, failure: null };
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
