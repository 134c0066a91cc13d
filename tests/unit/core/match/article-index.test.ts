import { beforeAll, describe, expect, it } from 'vitest';
import { articleFeatures } from '../../../../lib/core/corpus/features';
import { ArticleIndex, decodeSnapshot, encodeSnapshot, unpack, type IndexEntry } from '../../../../lib/core/match/article-index';
import { Matcher } from '../../../../lib/core/match/matcher';
import { articleOf } from '../../../../lib/core/corpus/record';
import type { CorpusRecord } from '../../../../lib/core/types';
import { seedRecords } from '../../../../lib/node/corpus-files';

const entry = (record: CorpusRecord): IndexEntry => ({ record, features: articleFeatures(record) });

/** Short unrelated articles, each on its own story. */
const others: CorpusRecord[] = Array.from({ length: 40 }, (_, i) => ({
  id: `other-${i}`,
  source: `Outlet ${i % 7}`,
  url: `https://outlet${i % 7}.example/${i}`,
  title: `Council ${i} votes on harbour plan ${i}`,
  publishedAt: '2022-01-10',
  text: `The council of town${i} voted on plan${i} for the harbour on Monday. Mayor Person${i} said the vote on plan${i} was close.`,
}));

let seeds: CorpusRecord[];

beforeAll(async () => {
  seeds = await seedRecords();
});

const sameStoryIds = (index: ArticleIndex, record: CorpusRecord) =>
  new Matcher(index)
    .match(articleOf(record))
    .filter((r) => r.relation === 'same-story')
    .map((r) => r.id)
    .sort();

describe('ArticleIndex', () => {
  it('keeps no text, only the record and the features', () => {
    const index = new ArticleIndex();
    index.add(seeds.map(entry));
    const record = index.record(index.slot(seeds[0].id)!);
    expect(record).toEqual({ id: seeds[0].id, source: seeds[0].source, url: seeds[0].url, title: seeds[0].title, publishedAt: seeds[0].publishedAt });
    expect(index.termIds(index.slot(seeds[0].id)!).length).toBeGreaterThan(10);
  });

  it('counts document frequencies in place as articles come and go, and derives idf from them', () => {
    const index = new ArticleIndex();
    index.add(others.map(entry));
    const harbour = index.termId('harbour')!;
    const nato = () => index.termId('nato');
    const before = index.termIdf(harbour);
    expect(nato()).toBeUndefined();
    index.add(seeds.map(entry));
    expect(index.termIdf(index.termId('nato'))).toBeLessThan(index.termIdf(undefined));
    // More articles without "harbour": it weighs more.
    expect(index.termIdf(harbour)).toBeGreaterThan(before);
    index.remove(seeds.map((s) => s.id));
    expect(index.size).toBe(others.length);
    expect(index.termIdf(harbour)).toBeCloseTo(before, 10);
    expect(index.termIdf(nato())).toBe(index.termIdf(undefined));
  });

  it('matches after incremental adds as after one batch, and never lists a removed article', () => {
    const batch = new ArticleIndex();
    batch.add([...others, ...seeds].map(entry));
    const incremental = new ArticleIndex();
    incremental.add(others.map(entry));
    for (const seed of seeds) incremental.add([entry(seed)]);
    for (const seed of seeds) expect(sameStoryIds(incremental, seed)).toEqual(sameStoryIds(batch, seed));
    incremental.remove([seeds[1].id]);
    expect(sameStoryIds(incremental, seeds[0])).toEqual(seeds.slice(2).map((s) => s.id).sort());
  });

  it('replaces an article added again under its id', () => {
    const index = new ArticleIndex();
    index.add(seeds.map(entry));
    const replaced = { ...others[0], id: seeds[3].id };
    index.add([entry(replaced)]);
    expect(index.size).toBe(seeds.length);
    expect(index.record(index.slot(seeds[3].id)!).title).toBe(replaced.title);
    expect(sameStoryIds(index, seeds[0])).toEqual([seeds[1].id, seeds[2].id].sort());
  });

  it('reuses the slots of removed articles once it has compacted them away', () => {
    const index = new ArticleIndex();
    index.add(seeds.map(entry));
    for (let round = 0; round < 30; round++) {
      const batch = others.map((o) => ({ ...o, id: `${o.id}-round-${round}` }));
      index.add(batch.map(entry));
      index.remove(batch.map((b) => b.id));
    }
    expect(index.size).toBe(seeds.length);
    expect(index.slotCount).toBeLessThan(30 * others.length);
    for (const seed of seeds) expect(sameStoryIds(index, seed)).toHaveLength(seeds.length - 1);
  });

  it('survives a snapshot through JSON, matching exactly as before', () => {
    const index = new ArticleIndex();
    index.add([...others, ...seeds].map(entry));
    const reloaded = ArticleIndex.fromSnapshot(decodeSnapshot(JSON.parse(encodeSnapshot(index.snapshot()))));
    expect(reloaded.ids()).toEqual(index.ids());
    for (const seed of seeds) expect(new Matcher(reloaded).match(articleOf(seed))).toEqual(new Matcher(index).match(articleOf(seed)));
  });

  it('merges a base snapshot and a delta into the index the changes made', () => {
    const live = new ArticleIndex();
    live.add(others.map(entry));
    const base = live.snapshot();
    live.remove([others[0].id]);
    live.add(seeds.map(entry));
    const delta = live.snapshot(seeds.map((s) => s.id), [others[0].id]);
    const merged = ArticleIndex.fromSnapshot(base);
    merged.merge(delta);
    const ids = live.ids().sort();
    expect(merged.ids().sort()).toEqual(ids);
    expect(merged.snapshot(ids)).toEqual(live.snapshot(ids));
  });

  it('merges a snapshot numbered otherwise into an index as if its articles had been added to it', () => {
    const seedsFirst = new ArticleIndex();
    seedsFirst.add(seeds.map(entry));
    const added = new ArticleIndex();
    added.add(others.map(entry));
    added.add(seeds.map(entry));
    const ids = added.ids();
    // The snapshot numbers the seeds' words in their own order: merged, each article's terms are sorted again.
    for (const snapshot of [seedsFirst.snapshot(), unpack(seedsFirst.snapshot())]) {
      const merged = new ArticleIndex();
      merged.add(others.map(entry));
      merged.merge(snapshot);
      expect(merged.ids()).toEqual(ids);
      expect(merged.snapshot(ids)).toEqual(added.snapshot(ids));
      for (const seed of seeds) expect(new Matcher(merged).match(articleOf(seed))).toEqual(new Matcher(added).match(articleOf(seed)));
    }
  });

  it('changes nothing when a snapshot is damaged', () => {
    const index = new ArticleIndex();
    index.add(others.map(entry));
    const before = index.snapshot();
    const source = new ArticleIndex();
    source.add(seeds.map(entry));
    const snapshot = source.snapshot();
    expect(() => index.merge({ ...snapshot, termIds: snapshot.termIds.subarray(0, snapshot.termIds.length - 2) })).toThrow(/rebuild/);
    expect(() => index.merge({ ...snapshot, terms: snapshot.terms.slice(0, 3) })).toThrow(/damaged/);
    const unpacked = unpack(snapshot);
    expect(() => index.merge({ ...unpacked, features: { ...unpacked.features, termCounts: unpacked.features.termCounts.subarray(1) } })).toThrow(/damaged/);
    expect(() => index.merge({ ...unpacked, features: { ...unpacked.features, nameWordIds: Array.from(unpacked.features.nameWordIds) as never } })).toThrow(/damaged/);
    expect(index.snapshot()).toEqual(before);
  });

  it('refuses a snapshot of another version', () => {
    const snapshot = { ...new ArticleIndex().snapshot(), version: 0 } as never;
    expect(() => ArticleIndex.fromSnapshot(snapshot)).toThrow(/rebuild/);
  });
});
