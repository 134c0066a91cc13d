import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seedRecords } from '../../../../lib/node/corpus-files';
import { countArticles, getArticle, putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { updateSettings } from '../../../../lib/browser/store/settings';
import type { Article, CorpusRecord } from '../../../../lib/core/types';
import { freshStore, summitReport, unrelatedReport } from '../store/support';
import { bundleServer } from './support';

let seeds: CorpusRecord[];
let page: Article;

beforeAll(async () => {
  seeds = await seedRecords();
  page = { ...seeds[0], id: 'http://127.0.0.1/seed.html', url: 'http://127.0.0.1/seed.html', byline: null, lang: 'en', excerpt: null, readerable: true };
});

beforeEach(async () => {
  await freshStore();
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async () => [{ frameId: 0, result: { article: page, note: null } }]) };
  vi.stubGlobal('fetch', bundleServer(seeds));
});

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

async function compare() {
  vi.resetModules(); // a new worker: nothing cached but what the store holds
  const { compareTab } = await import('../../../../lib/browser/background/compare-tab');
  const response = await compareTab(1, false);
  if (response.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(response)}`);
  return response;
}

describe('comparing against the bundle and the reader’s store together', () => {
  it('lists stored articles on the story beside the bundled ones, and not unrelated ones', async () => {
    await putArticles([toStoredArticle(summitReport('mine-1', 'Local Wire'), 'imported'), toStoredArticle(unrelatedReport('mine-2'), 'imported')]);
    const response = await compare();
    const ids = response.result.related.map((r) => r.id);
    expect(ids).toContain('mine-1');
    expect(ids).not.toContain('mine-2');
    expect(ids.filter((id) => seeds.some((s) => s.id === id)).length).toBeGreaterThan(0);
    expect(response.corpusSize).toBe(seeds.length + 2);
    expect(response.leads['mine-1']).toMatch(/Biden/);
  });

  it('remembers the compared article by default, and only after comparing it', async () => {
    const response = await compare();
    expect(response.result.related.map((r) => r.id)).not.toContain(page.id);
    const stored = await getArticle(page.id);
    expect(stored?.origin).toBe('compared');
    expect(stored?.text).toBe(page.text);
  });

  it('does not remember a page compared "anyway" that does not look like an article', async () => {
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(async () => [{ frameId: 0, result: { article: { ...page, readerable: false }, note: null } }]) };
    vi.resetModules();
    const { compareTab } = await import('../../../../lib/browser/background/compare-tab');
    expect((await compareTab(1, true)).status).toBe('ok');
    expect(await countArticles()).toBe(0);
  });

  it('does not remember when the reader switched it off', async () => {
    await updateSettings({ remember: false });
    await compare();
    expect(await countArticles()).toBe(0);
  });

  it('sees articles stored after this worker built its index, and no longer lists deleted ones', async () => {
    vi.resetModules();
    const { compareTab } = await import('../../../../lib/browser/background/compare-tab');
    // The worker's own store module: the background owns the store, and hears of every write it makes.
    const store = await import('../../../../lib/browser/store/articles');
    await updateSettings({ remember: false });
    await compareTab(1, false);
    await store.putArticles([toStoredArticle(summitReport('late', 'Late Wire'), 'imported')]);
    const response = await compareTab(1, false);
    if (response.status !== 'ok') throw new Error(response.status);
    expect(response.result.related.map((r) => r.id)).toContain('late');
    expect(response.corpusSize).toBe(seeds.length + 1);
    await store.deleteArticle('late');
    const after = await compareTab(1, false);
    if (after.status !== 'ok') throw new Error(after.status);
    expect(after.result.related.map((r) => r.id)).not.toContain('late');
    expect(after.corpusSize).toBe(seeds.length);
  });
});
