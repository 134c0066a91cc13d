import type { CompareTabResponse } from '../lib/messaging/protocol';
import type { Difference, RelatedArticle } from '../lib/types';
import { articleLabel, type ArticleLabel } from './format';

export type OkResponse = Extract<CompareTabResponse, { status: 'ok' }>;

/** What both result views derive from a response: labels, the coverage split by relation, counts. */
export interface ResultModel {
  labelOf: (id: string) => ArticleLabel;
  sameStory: RelatedArticle[];
  republished: RelatedArticle[];
  related: RelatedArticle[];
  /** Conflicts first, then partial details; consensus is counted, not listed, in the popup. */
  disagreements: Difference[];
  corroborated: number;
}

const STATUS_ORDER = { conflict: 0, partial: 1, consensus: 2 } as const;

/** Sort order of details: conflicts, then partial, then consensus. */
export const byStatus = (a: Difference, b: Difference) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status];

export function resultModel(response: OkResponse): ResultModel {
  const { article, related, differences } = response.result;
  const labels = new Map<string, ArticleLabel>([article, ...related].map((a) => [a.id, articleLabel(a, response.leads[a.id])]));
  return {
    labelOf: (id) => labels.get(id) ?? { outlet: id, headline: id },
    sameStory: related.filter((r) => r.relation === 'same-story'),
    republished: related.filter((r) => r.relation === 'duplicate'),
    related: related.filter((r) => r.relation === 'related'),
    disagreements: differences.filter((d) => d.status !== 'consensus').sort(byStatus),
    corroborated: differences.filter((d) => d.status === 'consensus').length,
  };
}
