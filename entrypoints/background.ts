import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { compareTab, detailsForTab } from '../lib/browser/background/compare-tab';
import { FEED_ALARM, scheduleFeedPolls } from '../lib/browser/feeds/schedule';
import { applyPollInterval, pollFeeds } from '../lib/browser/feeds/poll';
import { followFeed, subscribeFeed } from '../lib/browser/feeds/subscribe';
import { feedViews, listFeeds, removeFeed } from '../lib/browser/feeds/subscriptions';
import { onValidMessage } from '../lib/browser/messaging/receive';
import {
  changeSettingsRequestSchema,
  compareTabRequestSchema,
  deleteArticlesRequestSchema,
  detailsRequestSchema,
  emptyRequestSchema,
  exportPageRequestSchema,
  feedUrlRequestSchema,
  importArticlesRequestSchema,
  unsubscribeRequestSchema,
} from '../lib/browser/messaging/schemas';
import { deleteFeedArticles } from '../lib/browser/store/articles';
import { exportPage } from '../lib/browser/store/export';
import { changeSettings, corpusView, deleteArticles, importArticles } from '../lib/browser/store/requests';

const MENU_ID = 'crosscheck-compare';

export default defineBackground(() => {
  const origin = browser.runtime.getURL('/');

  browser.runtime.onInstalled.addListener(({ reason }) => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Compare this article', contexts: ['page'] });
    void scheduleFeedPolls();
    // A new reader starts by choosing outlets to follow (not on updates: their choice is made). The tab
    // opens without taking focus, which would close a popup the reader may have opened meanwhile.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html'), active: false });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?tabId=${tab.id}`), index: tab.index + 1 });
  });

  onValidMessage('compareTab', compareTabRequestSchema, origin, ({ tabId, force }) => compareTab(tabId, force));
  onValidMessage('detailsForTab', detailsRequestSchema, origin, ({ tabId }) => detailsForTab(tabId));

  // Feeds: polled on one alarm, set for whichever feed is due first, so every change re-sets it.
  onValidMessage('subscribeFeed', feedUrlRequestSchema, origin, async ({ url }) => {
    const result = await subscribeFeed(url);
    await scheduleFeedPolls();
    return result;
  });
  onValidMessage('followFeed', feedUrlRequestSchema, origin, async ({ url }) => {
    const result = await followFeed(url);
    await scheduleFeedPolls();
    return result;
  });
  onValidMessage('unsubscribeFeed', unsubscribeRequestSchema, origin, async ({ url, deleteArticles }) => {
    await removeFeed(url);
    if (deleteArticles) await deleteFeedArticles(url);
    await scheduleFeedPolls();
    return true as const;
  });
  onValidMessage('pollFeedsNow', emptyRequestSchema, origin, async () => {
    await pollFeeds({ all: true });
    await scheduleFeedPolls();
    return true as const;
  });
  onValidMessage('listFeeds', emptyRequestSchema, origin, () => listFeeds());
  onValidMessage('feedViews', emptyRequestSchema, origin, () => feedViews());

  // The reader's store: only the background opens it, so no context has to notice another's writes.
  onValidMessage('corpusView', emptyRequestSchema, origin, () => corpusView());
  onValidMessage('deleteArticles', deleteArticlesRequestSchema, origin, (which) => deleteArticles(which));
  onValidMessage('importArticles', importArticlesRequestSchema, origin, ({ records }) => importArticles(records));
  onValidMessage('exportPage', exportPageRequestSchema, origin, ({ after }) => exportPage(after));
  onValidMessage('changeSettings', changeSettingsRequestSchema, origin, async (change) => {
    const changed = await changeSettings(change);
    if (change.pollMinutes !== undefined) {
      await applyPollInterval();
      await scheduleFeedPolls();
    }
    return changed;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void pollFeeds({ all: false }).finally(() => scheduleFeedPolls());
  });
  browser.runtime.onStartup.addListener(() => void scheduleFeedPolls());
});
