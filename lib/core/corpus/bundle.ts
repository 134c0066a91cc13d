import { ArticleIndex, decodeSnapshot, encodeSnapshot, SNAPSHOT_FORMAT } from '../match/article-index';
import type { CorpusRecord } from '../types';
import { articleFeatures } from './features';
import { corpusRecordOf } from './record';

export const BUNDLE_FORMAT = 'crosscheck-corpus';
/**
 * 7: two files, the index (features only, see IndexSnapshot) and the texts beside it, so that
 * loading a corpus to match never reads its texts. 6: the name-word fields are named `nameWords`.
 */
export const BUNDLE_VERSION = 7;

/**
 * The texts file of a bundle: the articles as records. It is also what a corpus import reads, so
 * the records of a bundle of any version import (their features are computed again).
 */
export interface BundleTexts {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  articles: CorpusRecord[];
}

/** A corpus with its features computed once: the index to match on and the texts to compare. */
export interface CorpusBundle {
  index: ArticleIndex;
  texts: BundleTexts;
}

/** A bundle of the records, each id once (the first record with it). */
export function buildBundle(records: CorpusRecord[]): CorpusBundle {
  const seen = new Set<string>();
  const kept = records.filter((record) => !seen.has(record.id) && seen.add(record.id)).map(corpusRecordOf);
  const index = new ArticleIndex();
  index.add(kept.map((record) => ({ record, features: articleFeatures(record) })));
  return { index, texts: { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, articles: kept } };
}

/** The bundle's two files' contents: the index (JSON with its number lists packed) and the texts. */
export function bundleFiles(bundle: CorpusBundle): { index: string; texts: string } {
  return { index: encodeSnapshot(bundle.index.snapshot()), texts: JSON.stringify(bundle.texts) };
}

/** Where a bundle's texts are kept, beside its index file ("corpus.json" → "corpus.texts.json"). */
export function textsPathOf(indexPath: string): string {
  return `${indexPath.replace(/\.json$/, '')}.texts.json`;
}

/** The index of a parsed index file; a bundle of an older version asks to be rebuilt. */
export function readBundleIndex(value: unknown): ArticleIndex {
  const format = (value as { format?: unknown } | null)?.format;
  if (format === BUNDLE_FORMAT) {
    throw new Error(`Corpus bundle version ${String((value as { version?: unknown }).version)} is not supported (expected an index of version ${BUNDLE_VERSION}); rebuild it.`);
  }
  return ArticleIndex.fromSnapshot(decodeSnapshot(value));
}

/** The articles of a bundle's texts file (or of a whole bundle of an older version), as records. */
export function bundleRecords(value: unknown): CorpusRecord[] {
  const bundle = value as { format?: unknown; articles?: unknown } | null;
  if (bundle?.format === SNAPSHOT_FORMAT) throw new Error('a corpus index, which holds no texts: use the .texts.json file beside it');
  if (!bundle || bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.articles)) {
    throw new Error('neither an array of articles nor a Crosscheck corpus bundle');
  }
  return (bundle.articles as CorpusRecord[]).map(corpusRecordOf);
}
