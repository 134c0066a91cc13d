import { followFeeds, unfollowFeeds, type FollowOutcome } from '../../lib/browser/feeds/follow';
import type { SelectionChanges } from './selection';

/**
 * Applies a new choice of outlets: stops following the outlets left out (withdrawing their sites),
 * then follows the new ones. Answers a sentence about what was stopped, or null.
 */
export async function saveChoice(
  changes: SelectionChanges,
  allowed: Promise<boolean>,
  options: { deleteArticles: boolean; onOutcome: (outcome: FollowOutcome) => void },
): Promise<string | null> {
  let note: string | null = null;
  if (changes.unfollow.length > 0) {
    const { withdrawn, kept } = await unfollowFeeds(changes.feedsToUnfollow, changes.sitesToWithdraw, options);
    note = [
      `Stopped following ${changes.unfollow.map((outlet) => outlet.name).join(', ')}${options.deleteArticles ? ' and deleted their stored articles' : ''}.`,
      withdrawn.length > 0 ? `Crosscheck may no longer read ${withdrawn.map(siteName).join(', ')}.` : '',
      kept.length > 0 ? `The browser kept the permission to read ${kept.map(siteName).join(', ')}; you can withdraw it in its extension settings.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  await followFeeds(changes.feedsToFollow, allowed, options.onOutcome);
  return note;
}

/** `https://news.example/*` → `news.example`. */
export function siteName(pattern: string): string {
  return pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');
}
