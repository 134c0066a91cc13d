import type { CorpusRecord } from '../types';
import { articleFeatures, nameTokens, type ArticleFeatures } from './features';
import { buildNameIndex, type SerialisedNameIndex } from './fuzzy-names';

export const BUNDLE_FORMAT = 'crosscheck-corpus';
export const BUNDLE_VERSION = 2;

export interface BundleArticle extends CorpusRecord, ArticleFeatures {}

/** A corpus with its features precomputed, as shipped in the extension and written by the CLI. */
export interface CorpusBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  articles: BundleArticle[];
  /** In how many articles each term occurs, for idf weights. */
  documentFrequency: Record<string, number>;
  /** Serialised fuse.js indexes over the distinct name tokens (see FuzzyNames). */
  fuseIndex: SerialisedNameIndex;
}

export function buildBundle(records: CorpusRecord[]): CorpusBundle {
  const seen = new Set<string>();
  const articles: BundleArticle[] = [];
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    const { id, source, url, title, publishedAt, text } = record;
    articles.push({ id, source, url, title, publishedAt, text, ...articleFeatures(record) });
  }
  const documentFrequency: Record<string, number> = {};
  const tokens = new Set<string>();
  for (const article of articles) {
    for (const [term] of article.terms) documentFrequency[term] = (documentFrequency[term] ?? 0) + 1;
    for (const token of nameTokens(article.names)) tokens.add(token);
  }
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, articles, documentFrequency, fuseIndex: buildNameIndex(tokens) };
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
