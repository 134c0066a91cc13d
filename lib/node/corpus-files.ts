import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, type CorpusBundle } from '../core/corpus/bundle';
import { recordsIn, searchable, type SearchableCorpus } from '../core/engine';
import { Matcher } from '../core/match/matcher';
import { readCorpusFile, type FileProblem } from '../core/corpus/read-file';
import type { CorpusRecord } from '../core/types';
import { parseHtml, readText } from './cli/read-input';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS_DIR = join(HERE, '..', 'core', 'corpus', 'seeds');

/** The shared public data (read at run time, never copied in): CROSSCHECK_DATA, else ../shared/data beside the repo. */
export function sharedDataDir(): string {
  return process.env.CROSSCHECK_DATA || join(HERE, '..', '..', '..', 'shared', 'data');
}

/** What to do when the shared data sets are missing, for the evaluations' and benchmarks' skip messages. */
export const SHARED_DATA_HINT = 'set CROSSCHECK_DATA or place it at ../shared/data';

/** The shared corpora's JSONL files, or null when the shared data is not there. */
export async function sharedCorpusFiles(): Promise<string[] | null> {
  const dir = join(sharedDataDir(), 'corpora');
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f));
  } catch {
    return null;
  }
}

/** An entry of a corpus file left out: its line or item, or null for the whole file. */
export interface FileError extends FileProblem {
  file: string;
}

/** The project's seed articles, the default bundled corpus. */
export async function seedRecords(): Promise<CorpusRecord[]> {
  const files = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  return (await readCorpusFiles(files.map((f) => join(SEEDS_DIR, f)))).records;
}

/** Corpus records from JSONL, JSON (an array of records, or a bundle), HTML or text files, each optionally gzipped. */
export async function readCorpusFiles(paths: string[]): Promise<{ records: CorpusRecord[]; errors: FileError[] }> {
  const records: CorpusRecord[] = [];
  const errors: FileError[] = [];
  for (const path of paths) {
    const contents = readCorpusFile(path, await readText(path), parseHtml);
    records.push(...contents.records.map(({ record }) => record));
    errors.push(...contents.problems.map((problem) => ({ ...problem, file: path })));
  }
  return { records, errors };
}

export function reportLineError(error: FileError): void {
  console.error(`${error.line === null ? error.file : `${error.file}:${error.line}`}: ${error.reason}, skipped`);
}

/** The seeds plus the given corpus files, as one bundle. */
export async function corpusBundle(paths: string[], report: (error: FileError) => void = () => {}): Promise<CorpusBundle> {
  const { records, errors } = await readCorpusFiles(paths);
  errors.forEach(report);
  return buildBundle([...(await seedRecords()), ...records]);
}

/** The seeds plus the given corpus files, as a corpus to search, their texts held in memory. */
export async function corpusOf(paths: string[], report: (error: FileError) => void = () => {}): Promise<SearchableCorpus> {
  const { index, texts } = await corpusBundle(paths, report);
  return searchable(new Matcher(index), recordsIn(texts.articles));
}
