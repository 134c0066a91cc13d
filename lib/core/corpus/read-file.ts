import { extractArticle, type Extraction } from '../extract/html';
import { parsePlainText } from '../extract/plain-text';
import type { CorpusRecord } from '../types';
import { bundleRecords } from './bundle';
import { parseNumberedCorpusJsonl } from './jsonl';
import { toCorpusRecord } from './record';

/** Parses an HTML page into a Document: DOMParser in the browser, linkedom in Node. */
export type HtmlParser = (html: string) => Document;

/** Where in a corpus file something was read: a line of JSON Lines, an item of a JSON array, or the whole file (line null). */
export type FileUnit = 'line' | 'item' | 'file';

export interface FileRecord {
  record: CorpusRecord;
  line: number | null;
  unit: FileUnit;
}

/** An entry of a corpus file left out, and why. */
export interface FileProblem {
  line: number | null;
  unit: FileUnit;
  reason: string;
}

export interface CorpusFileContents {
  records: FileRecord[];
  problems: FileProblem[];
}

/** How a corpus file is read, by its name (a trailing `.gz` is the CLI's compression, not the format). */
export function corpusFileFormat(name: string): 'jsonl' | 'json' | 'page' {
  const extension = /\.([a-z0-9]+)$/i.exec(name.replace(/\.gz$/i, ''))?.[1]?.toLowerCase();
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  if (extension === 'json') return 'json';
  return 'page';
}

/**
 * The corpus records of a file's text, by the file's name: JSON Lines, a JSON array of records or a
 * Crosscheck bundle, or one article page (HTML or plain text, told apart by the text). Bad entries
 * are problems with their line, never an exception.
 */
export function readCorpusFile(name: string, text: string, parseHtml: HtmlParser): CorpusFileContents {
  const format = corpusFileFormat(name);
  if (format === 'jsonl') {
    const { records, errors } = parseNumberedCorpusJsonl(text);
    return {
      records: records.map(({ record, line }) => ({ record, line, unit: 'line' })),
      problems: errors.map(({ line, reason }) => ({ line, unit: 'line', reason })),
    };
  }
  if (format === 'json') return readJson(text);
  const { article, note } = readArticlePage(name, text, parseHtml);
  if (!article.text.trim()) return wholeFileProblem(note ?? 'no article text found');
  const record = toCorpusRecord(article);
  return typeof record === 'string' ? wholeFileProblem(record) : { records: [{ record, line: null, unit: 'file' }], problems: [] };
}

/** The article of an HTML or plain-text page, with its id from the file's name. */
export function readArticlePage(name: string, text: string, parseHtml: HtmlParser): Extraction {
  const id = fileId(name);
  return looksLikeHtml(text) ? extractArticle(parseHtml(text), { id }) : { article: parsePlainText(text, id), note: null };
}

/**
 * The file's base name without its article-file extensions (`a.html.gz` → `a`); other dots stay,
 * so `story.1.html` and `story.2.html` keep apart.
 */
export function fileId(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return name.replace(/(\.(?:html?|xhtml|txt|text))?(\.gz)?$/i, '') || name;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--)/i.test(text) || /<(?:p|div|article|body)[\s>]/i.test(text.slice(0, 5000));
}

function wholeFileProblem(reason: string): CorpusFileContents {
  return { records: [], problems: [{ line: null, unit: 'file', reason }] };
}

function readJson(text: string): CorpusFileContents {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return wholeFileProblem('not valid JSON');
  }
  let entries: { value: unknown; line: number | null; unit: FileUnit }[];
  if (Array.isArray(json)) entries = json.map((value, index) => ({ value, line: index + 1, unit: 'item' }));
  else {
    try {
      entries = bundleRecords(json).map((value) => ({ value, line: null, unit: 'file' }));
    } catch (error) {
      return wholeFileProblem(error instanceof Error ? error.message : String(error));
    }
  }
  const contents: CorpusFileContents = { records: [], problems: [] };
  for (const { value, line, unit } of entries) {
    const record = toCorpusRecord(value);
    if (typeof record === 'string') contents.problems.push({ line, unit, reason: record });
    else contents.records.push({ record, line, unit });
  }
  return contents;
}
