import type { AnalysedArticle } from '../text/analyse';
import type { Difference, DifferenceKind } from '../types';
import { groupByKey, valueOf, type KeyedValue } from './grouping';

const ORGANIZATION_WORDS = /\b(?:Organi[sz]ation|Council|Union|Commission|House|Ministry|Department|Party|Agency|Bank|Court|Congress|Parliament|Senate|Committee|Group|Inc|Corp|Company|University|Alliance|Forces|Army|News|Times|Post)\b/;

/** Rough kind of a name until a real tagger lands: acronyms and institution words are organisations. */
function kindOfName(name: string): DifferenceKind {
  if (/^[A-Z]{2,}$/.test(name) || ORGANIZATION_WORDS.test(name)) return 'organization';
  return name.includes(' ') ? 'person' : 'place';
}

/** Names: one that some outlets mention and others do not is a partial detail. */
export function compareEntities(articles: AnalysedArticle[]): Difference[] {
  const keyed: KeyedValue[] = articles.flatMap((analysed) =>
    analysed.names.map((m) => ({
      key: m.value.toLowerCase(),
      kind: kindOfName(m.value),
      label: m.value,
      value: valueOf(analysed, m.value, m.value.toLowerCase(), m.sentence),
    })),
  );
  return groupByKey(articles, keyed);
}
