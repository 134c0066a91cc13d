import type { Entity } from '../text/aliases';
import { analyse, type AnalysedArticle } from '../text/analyse';
import type { Difference } from '../types';
import { compareBearings } from './bearings';
import { compareClaims } from './claims';
import { compareDates } from './dates';
import type { Ranked } from './difference';
import { compareEntities, entityResolver } from './entities';
import { comparableCoverage } from './guard';
import { compareNumbers } from './numbers';
import { compareQuotes } from './quotes';
import { rankDifferences } from './rank';
import { compareRoles } from './roles';

/** Compares one kind of detail across the articles; `resolve` names the entity a name refers to. */
type Comparer = (articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined) => Ranked[];

/** Every comparer, run in this order (tests/unit/conventions.test.ts fails when one is left out). */
export const COMPARERS: Comparer[] = [compareNumbers, compareDates, compareEntities, compareRoles, compareBearings, compareQuotes, compareClaims];

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
  return rankDifferences(analysed, COMPARERS.flatMap((compare) => compare(analysed, resolve)), all);
}
