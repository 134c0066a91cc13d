import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../../lib/node/harness/firefox';
import { serveSeedSite, type SeedSite } from '../../lib/node/harness/seed-site';
import { SAME_STORY_IDS, screenshotPath } from './support';

// The Firefox build (`wxt build -b firefox`) in a real Firefox (Debian's firefox-esr), driven over
// Marionette (lib/node/harness/firefox.ts). The add-on is installed temporarily, its real toolbar
// button is clicked in the browser window, and the popup that opens is read and photographed; its
// "Open full comparison" button opens the compare page in a tab; and a real right-click on a page
// opens Firefox's context menu, whose "Compare this article" item opens the compare page too.
//
// The toolbar button, the popup and the context menu belong to the browser's own (chrome) window:
// the button is clicked with its own click() and the menu item activated as a person's choice would
// be (both grant `activeTab`, as the product relies on); the popup, which is not a tab, is read with
// a frame script and photographed with drawSnapshot. Set FIREFOX_PATH for another binary.

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const HAVE_FIREFOX = existsSync(FIREFOX_PATH);
const ADDON_DIR = resolve('.output/firefox-mv2');
const ADDON_ID = 'crosscheck@crosscheck.invalid';
/** CustomizableUI's id for the add-on's toolbar button (from the add-on id). */
const WIDGET_ID = `${ADDON_ID.replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

if (!HAVE_FIREFOX) {
  console.warn(`Skipping the Firefox tests: ${FIREFOX_PATH} is not installed (apt-get install firefox-esr, or set FIREFOX_PATH).`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let firefox: FirefoxSession;
let site: SeedSite;
const uuid = randomUUID();
const extensionOrigin = `moz-extension://${uuid}`;

/** Evaluates an async expression in the browser window (chrome) and returns its JSON value. */
function inChrome<T>(expression: string): Promise<T> {
  return evaluate<T>('chrome', expression);
}

async function evaluate<T>(context: 'chrome' | 'content', expression: string): Promise<T> {
  const json = await firefox.run<string | undefined>(context, `return (async () => JSON.stringify(await (${expression})))()`);
  return json === undefined || json === null ? (undefined as T) : (JSON.parse(json) as T);
}

/** Makes the tab with this Marionette handle the one content commands act in (and, if asked, the selected tab). */
async function switchToTab(handle: string, focus = false): Promise<void> {
  await firefox.send('WebDriver:SwitchToWindow', { handle, focus }, 'content');
}

/** Evaluates an async expression in the tab with this Marionette handle and returns its JSON value. */
async function inTab<T>(handle: string, expression: string): Promise<T> {
  await switchToTab(handle);
  return evaluate<T>('content', expression);
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

/** The Marionette handle of the tab that shows the add-on's compare page, once one does. */
async function compareTab(): Promise<string> {
  let compare: string | undefined;
  await waitFor('the compare page to open', async () => {
    for (const handle of await firefox.send<string[]>('WebDriver:GetWindowHandles', {}, 'content')) {
      await switchToTab(handle);
      const { value: url } = await firefox.send<{ value: string }>('WebDriver:GetCurrentURL', {}, 'content');
      if (url.startsWith(`${extensionOrigin}/compare.html?tabId=`)) compare = handle;
    }
    return compare !== undefined;
  }, 15_000);
  return compare!;
}

async function screenshotTab(handle: string, name: string): Promise<void> {
  await switchToTab(handle, true);
  const { value } = await firefox.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false }, 'content');
  await writeFile(await screenshotPath(name), Buffer.from(value, 'base64'));
}

/** Opens `url` in a new, selected tab and returns its Marionette handle once the page has loaded. */
async function openTab(url: string): Promise<string> {
  const { handle } = await firefox.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true }, 'content');
  await switchToTab(handle, true);
  await firefox.send('WebDriver:Navigate', { url }, 'content');
  return handle;
}

/** Closes the tab, and goes on in one that is left (Marionette's commands need a tab that is open). */
async function closeTab(handle: string): Promise<void> {
  await switchToTab(handle);
  const [left] = await firefox.send<string[]>('WebDriver:CloseWindow', {}, 'content');
  await switchToTab(left!);
}

/** A real right-click (Marionette's input actions) on the first element matching `selector` in the tab. */
async function rightClick(handle: string, selector: string): Promise<void> {
  await switchToTab(handle, true);
  const { value: element } = await firefox.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector }, 'content');
  const mouse = { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' } };
  await firefox.send('WebDriver:PerformActions', {
    actions: [{ ...mouse, actions: [{ type: 'pointerMove', origin: element, x: 0, y: 0 }, { type: 'pointerDown', button: 2 }, { type: 'pointerUp', button: 2 }] }],
  }, 'content');
  await firefox.send('WebDriver:ReleaseActions', {}, 'content');
}

describe.skipIf(!HAVE_FIREFOX)(`Firefox (${FIREFOX_PATH}) with the built add-on`, () => {
  beforeAll(async () => {
    if (!existsSync(resolve(ADDON_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${ADDON_DIR}: run \`npx wxt build -b firefox\` first.`);
    site = await serveSeedSite();
    firefox = await launchFirefox({
      executablePath: FIREFOX_PATH,
      // Fix the add-on's moz-extension:// address, so that its pages can be recognised.
      prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }) },
    });
    expect(await firefox.send('Addon:Install', { path: ADDON_DIR, temporary: true })).toEqual({ value: ADDON_ID });
    // The add-on may open a page of its own on install: let it, so that it does not take the
    // selection away from a seed page later.
    await waitFor('a page of the add-on opened on install', () => inChrome<boolean>(`gBrowser.tabs.some((t) => t.linkedBrowser.currentURI.spec.startsWith('${extensionOrigin}/'))`), 5_000).catch(() => {});
  });

  afterAll(async () => {
    await firefox?.close();
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
        await closeTab(tab);
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
    await closeTab(compare);
    await closeTab(tab);
  });

  it('opens the compare page from the "Compare this article" context menu', async () => {
    const { pageUrl } = site.seeds[1];
    const tab = await openTab(pageUrl);
    await inChrome(`(async () => { gBrowser.selectedTab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(pageUrl)}); })()`);
    // A real right-click on the headline, which opens Firefox's own context menu.
    await rightClick(tab, 'article h1');
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
    await closeTab(compare);
    await closeTab(tab);
  });
});
