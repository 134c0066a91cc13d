import { compareArticles } from './compare';
import { readsAsEnglish } from './text/language';
import type { Matcher } from './match/matcher';
import type { BundleArticle } from './corpus/bundle';
import type { Article, CompareResult, MatchResult, RelatedArticle } from './types';

/** What matching needs of a corpus: a Matcher, or several searched as one. */
export type Corpus = Pick<Matcher, 'match' | 'article'>;

/**
 * The longest text compared. Matching and analysis grow faster than linearly with length (2 MB of
 * text took over 30 s), while news articles run to a few thousand words; past this, the article is
 * compared on its opening part and the reader is told.
 */
export const MAX_COMPARED_CHARS = 40_000;

/** The article cut to MAX_COMPARED_CHARS at a paragraph (else sentence, else word) break, and whether it was cut. */
export function withinComparisonLimit(article: Article): { article: Article; cut: boolean } {
  if (article.text.length <= MAX_COMPARED_CHARS) return { article, cut: false };
  const head = article.text.slice(0, MAX_COMPARED_CHARS);
  const breakAt = [head.lastIndexOf('\n\n'), head.search(/[.!?][^.!?]*$/) + 1, head.lastIndexOf(' ')].find((at) => at > MAX_COMPARED_CHARS / 2);
  return { article: { ...article, text: head.slice(0, breakAt ?? MAX_COMPARED_CHARS).trimEnd() }, cut: true };
}

export const CUT_NOTE = `This article is very long: Crosscheck compared its first ${MAX_COMPARED_CHARS.toLocaleString('en')} characters.`;

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

export const NOT_ENGLISH_NOTE = 'Details are compared for English articles only; the coverage was found by shared names and terms.';

/**
 * Matches an article, then lines up its details against its same-story coverage; an article not in
 * English keeps its coverage but gets no details (the details' rules are English rules).
 */
export function compareWithCorpus(article: Article, matcher: Corpus, top = DEFAULT_TOP): CompareResult {
  const { related } = matchArticle(article, matcher, top);
  const differences = readsAsEnglish(article.text, article.lang) ? compareArticles(article, sameStoryCoverage(related, matcher)) : [];
  return { article, related, differences };
}
