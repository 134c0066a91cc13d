import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CdpPageHandle } from '../../lib/cli/browser';

export const ARTIFACTS = resolve('artifacts/screenshots');

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return resolve(ARTIFACTS, `${name}.png`);
}

/** The ids of the same-story coverage a view lists, as the reader sees them (in order). */
export const SAME_STORY_IDS = `[...document.querySelectorAll('[aria-label="Coverage of this story"] .coverage-item')].map((el) => el.dataset.id)`;

/** Waits until the view has left its loading state, and says which state it reached. */
export async function settledState(view: Pick<CdpPageHandle, 'waitFor' | 'evaluate'>): Promise<string> {
  await view.waitFor(`document.querySelector('.result, .state-error, .state-not-article')`);
  return view.evaluate<string>(`document.querySelector('.result, .state-error, .state-not-article').className`);
}
