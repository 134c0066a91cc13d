import type { Difference, RelatedArticle } from '../lib/core/types';
import { articleLabel, type ArticleLabel } from './format';
import type { ComparisonOk } from './use-comparison';

/** What both result views derive from a response: labels, the coverage split by relation, counts. */
export interface ResultModel {
  labelOf: (id: string) => ArticleLabel;
  sameStory: RelatedArticle[];
  republished: RelatedArticle[];
  related: RelatedArticle[];
  /** All details in the engine's ranking (empty until the details have arrived). */
  differences: Difference[];
  /** The few ranked first, shown before "show all". */
  shown: Difference[];
  /** Conflicts and partial details in ranking order; consensus is counted, not listed, in the popup. */
  disagreements: Difference[];
  corroborated: number;
}

const byRank = (a: Difference, b: Difference) => a.rank - b.rank;

export function resultModel(response: ComparisonOk): ResultModel {
  const { article, related } = response.result;
  const differences = response.details.status === 'ok' ? [...response.details.differences].sort(byRank) : [];
  const labels = new Map<string, ArticleLabel>([article, ...related].map((a) => [a.id, articleLabel(a, response.leads[a.id])]));
  return {
    labelOf: (id) => labels.get(id) ?? { outlet: id, headline: id },
    sameStory: related.filter((r) => r.relation === 'same-story'),
    republished: related.filter((r) => r.relation === 'duplicate'),
    related: related.filter((r) => r.relation === 'related'),
    differences,
    shown: differences.filter((d) => d.shown),
    disagreements: differences.filter((d) => d.status !== 'consensus'),
    corroborated: differences.filter((d) => d.status === 'consensus').length,
  };
}
