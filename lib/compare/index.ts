import { analyse, type AnalysedArticle } from '../text/analyse';
import type { Difference } from '../types';
import { compareEntities } from './entities';
import { compareNumbers } from './numbers';

const STATUS_ORDER = { conflict: 0, partial: 1, consensus: 2 } as const;

/** The details on which the target article and its same-story coverage differ or agree. */
export function compareArticles(target: AnalysedArticle['article'], coverage: AnalysedArticle['article'][]): Difference[] {
  if (coverage.length === 0) return [];
  const analysed = [target, ...coverage].map(analyse);
  const differences = [...compareNumbers(analysed), ...compareEntities(analysed)];
  return differences.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.values.length - a.values.length);
}
