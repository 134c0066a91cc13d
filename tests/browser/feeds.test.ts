import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageHtml } from '../../lib/node/harness/article-page';
import { clickToolbarButton, launchWithExtension, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { serveSeedSite, type SeedSite } from '../../lib/node/harness/seed-site';
import type { CompareTabResponse, DetailsResponse } from '../../lib/browser/messaging/protocol';
import type { Article } from '../../lib/core/types';
import { SAME_STORY_IDS, screenshotPath, settledState } from './support';

/*
 * Feeds in a real browser. Headless Chromium cannot accept the prompt `permissions.request` shows,
 * so the extension is loaded with 127.0.0.1 granted at install (a test-only copy of the manifest,
 * see `grantHosts`); the options page still runs its own request inside a trusted click, which then
 * resolves at once.
 */
let browser: ExtensionBrowser;
let site: SeedSite;
let feeds: FeedSite;
let options: CdpPageHandle;

beforeAll(async () => {
  site = await serveSeedSite();
  feeds = await serveFeedSite();
  browser = await launchWithExtension({ headless: true, grantHosts: ['http://127.0.0.1/*'] });
  await browser.openExtensionPage('options.html');
  options = await waitForExtensionPage(browser, 'options.html');
  await options.waitFor(`document.querySelector('.feed-url')`);
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  await feeds?.stop();
});

/**
 * A real mouse click (CDP input events), so the page's handler runs with a user gesture. Aimed only once
 * the element has stayed put for a moment and nothing covers it: the sections above the feeds grow when
 * the store reloads after a change, and a click aimed before that lands beside the button.
 */
async function trustedClick(view: CdpPageHandle, selector: string): Promise<void> {
  const settledCentre = `(async () => {
    const el = document.querySelector(${JSON.stringify(selector)});
    el.scrollIntoView({ block: 'center' });
    const before = el.getBoundingClientRect();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const after = el.getBoundingClientRect();
    const x = after.x + after.width / 2, y = after.y + after.height / 2;
    return before.x === after.x && before.y === after.y && el.contains(document.elementFromPoint(x, y)) ? { x, y } : null;
  })()`;
  const deadline = Date.now() + 10_000;
  let centre = await view.evaluate<{ x: number; y: number } | null>(settledCentre);
  while (!centre) {
    if (Date.now() > deadline) throw new Error(`${selector} did not stay in one place long enough to click`);
    centre = await view.evaluate<{ x: number; y: number } | null>(settledCentre);
  }
  for (const type of ['mousePressed', 'mouseReleased']) await view.send('Input.dispatchMouseEvent', { type, x: centre.x, y: centre.y, button: 'left', clickCount: 1 });
}

async function follow(url: string): Promise<string> {
  // The message the last follow left stays until this one is answered: wait for a new one, not that.
  const message = `(document.querySelector('.feed-message')?.textContent ?? '')`;
  const before = await options.evaluate<string>(message);
  await options.evaluate(`(() => { const input = document.querySelector('.feed-url'); input.value = ${JSON.stringify(url)}; input.dispatchEvent(new Event('input', { bubbles: true })); })()`);
  const started = `(${message} !== ${JSON.stringify(before)} || document.querySelector('.feed-subscribe').disabled)`;
  await trustedClick(options, '.feed-subscribe');
  // A click the page never saw (nothing started) is the harness's miss, not the page's: click once more.
  await options.waitFor(started, 3_000).catch(() => trustedClick(options, '.feed-subscribe'));
  const answered = `${message} !== ${JSON.stringify(before)} && /Following|unreachable|not|needs/.test(${message}) && !document.querySelector('.feed-subscribe').disabled`;
  await options.waitFor(answered, 30_000).catch(async (error: Error) => {
    const state = await options.evaluate<string>(`JSON.stringify({ message: ${message}, busy: document.querySelector('.feed-subscribe').disabled })`);
    throw new Error(`${error.message}\nthe page showed ${state}`);
  });
  return options.evaluate<string>(message);
}

/** What the background answers for a tab, asked the way the popup asks (from an extension page). */
async function askAboutTab<T>(type: 'compareTab' | 'detailsForTab', pageUrl: string): Promise<T> {
  return options.evaluate<T>(`(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(pageUrl)} });
    const data = ${JSON.stringify(type)} === 'compareTab' ? { tabId: tab.id, force: false } : { tabId: tab.id };
    const reply = await chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data, timestamp: Date.now() });
    return reply.res;
  })()`);
}

/** The stored article with this id, read from the extension's IndexedDB. */
async function storedArticle(id: string): Promise<{ complete: boolean; text: string } | null> {
  return options.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('crosscheck');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('articles').objectStore('articles').get(${JSON.stringify(id)});
      get.onsuccess = () => { const a = get.result; open.result.close(); resolve(a ? { complete: a.complete, text: a.text } : null); };
    };
  })`);
}

describe('following feeds', () => {
  it('follows an RSS and an Atom feed after the reader allows their site, and stores their entries', async () => {
    expect(await follow(feeds.rssUrl)).toMatch(new RegExp(`Following ${WIRE_SOURCE}: 2 new articles`));
    expect(await follow(feeds.atomUrl)).toMatch(new RegExp(`Following ${LEDGER_SOURCE}: 2 new articles`));
    await options.waitFor(`document.querySelectorAll('.feed').length === 2`);
    const statuses = await options.evaluate<string[]>(`[...document.querySelectorAll('.feed-status')].map((el) => el.textContent)`);
    expect(statuses).toEqual([expect.stringMatching(/^2 articles stored/), expect.stringMatching(/^2 articles stored/)]);
    await options.waitFor(`document.querySelector('.article-count').textContent === '4'`); // the summary reloads after the follow is answered
    // Only the feeds were read so far: no article page is fetched before a comparison needs it.
    expect(feeds.requests).toEqual(['/wire/rss.xml', '/ledger/atom.xml']);
    await options.screenshot(await screenshotPath('options-feeds'));
  });

  it('lists the feeds’ articles on the story as coverage of a seed page, with their details from the full articles', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(site.seeds[0].pageUrl);
    const popup = await clickToolbarButton(browser, tab);
    expect(await settledState(popup)).toContain('result');
    // Every feed article on the story is listed (how closely each matches is the matcher's call:
    // most are same-story coverage, a looser one may be listed as related), the off-topic one is not.
    const listed = await popup.evaluate<string[]>(`[...document.querySelectorAll('.coverage-item')].map((el) => el.dataset.id)`);
    for (const url of feeds.storyUrls) expect(listed).toContain(url);
    expect(listed).not.toContain(feeds.offTopicUrl);
    const coverage = await popup.evaluate<string[]>(SAME_STORY_IDS);
    expect(feeds.storyUrls.filter((url) => coverage.includes(url)).length).toBeGreaterThanOrEqual(2);
    await popup.screenshot(await screenshotPath('popup-feed-coverage'));

    // The full articles were fetched once, extracted and stored in place of the summaries.
    for (const url of feeds.storyUrls) expect(feeds.requests.filter((path) => url.endsWith(path))).toHaveLength(1);
    expect(feeds.requests).not.toContain(new URL(feeds.offTopicUrl).pathname);
    const stored = await storedArticle(feeds.storyUrls[0]);
    expect(stored?.complete).toBe(true);
    expect(stored?.text).toContain(feeds.fullTextOnly[0].slice(0, 60));

    const compared = await askAboutTab<CompareTabResponse>('compareTab', site.seeds[0].pageUrl);
    if (compared.status !== 'ok') throw new Error(`expected a result, got ${JSON.stringify(compared)}`);
    const details = await askAboutTab<DetailsResponse>('detailsForTab', site.seeds[0].pageUrl);
    if (details.status !== 'ok') throw new Error(`expected details, got ${JSON.stringify(details)}`);
    const detailSources = new Set(details.differences.flatMap((d) => d.values.map((v) => v.articleId)));
    expect(feeds.storyUrls.filter((url) => detailSources.has(url)).length).toBeGreaterThan(0);
    await tab.close();
  });

  it('says a feed is unreachable when its server is gone, and keeps what was stored', async () => {
    await feeds.stop();
    await options.evaluate(`document.querySelector('.feeds-poll').click()`);
    await options.waitFor(`document.querySelectorAll('.feed-status-error').length === 2`, 30_000);
    const statuses = await options.evaluate<string[]>(`[...document.querySelectorAll('.feed-status')].map((el) => el.textContent)`);
    for (const status of statuses) expect(status).toMatch(/^Feed unreachable: the server could not be reached\..*The 2 articles already stored are kept\./);
    await options.waitFor(`document.querySelector('.article-count').textContent === '5'`); // 4 entries + the remembered seed page
    await options.screenshot(await screenshotPath('options-feed-unreachable'));

    const tab = await browser.context.newPage();
    await tab.goto(site.seeds[1].pageUrl);
    const response = await askAboutTab<CompareTabResponse>('compareTab', site.seeds[1].pageUrl);
    if (response.status !== 'ok') throw new Error(`expected a result, got ${JSON.stringify(response)}`);
    const ids = response.result.related.map((r) => r.id);
    for (const url of feeds.storyUrls) expect(ids).toContain(url);
    expect(response.result.related.filter((r) => r.relation === 'same-story' && feeds.storyUrls.includes(r.id)).length).toBeGreaterThanOrEqual(2);
    await tab.close();
  });
});


/**
 * Two outlets' feeds (one RSS, one Atom) on the seed story, written for these tests: each entry
 * carries a one-sentence summary, and its link serves the full article.
 */
interface FeedArticle {
  path: string;
  title: string;
  published: string;
  summary: string;
  paragraphs: string[];
}

const WIRE: FeedArticle[] = [
  {
    path: '/wire/biden-to-attend-summits.html',
    title: "Biden to attend extraordinary NATO summit and EU leaders' meeting in Brussels",
    published: '2022-03-15T19:00:00Z',
    summary: "The White House said President Joe Biden will attend an extraordinary NATO summit and a European Union summit in Brussels next week.",
    paragraphs: [
      "President Joe Biden will travel to Brussels next week for an extraordinary NATO summit on Russia's invasion of Ukraine, the White House said on Tuesday.",
      "Press Secretary Jen Psaki told reporters that Biden would meet NATO allies on March 24 to discuss deterrence and defense efforts and to reaffirm the United States' commitment to the alliance.",
      "The president will also join a summit of European Union leaders in Brussels, where sanctions on Russia and humanitarian support for Ukraine are on the agenda.",
      "NATO Secretary General Jens Stoltenberg announced the summit earlier on Tuesday, saying leaders would address the invasion and the alliance's support for Ukraine.",
      "\"We are at a critical time for our security,\" Stoltenberg said, adding that the allies were united in their response.",
      "Psaki said the White House had no plans to announce a visit to Ukraine itself.",
    ],
  },
  {
    path: '/wire/white-house-brussels-trip.html',
    title: 'White House: Biden heads to Brussels next week for NATO and EU summits on Ukraine',
    published: '2022-03-15T23:30:00Z',
    summary: 'Joe Biden will fly to Brussels next week for an extraordinary NATO summit and a European Union summit, the White House said.',
    paragraphs: [
      "Joe Biden will fly to Brussels next week to take part in an extraordinary NATO summit and a summit of European Union leaders, as Russia presses its invasion of Ukraine, the White House said on Tuesday.",
      "White House Press Secretary Jen Psaki said the president would discuss deterrence and defense efforts with NATO allies and the alliance's support for Ukraine.",
      "The extraordinary NATO summit on March 24 was announced by Secretary General Jens Stoltenberg, who said allied leaders would meet at the alliance's headquarters in Brussels.",
      "European Council President Charles Michel invited Biden to the European Union summit the same day, officials said.",
      "The trip comes as NATO allies prepare more sanctions on Russia and send weapons to Ukraine.",
    ],
  },
];

const LEDGER: FeedArticle[] = [
  {
    path: '/ledger/biden-nato-eu-summits.html',
    title: "Biden will join NATO and EU summits in Brussels as Russia presses invasion",
    published: '2022-03-15T21:15:00Z',
    summary: "President Biden will join NATO and EU leaders in Brussels on March 24, the White House announced.",
    paragraphs: [
      "President Biden will go to Brussels on March 24 for an extraordinary summit of NATO and a meeting of European Union leaders, the White House announced on Tuesday.",
      "The announcement came hours after NATO Secretary General Jens Stoltenberg said alliance leaders would gather to discuss Russia's invasion of Ukraine.",
      "White House Press Secretary Jen Psaki said Biden would talk with allies about deterrence and defense and about humanitarian help for Ukrainians fleeing the war.",
      "The European Council summit will focus on sanctions against Russia and on energy, officials in Brussels said.",
      "Asked whether Biden would visit Poland, Psaki said no further stops had been scheduled.",
    ],
  },
  {
    path: '/ledger/harbour-ferry.html',
    title: 'Island ferry timetable changes for the spring',
    published: '2022-03-21T08:00:00Z',
    summary: 'The island ferry adds an early sailing on weekdays from April.',
    paragraphs: [
      'The island ferry will add a 6.40 sailing on weekdays from the first of April, the operator said, after commuters asked for an earlier crossing.',
      'Weekend timetables stay as they are until the summer season begins in June.',
    ],
  },
];

const WIRE_SOURCE = 'Harbourside Wire';
const LEDGER_SOURCE = 'Northern Ledger';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function rss(origin: string): string {
  const items = WIRE.map(
    (a) => `<item><title>${escapeXml(a.title)}</title><link>${origin}${a.path}</link><guid>${origin}${a.path}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate><description>${escapeXml(`<p>${a.summary}</p>`)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${WIRE_SOURCE}</title><link>${origin}/wire/</link><description>World news</description>${items.join('')}</channel></rss>`;
}

function atom(origin: string): string {
  const entries = LEDGER.map(
    (a) => `<entry><title>${escapeXml(a.title)}</title><link rel="alternate" href="${origin}${a.path}"/><id>${origin}${a.path}</id><published>${a.published}</published><updated>${a.published}</updated><summary>${escapeXml(a.summary)}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${LEDGER_SOURCE}</title><id>${origin}/ledger/</id><updated>2022-03-24T18:30:00Z</updated>${entries.join('')}</feed>`;
}

function page(article: FeedArticle, source: string): string {
  const full: Article = { id: article.path, title: article.title, byline: null, source, url: null, publishedAt: article.published.slice(0, 10), lang: 'en', excerpt: null, text: article.paragraphs.join('\n\n'), readerable: true };
  return articlePageHtml(full);
}

interface FeedSite {
  origin: string;
  rssUrl: string;
  atomUrl: string;
  /** The addresses of the entries on the seed story, and of the one that is not. */
  storyUrls: string[];
  offTopicUrl: string;
  /** Sentences that only the full articles hold (never the feeds' summaries). */
  fullTextOnly: string[];
  /** Every path requested, in order. */
  requests: string[];
  stop(): Promise<void>;
}

async function serveFeedSite(): Promise<FeedSite> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const wire = WIRE.find((a) => a.path === path);
    const ledger = LEDGER.find((a) => a.path === path);
    if (path === '/wire/rss.xml') response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(origin));
    else if (path === '/ledger/atom.xml') response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' }).end(atom(origin));
    else if (wire) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(wire, WIRE_SOURCE));
    else if (ledger) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(ledger, LEDGER_SOURCE));
    else response.writeHead(404).end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The feed server has no port');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    rssUrl: `${origin}/wire/rss.xml`,
    atomUrl: `${origin}/ledger/atom.xml`,
    storyUrls: [...WIRE, LEDGER[0]].map((a) => `${origin}${a.path}`),
    offTopicUrl: `${origin}${LEDGER[1].path}`,
    fullTextOnly: [WIRE[0].paragraphs[4], LEDGER[0].paragraphs[4]],
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
