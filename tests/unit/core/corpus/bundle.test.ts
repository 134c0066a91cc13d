import { describe, expect, it } from 'vitest';
import { buildBundle, bundleFiles, bundleRecords, BUNDLE_VERSION, readBundleIndex, textsPathOf } from '../../../../lib/core/corpus/bundle';
import { Matcher } from '../../../../lib/core/match/matcher';
import { seedRecords } from '../../../../lib/node/corpus-files';
import type { Article } from '../../../../lib/core/types';

describe('corpus bundle', () => {
  it('is an index without texts and the texts beside it; the reloaded index matches exactly as the built one', async () => {
    const seeds = await seedRecords();
    const built = buildBundle(seeds);
    const files = bundleFiles(built);
    expect(files.index).not.toContain(seeds[0].text.slice(0, 60));
    const reloaded = readBundleIndex(JSON.parse(files.index));
    expect(reloaded.ids()).toEqual(seeds.map((s) => s.id));
    const article: Article = { ...seeds[1], byline: null, lang: null, excerpt: null, readerable: true };
    expect(new Matcher(reloaded).match(article)).toEqual(new Matcher(built.index).match(article));
    expect(bundleRecords(JSON.parse(files.texts))).toEqual(seeds);
  });

  it('keeps the first of two records with one id', () => {
    const record = { id: 'x', source: null, url: null, title: null, publishedAt: null, text: 'First text about Brussels.' };
    const bundle = buildBundle([record, { ...record, text: 'Second.' }]);
    expect(bundle.texts.articles.map((a) => a.text)).toEqual(['First text about Brussels.']);
    expect(bundle.index.size).toBe(1);
  });

  it('names the texts file after the index file', () => {
    expect(textsPathOf('out/corpus.json')).toBe('out/corpus.texts.json');
    expect(textsPathOf('bundle')).toBe('bundle.texts.json');
  });

  it('refuses other files, and asks for an older bundle to be rebuilt', () => {
    expect(() => readBundleIndex({ hello: 1 })).toThrow(/not a Crosscheck corpus index/);
    expect(() => readBundleIndex({ format: 'crosscheck-corpus', version: BUNDLE_VERSION - 1, articles: [] })).toThrow(/rebuild/);
  });

  it('reads the records of the texts file, or of a whole older bundle, for import; an index file says where its texts are', () => {
    const record = { id: 'x', source: 'Outlet', url: null, title: 'Title', publishedAt: '2022-03-23', text: 'Text about Brussels.' };
    const older = { format: 'crosscheck-corpus', version: 6, articles: [{ ...record, termIds: [0], termCounts: [1], nameWordIds: [0], leadWeekdays: 0 }] };
    expect(bundleRecords(older)).toEqual([record]);
    expect(() => bundleRecords(JSON.parse(bundleFiles(buildBundle([record])).index))).toThrow(/\.texts\.json/);
    expect(() => bundleRecords({ hello: 1 })).toThrow(/neither an array of articles nor a Crosscheck corpus bundle/);
  });
});
