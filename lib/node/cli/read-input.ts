import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../../core/extract/decode-bytes';
import { readArticlePage, type HtmlParser } from '../../core/corpus/read-file';
import type { Article } from '../../core/types';
import { CUT_NOTE, withinComparisonLimit } from '../../core/corpus/record';

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
  return decodeBytes(bytes);
}

/** Node has no DOMParser: linkedom makes the Document extraction reads. */
export const parseHtml: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

/** An article from an HTML (optionally gzipped) or plain-text file. */
export async function readArticleFile(path: string): Promise<Article> {
  const { article, note } = readArticlePage(path, await readText(path), parseHtml);
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
