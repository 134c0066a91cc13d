import { beforeAll, describe, expect, it } from 'vitest';
import { CorpusSet, type RecordSource } from '../../../../lib/browser/background/corpus-set';
import { articleFeatures } from '../../../../lib/core/corpus/features';
import { articleOf } from '../../../../lib/core/corpus/record';
import { recordsIn } from '../../../../lib/core/engine';
import { ArticleIndex } from '../../../../lib/core/match/article-index';
import { Matcher } from '../../../../lib/core/match/matcher';
import type { CorpusRecord } from '../../../../lib/core/types';
import { seedRecords } from '../../../../lib/node/corpus-files';

let seeds: CorpusRecord[];

beforeAll(async () => {
  // Each named, so that a copy's outlet can be told the same or another.
  seeds = (await seedRecords()).map((seed, i) => ({ ...seed, source: seed.source ?? `Seed Outlet ${i}` }));
});

/** A source holding these records, answering from memory. */
const sourceOf = (records: CorpusRecord[]): RecordSource => ({ holds: (id) => records.some((r) => r.id === id), records: recordsIn(records) });

/** The seeds as the bundled source and `stored` as the reader's, on one index. */
function setOf(stored: CorpusRecord[]): CorpusSet {
  const index = new ArticleIndex();
  index.add([...seeds, ...stored].map((record) => ({ record, features: articleFeatures(record) })));
  return new CorpusSet(new Matcher(index), [sourceOf(seeds), sourceOf(stored)]);
}

/** The reader's page: the first seed under its own address. */
const page = () => articleOf({ ...seeds[0], id: 'http://reader.example/page', url: 'http://reader.example/page' });

describe('CorpusSet', () => {
  it('reads each text from the first source holding it, in the order asked, and counts each article once', async () => {
    const stored = { ...seeds[2], id: 'mine', title: 'Mine', text: 'My own text.' };
    const set = setOf([stored]);
    expect((await set.records(['mine', seeds[1].id, 'gone'])).map((r) => r.text)).toEqual(['My own text.', seeds[1].text]);
    expect(set.size).toBe(seeds.length + 1);
  });

  it('leaves out a stored copy of a listed bundled article from the same outlet, however its name is written, or an unknown one', async () => {
    for (const source of [seeds[1].source!.toUpperCase(), null]) {
      const copy = { ...seeds[1], id: 'stored-copy', url: 'http://elsewhere.example/copy', source };
      const ids = (await setOf([copy]).match(page())).map((r) => r.id);
      expect(ids).toContain(seeds[1].id);
      expect(ids).not.toContain('stored-copy');
    }
  });

  it('keeps the same text from another outlet (a republished wire story)', async () => {
    const reprint = { ...seeds[1], id: 'reprint', url: 'http://daily-two.example/reprint', source: 'Daily Two' };
    expect((await setOf([reprint]).match(page())).map((r) => r.id)).toEqual(expect.arrayContaining([seeds[1].id, 'reprint']));
  });

  it('lists at most the number asked for', async () => {
    expect(await setOf([]).match(page(), { top: 2 })).toHaveLength(2);
  });
});
