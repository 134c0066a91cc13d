import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FEED_ALARM } from '../../../lib/browser/feeds/schedule';
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
} from '../../../lib/browser/messaging/schemas';

// The background's work is tested where it is done (lib/browser/...); here only its wiring: which
// browser event or message reaches which function, with which schema, and what follows it.
const work = vi.hoisted(() => ({
  compareTab: vi.fn(async () => ({ kind: 'compared' })),
  detailsForTab: vi.fn(async () => ({ kind: 'details' })),
  scheduleFeedPolls: vi.fn(async () => {}),
  pollFeeds: vi.fn(async () => {}),
  applyPollInterval: vi.fn(async () => {}),
  subscribeFeed: vi.fn(async () => ({ kind: 'subscribed' })),
  followFeed: vi.fn(async () => ({ kind: 'followed' })),
  removeFeed: vi.fn(async () => {}),
  listFeeds: vi.fn(async () => [{ kind: 'feed' }]),
  feedViews: vi.fn(async () => [{ kind: 'feed view' }]),
  deleteFeedArticles: vi.fn(async () => {}),
  corpusView: vi.fn(async () => ({ kind: 'corpus' })),
  deleteArticles: vi.fn(async () => true),
  importArticles: vi.fn(async () => 1),
  exportPage: vi.fn(async () => ({ lines: '', next: null })),
  changeSettings: vi.fn(async () => ({ kind: 'settings' })),
}));
const registered = vi.hoisted(() => new Map<string, { schema: unknown; origin: string; handler: (data: unknown) => unknown }>());

vi.mock('../../../lib/browser/background/compare-tab', () => ({ compareTab: work.compareTab, detailsForTab: work.detailsForTab }));
vi.mock('../../../lib/browser/feeds/schedule', async (importOriginal) => ({ ...(await importOriginal<object>()), scheduleFeedPolls: work.scheduleFeedPolls }));
vi.mock('../../../lib/browser/feeds/poll', () => ({ pollFeeds: work.pollFeeds, applyPollInterval: work.applyPollInterval }));
vi.mock('../../../lib/browser/feeds/subscribe', () => ({ subscribeFeed: work.subscribeFeed, followFeed: work.followFeed }));
vi.mock('../../../lib/browser/feeds/subscriptions', () => ({ removeFeed: work.removeFeed, listFeeds: work.listFeeds, feedViews: work.feedViews }));
vi.mock('../../../lib/browser/store/articles', () => ({ deleteFeedArticles: work.deleteFeedArticles }));
vi.mock('../../../lib/browser/store/export', () => ({ exportPage: work.exportPage }));
vi.mock('../../../lib/browser/store/requests', () => ({ corpusView: work.corpusView, deleteArticles: work.deleteArticles, importArticles: work.importArticles, changeSettings: work.changeSettings }));
vi.mock('../../../lib/browser/messaging/receive', () => ({
  onValidMessage: (type: string, schema: unknown, origin: string, handler: (data: unknown) => unknown) => {
    registered.set(type, { schema, origin, handler });
    return () => registered.delete(type);
  },
}));

/** A browser event the fake browser lacks, with a trigger like its own. */
function fakeEvent() {
  const listeners: ((...args: unknown[]) => unknown)[] = [];
  return { addListener: (listener: (...args: unknown[]) => unknown) => void listeners.push(listener), trigger: async (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))) };
}

const ORIGIN = fakeBrowser.runtime.getURL('/');
let contextMenus: { create: ReturnType<typeof vi.fn>; onClicked: ReturnType<typeof fakeEvent> };
let createTab: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  registered.clear();
  Object.values(work).forEach((fn) => fn.mockClear());
  contextMenus = { create: vi.fn(), onClicked: fakeEvent() };
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = contextMenus;
  createTab = vi.spyOn(fakeBrowser.tabs, 'create');
  const { default: background } = await import('../../../entrypoints/background');
  background.main();
});

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** Sends `data` as message `type` through what the background registered, as an extension page would. */
async function send(type: string, data: unknown) {
  const entry = registered.get(type);
  if (!entry) throw new Error(`no handler for ${type}`);
  return entry.handler(data);
}

const calledBefore = (first: { mock: { invocationCallOrder: number[] } }, second: { mock: { invocationCallOrder: number[] } }) =>
  first.mock.invocationCallOrder[0] < second.mock.invocationCallOrder[0];

describe('background: install and update', () => {
  it('on install adds the page menu item, schedules feed polls and opens onboarding without focus', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    expect(contextMenus.create).toHaveBeenCalledWith({ id: 'crosscheck-compare', title: 'Compare this article', contexts: ['page'] });
    expect(work.scheduleFeedPolls).toHaveBeenCalledOnce();
    expect(createTab).toHaveBeenCalledWith({ url: `${ORIGIN}onboarding.html`, active: false });
  });

  it('on update adds the menu item again but does not open onboarding', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    expect(contextMenus.create).toHaveBeenCalledOnce();
    expect(createTab).not.toHaveBeenCalled();
  });

  it('on browser start-up schedules feed polls', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    expect(work.scheduleFeedPolls).toHaveBeenCalledOnce();
  });
});

describe('background: the page menu item', () => {
  it('opens the compare page for the clicked tab, next to it', async () => {
    await contextMenus.onClicked.trigger({ menuItemId: 'crosscheck-compare' }, { id: 12, index: 3 });
    expect(createTab).toHaveBeenCalledWith({ url: `${ORIGIN}compare.html?tabId=12`, index: 4 });
  });

  it('ignores other menu items and clicks without a tab', async () => {
    await contextMenus.onClicked.trigger({ menuItemId: 'another-extension-item' }, { id: 12, index: 3 });
    await contextMenus.onClicked.trigger({ menuItemId: 'crosscheck-compare' }, undefined);
    expect(createTab).not.toHaveBeenCalled();
  });
});

describe('background: messages', () => {
  it('registers every message the extension pages send, each with its schema, for its own origin only', () => {
    expect(Object.fromEntries([...registered].map(([type, { schema }]) => [type, schema]))).toEqual({
      compareTab: compareTabRequestSchema,
      detailsForTab: detailsRequestSchema,
      subscribeFeed: feedUrlRequestSchema,
      followFeed: feedUrlRequestSchema,
      unsubscribeFeed: unsubscribeRequestSchema,
      pollFeedsNow: emptyRequestSchema,
      listFeeds: emptyRequestSchema,
      feedViews: emptyRequestSchema,
      corpusView: emptyRequestSchema,
      deleteArticles: deleteArticlesRequestSchema,
      importArticles: importArticlesRequestSchema,
      exportPage: exportPageRequestSchema,
      changeSettings: changeSettingsRequestSchema,
    });
    for (const { origin } of registered.values()) expect(origin).toBe(ORIGIN);
  });

  it('answers compareTab and detailsForTab with the comparison of that tab', async () => {
    expect(await send('compareTab', { tabId: 5, force: true })).toEqual({ kind: 'compared' });
    expect(work.compareTab).toHaveBeenCalledWith(5, true);
    expect(await send('detailsForTab', { tabId: 6 })).toEqual({ kind: 'details' });
    expect(work.detailsForTab).toHaveBeenCalledWith(6);
    expect(work.scheduleFeedPolls).not.toHaveBeenCalled();
  });

  it('re-sets the feed alarm after every change to the feeds, and answers with the change’s result', async () => {
    const url = 'https://harbour-news.example/feed.xml';
    const cases: [string, unknown, { mock: { invocationCallOrder: number[] } }, unknown][] = [
      ['subscribeFeed', { url }, work.subscribeFeed, { kind: 'subscribed' }],
      ['followFeed', { url }, work.followFeed, { kind: 'followed' }],
      ['unsubscribeFeed', { url, deleteArticles: false }, work.removeFeed, true],
      ['pollFeedsNow', {}, work.pollFeeds, true],
      ['changeSettings', { pollMinutes: 15 }, work.applyPollInterval, { kind: 'settings' }],
    ];
    for (const [type, data, change, answer] of cases) {
      work.scheduleFeedPolls.mockClear();
      expect(await send(type, data)).toEqual(answer);
      expect(change).toHaveBeenCalled();
      expect(work.scheduleFeedPolls).toHaveBeenCalledOnce();
      expect(calledBefore(change, work.scheduleFeedPolls)).toBe(true);
    }
    expect(work.subscribeFeed).toHaveBeenCalledWith(url);
    expect(work.followFeed).toHaveBeenCalledWith(url);
    expect(work.removeFeed).toHaveBeenCalledWith(url);
    expect(work.pollFeeds).toHaveBeenCalledWith({ all: true });
    expect(work.changeSettings).toHaveBeenCalledWith({ pollMinutes: 15 });
    expect(work.deleteFeedArticles).not.toHaveBeenCalled();
  });

  it('deletes an unfollowed feed’s articles only when asked', async () => {
    const url = 'https://harbour-news.example/feed.xml';
    await send('unsubscribeFeed', { url, deleteArticles: true });
    expect(work.removeFeed).toHaveBeenCalledWith(url);
    expect(work.deleteFeedArticles).toHaveBeenCalledWith(url);
  });

  it('re-times feed polls only when the poll interval changed', async () => {
    expect(await send('changeSettings', { remember: false })).toEqual({ kind: 'settings' });
    expect(work.applyPollInterval).not.toHaveBeenCalled();
    expect(work.scheduleFeedPolls).not.toHaveBeenCalled();
  });

  it('answers the pages’ questions about the store with what the store answers', async () => {
    const cases: [string, unknown, { mock: { calls: unknown[][] } }, unknown[], unknown][] = [
      ['corpusView', {}, work.corpusView, [], { kind: 'corpus' }],
      ['deleteArticles', { sourceKey: 'Wire One' }, work.deleteArticles, [{ sourceKey: 'Wire One' }], true],
      ['importArticles', { records: [] }, work.importArticles, [[]], 1],
      ['exportPage', { after: 'a' }, work.exportPage, ['a'], { lines: '', next: null }],
      ['listFeeds', {}, work.listFeeds, [], [{ kind: 'feed' }]],
      ['feedViews', {}, work.feedViews, [], [{ kind: 'feed view' }]],
    ];
    for (const [type, data, work, args, answer] of cases) {
      expect(await send(type, data)).toEqual(answer);
      expect(work.mock.calls.at(-1)).toEqual(args);
    }
  });
});

describe('background: the feed alarm', () => {
  it('polls the feeds that are due, then sets the alarm again', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: FEED_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await vi.waitFor(() => expect(work.scheduleFeedPolls).toHaveBeenCalledOnce());
    expect(work.pollFeeds).toHaveBeenCalledWith({ all: false });
    expect(calledBefore(work.pollFeeds, work.scheduleFeedPolls)).toBe(true);
  });

  it('ignores other alarms', async () => {
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'another-alarm', scheduledTime: Date.now(), persistAcrossSessions: false });
    expect(work.pollFeeds).not.toHaveBeenCalled();
  });
});
