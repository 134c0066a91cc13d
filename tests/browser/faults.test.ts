import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageHtml } from '../../lib/cli/article-page';
import { clickToolbarButton, launchWithExtension, type ExtensionBrowser } from '../../lib/cli/browser';
import { seedRecords } from '../../lib/cli/corpus-files';
import { serveSeedSite, type SeedSite } from '../../lib/cli/seed-site';
import { SAME_STORY_IDS, screenshotPath, settledState } from './support';

const BUSY_MS = 2_500;
let browser: ExtensionBrowser;
let site: SeedSite;

beforeAll(async () => {
  // A seed article whose page keeps its main thread busy for a while after it loads, so the
  // comparison is still under way when the worker is stopped.
  const [seed] = await seedRecords();
  const slowPage = articlePageHtml({ ...seed, byline: null, lang: 'en', excerpt: null, readerable: true }).replace(
    '</body>',
    `<script>setTimeout(() => { const end = Date.now() + ${BUSY_MS}; while (Date.now() < end) {} }, 0);</script></body>`,
  );
  site = await serveSeedSite(new Map([['/slow.html', slowPage]]));
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

describe('a service worker stopped in the middle of a comparison', () => {
  it('leaves the popup with a plain-words error, and "Try again" completes the comparison', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}/slow.html`, { waitUntil: 'commit' });
    const popup = await clickToolbarButton(browser, tab);
    await popup.waitFor(`document.querySelector('.state-loading')`);

    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser.extensionId));
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });

    expect(await settledState(popup)).toContain('state-error');
    const message = await popup.evaluate<string>(`document.querySelector('.state-error').textContent`);
    expect(message).toMatch(/background worker stopped/);
    expect(message).not.toMatch(/message port|Error:/);
    await popup.screenshot(await screenshotPath('fault-worker-stopped'));

    await new Promise((resolve) => setTimeout(resolve, BUSY_MS)); // let the page finish its work
    await popup.evaluate(`document.querySelector('.state-error button').click()`);
    await popup.waitFor(`!document.querySelector('.state-error, .state-loading')`);
    expect(await settledState(popup)).toContain('result');
    expect(await popup.evaluate<string[]>(SAME_STORY_IDS)).toHaveLength(3);
    await tab.close();
  });
});
