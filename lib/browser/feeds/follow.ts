import { browser } from 'wxt/browser';
import { sendMessage, type FollowProblem } from '../messaging/protocol';
import { mayFetch, sitePatterns } from './origins';

/**
 * Following and unfollowing many feeds at once, from an extension page (onboarding, OPML import):
 * one permission request for all their sites, then each feed through the background's subscription.
 */

export type FollowStatus = 'ok' | 'already followed' | FollowProblem;

export interface FollowOutcome {
  url: string;
  status: FollowStatus;
  /** What happened, in a sentence ("12 new articles.", or why it failed). */
  detail: string;
}

/** Feeds read at once: enough to finish a first read of 25 feeds quickly, few enough to be polite. */
const AT_ONCE = 4;

/**
 * Asks the reader, once, for every site at once. Call it synchronously inside the reader's click:
 * browsers only show the permission prompt for a user gesture.
 */
export function requestSites(patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return Promise.resolve(true);
  return browser.permissions.request({ origins: patterns }).catch(() => false);
}

/**
 * Follows each feed, a few at a time, and reports each outcome as it comes. When the reader refused
 * the permission, feeds on sites allowed earlier are still followed; the others are not read at all.
 */
export async function followFeeds(urls: string[], allowed: Promise<boolean>, onOutcome: (outcome: FollowOutcome) => void): Promise<FollowOutcome[]> {
  const allAllowed = await allowed;
  const followed = new Set((await sendMessage('listFeeds', {})).map((feed) => feed.url));
  const outcomes: FollowOutcome[] = [];
  let next = 0;
  async function worker(): Promise<void> {
    while (next < urls.length) {
      const url = urls[next++];
      const outcome = await followOne(url, followed, allAllowed);
      outcomes.push(outcome);
      onOutcome(outcome);
    }
  }
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, urls.length) }, worker));
  return outcomes;
}

async function followOne(url: string, followed: Set<string>, allAllowed: boolean): Promise<FollowOutcome> {
  if (followed.has(url)) return { url, status: 'already followed', detail: 'Already followed.' };
  if (!allAllowed && !(await mayFetch(url))) return { url, status: 'permission refused', detail: `Crosscheck may not read ${new URL(url).host}: not followed.` };
  try {
    const result = await sendMessage('followFeed', { url });
    if (result.status === 'error') return { url, status: result.problem, detail: result.message };
    return { url, status: 'ok', detail: `${result.entries} new article${result.entries === 1 ? '' : 's'}.` };
  } catch {
    return { url, status: 'unreachable', detail: 'Crosscheck could not follow this feed just now; try again later.' };
  }
}

export interface Unfollowed {
  /** Sites whose permission was withdrawn. */
  withdrawn: string[];
  /** Sites whose permission the browser would not withdraw (the reader can, in its extension settings). */
  kept: string[];
}

/**
 * Stops following the feeds (deleting the articles they brought if asked), then withdraws the
 * permission for each of `sites` that no feed still followed needs.
 */
export async function unfollowFeeds(urls: string[], sites: string[], options: { deleteArticles: boolean }): Promise<Unfollowed> {
  for (const url of urls) await sendMessage('unsubscribeFeed', { url, deleteArticles: options.deleteArticles });
  const stillNeeded = new Set(sitePatterns((await sendMessage('listFeeds', {})).map((feed) => feed.url)));
  const result: Unfollowed = { withdrawn: [], kept: [] };
  for (const site of sites.filter((pattern) => !stillNeeded.has(pattern))) {
    const removed = await browser.permissions.remove({ origins: [site] }).catch(() => false);
    result[removed ? 'withdrawn' : 'kept'].push(site);
  }
  return result;
}
