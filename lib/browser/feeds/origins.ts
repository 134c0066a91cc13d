import { browser } from 'wxt/browser';

/** The match pattern for a page's site (any port, as match patterns cannot name one). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The match patterns of the sites of these addresses, one per site, sorted. */
export function sitePatterns(urls: Iterable<string>): string[] {
  return [...new Set([...urls].map(originPattern))].sort();
}

/** Whether the reader allowed Crosscheck to read this address's site: nothing else is ever fetched. */
export async function mayFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** A feed address the reader typed, as an absolute http(s) URL, or the reason it is not one. */
export function feedAddress(input: string): URL | string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return 'That is not a web address; paste the feed’s full address, starting with https://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Feeds must be http or https addresses.';
  url.hash = '';
  return url;
}
