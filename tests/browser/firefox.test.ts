import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSeedSite, type SeedSite } from '../../lib/node/harness/seed-site';
import { SAME_STORY_IDS, screenshotPath } from './support';

// The Firefox build (`wxt build -b firefox`) in a real Firefox (Debian's firefox-esr), driven over
// WebDriver BiDi with puppeteer-core (no browser download). The add-on is installed temporarily
// (BiDi webExtension.install), its real toolbar button is clicked in the browser window, and the
// popup that opens is read and photographed; its "Open full comparison" button opens the compare
// page in a tab; and a real right-click on a page opens Firefox's context menu, whose "Compare this
// article" item opens the compare page too.
//
// The toolbar button, the popup and the context menu belong to the browser's own (chrome) window,
// which BiDi reaches only when Firefox is started with `--remote-allow-system-access` (a stock
// Firefox flag): the button is clicked with its own click() and the menu item activated as a person's
// choice would be (both grant `activeTab`, as the product relies on); the popup, which is not a tab,
// is read with a frame script and photographed with drawSnapshot. Set FIREFOX_PATH for another binary.

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const HAVE_FIREFOX = existsSync(FIREFOX_PATH);
const ADDON_DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'crosscheck@crosscheck.invalid';
/** CustomizableUI's id for the add-on's toolbar button (from the add-on id). */
const WIDGET_ID = `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

if (!HAVE_FIREFOX) {
  console.warn(`Skipping the Firefox tests: ${FIREFOX_PATH} is not installed (apt-get install firefox-esr, or set FIREFOX_PATH).`);
}

/** The raw BiDi connection behind puppeteer's Browser (to reach the chrome window). */
interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: Record<string, unknown> }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let browser: Browser;
let site: SeedSite;
let bidi: BidiConnection;
let chromeContext: string;
const uuid = randomUUID();
const extensionOrigin = `moz-extension://${uuid}`;

/** Evaluates an async expression in the browser window (chrome) and returns its JSON value. */
function inChrome<T>(expression: string): Promise<T> {
  return evaluateIn<T>(chromeContext, expression, 'the browser window');
}

/** Evaluates an expression in a tab (a BiDi browsing context) and returns its JSON value. */
function inTab<T>(context: string, expression: string): Promise<T> {
  return evaluateIn<T>(context, expression, 'a tab');
}

async function evaluateIn<T>(context: string, expression: string, where: string): Promise<T> {
  const { result } = await bidi.send('script.evaluate', {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const evaluated = result as unknown as EvaluateResult;
  if (evaluated.type !== 'success') throw new Error(`In ${where}: ${evaluated.exceptionDetails?.text}`);
  const json = evaluated.result?.value as string | undefined;
  return json === undefined ? (undefined as T) : (JSON.parse(json) as T);
}

/** The open action popup's <browser>, once its document is the popup's (an expression in the chrome window). */
const POPUP_BROWSER = `[...document.querySelectorAll('browser.webextension-popup-browser')].find((b) => b.browsingContext?.currentWindowGlobal?.documentURI?.spec.startsWith(${JSON.stringify(`${extensionOrigin}/popup.html`)}))`;

/**
 * Evaluates an expression in the open popup's document (with `document` bound to it), through a
 * frame script: the popup is not a tab, so BiDi has no context for it.
 */
async function inPopup<T>(expression: string): Promise<T> {
  const frameScript = `(() => {
    const document = content.document;
    let reply;
    try { reply = { value: JSON.stringify(${expression}) }; } catch (error) { reply = { error: String(error) }; }
    sendAsyncMessage(NAME, reply);
  })();`;
  const reply = await inChrome<{ value?: string; error?: string }>(`(async () => {
    const popup = ${POPUP_BROWSER};
    if (!popup) throw new Error('The popup is not open');
    const mm = popup.messageManager;
    const name = 'crosscheck-test:' + Math.random();
    const reply = new Promise((resolve) => {
      const listener = (message) => { mm.removeMessageListener(name, listener); resolve(message.data); };
      mm.addMessageListener(name, listener);
    });
    mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}.replace('NAME', JSON.stringify(name))), false);
    return Promise.race([reply, new Promise((_, reject) => setTimeout(() => reject(new Error('The popup did not answer')), 3000))]);
  })()`);
  if (reply.error) throw new Error(`In the popup: ${reply.error}`);
  return reply.value === undefined ? (undefined as T) : (JSON.parse(reply.value) as T);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

const SETTLED = `!!document.querySelector('.result, .state-error, .state-not-article') && !document.querySelector('.details-loading')`;
const STATE = `document.querySelector('.result, .state-error, .state-not-article').className`;
/** The differences the popup lists, and the compare page's rows of details by outlet. */
const DIFFERENCES = `document.querySelectorAll('.difference').length`;
const DETAIL_ROWS = `document.querySelectorAll('.matrix tr.fact').length`;

/** Clicks the add-on's toolbar button while `pageUrl` is the selected tab, and waits for the popup. */
async function clickToolbarButton(pageUrl: string): Promise<void> {
  await inChrome(`(async () => {
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(pageUrl)});
    if (!tab) throw new Error('No tab shows ${pageUrl}');
    gBrowser.selectedTab = tab;
    // New add-on buttons sit in the extensions panel; pin it to the toolbar, as a reader would.
    if (CustomizableUI.getPlacementOfWidget('${WIDGET_ID}')?.area !== CustomizableUI.AREA_NAVBAR) {
      CustomizableUI.addWidgetToArea('${WIDGET_ID}', CustomizableUI.AREA_NAVBAR);
    }
    const button = document.getElementById('${WIDGET_ID}')?.querySelector('.unified-extensions-item-action-button');
    if (!button) throw new Error('The Crosscheck toolbar button is missing');
    button.click();
  })()`);
  await waitFor('the popup to open', () => inChrome<boolean>(`!!${POPUP_BROWSER}`), 15_000);
}

async function closePopup(): Promise<void> {
  await inChrome(`(async () => { ${POPUP_BROWSER}?.closest('panel')?.hidePopup(); })()`);
  await waitFor('the popup to close', async () => !(await inChrome<boolean>(`!!${POPUP_BROWSER}`)), 10_000);
}

/** Saves a picture of the open popup (drawn by the browser, as shown). */
async function screenshotPopup(name: string): Promise<void> {
  const dataUrl = await inChrome<string>(`(async () => {
    const popup = ${POPUP_BROWSER};
    const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d').drawImage(bitmap, 0, 0);
    return canvas.toDataURL('image/png');
  })()`);
  await writeFile(await screenshotPath(name), Buffer.from(dataUrl.split(',')[1], 'base64'));
}

/**
 * The BiDi context of the add-on's compare page once a tab shows it. (Puppeteer does not follow the
 * add-on's tabs: to it they stay about:blank.)
 */
async function compareTab(): Promise<string> {
  let compare: string | undefined;
  await waitFor('the compare page to open', async () => {
    const { result } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
    compare = (result.contexts as { context: string; url: string }[]).find((c) => c.url.startsWith(`${extensionOrigin}/compare.html?tabId=`))?.context;
    return compare !== undefined;
  }, 15_000);
  return compare!;
}

async function screenshotTab(context: string, name: string): Promise<void> {
  const { result } = await bidi.send('browsingContext.captureScreenshot', { context, origin: 'viewport' });
  await writeFile(await screenshotPath(name), Buffer.from(result.data as string, 'base64'));
}

async function openTab(url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

describe.skipIf(!HAVE_FIREFOX)(`Firefox (${FIREFOX_PATH}) with the built add-on`, () => {
  beforeAll(async () => {
    if (!existsSync(resolve(ADDON_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${ADDON_DIR}: run \`npx wxt build -b firefox\` first.`);
    site = await serveSeedSite();
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Firefox runs as root here: a fresh profile (puppeteer makes one, with its prefs that keep
      // Firefox off the network: no updates, telemetry, safe browsing), deleted on close.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_HEADLESS: '1' },
      // Fix the add-on's moz-extension:// address, so that its pages can be recognised.
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }) },
      protocolTimeout: 30_000,
      timeout: 30_000,
    });
    bidi = (browser as unknown as { connection: BidiConnection }).connection;
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const contexts = result.contexts as { context: string; url: string }[];
    const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error(`No browser window among ${contexts.map((c) => c.url).join(', ')}`);
    chromeContext = window.context;

    expect(await browser.installExtension(ADDON_DIR)).toBe(ADDON_ID);
    // The add-on may open a page of its own on install: let it, so that it does not take the
    // selection away from a seed page later.
    await waitFor('a page of the add-on opened on install', () => inChrome<boolean>(`gBrowser.tabs.some((t) => t.linkedBrowser.currentURI.spec.startsWith('${extensionOrigin}/'))`), 5_000).catch(() => {});
  });

  afterAll(async () => {
    await browser?.close();
    site?.server.close();
  });

  describe('the toolbar popup on a seed article', () => {
    for (const index of [0, 1, 2, 3]) {
      it(`lists the other three seeds as same-story coverage, and differences (seed ${index})`, async () => {
        const { pageUrl } = site.seeds[index];
        const tab = await openTab(pageUrl);
        await clickToolbarButton(pageUrl);
        await waitFor('the popup to settle', () => inPopup<boolean>(SETTLED), 45_000);
        expect(await inPopup<string>(STATE)).toContain('result');
        const listed = await inPopup<string[]>(SAME_STORY_IDS);
        const others = site.seeds.filter((_, i) => i !== index).map((s) => s.article.id);
        expect([...listed].sort()).toEqual([...others].sort());
        expect(await inPopup<number>(DIFFERENCES)).toBeGreaterThan(0);
        await screenshotPopup(`firefox-popup-seed-${index}`);
        await closePopup();
        await tab.close();
      });
    }
  });

  it('opens the full comparison in a tab from the popup, with the same coverage', async () => {
    const { pageUrl } = site.seeds[2];
    const tab = await openTab(pageUrl);
    await clickToolbarButton(pageUrl);
    await waitFor('the popup to settle', () => inPopup<boolean>(SETTLED), 45_000);
    const popupIds = await inPopup<string[]>(SAME_STORY_IDS);
    expect(popupIds).toHaveLength(3);

    // Clicked after the reply, since the popup closes itself as it opens the tab.
    await inPopup(`(content.setTimeout(() => document.querySelector('.section-head .link-button').click(), 0), true)`);
    const compare = await compareTab();
    await waitFor('the compare page to settle', () => inTab<boolean>(compare, SETTLED), 45_000);
    expect(await inTab<string>(compare, STATE)).toContain('result');
    expect(await inTab<string[]>(compare, SAME_STORY_IDS)).toEqual(popupIds);
    expect(await inTab<number>(compare, DETAIL_ROWS)).toBeGreaterThan(0);
    await screenshotTab(compare, 'firefox-compare-page-seed-2');
    await bidi.send('browsingContext.close', { context: compare });
    await tab.close();
  });

  it('opens the compare page from the "Compare this article" context menu', async () => {
    const { pageUrl } = site.seeds[1];
    const tab = await openTab(pageUrl);
    await inChrome(`(async () => { gBrowser.selectedTab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(pageUrl)}); })()`);
    // A real right-click on the headline (BiDi input), which opens Firefox's own context menu.
    await tab.locator('article h1').click({ button: 'right' });
    await waitFor('the context menu', () => inChrome<boolean>(`document.getElementById('contentAreaContextMenu').state === 'open'`), 10_000);
    await inChrome(`(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      const item = [...menu.querySelectorAll('menuitem')].find((m) => m.label === 'Compare this article');
      if (!item) throw new Error('No "Compare this article" item among: ' + [...menu.querySelectorAll('menuitem')].filter((m) => !m.hidden).map((m) => m.label).join(' | '));
      menu.activateItem(item);
    })()`);
    const compare = await compareTab();
    await waitFor('the compare page to settle', () => inTab<boolean>(compare, SETTLED), 45_000);
    expect(await inTab<string>(compare, STATE)).toContain('result');
    const others = site.seeds.filter((_, i) => i !== 1).map((s) => s.article.id);
    expect([...(await inTab<string[]>(compare, SAME_STORY_IDS))].sort()).toEqual([...others].sort());
    expect(await inTab<number>(compare, DETAIL_ROWS)).toBeGreaterThan(0);
    await screenshotTab(compare, 'firefox-compare-page-context-menu-seed-1');
    await bidi.send('browsingContext.close', { context: compare });
    await tab.close();
  });
});
