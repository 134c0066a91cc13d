import { decodeBytes } from '../extract/decode-bytes';
import { withSiteSlot } from './per-site-limit';

/** Largest feed or article page read; anything bigger is refused rather than held in memory. */
const MAX_PAGE_BYTES = 8_000_000;
const DEFAULT_TIMEOUT_MS = 20_000;

/** A failed fetch, with a message a reader can act on. */
export class FetchFailed extends Error {}

/** What a server said identifies the version of a page it sent (its ETag and Last-Modified), if anything. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A page read again: unchanged since the validators sent (HTTP 304, no body), or its text and new validators. */
export type PageRead = { changed: false } | { changed: true; text: string; validators: Validators };

/**
 * Fetches a feed or an article page the reader added, without cookies or credentials (Crosscheck
 * never reads as the signed-in reader), decoded in the charset the server or the page declares.
 */
export async function fetchPage(url: string, accept: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<string> {
  return withSiteSlot(url, async () => pageText(await send(url, { accept }, timeoutMs)));
}

/**
 * `fetchPage` for a page read before: its validators are sent back (If-None-Match,
 * If-Modified-Since), so a server with nothing new answers 304 and sends nothing to parse.
 */
export async function fetchPageIfChanged(url: string, accept: string, known: Validators): Promise<PageRead> {
  const conditions: Record<string, string> = {};
  if (known.etag) conditions['if-none-match'] = known.etag;
  if (known.lastModified) conditions['if-modified-since'] = known.lastModified;
  return withSiteSlot(url, async () => {
    const response = await send(url, { accept, ...conditions }, DEFAULT_TIMEOUT_MS);
    if (response.status === 304) return { changed: false };
    const validators = { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined };
    return { changed: true, text: await pageText(response), validators };
  });
}

/**
 * One request to an outlet. Crosscheck keeps what it read in its own store, so the browser's HTTP
 * cache is left out: the only validators sent are Crosscheck's, and their 304 reaches it.
 */
async function send(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow', headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new FetchFailed(timedOut ? `no answer within ${Math.round(timeoutMs / 1000)} seconds` : 'the server could not be reached');
  }
}

async function pageText(response: Response): Promise<string> {
  if (!response.ok) throw new FetchFailed(`the server answered HTTP ${response.status}`);
  return decodePage(await readCapped(response), response.headers.get('content-type'));
}

/**
 * The page's text in the charset its HTTP Content-Type names, which wins as it does in browsers.
 * Without one (or with a label TextDecoder does not know) it is read as a saved file is: UTF-8 when
 * the bytes are valid UTF-8, else the charset the page declares in its first bytes (decodeBytes).
 */
function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const decoder = headerDecoder(contentType);
  return decoder ? decoder.decode(bytes) : decodeBytes(bytes);
}

function headerDecoder(contentType: string | null): TextDecoder | null {
  const label = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

async function readCapped(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PAGE_BYTES) throw new FetchFailed('the page is too large');
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PAGE_BYTES) {
      await reader.cancel();
      throw new FetchFailed('the page is too large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
