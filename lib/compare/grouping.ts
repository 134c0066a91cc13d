import type { AnalysedArticle } from '../text/analyse';
import type { Difference, DifferenceKind, DifferenceValue } from '../types';

/** One value of one article, keyed so that equal values of different articles meet. */
export interface KeyedValue {
  key: string;
  kind: DifferenceKind;
  label: string;
  value: DifferenceValue;
}

/**
 * Groups keyed values across articles: a key every article has is `consensus`, a key only some
 * have is `partial`. Comparers that find conflicts do so before calling this.
 */
export function groupByKey(articles: AnalysedArticle[], values: KeyedValue[]): Difference[] {
  const groups = new Map<string, KeyedValue[]>();
  for (const value of values) {
    const group = groups.get(value.key);
    if (group) group.push(value);
    else groups.set(value.key, [value]);
  }
  const differences: Difference[] = [];
  for (const group of groups.values()) {
    const firstPerArticle = new Map<string, DifferenceValue>();
    for (const { value } of group) if (!firstPerArticle.has(value.articleId)) firstPerArticle.set(value.articleId, value);
    const missingFrom = articles.map((a) => a.article.id).filter((id) => !firstPerArticle.has(id));
    differences.push({
      kind: group[0].kind,
      status: missingFrom.length === 0 ? 'consensus' : 'partial',
      label: group[0].label,
      values: [...firstPerArticle.values()],
      missingFrom,
    });
  }
  return differences;
}

export function valueOf(analysed: AnalysedArticle, text: string, normalized: string, sentence: string): DifferenceValue {
  return { articleId: analysed.article.id, source: analysed.article.source, text, normalized, sentence };
}
