import { compareAnalysed } from '../../core/compare';
import { analyse, type AnalysedArticle } from '../../core/text/analyse';
import type { Difference } from '../../core/types';

type Analysable = AnalysedArticle['article'];

/** Analysing an article is the slow part of a comparison; corpus articles are analysed once per worker life. */
const MAX_CACHED = 400;
const analyses = new Map<string, AnalysedArticle>();

function cachedAnalysis(article: Analysable): AnalysedArticle {
  // The text's length and ends stand in for its content: a page whose article changed is analysed anew.
  const key = `${article.id}\u0000${article.text.length}\u0000${article.text.slice(0, 64)}\u0000${article.text.slice(-64)}`;
  const cached = analyses.get(key);
  if (cached) {
    analyses.delete(key); // most recently used last
    analyses.set(key, cached);
    return cached;
  }
  const fresh = analyse(article);
  analyses.set(key, fresh);
  if (analyses.size > MAX_CACHED) analyses.delete(analyses.keys().next().value!);
  return fresh;
}

/** The details on which an article and its same-story coverage differ or agree. */
export function differencesFor(article: Analysable, coverage: Analysable[]): Difference[] {
  if (coverage.length === 0) return [];
  return compareAnalysed([article, ...coverage].map(cachedAnalysis));
}
