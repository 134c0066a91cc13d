import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import type { Outlet } from '../../core/outlets/catalogue';
import { FIRST_COVERAGE_MARK } from '../../core/timing-marks';
import { clickToolbarButton, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../harness/chromium';
import type { WebOutlet } from '../harness/news-web';

/**
 * The browser side of the coverage evaluation: a test build whose onboarding catalogue is the
 * simulated web's outlets, the reader's onboarding, and one popup per opened article.
 */

const exec = promisify(execFile);

/** Builds the extension into `dir` with the web's outlets as its onboarding catalogue (CROSSCHECK_TEST_OUTLETS); answers the unpacked Chrome build. */
export async function buildWithOutlets(dir: string, outlets: WebOutlet[]): Promise<string> {
  return buildWithCatalogue(dir, outlets.map(catalogueEntry));
}

/** Builds the extension into `dir` with `catalogue` as its onboarding catalogue (CROSSCHECK_TEST_OUTLETS); answers the unpacked Chrome build. */
export async function buildWithCatalogue(dir: string, catalogue: Outlet[]): Promise<string> {
  const file = join(dir, 'outlets.json');
  await writeFile(file, JSON.stringify(catalogue));
  const outDir = join(dir, 'build');
  await exec('node_modules/.bin/wxt', ['build'], { env: { ...process.env, CROSSCHECK_OUT_DIR: outDir, CROSSCHECK_TEST_OUTLETS: file }, maxBuffer: 64 * 2 ** 20 });
  return join(outDir, 'chrome-mv3');
}

/** A web outlet as an entry of the test catalogue (`outlet-N`, preselected). */
export const catalogueEntry = (outlet: WebOutlet, index: number): Outlet => ({
  id: `outlet-${index + 1}`,
  name: outlet.source,
  country: 'USA',
  language: 'en',
  sites: [outlet.origin],
  feeds: [outlet.feedUrl],
  defaultSelected: true,
  sources: ['kite-public'],
});

/**
 * Follows every outlet of the catalogue as a new reader does: on the onboarding tab opened at
 * install, checks them all, clicks Follow and waits until every feed was read. Answers the feeds
 * that did not end "ok" (label: status).
 */
export async function followEveryOutlet(browser: ExtensionBrowser, timeoutMs: number): Promise<string[]> {
  const onboarding = await openOnboardingTab(browser);
  await chooseEveryOutlet(onboarding.page);
  return followChosenOutlets(onboarding, timeoutMs);
}

/** The onboarding tab the extension opened at install: as a Playwright page (to click) and over CDP (to read). */
export interface OnboardingTab {
  page: Page;
  view: CdpPageHandle;
}

/** Waits for the onboarding tab opened at install to list the outlets, and switches to it as the reader does (it opens without focus). */
export async function openOnboardingTab(browser: ExtensionBrowser): Promise<OnboardingTab> {
  const view = await waitForExtensionPage(browser, 'onboarding.html');
  // Loaded, so that Playwright knows the tab by its address and the page's script has run.
  await view.waitFor(`document.querySelector('.outlet')`);
  const page = browser.context.pages().find((each) => each.url().endsWith('/onboarding.html'));
  if (!page) throw new Error('The onboarding tab is not reachable');
  await page.bringToFront();
  return { page, view };
}

/** Checks every outlet the onboarding page offers that is not checked yet. */
export async function chooseEveryOutlet(page: Page): Promise<void> {
  for (const unchecked of await page.locator('.outlet-check:not(:checked)').all()) await unchecked.click();
}

/** Clicks Follow and waits until every chosen feed was read. Answers the feeds that did not end "ok" (label: status). */
export async function followChosenOutlets({ page, view }: OnboardingTab, timeoutMs: number): Promise<string[]> {
  await page.click('.save-choice');
  await view.waitFor(`document.querySelector('.run-done')`, timeoutMs);
  return view.evaluate<string[]>(
    `[...document.querySelectorAll('.follow-item')].filter((el) => el.dataset.status !== 'ok').map((el) => el.querySelector('.follow-label').textContent + ': ' + el.dataset.status)`,
  );
}

export interface PopupCoverage {
  /** The ids the popup lists as coverage of the story, in order. */
  listed: string[];
  /** From the click to the first coverage item painted; null when nothing was listed. */
  firstCoverageMs: number | null;
}

/** The popup's same-story list (the ids as the reader sees them, in order). */
const SAME_STORY_IDS = `[...document.querySelectorAll('[aria-label="Coverage of this story"] .coverage-item')].map((el) => el.dataset.id)`;
/** The popup has left its loading states, details included (so the next article does not share the worker with them). */
export const SETTLED = `document.querySelector('.result, .state-error, .state-not-article') && !document.querySelector('.details-loading')`;

/** Opens the page in a new tab, clicks the toolbar button, and reads the coverage the popup lists. */
export async function popupCoverage(browser: ExtensionBrowser, pageUrl: string): Promise<PopupCoverage> {
  const { tab, popup, clickedAt } = await openPopupOn(browser, pageUrl);
  try {
    await popup.waitFor(SETTLED, 60_000);
    const listed = await popup.evaluate<string[]>(SAME_STORY_IDS);
    const firstCoverageMs = listed.length > 0 ? (await firstCoverageAt(popup)) - clickedAt : null;
    await popup.evaluate('window.close()').catch(() => {}); // the popup is gone before it answers
    return { listed, firstCoverageMs };
  } finally {
    await tab.close();
  }
}

/** Opens the page in a new tab and clicks the toolbar button: the tab, the popup that opened, and when it was clicked (ms since the epoch). */
export async function openPopupOn(browser: ExtensionBrowser, pageUrl: string): Promise<{ tab: Page; popup: CdpPageHandle; clickedAt: number }> {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(pageUrl);
    const clickedAt = Date.now();
    return { tab, popup: await clickToolbarButton(browser, tab), clickedAt };
  } catch (error) {
    await tab.close();
    throw error;
  }
}

/** When the popup marked its first coverage item painted, in ms since the epoch (its time origin plus the mark). */
async function firstCoverageAt(popup: CdpPageHandle): Promise<number> {
  await popup.waitFor(`performance.getEntriesByName('${FIRST_COVERAGE_MARK}').length > 0`);
  return popup.evaluate<number>(`performance.timeOrigin + performance.getEntriesByName('${FIRST_COVERAGE_MARK}')[0].startTime`);
}

/** Whether each stored article holds its full text (feed entries start as summaries), by id, read from the extension's IndexedDB. */
export async function storedCompleteness(browser: ExtensionBrowser): Promise<Map<string, boolean>> {
  const page = await browser.openExtensionPage('options.html');
  try {
    const view = await waitForExtensionPage(browser, 'options.html');
    const pairs = await view.evaluate<[string, boolean][]>(`new Promise((resolve, reject) => {
      const open = indexedDB.open('crosscheck');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('articles').objectStore('articles').getAll();
        all.onsuccess = () => { open.result.close(); resolve(all.result.map((a) => [a.id, a.complete !== false])); };
      };
    })`);
    return new Map(pairs);
  } finally {
    await page.close();
  }
}
