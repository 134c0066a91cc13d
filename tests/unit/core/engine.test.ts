import { describe, expect, it } from 'vitest';
import type { BundleArticle } from '../../../lib/core/corpus/bundle';
import { sameStoryCoverage, type SearchableCorpus } from '../../../lib/core/engine';
import type { RelatedArticle, Relation } from '../../../lib/core/types';

const stored = (id: string): BundleArticle => ({ id, source: id, url: null, title: null, publishedAt: null, text: 'Body.', termIds: [], termCounts: [], nameWordIds: [], leadWeekdays: 0 });
const related = (id: string, relation: Relation): RelatedArticle => ({ id, source: id, title: null, url: null, publishedAt: null, score: 0.9, relation, why: { sharedEntities: [], sharedTerms: [], daysApart: null } });

describe('sameStoryCoverage', () => {
  it('gives the stored same-story articles, leaving out related ones, duplicates and ids the corpus no longer holds', () => {
    const held = new Map(['a', 'b', 'c'].map((id) => [id, stored(id)]));
    const corpus: SearchableCorpus = { size: held.size, match: () => [], article: (id) => held.get(id) };
    const coverage = sameStoryCoverage([related('a', 'same-story'), related('b', 'related'), related('c', 'duplicate'), related('gone', 'same-story')], corpus);
    expect(coverage.map((article) => article.id)).toEqual(['a']);
  });
});
