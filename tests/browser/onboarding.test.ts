import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { buildWithCatalogue, openOnboardingTab } from '../../lib/node/eval/coverage-browser';
import { parseOpml } from '../../lib/core/feeds/opml';
import type { Outlet } from '../../lib/core/outlets/catalogue';
import { countPermissionRequests, followStatuses, screenshotBothSchemes } from './support';

/*
 * A new reader's first minutes, in real Chromium: the onboarding tab opens on install, the reader
 * follows outlets, changes their mind, and moves feeds in and out as OPML. The shipped catalogue's
 * feeds are not reachable from a test, so the extension is built for this test with a catalogue of
 * outlets served on 127.0.0.1 (CROSSCHECK_TEST_OUTLETS, never set for the shipped build). Headless
 * Chromium cannot accept the permission prompt: 127.0.0.1 is granted at install (as in
 * feeds.test.ts), so the page's own request, made inside a real click, resolves at once.
 */
let dir: string;
let feeds: FeedServer;
let browser: ExtensionBrowser;
let onboarding: Page;
let onboardingCdp: CdpPageHandle;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-onboarding-'));
  feeds = await serveFeeds();
  const extensionDir = await buildWithCatalogue(dir, testOutlets(feeds.origin, await closedPortOrigin()));
  browser = await launchWithExtension({ headless: true, extensionDir, grantHosts: ['http://127.0.0.1/*'] });
  // It opened beside the reader's tab without taking focus; the reader switches to it.
  ({ page: onboarding, view: onboardingCdp } = await openOnboardingTab(browser));
  await countPermissionRequests(onboardingCdp);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await feeds?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const checkedOutlets = (view: CdpPageHandle) => view.evaluate<string[]>(`[...document.querySelectorAll('.outlet')].filter((el) => el.querySelector('input').checked).map((el) => el.dataset.id)`);

/** The extension's IndexedDB, read from one of its pages: followed feeds, and stored articles by feed. */
async function stored(view: CdpPageHandle): Promise<{ feeds: string[]; articleFeeds: string[] }> {
  return view.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['feeds', 'articles']);
      const feeds = tx.objectStore('feeds').getAllKeys();
      const articles = tx.objectStore('articles').getAll();
      tx.oncomplete = () => { open.result.close(); resolve({ feeds: feeds.result, articleFeeds: articles.result.map((a) => a.feedUrl) }); };
    };
  })`);
}

describe('onboarding a new reader', () => {
  it('opens on install with the outlets by region, the default selection checked and state-controlled media left out', async () => {
    await onboardingCdp.waitFor(`document.querySelector('.outlet')`);
    expect(await onboardingCdp.evaluate<string[]>(`[...document.querySelectorAll('.region legend')].map((el) => el.textContent)`)).toEqual([
      'United States',
      'United Kingdom',
      'Middle East',
      'Asia',
      'Africa',
      'Oceania',
    ]);
    expect(await checkedOutlets(onboardingCdp)).toEqual(['wire', 'ledger', 'gazette', 'herald']);
    const stateTv = await onboardingCdp.evaluate<string>(`document.querySelector('.outlet[data-id="state-tv"]').textContent`);
    expect(stateTv).toBe('Gulf State TV state-funded · Qatarstate-controlled');
    expect(await onboardingCdp.evaluate<string>(`document.querySelector('.outlet[data-id="ledger"] .outlet-meta').textContent`)).toBe('public broadcaster · UK');
    expect(await onboarding.locator('.save-choice').textContent()).toBe('Follow 4 outlets');
    await screenshotBothSchemes(onboardingCdp, 'onboarding-choose');
  });

  it('follows the chosen outlets after one permission request, with each feed’s status as it is read', async () => {
    await onboarding.click('.save-choice');
    await onboardingCdp.waitFor(`document.querySelector('.run-done')`, 30_000);
    expect(await onboardingCdp.evaluate<string[][]>(`window.permissionRequests`)).toEqual([['http://127.0.0.1/*']]);
    expect(await followStatuses(onboardingCdp)).toEqual({ 'Harbourside Wire': 'ok', 'Northern Ledger': 'ok', 'Delhi Gazette': 'unreachable', 'Lakeside Herald': 'not a feed' });
    expect(await onboardingCdp.evaluate<number[]>(`(() => { const p = document.querySelector('.follow-progress progress'); return [p.value, p.max]; })()`)).toEqual([4, 4]);
    expect(await onboarding.locator('.run').textContent()).toContain('Open a news article and click Crosscheck.');
    const { feeds: followed, articleFeeds } = await stored(onboardingCdp);
    expect(followed.sort()).toEqual([feeds.atomUrl, feeds.rssUrl]);
    expect(articleFeeds.filter((url) => url === feeds.rssUrl)).toHaveLength(2);
    await screenshotBothSchemes(onboardingCdp, 'onboarding-done');
  });

  it('shows what the reader follows when they come back, and unfollows an outlet with its articles on request', async () => {
    await onboarding.reload();
    await onboardingCdp.waitFor(`document.querySelector('.outlet')`);
    expect(await checkedOutlets(onboardingCdp)).toEqual(['wire', 'ledger']);
    await onboarding.click('.outlet[data-id="wire"] input');
    await onboarding.click('.delete-articles input');
    expect(await onboarding.locator('.save-choice').textContent()).toBe('Stop following 1 outlet');
    await screenshotBothSchemes(onboardingCdp, 'onboarding-change');
    await onboarding.click('.save-choice');
    await onboardingCdp.waitFor(`document.querySelector('.run-done')`);
    // 127.0.0.1 is still needed by the ledger, so its permission stays.
    expect(await onboarding.locator('.run-note').textContent()).toBe('Stopped following Harbourside Wire and deleted their stored articles.');
    const { feeds: followed, articleFeeds } = await stored(onboardingCdp);
    expect(followed).toEqual([feeds.atomUrl]);
    expect(articleFeeds).not.toContain(feeds.rssUrl);
    expect(articleFeeds.filter((url) => url === feeds.atomUrl)).toHaveLength(1);
  });
});

describe('feeds as OPML on the options page', () => {
  let options: Page;
  let optionsCdp: CdpPageHandle;

  beforeAll(async () => {
    options = await browser.openExtensionPage('options.html');
    optionsCdp = await waitForExtensionPage(browser, 'options.html');
    await optionsCdp.waitFor(`document.querySelector('.opml-panel')`);
  });

  it('links to the onboarding page', async () => {
    expect(await options.locator('a.choose-outlets').textContent()).toBe('Choose outlets to follow');
    expect(await options.locator('a.choose-outlets').getAttribute('href')).toBe('/onboarding.html');
  });

  it('imports a malformed OPML file: follows its new feeds with one request, and reports each feed and problem', async () => {
    await countPermissionRequests(optionsCdp);
    await options.setInputFiles('.opml-import input', { name: 'reader.opml', mimeType: 'text/x-opml', buffer: Buffer.from(readerOpml(feeds)) });
    await options.locator('.opml-follow').click();
    await optionsCdp.waitFor(`document.querySelector('.opml-summary')`, 30_000);
    expect(await optionsCdp.evaluate<string[][]>(`window.permissionRequests`)).toEqual([['http://127.0.0.1/*']]);
    expect(await followStatuses(optionsCdp)).toEqual({ 'Northern Ledger & Co': 'already followed', 'Coast News': 'ok' });
    expect(await options.locator('.opml-summary').textContent()).toBe('Followed 1 feed; 1 already followed; 2 problems.');
    expect(await options.locator('.opml-problems li').allTextContents()).toEqual([
      'line 6: outline has no feed address (xmlUrl)',
      'line 7: "mailto:desk@example.com" is not an http(s) address',
    ]);
    await optionsCdp.waitFor(`document.querySelectorAll('.feed').length === 2`);
    await screenshotBothSchemes(optionsCdp, 'options-opml-import');
  });

  it('exports the followed feeds as OPML that imports back', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('.opml-export')]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-feeds-\d{4}-\d{2}-\d{2}\.opml$/);
    const { readFile } = await import('node:fs/promises');
    const exported = parseOpml(await readFile((await download.path())!, 'utf8'));
    expect(exported.problems).toEqual([]);
    expect(exported.feeds.map((feed) => [feed.url, feed.title])).toEqual([
      [feeds.atomUrl, 'Northern Ledger'],
      [feeds.coastUrl, 'Coast News'],
    ]);
  });
});

/** The test catalogue: outlets served by `serveFeeds`, one unreachable, one state-controlled. */
function testOutlets(origin: string, closedOrigin: string): Outlet[] {
  const outlet = (id: string, name: string, country: string, feed: string, extra: Partial<Outlet> = {}): Outlet => ({
    id,
    name,
    country,
    language: 'en',
    sites: [origin],
    feeds: [feed],
    defaultSelected: true,
    sources: ['kite-public'],
    ...extra,
  });
  return [
    outlet('wire', 'Harbourside Wire', 'USA', `${origin}/wire/rss.xml`, { ownershipType: 'private' }),
    outlet('ledger', 'Northern Ledger', 'GBR', `${origin}/ledger/atom.xml`, { ownershipType: 'public broadcaster' }),
    outlet('herald', 'Lakeside Herald', 'KEN', `${origin}/herald/`),
    outlet('gazette', 'Delhi Gazette', 'IND', `${closedOrigin}/gazette/rss.xml`, { sites: [closedOrigin] }),
    outlet('state-tv', 'Gulf State TV', 'QAT', `${origin}/state-tv/rss.xml`, { ownershipType: 'state-funded', stateControlled: true }),
    outlet('coast', 'Coast News', 'AUS', `${origin}/coast/rss.xml`, { defaultSelected: false }),
  ];
}

/** An OPML file as feed readers write them: a raw `&`, a folder, an entry without a feed, a mail link. */
function readerOpml(server: FeedServer): string {
  return [
    '<?xml version="1.0"?>',
    '<opml version="2.0"><head><title>My feeds</title></head><body>',
    '<outline text="News">',
    `  <outline type="rss" text="Northern Ledger & Co" xmlUrl="${server.atomUrl}"/>`,
    `  <outline type="rss" text="Coast News" xmlUrl="${server.coastUrl}"/>`,
    '  <outline text="A bookmark without a feed"/>',
    '  <outline type="rss" text="Newsletter" xmlUrl="mailto:desk@example.com"/>',
    '</outline>',
    '</body></opml>',
  ].join('\n');
}

interface FeedServer {
  origin: string;
  rssUrl: string;
  atomUrl: string;
  coastUrl: string;
  stop(): Promise<void>;
}

/** Feeds written for this test: an RSS and an Atom feed of two outlets, a third RSS feed, and a home page that is no feed. */
async function serveFeeds(): Promise<FeedServer> {
  let origin = '';
  const rss = (title: string, slug: string, items: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/${slug}/</link>${items
      .map((item, i) => `<item><title>${item}</title><link>${origin}/${slug}/${i}.html</link><pubDate>Tue, 15 Mar 2022 19:00:00 GMT</pubDate><description>${item}.</description></item>`)
      .join('')}</channel></rss>`;
  const atom = () =>
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Northern Ledger</title><id>${origin}/ledger/</id><updated>2022-03-15T21:15:00Z</updated><entry><title>Biden will join NATO and EU summits in Brussels</title><link rel="alternate" href="${origin}/ledger/0.html"/><id>${origin}/ledger/0.html</id><updated>2022-03-15T21:15:00Z</updated><summary>President Biden will join NATO and EU leaders in Brussels on March 24.</summary></entry></feed>`;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/wire/rss.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Harbourside Wire', 'wire', ['Biden to attend NATO summit', 'EU leaders meet in Brussels']));
    else if (path === '/ledger/atom.xml') response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom());
    else if (path === '/coast/rss.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Coast News', 'coast', ['Ferry timetable changes for the spring']));
    else if (path === '/herald/') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Lakeside Herald</title><h1>Welcome to the Lakeside Herald</h1>');
    else response.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    rssUrl: `${origin}/wire/rss.xml`,
    atomUrl: `${origin}/ledger/atom.xml`,
    coastUrl: `${origin}/coast/rss.xml`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The origin of a port nothing listens on (taken from the system, then released). */
async function closedPortOrigin(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
