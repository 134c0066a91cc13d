import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CorpusRecord } from '../../../../lib/core/types';
import { seedRecords } from '../../../../lib/node/corpus-files';
import { freshStore, summitReport } from '../store/support';
import { bundleServer } from './support';

let seeds: CorpusRecord[];

beforeAll(async () => {
  seeds = await seedRecords();
});

beforeEach(async () => {
  await freshStore();
  vi.stubGlobal('fetch', bundleServer(seeds));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A new worker's modules: its bundled corpus, its reader's corpus and its store. */
async function worker() {
  vi.resetModules();
  const { bundledCorpus } = await import('../../../../lib/browser/background/corpus');
  const { readerCorpus } = await import('../../../../lib/browser/background/local-corpus');
  const store = await import('../../../../lib/browser/store/articles');
  const bundled = await bundledCorpus('http://extension.example/corpus.json');
  return { bundled, store, reader: () => readerCorpus(bundled) };
}

describe('readerCorpus', () => {
  it('adds the stored articles to the bundled index, and then each change of the store in place', async () => {
    const { bundled, store, reader } = await worker();
    await store.putArticles([store.toStoredArticle(summitReport('a', 'Wire A'), 'imported')]);
    const first = await reader();
    expect(first.corpus.size).toBe(seeds.length + 1);
    expect([...first.outlets]).toEqual(['source:wire a']);
    await store.putArticles([store.toStoredArticle(summitReport('b', 'Wire B'), 'feed')]);
    await store.deleteArticle('a');
    const second = await reader();
    // The same index, changed in place, not rebuilt.
    expect(bundled.index.has('b') && !bundled.index.has('a')).toBe(true);
    expect(second.corpus.size).toBe(seeds.length + 1);
    expect([...second.outlets]).toEqual(['source:wire b']);
    expect((await second.corpus.records(['b', seeds[0].id])).map((r) => r.id)).toEqual(['b', seeds[0].id]);
  });

  it('reads a stored article with a bundled article’s id from the bundle, and indexes it once', async () => {
    const { store, reader } = await worker();
    await store.putArticles([store.toStoredArticle({ ...summitReport(seeds[0].id, 'Wire A'), text: 'A stored text.' }, 'compared')]);
    const { corpus } = await reader();
    expect(corpus.size).toBe(seeds.length);
    expect((await corpus.records([seeds[0].id]))[0].text).toBe(seeds[0].text);
  });

  it('searches the bundled articles alone when the store cannot be read, and tries the store again next time', async () => {
    const { store, reader } = await worker();
    await store.putArticles([store.toStoredArticle(summitReport('a', 'Wire A'), 'imported')]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const open = globalThis.indexedDB.open;
    globalThis.indexedDB.open = () => {
      throw new Error('broken');
    };
    const { closeStore } = await import('../../../../lib/browser/store/db');
    await closeStore();
    try {
      expect((await reader()).corpus.size).toBe(seeds.length);
    } finally {
      globalThis.indexedDB.open = open;
    }
    expect((await reader()).corpus.size).toBe(seeds.length + 1);
  });
});
