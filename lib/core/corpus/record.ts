import type { CorpusRecord } from '../types';

/** The corpus fields of an article (an extracted Article, a stored article): anything else it carries is left out. */
export function corpusRecordOf(article: CorpusRecord): CorpusRecord {
  const { id, source, url, title, publishedAt, text } = article;
  return { id, source, url, title, publishedAt, text };
}
