import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { buildWithCatalogue, catalogueEntry, chooseEveryOutlet, followChosenOutlets, openOnboardingTab, openPopupOn } from '../../lib/node/eval/coverage-browser';
import { serveNewsWeb, type NewsWeb } from '../../lib/node/harness/news-web';
import type { CorpusRecord } from '../../lib/core/types';
import { UNRELATED_ARTICLE } from './fixtures';
import { basilStories, countPermissionRequests, followStatuses, SAME_STORY_IDS, screenshotBothSchemes, seedsAsOutlets, settledState } from './support';

/*
 * A new reader's first run, end to end in real Chromium on a fresh profile: Crosscheck is installed,
 * its onboarding tab opens, the reader chooses three outlets and follows them after one permission
 * request, watches their feeds being read, then opens one outlet's article and clicks the toolbar
 * button: the popup lists the story as the other two outlets told it, and the details that differ.
 * The outlets are a simulated news web on 127.0.0.1 (lib/node/harness/news-web.ts): three BASIL articles of
 * one story, and one article of another story in each outlet's feed (the seeds and an unrelated
 * article when the shared data is not there). The extension is built for this test with these
 * outlets as its onboarding catalogue; 127.0.0.1 is granted at install, so the page's own
 * permission request, which headless Chromium cannot show, resolves at once (as in onboarding.test.ts).
 */

let dir: string;
let web: NewsWeb;
let browser: ExtensionBrowser;
let story: CorpusRecord[];
let unrelated: CorpusRecord[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-first-run-'));
  ({ story, unrelated } = await firstRunArticles());
  web = await serveNewsWeb([...story, ...unrelated]);
  // The catalogue preselects the first two outlets: the reader chooses the third.
  const catalogue = web.outlets.map((outlet, index) => ({ ...catalogueEntry(outlet, index), defaultSelected: index < 2 }));
  const extensionDir = await buildWithCatalogue(dir, catalogue);
  browser = await launchWithExtension({ headless: true, extensionDir, grantHosts: ['http://127.0.0.1/*'] });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** One story told by three outlets (the first one is opened), and a few articles of other stories. */
async function firstRunArticles(): Promise<{ story: CorpusRecord[]; unrelated: CorpusRecord[] }> {
  const basil = await basilStories(4);
  if (!basil) {
    const seeds = (await seedsAsOutlets()).records.slice(0, 3);
    return { story: seeds, unrelated: [{ ...UNRELATED_ARTICLE, source: seeds[0].source }] };
  }
  // The story labels choose the articles; the extension never sees them.
  const storyOf = (record: CorpusRecord) => basil.storyOf.get(record.id);
  const [first, ...others] = [...new Set(basil.records.map(storyOf))].map((label) => basil.records.filter((record) => storyOf(record) === label));
  // Each outlet's feed carries one article of another story beside its article of this one.
  return { story: first, unrelated: others.flatMap((other, index) => other.filter((record) => record.source === first[index].source)) };
}

/** The ids of the outlets checked on the onboarding page (sorted: the page lists them by region and name). */
const CHECKED = `[...document.querySelectorAll('.outlet')].filter((el) => el.querySelector('input').checked).map((el) => el.dataset.id).sort()`;

it('walks a fresh profile from install to coverage from three outlets with their differences', async () => {
  const outletNames = web.outlets.map((outlet) => outlet.source);
  expect(outletNames).toHaveLength(3);

  // Install: the onboarding tab opens by itself, with the catalogue's outlets (by region, then name) and its default selection.
  const onboarding = await openOnboardingTab(browser);
  const { page, view } = onboarding;
  await countPermissionRequests(view);
  expect(await view.evaluate<string[]>(`[...document.querySelectorAll('.outlet-name')].map((el) => el.textContent)`)).toEqual([...outletNames].sort());
  expect(await view.evaluate<string[]>(CHECKED)).toEqual(['outlet-1', 'outlet-2']);
  expect(await page.locator('.save-choice').textContent()).toBe('Follow 2 outlets');
  await screenshotBothSchemes(view, 'first-run-onboarding');

  // Choose: the reader checks the third outlet.
  await chooseEveryOutlet(page);
  expect(await view.evaluate<string[]>(CHECKED)).toEqual(['outlet-1', 'outlet-2', 'outlet-3']);
  expect(await page.locator('.save-choice').textContent()).toBe('Follow 3 outlets');
  await screenshotBothSchemes(view, 'first-run-choose');

  // Follow: one permission request for all three sites, then every feed read, each "ok".
  expect(await followChosenOutlets(onboarding, 30_000)).toEqual([]);
  expect(await view.evaluate<string[][]>(`window.permissionRequests`)).toEqual([['http://127.0.0.1/*']]);
  expect(await followStatuses(view)).toEqual(Object.fromEntries(outletNames.map((name) => [name, 'ok'])));
  expect(await view.evaluate<number[]>(`(() => { const p = document.querySelector('.follow-progress progress'); return [p.value, p.max]; })()`)).toEqual([3, 3]);
  expect(await page.locator('.run').textContent()).toContain('Open a news article and click Crosscheck.');
  await screenshotBothSchemes(view, 'first-run-done');

  // Read: the first outlet's article, the toolbar button, and the popup's answer.
  const recordOfPage = new Map(web.outlets.flatMap((outlet) => outlet.articles.map(({ pageUrl, record }) => [pageUrl, record.id] as const)));
  const opened = web.outlets[0].articles.find((article) => article.record.id === story[0].id)!;
  const { tab, popup } = await openPopupOn(browser, opened.pageUrl);
  expect(await settledState(popup)).toContain('result');
  // A listed id is a page of the web, or a bundled article's own id (the seeds, when they are the web).
  const listed = (await popup.evaluate<string[]>(SAME_STORY_IDS)).map((id) => recordOfPage.get(id) ?? id);
  expect(listed).toEqual(expect.arrayContaining(story.slice(1).map((record) => record.id)));
  expect(listed).not.toContain(story[0].id);
  for (const record of unrelated) expect(listed).not.toContain(record.id);
  expect(await popup.evaluate<number>(`document.querySelectorAll('.difference').length`)).toBeGreaterThan(0);
  await screenshotBothSchemes(popup, 'first-run-popup');
  await tab.close();
}, 60_000);
