import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import type { SeedSite } from '../../lib/node/harness/seed-site';
import { SAME_STORY_IDS, closeSeedBrowser, openSeedBrowser, screenshotPath, settledState } from './support';

let browser: ExtensionBrowser;
let site: SeedSite;

beforeAll(async () => {
  ({ browser, site } = await openSeedBrowser());
});

afterAll(() => closeSeedBrowser({ browser, site }));

describe('a service worker stopped in the middle of a comparison', () => {
  it('leaves the popup with a plain-words error, and "Try again" completes the comparison', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(site.seeds[0].pageUrl);
    const popup = await clickToolbarButton(browser, tab);
    // The coverage is listed; the worker is now analysing the articles for their details (about a
    // second of work on first use). Stop it there, as the browser may stop an extension's worker.
    await popup.waitFor(`document.querySelector('.details-loading')`);
    await popup.send('ServiceWorker.enable');
    await popup.send('ServiceWorker.stopAllWorkers');

    await popup.waitFor(`document.querySelector('.details-error')`);
    const message = await popup.evaluate<string>(`document.querySelector('.details-error').textContent`);
    expect(message).toMatch(/background worker stopped/);
    expect(message).not.toMatch(/message (port|channel)|Error:/);
    expect(await popup.evaluate<string[]>(SAME_STORY_IDS)).toHaveLength(3); // the coverage stays on screen
    await popup.screenshot(await screenshotPath('fault-worker-stopped'));

    // The restarted worker has forgotten the comparison: it compares the tab again, then the details.
    await popup.evaluate(`document.querySelector('.details-error button').click()`);
    expect(await settledState(popup)).toContain('result');
    expect(await popup.evaluate<number>(`document.querySelectorAll('.difference').length`)).toBeGreaterThan(0);
    await tab.close();
  });
});
