import type { BundleArticle } from './corpus/bundle';
import type { MatchOptions } from './match/matcher';
import type { Article, RelatedArticle } from './types';

/** What a comparison needs of a corpus: a Matcher is one, and so are several searched as one (CorpusSet). */
export interface SearchableCorpus {
  readonly size: number;
  article(id: string): BundleArticle | undefined;
  match(article: Article, options?: MatchOptions): RelatedArticle[];
}

/** The stored articles of the same-story results: what the details are compared against. */
export function sameStoryCoverage(related: RelatedArticle[], corpus: SearchableCorpus): BundleArticle[] {
  return related
    .filter((r) => r.relation === 'same-story')
    .flatMap((r) => {
      const stored = corpus.article(r.id);
      return stored ? [stored] : [];
    });
}

export const NOT_ENGLISH_NOTE = 'Details are compared for English articles only; the coverage was found by shared names and terms.';
