import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, type CdpPageHandle, type ExtensionBrowser } from '../../lib/cli/browser';
import { serveSeedSite, type SeedSite } from '../../lib/cli/seed-site';

export const ARTIFACTS = resolve('artifacts/screenshots');

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return resolve(ARTIFACTS, `${name}.png`);
}

/** The ids of the same-story coverage a view lists, as the reader sees them (in order). */
export const SAME_STORY_IDS = `[...document.querySelectorAll('[aria-label="Coverage of this story"] .coverage-item')].map((el) => el.dataset.id)`;

/** Waits until the view has left its loading states (details included), and says which state it reached. */
export async function settledState(view: Pick<CdpPageHandle, 'waitFor' | 'evaluate'>): Promise<string> {
  await view.waitFor(`document.querySelector('.result, .state-error, .state-not-article') && !document.querySelector('.details-loading')`, 60_000);
  return view.evaluate<string>(`document.querySelector('.result, .state-error, .state-not-article').className`);
}

/** Saves `<name>-light.png` and `<name>-dark.png`, emulating the reader's colour-scheme preference. */
export async function screenshotBothSchemes(view: CdpPageHandle, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await view.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    await view.screenshot(await screenshotPath(`${name}-${scheme}`));
  }
  await view.send('Emulation.setEmulatedMedia', { features: [] });
}

/** Presses Tab in a page reached over CDP and returns a description of the newly focused element. */
export async function pressTab(view: CdpPageHandle): Promise<string> {
  for (const type of ['keyDown', 'keyUp']) {
    await view.send('Input.dispatchKeyEvent', { type, key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 });
  }
  return view.evaluate<string>(`(() => { const el = document.activeElement; return el ? el.tagName + '|' + (el.className || '') + '|' + (el.dataset.id || el.textContent.slice(0, 40)) : ''; })()`);
}

export interface SeedBrowser {
  browser: ExtensionBrowser;
  site: SeedSite;
}

/** The seed articles served on 127.0.0.1 (plus any extra pages) and Chromium with the built extension. */
export async function openSeedBrowser(extraPages?: Map<string, string>): Promise<SeedBrowser> {
  const site = await serveSeedSite(extraPages);
  return { site, browser: await launchWithExtension({ headless: true }) };
}

export async function closeSeedBrowser(opened: Partial<SeedBrowser>): Promise<void> {
  await opened.browser?.close();
  opened.site?.server.close();
}
