import type { ComparisonOk } from '../../../components/use-comparison';
import type { Difference, RelatedArticle } from '../../../lib/core/types';

export const READING_ID = 'https://news.example/reading';

export function related(id: string, relation: RelatedArticle['relation'], source: string | null = null): RelatedArticle {
  return {
    id,
    source,
    title: `Headline ${id}`,
    url: `https://${id}.example/story`,
    publishedAt: '2022-03-15',
    score: 0.5,
    relation,
    why: { sharedEntities: ['NATO', 'Brussels'], sharedTerms: ['summit'], daysApart: 1 },
  };
}

let nextRank = 1;

/** A difference ranked after the ones made before it; shown by default unless it is consensus or `shown` says otherwise. */
export function difference(
  kind: Difference['kind'],
  status: Difference['status'],
  label: string,
  ids: string[],
  missingFrom: string[] = [],
  shown = status !== 'consensus',
): Difference {
  return {
    kind,
    status,
    rank: nextRank++,
    shown,
    label,
    values: ids.map((articleId, i) => ({ articleId, source: null, text: `${label} ${i}`, normalized: label, sentence: `A sentence with ${label} ${i} in it.` })),
    missingFrom,
  };
}

/** A comparison whose details have arrived (pass `details` to model one still loading or failed). */
export function okResponse(differences: Difference[], coverage: RelatedArticle[] = [related('a', 'same-story', 'Outlet A'), related('b', 'same-story', 'Outlet B')]): ComparisonOk {
  return {
    status: 'ok',
    corpusSize: 42,
    outletCount: 7,
    feeds: { followed: 3, lastReadAt: null },
    leads: {},
    searchedFor: ['NATO', 'Brussels'],
    note: null,
    result: {
      article: { id: READING_ID, title: 'The article being read', byline: null, source: 'Reading Times', url: READING_ID, publishedAt: '2022-03-15', lang: 'en', excerpt: null, text: 'Body.', readerable: true },
      related: coverage,
    },
    details: { status: 'ok', differences },
  };
}
