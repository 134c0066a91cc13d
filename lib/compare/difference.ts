import type { AnalysedArticle } from '../text/analyse';
import type { Difference, DifferenceValue } from '../types';

/** A difference with how much it matters to a reader, for ranking and capping. */
export interface Ranked {
  difference: Difference;
  salience: number;
}

export function valueOf(analysed: AnalysedArticle, text: string, normalized: string, sentence: string): DifferenceValue {
  return { articleId: analysed.article.id, source: analysed.article.source, text, normalized, sentence };
}

/** One value per article (its first), the articles without one, and the status that follows. */
export function differenceOf(
  articles: AnalysedArticle[],
  kind: Difference['kind'],
  label: string,
  values: DifferenceValue[],
  conflict = false,
): Difference {
  const present = new Set(values.map((v) => v.articleId));
  const missingFrom = articles.map((a) => a.article.id).filter((id) => !present.has(id));
  const status = conflict ? 'conflict' : missingFrom.length === 0 ? 'consensus' : 'partial';
  return { kind, status, label, values, missingFrom };
}

/** Keeps the first value of each article. */
export function firstPerArticle(values: DifferenceValue[]): DifferenceValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.articleId) && seen.add(v.articleId));
}
