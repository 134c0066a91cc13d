import { fetchPage } from '../../core/feeds/fetch-page';
import { mayFetch } from '../feeds/origins';
import { getArticle, putArticles, toStoredArticle } from '../store/articles';
import type { StoredArticle } from '../store/db';
import { extractPage } from '../content/extract-page';

/** At most this many pages are fetched for one comparison. */
const MAX_FETCHES = 8;
/** The reader is waiting for the comparison: a slow page is given up on sooner than a feed poll. */
const FETCH_TIMEOUT_MS = 8_000;
/** A page that could not be fetched is not tried again for this long. */
const RETRY_AFTER_MS = 60 * 60 * 1000;
const failedAt = new Map<string, number>();

/**
 * Fetches the full article behind each feed entry among a comparison's candidates, extracts it and
 * stores it in place of the entry's summary: the store is the cache, so each page is fetched once.
 * Only pages on sites the reader allowed are fetched. Answers how many articles were completed.
 */
export async function completeFeedArticles(ids: string[], now = Date.now()): Promise<number> {
  const stored = await Promise.all(ids.map((id) => getArticle(id).catch(() => undefined)));
  const pending = stored.filter((a): a is StoredArticle & { url: string } => !!a && !a.complete && !!a.url && now - (failedAt.get(a.url) ?? -Infinity) > RETRY_AFTER_MS).slice(0, MAX_FETCHES);
  const completed = await Promise.all(pending.map((entry) => fullArticle(entry, now)));
  const found = completed.filter((a): a is StoredArticle => a !== null);
  if (found.length > 0) await putArticles(found);
  return found.length;
}

async function fullArticle(entry: StoredArticle & { url: string }, now: number): Promise<StoredArticle | null> {
  try {
    if (!(await mayFetch(entry.url))) return null;
    const page = await extractPage(await fetchPage(entry.url, 'text/html,application/xhtml+xml', FETCH_TIMEOUT_MS), entry.url);
    // Keep the summary when the page gives less than the feed did (a paywall, a consent page).
    const text = page.text.trim().length > entry.text.length ? page.text : entry.text;
    const record = { id: entry.id, source: entry.source ?? page.source, url: entry.url, title: entry.title ?? page.title, publishedAt: entry.publishedAt ?? page.publishedAt, text };
    return toStoredArticle(record, 'feed', { feedUrl: entry.feedUrl, complete: true, now: entry.addedAt });
  } catch (error) {
    failedAt.set(entry.url, now);
    console.warn(`Crosscheck could not fetch ${entry.url}:`, error);
    return null;
  }
}
