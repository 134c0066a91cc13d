import { analyse, type AnalysedArticle } from '../../../../lib/core/text/analyse';

/** An analysed article from a few sentences; ids double as outlet names. */
export function analysed(id: string, text: string, publishedAt: string | null = '2022-03-15'): AnalysedArticle {
  return analyse({ id, source: id, title: null, publishedAt, text });
}
