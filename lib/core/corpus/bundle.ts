import type { CorpusRecord } from '../types';
import { articleFeatures } from './features';
import { buildNameIndex, type SerialisedNameIndex } from './fuzzy-names';
import { corpusRecordOf } from './record';

export const BUNDLE_FORMAT = 'crosscheck-corpus';
/** 6: the name-word fields are named for what they hold (`nameWords`, was `entities`). */
export const BUNDLE_VERSION = 6;

/** A corpus article with its features as ids into the bundle's vocabularies, ascending. */
export interface BundleArticle extends CorpusRecord {
  termIds: number[];
  /** How often each of `termIds` occurs (headline terms count twice). */
  termCounts: number[];
  /** Ids into the bundle's `nameWords`. */
  nameWordIds: number[];
  /** The weekdays its lead names (see ArticleFeatures). */
  leadWeekdays: number;
}

/**
 * A corpus with its features precomputed, as shipped in the extension and written by the CLI.
 * Features are stored as numbers into shared vocabularies, so the bundle stays compact and a
 * loaded bundle turns into vectors without looking up a single string.
 */
export interface CorpusBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  articles: BundleArticle[];
  /** The matching-term vocabulary (see matchingTerms), and in how many articles each term occurs (for idf weights). */
  terms: string[];
  documentFrequency: number[];
  /** The name-word vocabulary (lower-cased words of proper names), and in how many articles each occurs. */
  nameWords: string[];
  nameWordFrequency: number[];
  /** Serialised fuse.js indexes over `nameWords` (see FuzzyNames). */
  fuseIndex: SerialisedNameIndex;
}

export function buildBundle(records: CorpusRecord[]): CorpusBundle {
  const seen = new Set<string>();
  const kept: { record: CorpusRecord; features: ReturnType<typeof articleFeatures> }[] = [];
  for (const record of records) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    kept.push({ record, features: articleFeatures(record) });
  }
  const terms = new Vocabulary();
  const nameWords = new Vocabulary();
  const articles = kept.map(({ record, features }): BundleArticle => {
    const counted = features.terms.map(([term, count]) => [terms.add(term), count]).sort((a, b) => a[0] - b[0]);
    return {
      ...corpusRecordOf(record),
      termIds: counted.map(([termId]) => termId),
      termCounts: counted.map(([, count]) => count),
      nameWordIds: features.nameWords.map((word) => nameWords.add(word)).sort((a, b) => a - b),
      leadWeekdays: features.leadWeekdays,
    };
  });
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    articles,
    terms: terms.words,
    documentFrequency: terms.frequency,
    nameWords: nameWords.words,
    nameWordFrequency: nameWords.frequency,
    fuseIndex: buildNameIndex(nameWords.words),
  };
}

/** Words numbered in order of first sight, counting the articles each occurs in (once per article). */
class Vocabulary {
  readonly words: string[] = [];
  readonly frequency: number[] = [];
  private readonly ids = new Map<string, number>();

  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.frequency.push(0);
    }
    this.frequency[id]++;
    return id;
  }
}

/** Checks a parsed bundle's header; the contents are trusted as our own build output. */
export function asCorpusBundle(value: unknown): CorpusBundle {
  const bundle = withBundleFormat(value);
  if (bundle.version !== BUNDLE_VERSION) {
    throw new Error(`Corpus bundle version ${String(bundle.version)} is not supported (expected ${BUNDLE_VERSION}); rebuild it.`);
  }
  return bundle as CorpusBundle;
}

/**
 * The articles of a bundle of any version, as records: importing a corpus computes their features
 * again, so a bundle built by an older Crosscheck still imports.
 */
export function bundleRecords(value: unknown): CorpusRecord[] {
  return withBundleFormat(value).articles.map(corpusRecordOf);
}

function withBundleFormat(value: unknown): Partial<CorpusBundle> & Pick<CorpusBundle, 'articles'> {
  const bundle = value as Partial<CorpusBundle> | null;
  if (!bundle || bundle.format !== BUNDLE_FORMAT || !Array.isArray(bundle.articles)) {
    throw new Error('This file is not a Crosscheck corpus bundle.');
  }
  return bundle as Partial<CorpusBundle> & Pick<CorpusBundle, 'articles'>;
}
