import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageHtml } from '../../lib/node/harness/article-page';
import { clickToolbarButton, EXTENSION_DIR, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import type { SeedSite } from '../../lib/node/harness/seed-site';
import { bundleRecords, readBundleIndex } from '../../lib/core/corpus/bundle';
import { recordsIn, searchable } from '../../lib/core/engine';
import { compareWithCorpus } from '../../lib/node/cli/compare-with-corpus';
import { extractFromDocument } from '../../lib/core/extract/html';
import { Matcher } from '../../lib/core/match/matcher';
import { BUSY_PAGE, UNRELATED_PAGE } from './fixtures';

/** The corpus the built extension bundles: its index and its texts. */
async function builtCorpus() {
  const read = async (file: string) => JSON.parse(await readFile(`${EXTENSION_DIR}/${file}`, 'utf8'));
  return searchable(new Matcher(readBundleIndex(await read('corpus.json'))), recordsIn(bundleRecords(await read('corpus.texts.json'))));
}
import { closeSeedBrowser, openSeedBrowser, pressTab, screenshotBothSchemes, screenshotPath, settledState } from './support';

let browser: ExtensionBrowser;
let site: SeedSite;

beforeAll(async () => {
  ({ browser, site } = await openSeedBrowser(new Map([['/unrelated.html', UNRELATED_PAGE], ['/busy.html', BUSY_PAGE]])));
});

afterAll(() => closeSeedBrowser({ browser, site }));

async function popupOn(url: string, waitUntil: 'load' | 'commit' = 'load'): Promise<{ tab: Page; popup: CdpPageHandle }> {
  const tab = await browser.context.newPage();
  await tab.goto(url, { waitUntil });
  return { tab, popup: await clickToolbarButton(browser, tab) };
}

describe('every state of the popup, in light and dark', () => {
  it('loading: a skeleton while the page is busy', async () => {
    const { tab, popup } = await popupOn(`${site.origin}/busy.html`, 'commit');
    await popup.waitFor(`document.querySelector('.state-loading .skeleton')`);
    await screenshotBothSchemes(popup, 'state-loading');
    await tab.close({ runBeforeUnload: false });
  });

  it('error: a page Crosscheck may not read, with a retry', async () => {
    const { tab, popup } = await popupOn('chrome://version');
    expect(await settledState(popup)).toContain('state-error');
    expect(await popup.evaluate<string>(`document.querySelector('.state-error').textContent`)).toMatch(/cannot read this page/);
    expect(await popup.evaluate<string>(`document.querySelector('.state-error button').textContent`)).toBe('Try again');
    await screenshotBothSchemes(popup, 'state-error');
    await tab.close();
  });

  it('not an article: says so and offers "Compare anyway"', async () => {
    const { tab, popup } = await popupOn(`${site.origin}/`);
    expect(await settledState(popup)).toContain('state-not-article');
    await screenshotBothSchemes(popup, 'state-not-article');
    await tab.close();
  });

  it('no coverage: says what was searched, in plain words, and offers to follow more outlets', async () => {
    const { tab, popup } = await popupOn(`${site.origin}/unrelated.html`);
    await popup.waitFor(`document.querySelector('.state-no-coverage, .state-error')`);
    const text = await popup.evaluate<string>(`document.querySelector('.state-no-coverage').textContent`);
    expect(text).toMatch(/No other coverage yet/);
    // A fresh profile follows no feed: the four bundled seeds (one names Bloomberg, three no outlet) are all it searched.
    expect(text).toMatch(/You follow no outlets yet\. Crosscheck searched 4 articles from 4 outlets/);
    expect(text).not.toMatch(/CROSSCHECK_CORPUS|npm/);
    expect(await popup.evaluate<string>(`document.querySelector('.state-no-coverage button').textContent`)).toBe('Follow more outlets');
    await screenshotBothSchemes(popup, 'state-no-coverage');
    await tab.close();
  });

  it('no coverage: "Follow more outlets" opens the page to choose outlets', async () => {
    // The page opened on install is closed first, so that the one found is the one the button opened.
    await Promise.all(browser.context.pages().filter((page) => page.url().endsWith('/onboarding.html')).map((page) => page.close()));
    const { tab, popup } = await popupOn(`${site.origin}/unrelated.html`);
    await popup.waitFor(`document.querySelector('.state-no-coverage button')`);
    await popup.evaluate(`document.querySelector('.state-no-coverage button').click()`);
    const onboarding = await waitForExtensionPage(browser, 'onboarding.html');
    await onboarding.waitFor(`document.querySelector('h1, h2')`);
    expect(await onboarding.evaluate<string>(`document.body.textContent`)).toMatch(/outlets/i);
    await tab.close();
  });

  it('footer: names the shortcut, the suggested one on a fresh profile', async () => {
    const { tab, popup } = await popupOn(site.seeds[0].pageUrl);
    await settledState(popup);
    await popup.waitFor(`document.querySelector('.app-footer .shortcut')`);
    expect(await popup.evaluate<string>(`document.querySelector('.app-footer').textContent`)).toBe('Shortcut: Alt+Shift+K');
    await screenshotBothSchemes(popup, 'popup-footer-shortcut');
    await tab.close();
  });

  it('result: coverage and differences', async () => {
    const { tab, popup } = await popupOn(site.seeds[0].pageUrl);
    expect(await settledState(popup)).toContain('result');
    await screenshotBothSchemes(popup, 'state-result');
    await tab.close();
  });
});

describe('the result', () => {
  it('is reachable card by card with the keyboard alone', async () => {
    const { tab, popup } = await popupOn(site.seeds[1].pageUrl);
    await settledState(popup);
    // Cards inside a closed disclosure ("Related stories") are reached once it is opened.
    const cards = await popup.evaluate<number>(`[...document.querySelectorAll('.coverage-item, .difference')].filter((c) => !c.closest('details:not([open])')).length`);
    expect(cards).toBeGreaterThan(3);
    const focusables = await popup.evaluate<number>(`document.querySelectorAll('a, button, [tabindex="0"], summary').length`);
    const reached = new Set<string>();
    for (let i = 0; i < focusables + 2; i++) reached.add(await pressTab(popup));
    const reachedCards = [...reached].filter((d) => /coverage-item|difference /.test(d)).length;
    expect(reachedCards).toBe(cards);
    await tab.close();
  });

  it('marks a sentence of the page being read when asked, and clears nothing else', async () => {
    const { tab, popup } = await popupOn(site.seeds[0].pageUrl);
    await settledState(popup);
    const before = await tab.content();
    // Open the sentences of every difference, then "Show in page" on the first from this article.
    await popup.evaluate(`document.querySelectorAll('.difference button[aria-expanded="false"]').forEach((b) => b.click())`);
    await popup.waitFor(`document.querySelector('.show-in-page')`);
    const sentence = await popup.evaluate<string>(`(() => {
      const button = document.querySelector('.show-in-page');
      button.click();
      return button.parentElement.querySelector('.sentence').textContent;
    })()`);
    await tab.waitForFunction(() => CSS.highlights.has('crosscheck-detail'));
    const marked = await tab.evaluate(() => [...(CSS.highlights.get('crosscheck-detail') as Highlight)].map((r) => r.toString()).join(''));
    expect(marked.replace(/\s+/g, ' ')).toBe(sentence.replace(/\s+/g, ' '));
    await tab.screenshot({ path: await screenshotPath('in-page-highlight') });
    // Only a style element was added to the page; its article text is untouched.
    expect((await tab.content()).replace(/<style id="crosscheck-highlight-style">.*?<\/style>/, '')).toBe(before);
    await tab.close();
  });

  it('shows the engine’s ranked cards first (at most 8), the rest on "Show all"', async () => {
    const seed = site.seeds[0];
    const { document } = parseHTML(articlePageHtml(seed.article));
    const expected = await compareWithCorpus(extractFromDocument(document as unknown as Document, { id: seed.pageUrl, url: seed.pageUrl }), await builtCorpus());
    const shown = expected.differences.filter((d) => d.shown).sort((a, b) => a.rank - b.rank);
    const listed = expected.differences.filter((d) => d.status !== 'consensus');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(8);

    const { tab, popup } = await popupOn(seed.pageUrl);
    await settledState(popup);
    const labels = () => popup.evaluate<string[]>(`[...document.querySelectorAll('.difference .difference-label')].map((l) => l.textContent)`);
    expect(await labels()).toEqual(shown.map((d) => d.label));
    await screenshotBothSchemes(popup, 'ranked-cards');
    await popup.evaluate(`document.querySelector('button.more').click()`);
    expect(await labels()).toHaveLength(listed.length);
    await tab.close();
  });

  it('gives, with a card’s sentences, the nearest sentence of each outlet said not to report it', async () => {
    const seed = site.seeds[1];
    const { document } = parseHTML(articlePageHtml(seed.article));
    const expected = await compareWithCorpus(extractFromDocument(document as unknown as Document, { id: seed.pageUrl, url: seed.pageUrl }), await builtCorpus());
    const nearest = expected.differences.filter((d) => d.shown).sort((a, b) => a.rank - b.rank).flatMap((d) => (d.closest ?? []).map((c) => c.sentence));
    expect(nearest.length).toBeGreaterThan(0);

    const { tab, popup } = await popupOn(seed.pageUrl);
    await settledState(popup);
    await popup.evaluate(`document.querySelectorAll('.difference button[aria-expanded="false"]').forEach((b) => b.click())`);
    const shown = await popup.evaluate<string[]>(`[...document.querySelectorAll('.difference .closest')].map((c) => c.textContent)`);
    // An outlet named by its headline is in quotation marks too: the sentence is what follows the words before it.
    const lead = ': not reported; the nearest it comes: “';
    expect(shown.every((line) => line.includes(lead))).toBe(true);
    expect(shown.map((line) => line.slice(line.indexOf(lead) + lead.length, -1))).toEqual(nearest);
    await screenshotBothSchemes(popup, 'nearest-sentences');
    await tab.close();
  });

  it('shows every kind of difference the engine produced, in the popup and on the compare page', async () => {
    const seed = site.seeds[3];
    const { document } = parseHTML(articlePageHtml(seed.article));
    const expected = await compareWithCorpus(extractFromDocument(document as unknown as Document, { id: seed.pageUrl, url: seed.pageUrl }), await builtCorpus());
    const disagreeingKinds = [...new Set(expected.differences.filter((d) => d.status !== 'consensus').map((d) => d.kind))].sort();
    const allKinds = [...new Set(expected.differences.map((d) => d.kind))].sort();
    expect(allKinds.length).toBeGreaterThan(1);

    const { tab, popup } = await popupOn(seed.pageUrl);
    await settledState(popup);
    await popup.evaluate(`document.querySelector('button.more')?.click()`);
    const popupKinds = await popup.evaluate<string[]>(`[...new Set([...document.querySelectorAll('.difference')].map((d) => d.dataset.kind))].sort()`);
    expect(popupKinds).toEqual(disagreeingKinds);

    await popup.evaluate(`[...document.querySelectorAll('button')].find((b) => b.textContent === 'Open full comparison').click()`);
    const compare = await waitForExtensionPage(browser, 'compare.html');
    await settledState(compare);
    const pageKinds = await compare.evaluate<string[]>(`[...new Set([...document.querySelectorAll('tr.fact')].map((r) => r.dataset.kind))].sort()`);
    expect(pageKinds).toEqual(allKinds);
    await screenshotBothSchemes(compare, 'compare-page');
    await tab.close();
  });
});
