import { analyse, type AnalysedArticle } from '../text/analyse';
import type { Difference } from '../types';
import { compareClaims } from './claims';
import { compareDates } from './dates';
import { compareEntities, entityResolver } from './entities';
import { comparableCoverage } from './guard';
import { compareNumbers } from './numbers';
import { compareQuotes } from './quotes';
import { rankDifferences } from './rank';

/** The details on which the target article and its same-story coverage differ or agree. */
export function compareArticles(target: AnalysedArticle['article'], coverage: AnalysedArticle['article'][]): Difference[] {
  if (coverage.length === 0) return [];
  return compareAnalysed([target, ...coverage].map(analyse));
}

/**
 * Compares articles already analysed; the first is the one the reader is looking at. Coverage
 * that is not about the same event (see guard.ts) is left out; every difference is ranked, and the
 * first few are marked `shown`.
 */
export function compareAnalysed(all: AnalysedArticle[]): Difference[] {
  const analysed = comparableCoverage(all);
  if (analysed.length < 2) return [];
  const resolve = entityResolver(analysed);
  return rankDifferences(analysed, [
    ...compareNumbers(analysed),
    ...compareDates(analysed),
    ...compareEntities(analysed, resolve),
    ...compareQuotes(analysed, resolve),
    ...compareClaims(analysed),
  ]);
}
