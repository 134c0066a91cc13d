import { openStore } from './db';
import { corpusRecordOf } from '../../core/corpus/record';

/** Articles per page of an export: each page is one message from the background to the options page. */
export const EXPORT_PAGE_ARTICLES = 500;

export interface ExportPage {
  /** The page's articles as JSON Lines in the shared corpora format (features left out: they are recomputed on import). */
  lines: string;
  /** The id to ask for the next page after, or null when this was the last. */
  next: string | null;
}

/** The reader's corpus as JSON Lines, a page at a time in id order, from after the article `after` (null: from the start). */
export async function exportPage(after: string | null, limit = EXPORT_PAGE_ARTICLES): Promise<ExportPage> {
  const articles = await (await openStore()).getAll('articles', after === null ? null : IDBKeyRange.lowerBound(after, true), limit);
  return {
    lines: articles.map((article) => `${JSON.stringify(corpusRecordOf(article))}\n`).join(''),
    next: articles.length < limit ? null : articles[articles.length - 1].id,
  };
}
