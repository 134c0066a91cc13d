import { bundleRecords } from '../../../core/corpus/bundle';
import { toCorpusRecord } from '../../../core/corpus/jsonl';
import { extractFromDocument } from '../../../core/extract/html';
import { parsePlainText } from '../../../core/extract/plain-text';
import type { CorpusRecord } from '../../../core/types';
import { readJsonlChunks } from './read-jsonl';
import type { Rejection } from './report';
import { corpusRecordOf } from '../../../core/corpus/record';

/** What an import reads; a browser `File` is one. */
export interface ImportFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

export interface ImportPiece {
  records: { record: CorpusRecord; line: number | null; unit: Rejection['unit'] }[];
  rejections: Rejection[];
  /** Bytes of this file read so far. */
  bytesRead: number;
}

/** Parses an HTML page into a Document (DOMParser in a page; tests pass linkedom). */
export type HtmlParser = (html: string) => Document;

const browserHtmlParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The corpus records of a file in the shared corpora format: JSON Lines (streamed), a JSON array of
 * records or a Crosscheck bundle, an HTML page, or a plain-text article. Bad entries are rejections
 * with their line, never an exception.
 */
export async function* readImportFile(file: ImportFile, parseHtml: HtmlParser = browserHtmlParser): AsyncGenerator<ImportPiece> {
  const kind = fileKind(file.name);
  if (kind === 'jsonl') {
    for await (const chunk of readJsonlChunks(file.stream())) {
      yield {
        records: chunk.records.map(({ record, line }) => ({ record, line, unit: 'line' })),
        rejections: chunk.errors.map(({ line, reason }) => ({ file: file.name, line, unit: 'line', reason })),
        bytesRead: chunk.bytesRead,
      };
    }
    return;
  }
  if (kind === null) {
    yield wholeFileRejected(file, 'not a corpus file (use .jsonl, .json, .html or .txt)');
    return;
  }
  const text = await file.text();
  if (kind === 'json') yield readJson(file, text);
  else yield readArticlePage(file, kind === 'html' ? articleFromHtml(text, fileId(file.name), parseHtml) : parsePlainText(text, fileId(file.name)));
}

type FileKind = 'jsonl' | 'json' | 'html' | 'text';

function fileKind(name: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  if (extension === 'html' || extension === 'htm') return 'html';
  if (extension === 'txt' || extension === 'text') return 'text';
  return null;
}

function fileId(name: string): string {
  return name.replace(/\.[^.]*$/, '') || name;
}

function wholeFileRejected(file: ImportFile, reason: string): ImportPiece {
  return { records: [], rejections: [{ file: file.name, line: null, unit: 'file', reason }], bytesRead: file.size };
}

function readJson(file: ImportFile, text: string): ImportPiece {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return wholeFileRejected(file, 'not valid JSON');
  }
  if (!Array.isArray(json)) {
    try {
      const records = bundleRecords(json).map((record) => ({ record, line: null, unit: 'file' as const }));
      return { records, rejections: [], bytesRead: file.size };
    } catch (error) {
      return wholeFileRejected(file, `neither an array of articles nor a Crosscheck bundle (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const piece: ImportPiece = { records: [], rejections: [], bytesRead: file.size };
  json.forEach((value, index) => {
    const record = toCorpusRecord(value);
    if (typeof record === 'string') piece.rejections.push({ file: file.name, line: index + 1, unit: 'item', reason: record });
    else piece.records.push({ record, line: index + 1, unit: 'item' });
  });
  return piece;
}

function articleFromHtml(html: string, id: string, parseHtml: HtmlParser): CorpusRecord {
  return extractFromDocument(parseHtml(html), { id });
}

function readArticlePage(file: ImportFile, article: CorpusRecord): ImportPiece {
  if (!article.text.trim()) return wholeFileRejected(file, 'no article text found');
  return { records: [{ record: corpusRecordOf(article), line: null, unit: 'file' }], rejections: [], bytesRead: file.size };
}
