import { compareArticles } from './compare';
import type { Matcher } from './match/matcher';
import type { BundleArticle } from './corpus/bundle';
import type { Article, CompareResult, MatchResult, RelatedArticle } from './types';

/** What matching needs of a corpus: a Matcher, or several searched as one. */
export type Corpus = Pick<Matcher, 'match' | 'article'>;

/** How many results a comparison lists by default. */
export const DEFAULT_TOP = 20;

export function matchArticle(article: Article, matcher: Corpus, top = DEFAULT_TOP): MatchResult {
  return { article, related: matcher.match(article, { top }) };
}

/** The stored articles of the same-story results: what the details are compared against. */
export function sameStoryCoverage(related: RelatedArticle[], corpus: Corpus): BundleArticle[] {
  return related
    .filter((r) => r.relation === 'same-story')
    .flatMap((r) => {
      const stored = corpus.article(r.id);
      return stored ? [stored] : [];
    });
}

/** Matches an article, then lines up its details against its same-story coverage. */
export function compareWithCorpus(article: Article, matcher: Corpus, top = DEFAULT_TOP): CompareResult {
  const { related } = matchArticle(article, matcher, top);
  return { article, related, differences: compareArticles(article, sameStoryCoverage(related, matcher)) };
}
