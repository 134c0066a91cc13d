import { describe, expect, it } from 'vitest';
import { CorpusSet, type SearchableCorpus } from '../../../lib/extension/corpus-set';
import type { RelatedArticle } from '../../../lib/types';

const related = (id: string, score: number): RelatedArticle => ({
  id,
  source: null,
  title: id,
  url: null,
  publishedAt: null,
  score,
  relation: 'same-story',
  why: { sharedEntities: [], sharedTerms: [], daysApart: null },
});

function corpus(results: RelatedArticle[], ids: string[]): SearchableCorpus {
  return {
    size: ids.length,
    article: (id) => (ids.includes(id) ? { id, source: null, url: null, title: `${id} from ${ids.join(',')}`, publishedAt: null, text: 'x', terms: [], names: [] } : undefined),
    match: () => results,
  };
}

describe('CorpusSet', () => {
  const bundled = corpus([related('a', 0.9), related('b', 0.4)], ['a', 'b']);
  const local = corpus([related('c', 0.6), related('b', 0.5), related('d', 0.1)], ['b', 'c', 'd']);

  it('merges results by score, counting an article held twice once with its best score', () => {
    expect(new CorpusSet([bundled, local]).match({} as never).map((r) => [r.id, r.score])).toEqual([
      ['a', 0.9],
      ['c', 0.6],
      ['b', 0.5],
      ['d', 0.1],
    ]);
  });

  it('caps the merged list to the requested number', () => {
    expect(new CorpusSet([bundled, local]).match({} as never, { top: 2 }).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('reads an article from the first corpus that holds it and adds up the sizes', () => {
    const set = new CorpusSet([bundled, local]);
    expect(set.article('b')?.title).toBe('b from a,b');
    expect(set.article('d')?.title).toBe('d from b,c,d');
    expect(set.article('z')).toBeUndefined();
    expect(set.size).toBe(5);
  });
});
