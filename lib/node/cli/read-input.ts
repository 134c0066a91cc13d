import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../core/extract/decode-html';
import { extractArticle } from '../../core/extract/html';
import { parsePlainText } from '../../core/extract/plain-text';
import type { Article } from '../../core/types';
import { CUT_NOTE, withinComparisonLimit } from '../../core/engine';

/** A user-facing failure: the CLI prints its message on one line, never a stack trace. */
export class CliError extends Error {}

/** Reads a file's text, un-gzipping it when it is gzip data and decoding it in the charset it declares. */
export async function readText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path} (${code ?? 'unknown error'})`);
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new CliError(`${path} looks gzipped but does not decompress`);
    }
  }
  return decodeHtml(bytes);
}

/** The file's base name without its extensions (`a.html.gz` → `a`). */
export function fileId(path: string): string {
  let name = basename(path);
  while (extname(name)) name = name.slice(0, -extname(name).length);
  return name;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<\?xml|<!--)/i.test(text) || /<(?:p|div|article|body)[\s>]/i.test(text.slice(0, 5000));
}

/** An article from an HTML (optionally gzipped) or plain-text file. */
export async function readArticleFile(path: string): Promise<Article> {
  const text = await readText(path);
  const id = fileId(path);
  if (!looksLikeHtml(text)) return parsePlainText(text, id);
  const { document } = parseHTML(text);
  const { article, note } = extractArticle(document as unknown as Document, { id });
  // No text and a note: the page could not be read (too deeply nested, or extraction failed), and the note says why.
  if (!article.text && note) throw new CliError(`${path}: ${note}`);
  return article;
}

/** An article to match or compare: cut to the comparison limit, with a warning on stderr when it was. */
export async function readArticleToCompare(path: string): Promise<Article> {
  const { article, cut } = withinComparisonLimit(await readArticleFile(path));
  if (cut) console.error(`${path}: ${CUT_NOTE}`);
  return article;
}
