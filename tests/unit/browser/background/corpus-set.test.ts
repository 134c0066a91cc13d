import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../lib/core/corpus/bundle';
import { CorpusSet } from '../../../../lib/browser/background/corpus-set';
import type { SearchableCorpus } from '../../../../lib/core/engine';
import type { RelatedArticle } from '../../../../lib/core/types';

const TEXT = 'Biden flies to Brussels.\n\nNATO leaders meet on Thursday.';

/** A corpus holding one article with the text above, which it lists for any query. */
function corpusOf(id: string, source: string | null): SearchableCorpus {
  const [article] = buildBundle([{ id, source, url: null, title: null, publishedAt: null, text: TEXT }]).articles;
  const related: RelatedArticle = { id, source, title: null, url: null, publishedAt: null, score: 0.5, relation: 'same-story', why: { sharedEntities: [], sharedTerms: [], daysApart: null } };
  return { size: 1, article: (wanted) => (wanted === id ? article : undefined), match: () => [related] };
}

const listed = (bundledSource: string | null, storedSource: string | null) =>
  new CorpusSet([corpusOf('bundled', bundledSource), corpusOf('stored', storedSource)]).match({} as never).map((r) => r.id);

describe('CorpusSet and outlets', () => {
  it('leaves out a stored copy from the same outlet, however its name is written', () => {
    expect(listed('Fox News (Online News)', 'fox news online news')).toEqual(['bundled']);
  });

  it('leaves out a stored copy when either outlet is unknown: nothing says it is another outlet’s', () => {
    expect(listed('Fox News', null)).toEqual(['bundled']);
    expect(listed(null, 'Fox News')).toEqual(['bundled']);
    expect(listed(null, null)).toEqual(['bundled']);
  });

  it('keeps the same text from another outlet (a republished wire story)', () => {
    expect(listed('Fox News', 'Daily Two')).toEqual(['bundled', 'stored']);
  });
});
