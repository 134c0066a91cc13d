import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, waitForExtensionPage, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import type { SeedSite } from '../../lib/node/harness/seed-site';
import { SAME_STORY_IDS, closeSeedBrowser, openSeedBrowser, screenshotPath, settledState } from './support';

let browser: ExtensionBrowser;
let site: SeedSite;

beforeAll(async () => {
  ({ browser, site } = await openSeedBrowser());
});

afterAll(() => closeSeedBrowser({ browser, site }));

async function openSeedPage(index: number): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.goto(site.seeds[index].pageUrl);
  return tab;
}

describe('the toolbar popup on a seed article', () => {
  for (const index of [0, 1, 2, 3]) {
    it(`lists the other three seeds as same-story coverage (seed ${index})`, async () => {
      const tab = await openSeedPage(index);
      const popup = await clickToolbarButton(browser, tab);
      expect(await settledState(popup)).toContain('result');
      const listed = await popup.evaluate<string[]>(SAME_STORY_IDS);
      const others = site.seeds.filter((_, i) => i !== index).map((s) => s.article.id);
      expect([...listed].sort()).toEqual([...others].sort());
      expect(await popup.evaluate<number>(`document.querySelectorAll('.difference').length`)).toBeGreaterThan(0);
      await popup.screenshot(await screenshotPath(`popup-seed-${index}`));
      await tab.close();
    });
  }
});

describe('the "Compare this article" context menu', () => {
  it('opens the compare page for the tab, listing the same coverage as the popup', async () => {
    const tab = await openSeedPage(2);
    // A real right-click grants activeTab; dispatch() from a test does not, so the reader's toolbar
    // click grants it first, as it would have when they opened the popup on this page.
    const popup = await clickToolbarButton(browser, tab);
    await settledState(popup);
    const popupIds = await popup.evaluate<string[]>(SAME_STORY_IDS);

    await browser.worker.evaluate(async (pageUrl) => {
      const [pageTab] = await chrome.tabs.query({ url: pageUrl });
      const info = { menuItemId: 'crosscheck-compare', editable: false, pageUrl } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(info, pageTab);
    }, site.seeds[2].pageUrl);
    const compare = await waitForExtensionPage(browser, 'compare.html');
    expect(await settledState(compare)).toContain('result');
    expect(await compare.evaluate<string[]>(SAME_STORY_IDS)).toEqual(popupIds);
    expect(popupIds).toHaveLength(3);
    await compare.screenshot(await screenshotPath('compare-page-seed-2'));
  });
});

describe('pages that are not articles', () => {
  it('says so and offers "Compare anyway"', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}/`);
    const popup = await clickToolbarButton(browser, tab);
    expect(await settledState(popup)).toContain('state-not-article');
    await popup.screenshot(await screenshotPath('popup-not-article'));
    await popup.evaluate(`document.querySelector('.state-not-article button').click()`);
    await popup.waitFor(`!document.querySelector('.state-not-article')`);
    expect(await settledState(popup)).toMatch(/result|state-error/);
  });
});
