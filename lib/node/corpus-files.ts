import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, bundleRecords, type CorpusBundle } from '../core/corpus/bundle';
import { parseCorpusJsonl, toCorpusRecord, type LineError } from '../core/corpus/jsonl';
import type { CorpusRecord } from '../core/types';
import { CliError, readArticleFile, readText } from './cli/read-input';
import { corpusRecordOf } from '../core/corpus/record';

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

export interface FileError extends LineError {
  file: string;
}

/** The project's seed articles, the default bundled corpus. */
export async function seedRecords(): Promise<CorpusRecord[]> {
  const files = (await readdir(SEEDS_DIR)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(files.map(async (f) => corpusRecordOf(await readArticleFile(join(SEEDS_DIR, f)))));
}

/** Corpus records from JSONL, JSON (an array of records, or a bundle), HTML or text files. */
export async function readCorpusFiles(paths: string[]): Promise<{ records: CorpusRecord[]; errors: FileError[] }> {
  const records: CorpusRecord[] = [];
  const errors: FileError[] = [];
  for (const path of paths) {
    if (/\.jsonl(\.gz)?$/i.test(path)) {
      const parsed = parseCorpusJsonl(await readText(path));
      records.push(...parsed.records);
      errors.push(...parsed.errors.map((e) => ({ ...e, file: path })));
    } else if (/\.json(\.gz)?$/i.test(path)) {
      const json = parseJson(await readText(path), path);
      if (Array.isArray(json)) {
        json.forEach((value, index) => {
          const record = toCorpusRecord(value);
          if (typeof record === 'string') errors.push({ file: path, line: index + 1, reason: record });
          else records.push(record);
        });
      } else {
        records.push(...bundleRecords(json));
      }
    } else {
      records.push(corpusRecordOf(await readArticleFile(path)));
    }
  }
  return { records, errors };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not valid JSON`);
  }
}

export function reportLineError(error: FileError): void {
  console.error(`${error.file}:${error.line}: ${error.reason}, skipped`);
}

/** The seeds plus the given corpus files, as one bundle. */
export async function corpusBundle(paths: string[], report: (error: FileError) => void = () => {}): Promise<CorpusBundle> {
  const { records, errors } = await readCorpusFiles(paths);
  errors.forEach(report);
  return buildBundle([...(await seedRecords()), ...records]);
}
