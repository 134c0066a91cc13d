import Fuse from 'fuse.js';
import type { CorpusRecord } from '../types';
import { articleFeatures, type ArticleFeatures } from './features';

export const BUNDLE_FORMAT = 'crosscheck-corpus';
export const BUNDLE_VERSION = 1;

export interface BundleArticle extends CorpusRecord, ArticleFeatures {}

/** A corpus with its features precomputed, as shipped in the extension and written by the CLI. */
export interface CorpusBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  articles: BundleArticle[];
  /** In how many articles each term occurs, for idf weights. */
  documentFrequency: Record<string, number>;
  /** A serialised fuse.js index over the short fields (see FUSE_KEYS). */
  fuseIndex: unknown;
}

/** Fuse searches short fields only: headlines and names, never whole bodies. */
export const FUSE_KEYS = ['title', 'names'];

export function buildBundle(records: CorpusRecord[]): CorpusBundle {
  const seen = new Set<string>();
  const articles: BundleArticle[] = [];
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    articles.push({ ...record, ...articleFeatures(record) });
  }
  const documentFrequency: Record<string, number> = {};
  for (const article of articles) {
    for (const [term] of article.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
  }
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, articles).toJSON();
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, articles, documentFrequency, fuseIndex };
}

/** Checks a parsed bundle's header; the contents are trusted as our own build output. */
export function asCorpusBundle(value: unknown): CorpusBundle {
  const bundle = value as Partial<CorpusBundle> | null;
  if (!bundle || bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.articles)) {
    throw new Error('This file is not a Crosscheck corpus bundle.');
  }
  if (bundle.version !== BUNDLE_VERSION) {
    throw new Error(`Corpus bundle version ${String(bundle.version)} is not supported (expected ${BUNDLE_VERSION}); rebuild it.`);
  }
  return bundle as CorpusBundle;
}
