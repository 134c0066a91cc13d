import type { AnalysedArticle } from '../text/analyse';
import type { Difference } from '../types';
import { groupByKey, valueOf, type KeyedValue } from './grouping';

/**
 * Figures: the same value with the same unit is one fact. When every article that counts a unit
 * gives exactly one value for it and those values differ, the outlets conflict.
 */
export function compareNumbers(articles: AnalysedArticle[]): Difference[] {
  const conflicts: Difference[] = [];
  const conflictedUnits = new Set<string>();
  const valuesByUnit = new Map<string, Map<string, Set<number>>>();
  for (const analysed of articles) {
    for (const { value } of analysed.figures) {
      if (!value.unit) continue;
      const perArticle = valuesByUnit.get(value.unit) ?? new Map<string, Set<number>>();
      valuesByUnit.set(value.unit, perArticle);
      const set = perArticle.get(analysed.article.id) ?? new Set<number>();
      perArticle.set(analysed.article.id, set);
      set.add(value.value);
    }
  }
  for (const [unit, perArticle] of valuesByUnit) {
    const single = [...perArticle.values()].every((set) => set.size === 1);
    const distinct = new Set([...perArticle.values()].map((set) => [...set][0]));
    if (perArticle.size < 2 || !single || distinct.size < 2) continue;
    conflictedUnits.add(unit);
    conflicts.push({
      kind: 'number',
      status: 'conflict',
      label: unit,
      values: articles.flatMap((analysed) => {
        const mention = analysed.figures.find((m) => m.value.unit === unit);
        return mention ? [valueOf(analysed, mention.value.text, `${mention.value.value} ${unit}`, mention.sentence)] : [];
      }),
      missingFrom: articles.map((a) => a.article.id).filter((id) => !perArticle.has(id)),
    });
  }
  const keyed: KeyedValue[] = articles.flatMap((analysed) =>
    analysed.figures
      .filter((m) => !conflictedUnits.has(m.value.unit))
      .map((m) => {
        const normalized = `${m.value.value}${m.value.unit ? ` ${m.value.unit}` : ''}`;
        return { key: normalized, kind: 'number' as const, label: m.value.text, value: valueOf(analysed, m.value.text, normalized, m.sentence) };
      }),
  );
  return [...conflicts, ...groupByKey(articles, keyed)];
}
