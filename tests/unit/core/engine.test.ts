import { describe, expect, it } from 'vitest';
import { recordsIn, sameStoryCoverage, searchable } from '../../../lib/core/engine';
import { buildBundle } from '../../../lib/core/corpus/bundle';
import { Matcher } from '../../../lib/core/match/matcher';
import type { CorpusRecord, RelatedArticle, Relation } from '../../../lib/core/types';

const stored = (id: string): CorpusRecord => ({ id, source: id, url: null, title: null, publishedAt: null, text: `Body of ${id}.` });
const related = (id: string, relation: Relation): RelatedArticle => ({ id, source: id, title: null, url: null, publishedAt: null, score: 0.9, relation, why: { sharedEntities: [], sharedTerms: [], daysApart: null } });

describe('sameStoryCoverage', () => {
  it('gives the stored same-story articles with their texts, leaving out related ones, duplicates and ids the corpus no longer holds', async () => {
    const records = ['a', 'b', 'c'].map(stored);
    const corpus = searchable(new Matcher(buildBundle(records).index), recordsIn(records));
    const coverage = await sameStoryCoverage([related('a', 'same-story'), related('b', 'related'), related('c', 'duplicate'), related('gone', 'same-story')], corpus);
    expect(coverage).toEqual([stored('a')]);
  });
});

describe('recordsIn', () => {
  it('answers in the order asked and leaves out unknown ids', async () => {
    const lookup = recordsIn(['a', 'b'].map(stored));
    expect((await lookup(['b', 'x', 'a'])).map((r) => r.id)).toEqual(['b', 'a']);
  });
});
