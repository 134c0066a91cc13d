import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { compareTab } from '../lib/extension/compare-tab';
import { onValidMessage } from '../lib/messaging/receive';
import { compareTabRequestSchema } from '../lib/messaging/schemas';

const MENU_ID = 'crosscheck-compare';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Compare this article', contexts: ['page'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?tabId=${tab.id}`), index: tab.index + 1 });
  });

  onValidMessage('compareTab', compareTabRequestSchema, browser.runtime.getURL('/'), ({ tabId, force }) => compareTab(tabId, force));
});
