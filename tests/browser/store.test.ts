import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageHtml } from '../../lib/node/harness/article-page';
import { clickToolbarButton, launchWithExtension, waitForExtensionPage, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { serveSeedSite, type SeedSite } from '../../lib/node/harness/seed-site';
import type { Article } from '../../lib/core/types';
import { SAME_STORY_IDS, screenshotPath, settledState } from './support';

/*
 * The reader's own corpus in a real browser: comparing one outlet's article remembers it, so that
 * comparing another outlet's report of the same story (a story the bundled corpus does not hold)
 * lists it; the store survives a service-worker restart and a browser restart on the same profile.
 */
const story = (id: string, source: string, title: string, publishedAt: string, paragraphs: string[]): Article => ({
  id,
  source,
  title,
  publishedAt,
  text: paragraphs.join('\n\n'),
  byline: null,
  url: null,
  lang: 'en',
  excerpt: null,
  readerable: true,
});

// Two reports written for this test on a story none of the seeds covers.
const FIRST = story('first', 'Coastal Weekly', 'Port Wenlow lighthouse reopens to visitors after three-year restoration', '2021-07-03', [
  'The restored lighthouse at Port Wenlow opened to visitors on Saturday after a three-year renovation paid for by volunteers and a heritage grant of 1.2 million pounds.',
  'Visitors can climb the 112 steps to the lamp room, where an exhibition tells the story of the keepers who lived on the headland until the light was automated in 1987.',
  'Harbour master Elin Maddox said the town hoped the lighthouse would draw walkers and cyclists to the coastal path outside the summer season.',
  'Tickets cost four pounds for adults and children under twelve go free. The tower is open every day except Tuesdays.',
]);
const SECOND = story('second', 'Wenlow Gazette', 'Crowds climb restored Port Wenlow lighthouse on opening day', '2021-07-04', [
  'Hundreds of people queued on Saturday to climb the Port Wenlow lighthouse, which reopened after a restoration that took three years and cost 1.4 million pounds.',
  'The work was funded by a heritage grant and by volunteers who raised money at the harbour fair every summer.',
  'Inside, 112 steps lead to the lamp room and a new exhibition about the keepers who tended the light until it was automated in 1987.',
  'Harbour master Elin Maddox said the lighthouse would bring visitors to the coastal path all year. Adult tickets cost five pounds; the tower is closed on Mondays.',
]);

let site: SeedSite;
let profile: string;
let browser: ExtensionBrowser;
const firstUrl = () => `${site.origin}/lighthouse-first.html`;
const secondUrl = () => `${site.origin}/lighthouse-second.html`;

beforeAll(async () => {
  site = await serveSeedSite(new Map([
    ['/lighthouse-first.html', articlePageHtml(FIRST)],
    ['/lighthouse-second.html', articlePageHtml(SECOND)],
  ]));
  profile = await mkdtemp(join(tmpdir(), 'crosscheck-kept-profile-'));
  browser = await launchWithExtension({ headless: true, profileDir: profile });
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** Opens the page, clicks the toolbar button and returns the same-story ids the popup lists. */
async function compareInPopup(url: string, screenshot?: string): Promise<string[]> {
  const tab = await browser.context.newPage();
  await tab.goto(url);
  const popup = await clickToolbarButton(browser, tab);
  expect(await settledState(popup)).toMatch(/result/);
  const ids = await popup.evaluate<string[]>(SAME_STORY_IDS);
  if (screenshot) await popup.screenshot(await screenshotPath(screenshot));
  await tab.close();
  return ids;
}

async function storedCount(): Promise<string> {
  const page = await browser.openExtensionPage('options.html');
  const options = await waitForExtensionPage(browser, 'options.html');
  await options.waitFor(`document.querySelector('.article-count')`);
  const count = await options.evaluate<string>(`document.querySelector('.article-count').textContent`);
  await page.close();
  return count;
}

/** The extension's running service worker, as a CDP target id (null when it is not running). */
async function workerTargetId(): Promise<string | null> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`))?.targetId ?? null;
}

/** Stops the extension's service worker, as the browser does when it is idle, and waits until it is gone. */
async function stopServiceWorker(): Promise<string> {
  const targetId = await workerTargetId();
  if (!targetId) throw new Error('No service worker to stop');
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Target.closeTarget', { targetId });
  await cdp.detach();
  for (let waited = 0; (await workerTargetId()) === targetId; waited += 100) {
    if (waited > 10_000) throw new Error('The service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return targetId;
}

/** Evaluates an expression in the running service worker over raw CDP (Playwright keeps only the first worker). */
async function evaluateInWorker(expression: string): Promise<unknown> {
  const targetId = await workerTargetId();
  if (!targetId) throw new Error('No service worker running');
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const reply = new Promise<unknown>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { result: { value: unknown } } };
      if (event.sessionId === sessionId && message.id === 1) resolve(message.result?.result.value);
    });
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
  const value = await reply;
  await cdp.detach();
  return value;
}

describe('remembering compared articles', () => {
  it('remembers a compared article, so another outlet’s report of the story lists it as coverage', async () => {
    expect(await compareInPopup(firstUrl())).toEqual([]); // nothing known on this story yet
    expect(await storedCount()).toBe('1');
    expect(await compareInPopup(secondUrl(), 'popup-remembered-coverage')).toEqual([firstUrl()]);
    expect(await storedCount()).toBe('2');
  });

  it('keeps the store when the service worker is stopped and woken again', async () => {
    await browser.worker.evaluate(() => {
      (globalThis as { crosscheckTestMarker?: boolean }).crosscheckTestMarker = true;
    });
    expect(await evaluateInWorker('globalThis.crosscheckTestMarker === true')).toBe(true);
    await stopServiceWorker();
    expect(await compareInPopup(secondUrl())).toEqual([firstUrl()]);
    // A new worker answered: nothing survived in its memory, only in the store.
    expect(await evaluateInWorker('globalThis.crosscheckTestMarker === true')).toBe(false);
  });

  it('keeps the store when the browser is closed and opened again on the same profile', async () => {
    await browser.context.close();
    browser = await launchWithExtension({ headless: true, profileDir: profile });
    expect(await storedCount()).toBe('2');
    expect(await compareInPopup(firstUrl())).toEqual([secondUrl()]);
  });

  it('does not list a remembered copy of a bundled article beside the bundled one', async () => {
    await compareInPopup(site.seeds[0].pageUrl); // remembered, with the same text as bundled seed 0
    const listed = await compareInPopup(site.seeds[1].pageUrl);
    expect(listed).toContain(site.seeds[0].article.id);
    expect(listed).not.toContain(site.seeds[0].pageUrl);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
