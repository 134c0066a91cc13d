import { browser } from 'wxt/browser';
import { listFeeds } from './subscriptions';

export const FEED_ALARM = 'crosscheck-feeds';
/** Browsers do not fire alarms sooner than this. */
const MIN_DELAY_MS = 30_000;

/** One alarm, set for the feed due first; it is reset after every poll and every change of feeds. */
export async function scheduleFeedPolls(now = Date.now()): Promise<void> {
  const feeds = await listFeeds();
  if (feeds.length === 0) {
    await browser.alarms.clear(FEED_ALARM);
    return;
  }
  const due = Math.min(...feeds.map((feed) => feed.nextPollAt));
  await browser.alarms.create(FEED_ALARM, { when: Math.max(due, now + MIN_DELAY_MS) });
}
