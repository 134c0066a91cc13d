import Fuse from 'fuse.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, FUSE_KEYS, type BundleArticle, type CorpusBundle } from '../corpus/bundle';
import type { StoredArticle } from './db';

/**
 * A corpus bundle over stored articles. `buildBundle` would recompute every article's features on
 * each worker start; stored articles already carry them, so only the corpus-wide parts (document
 * frequencies and the fuse index) are built here.
 */
export function bundleFromStored(stored: StoredArticle[]): CorpusBundle {
  const articles: BundleArticle[] = stored.map(({ id, source, url, title, publishedAt, text, terms, names }) => ({ id, source, url, title, publishedAt, text, terms, names }));
  const documentFrequency: Record<string, number> = {};
  for (const article of articles) {
    for (const [term] of article.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, articles).toJSON();
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, articles, documentFrequency, fuseIndex };
}
