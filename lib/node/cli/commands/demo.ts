import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { clickToolbarButton, launchWithExtension } from '../../harness/chromium';
import { serveSeedSite } from '../../harness/seed-site';
import { optionsOnly } from '../args';

const SCREENSHOT = resolve('artifacts/demo-popup.png');

/**
 * `npm start`: Chromium with the built extension on a locally served seed article, the popup open.
 * With a display the browser stays open; without one it runs headless and prints what the popup shows.
 */
export async function run(argv: string[]): Promise<void> {
  optionsOnly(argv, {}, 'demo');
  const headless = !process.env.DISPLAY;
  const site = await serveSeedSite();
  const browser = await launchWithExtension({ headless });
  const tab = await browser.context.newPage();
  await tab.goto(site.seeds[0].pageUrl);
  const popup = await clickToolbarButton(browser, tab);
  // Coverage is listed first; the details follow once the articles are analysed.
  await popup.waitFor(`document.querySelector('.result, .state-error, .state-not-article') && !document.querySelector('.details-loading')`, 60_000);
  await mkdir(resolve('artifacts'), { recursive: true });
  await popup.screenshot(SCREENSHOT);
  if (headless) {
    console.log(await popup.evaluate<string>('document.body.innerText'));
    console.log(`\nScreenshot: ${SCREENSHOT}`);
    await browser.close();
    site.server.close();
    return;
  }
  console.log(`Crosscheck is running on ${site.seeds[0].pageUrl}. Close the browser window to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  site.server.close();
}
