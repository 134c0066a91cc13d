import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshStore } from '../store/support';

/** The fake browser has no permissions API: the reader has allowed exactly these site patterns. */
export function allowSites(patterns: string[]): void {
  (fakeBrowser as unknown as { permissions: unknown }).permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => patterns.includes(o))),
  };
}

/** Each test starts with an empty store and the reader allowing `patterns`, and leaves no stubbed network or browser state behind. */
export function withStoreAndSites(patterns: string[]): void {
  beforeEach(async () => {
    await freshStore();
    allowSites(patterns);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fakeBrowser.reset();
  });
}

export type Route = (url: string) => Response | Promise<Response>;

/** Stands in for the network; records every request with its options. */
export function serve(route: Route) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL, init?: RequestInit) => {
      requests.push({ url: String(input), init });
      return route(String(input));
    }),
  );
  return requests;
}

export const rss = (title: string, items: { title: string; link: string; description: string }[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>Tue, 15 Mar 2022 19:00:00 GMT</pubDate><description>${i.description}</description></item>`)
    .join('')}</channel></rss>`;

export const xml = (body: string) => new Response(body, { headers: { 'content-type': 'application/rss+xml' } });
