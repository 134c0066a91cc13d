import { access, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchWithExtension, type CdpPageHandle, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { readCorpusFiles, seedRecords, sharedDataDir } from '../../lib/node/corpus-files';
import type { LabelledCorpus } from '../../lib/node/eval/coverage';
import { readStoryLabels } from '../../lib/node/story-labels';
import { serveSeedSite, type SeedSite } from '../../lib/node/harness/seed-site';

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

/** Wraps the page's permissions.request so the test can count the prompts the reader would see (read `window.permissionRequests`). */
export async function countPermissionRequests(view: CdpPageHandle): Promise<void> {
  await view.evaluate(`(() => {
    window.permissionRequests = [];
    const request = chrome.permissions.request.bind(chrome.permissions);
    chrome.permissions.request = (permissions, ...rest) => { window.permissionRequests.push(permissions.origins); return request(permissions, ...rest); };
  })()`);
}

/** Each feed's status in a page's follow progress (onboarding, OPML import), by label. */
export const followStatuses = (view: CdpPageHandle) =>
  view.evaluate<Record<string, string>>(`Object.fromEntries([...document.querySelectorAll('.follow-item')].map((el) => [el.querySelector('.follow-label').textContent, el.dataset.status]))`);

/**
 * The first `stories` BASIL stories (three outlets each; records in file order) with their story
 * labels, when the shared data is there (../shared/data or CROSSCHECK_DATA); else null.
 */
export async function basilStories(stories: number): Promise<LabelledCorpus | null> {
  const basil = join(sharedDataDir(), 'corpora', 'basil.jsonl');
  const present = await access(basil).then(
    () => true,
    () => false,
  );
  if (!present) return null;
  const storyOf = await readStoryLabels(basil);
  const chosen = [...new Set(storyOf.values())].slice(0, stories);
  const records = (await readCorpusFiles([basil])).records.filter((record) => chosen.includes(storyOf.get(record.id)!));
  return { records, storyOf };
}

/** The seed articles as one story, each from an outlet of its own (its source, else "Seed outlet N"). */
export async function seedsAsOutlets(): Promise<LabelledCorpus> {
  const seeds = await seedRecords();
  return {
    records: seeds.map((seed, index) => ({ ...seed, source: seed.source ?? `Seed outlet ${index + 1}` })),
    storyOf: new Map(seeds.map((seed) => [seed.id, 'seeds'])),
  };
}
