import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../lib/core/corpus/bundle';
import { CorpusSet } from '../../../../lib/browser/background/corpus-set';
import type { SearchableCorpus } from '../../../../lib/core/engine';
import type { RelatedArticle } from '../../../../lib/core/types';

const related = (id: string, score: number, source: string | null = null): RelatedArticle => ({
  id,
  source,
  title: id,
  url: null,
  publishedAt: null,
  score,
  relation: 'same-story',
  why: { sharedEntities: [], sharedTerms: [], daysApart: null },
});

/** A corpus that answers fixed results; its articles are real bundle articles (built by buildBundle). */
function corpus(results: RelatedArticle[], ids: string[], texts: Record<string, string> = {}): SearchableCorpus {
  const { articles } = buildBundle(ids.map((id) => ({ id, source: null, url: null, title: `${id} from ${ids.join(',')}`, publishedAt: null, text: texts[id] ?? `text of ${id}` })));
  return {
    size: ids.length,
    article: (id) => articles.find((a) => a.id === id),
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

  it('leaves out a stored copy of an article another corpus lists, but keeps the same text from another outlet', () => {
    const text = 'Biden flies to Brussels.\n\nNATO leaders meet on Thursday.';
    const bundledSeed = corpus([related('seed', 0.7, 'Wire One')], ['seed'], { seed: text });
    const stored = corpus(
      [related('http://site/seed.html', 0.8, 'Wire One'), related('http://copy/unknown', 0.6, null), related('http://other/reprint', 0.5, 'Daily Two')],
      ['http://site/seed.html', 'http://copy/unknown', 'http://other/reprint'],
      { 'http://site/seed.html': text, 'http://copy/unknown': 'BIDEN flies to Brussels! NATO leaders meet on Thursday', 'http://other/reprint': text },
    );
    expect(new CorpusSet([bundledSeed, stored]).match({} as never).map((r) => r.id)).toEqual(['seed', 'http://other/reprint']);
  });
});
