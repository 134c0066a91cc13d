import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleFeatures } from '../../../../lib/core/corpus/features';
import { ArticleIndex, unpack } from '../../../../lib/core/match/article-index';
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
  const db = await import('../../../../lib/browser/store/db');
  const bundled = await bundledCorpus('http://extension.example/corpus.json');
  return { bundled, store, db, reader: () => readerCorpus(bundled) };
}

/** Waits until the worker has saved its index as of `revision` (it saves a moment after the comparison). */
async function savedAt(store: Awaited<ReturnType<typeof worker>>['store'], revision: number) {
  await vi.waitFor(async () => expect((await store.savedIndex()).saved?.revision).toBe(revision), { timeout: 10_000, interval: 100 });
  return (await store.savedIndex()).saved!;
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

  it('saves its index, and a new worker reads it and the changes since instead of every article’s features', async () => {
    const first = await worker();
    await first.store.putArticles([first.store.toStoredArticle(summitReport('a', 'Wire A'), 'imported'), first.store.toStoredArticle(summitReport('b', 'Wire B'), 'feed')]);
    await first.reader();
    await savedAt(first.store, 1);
    await first.store.putArticles([first.store.toStoredArticle(summitReport('c', 'Wire C'), 'feed')]);
    await first.store.deleteArticle('a');
    const { bundled, store, db, reader } = await worker();
    // Had the new worker read every article's features, it would not find b's.
    await (await db.openStore()).delete('features', 'b');
    const { corpus, outlets } = await reader();
    expect(corpus.size).toBe(seeds.length + 2);
    expect(['a', 'b', 'c'].map((id) => bundled.index.has(id))).toEqual([false, true, true]);
    expect([...outlets].sort()).toEqual(['source:wire b', 'source:wire c']);
    expect((await corpus.records(['b'])).map((r) => r.source)).toEqual(['Wire B']);
    // Two changes since: not enough to save it again.
    expect((await store.savedIndex()).saved?.revision).toBe(1);
  });

  it('reads every article instead of a saved index it cannot use, and saves it again', async () => {
    const { store, db } = await worker();
    await store.putArticles([store.toStoredArticle(summitReport('a', 'Wire A'), 'imported')]);
    const ghost = new ArticleIndex();
    ghost.add([{ record: summitReport('ghost', 'Wire G'), features: articleFeatures(summitReport('ghost', 'Wire G')) }]);
    const ghostIndex = unpack(ghost.snapshot());
    // One made from other features, one damaged: neither may show the article it holds.
    const unusable = [
      { revision: 1, featuresVersion: db.FEATURES_VERSION - 1, index: ghostIndex, live: new Uint8Array(1), shadowed: [] },
      { revision: 1, featuresVersion: db.FEATURES_VERSION, index: { ...ghostIndex, features: { ...ghostIndex.features, termIds: ghostIndex.features.termIds.subarray(1) } }, live: new Uint8Array(1), shadowed: [] },
    ];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warn.mockClear(); // spied on already by an earlier test
    for (const saved of unusable) {
      await store.saveIndex(saved);
      const again = await worker();
      const { corpus } = await again.reader();
      expect(corpus.size).toBe(seeds.length + 1);
      expect(again.bundled.index.has('a') && !again.bundled.index.has('ghost')).toBe(true);
      await vi.waitFor(async () => expect((await again.store.savedIndex()).saved?.index.ids).toEqual(['a']), { timeout: 5_000, interval: 100 });
    }
    expect(warn).toHaveBeenCalledTimes(1); // only the damaged one is worth a warning
  });

  it('brings the saved index up to date after a large import no comparison saw, leaving out what the bundle holds', async () => {
    const { store } = await worker();
    // One of them has a bundled article's id: the bundled one is matched, the stored one left out.
    const imported = [seeds[0].id, ...Array.from({ length: 1_199 }, (_, k) => `imported-${k}`)];
    for (let start = 0; start < imported.length; start += 400) {
      await store.putArticles(imported.slice(start, start + 400).map((id) => store.toStoredArticle(summitReport(id, `Wire ${id.length}`), 'imported')));
    }
    const saved = await savedAt(store, 3);
    expect(saved.index.ids).toHaveLength(imported.length);
    const next = await worker();
    await (await next.db.openStore()).delete('features', 'imported-7'); // read from the saved index, not the features
    const { corpus } = await next.reader();
    expect(corpus.size).toBe(seeds.length + imported.length - 1);
    expect(next.bundled.index.has('imported-7')).toBe(true);
    expect((await corpus.records([seeds[0].id]))[0].text).toBe(seeds[0].text);
  }, 20_000);
});
