import { describe, expect, it } from 'vitest';
import { asCorpusBundle, buildBundle, bundleRecords, BUNDLE_VERSION } from '../../../../lib/core/corpus/bundle';
import { Matcher } from '../../../../lib/core/match/matcher';
import { seedRecords } from '../../../../lib/node/corpus-files';
import type { Article } from '../../../../lib/core/types';

describe('corpus bundle', () => {
  it('survives JSON round trip: the reloaded bundle matches exactly as the built one', async () => {
    const seeds = await seedRecords();
    const built = buildBundle(seeds);
    const reloaded = asCorpusBundle(JSON.parse(JSON.stringify(built)));
    expect(reloaded).toEqual(built);
    const article: Article = { ...seeds[1], byline: null, lang: null, excerpt: null, readerable: true };
    expect(new Matcher(reloaded).match(article)).toEqual(new Matcher(built).match(article));
  });

  it('stores precomputed features as ids into shared vocabularies, and a fuse index over name words', async () => {
    const bundle = buildBundle(await seedRecords());
    const article = bundle.articles[0];
    expect(article.termIds.length).toBeGreaterThan(10);
    expect(article.termIds.length).toBe(article.termCounts.length);
    expect([...article.termIds].sort((a, b) => a - b)).toEqual(article.termIds);
    expect(article.nameWordIds.map((id) => bundle.nameWords[id])).toContain('biden');
    expect(bundle.documentFrequency[bundle.terms.indexOf('nato')]).toBe(4);
    expect(Object.keys(bundle.fuseIndex).length).toBeGreaterThan(0);
  });

  it('keeps the first of two records with one id', () => {
    const record = { id: 'x', source: null, url: null, title: null, publishedAt: null, text: 'First text about Brussels.' };
    const bundle = buildBundle([record, { ...record, text: 'Second.' }]);
    expect(bundle.articles.map((a) => a.text)).toEqual(['First text about Brussels.']);
  });

  it('refuses other files and other versions', () => {
    expect(() => asCorpusBundle({ hello: 1 })).toThrow(/not a Crosscheck corpus bundle/);
    expect(() => asCorpusBundle({ format: 'crosscheck-corpus', version: BUNDLE_VERSION - 1, articles: [] })).toThrow(/rebuild/);
  });

  it('still reads the articles of an older version for import, without its features', () => {
    const record = { id: 'x', source: 'Outlet', url: null, title: 'Title', publishedAt: '2022-03-23', text: 'Text about Brussels.' };
    const older = { ...buildBundle([record]), version: BUNDLE_VERSION - 1 };
    expect(bundleRecords(older)).toEqual([record]);
    expect(() => bundleRecords({ hello: 1 })).toThrow(/not a Crosscheck corpus bundle/);
  });
});
