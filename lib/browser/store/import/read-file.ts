import { corpusFileFormat, readCorpusFile, type FileRecord, type HtmlParser } from '../../../core/corpus/read-file';
import { readJsonlChunks } from './read-jsonl';
import type { Rejection } from './report';

/** What an import reads; a browser `File` is one. */
export interface ImportFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
  text(): Promise<string>;
}

export interface ImportPiece {
  records: FileRecord[];
  rejections: Rejection[];
  /** Bytes of this file read so far. */
  bytesRead: number;
}

const browserHtmlParser: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/** The file types an import accepts, by extension; a page's HTML or plain text is told apart by its content. */
const IMPORTABLE = /\.(?:jsonl|ndjson|json|html?|txt|text)$/i;

/**
 * The corpus records of a file in the shared corpora format (see `readCorpusFile`), JSON Lines
 * streamed so that a large file is never one string. Bad entries are rejections with their line,
 * never an exception.
 */
export async function* readImportFile(file: ImportFile, parseHtml: HtmlParser = browserHtmlParser): AsyncGenerator<ImportPiece> {
  if (!IMPORTABLE.test(file.name)) {
    yield { records: [], rejections: [{ file: file.name, line: null, unit: 'file', reason: 'not a corpus file (use .jsonl, .json, .html or .txt)' }], bytesRead: file.size };
    return;
  }
  if (corpusFileFormat(file.name) === 'jsonl') {
    for await (const chunk of readJsonlChunks(file.stream())) {
      yield {
        records: chunk.records.map(({ record, line }) => ({ record, line, unit: 'line' })),
        rejections: chunk.errors.map(({ line, reason }) => ({ file: file.name, line, unit: 'line', reason })),
        bytesRead: chunk.bytesRead,
      };
    }
    return;
  }
  const { records, problems } = readCorpusFile(file.name, await file.text(), parseHtml);
  yield { records, rejections: problems.map((problem) => ({ file: file.name, ...problem })), bytesRead: file.size };
}
