/**
 * The article types, one family, each named for what it is:
 * - CorpusRecord (here): an article of a corpus, the shared `corpora/*.jsonl` format: id, outlet,
 *   address, headline, date and text. Every other article type has these fields (or a named subset).
 * - Article (here): an extracted page, a CorpusRecord with what extraction adds (byline, language,
 *   excerpt, whether the page reads as an article). `articleOf` / `corpusRecordOf` in
 *   corpus/record.ts convert between the two.
 * - RelatedArticle (here): a corpus article a match found, without its text, with its score and why.
 * - IndexedRecord (match/article-index.ts): a CorpusRecord without its text, as the matching index keeps it.
 * - StoredArticle (browser/store/db.ts): a CorpusRecord in the reader's store, with how and when it came.
 * - StoredArticleListing (browser/store/articles.ts): a StoredArticle as the options page lists it, without its text.
 * Not articles, though named after one: ArticleFeatures (corpus/features.ts) is what matching
 * computes of an article; AnalysedArticle (text/analyse.ts) is what the comparers read of one;
 * ArticleLabel (components/format.ts) is how one is named on screen.
 */

/** One article of a corpus file (the shared `corpora/*.jsonl` format); extra fields are ignored. */
export interface CorpusRecord {
  id: string;
  /** The outlet's name, e.g. "Reuters". */
  source: string | null;
  url: string | null;
  title: string | null;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
  /** Body text; paragraphs separated by a blank line. */
  text: string;
}

/** An extracted page: what extraction produces, and what is matched and compared. */
export interface Article extends CorpusRecord {
  byline: string | null;
  lang: string | null;
  excerpt: string | null;
  /** False when the page does not look like an article (a home page, a search page). */
  readerable: boolean;
}

export type Relation = 'same-story' | 'related' | 'duplicate';

/** Why two articles were matched, in terms a reader can check. */
export interface MatchReason {
  sharedEntities: string[];
  sharedTerms: string[];
  /** Whole days between the two publication dates, or null when either is unknown. */
  daysApart: number | null;
}

/** How many related articles a match lists by default. */
export const DEFAULT_TOP = 20;

export interface RelatedArticle extends Omit<CorpusRecord, 'text'> {
  score: number;
  relation: Relation;
  why: MatchReason;
}

export interface MatchResult {
  article: Article;
  related: RelatedArticle[];
}

/** The kinds of detail compared, in the order readers scan them: hard figures first, then who, then what was said. */
export const DIFFERENCE_KINDS = ['number', 'date', 'person', 'organization', 'place', 'quote', 'claim'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
/** How outlets stand on a detail, in ranking order: they disagree, only some report it, all agree. */
export const DIFFERENCE_STATUSES = ['conflict', 'partial', 'consensus'] as const;
export type DifferenceStatus = (typeof DIFFERENCE_STATUSES)[number];

export interface DifferenceValue {
  articleId: string;
  source: string | null;
  /** The value as written. */
  text: string;
  /** The value in a comparable form (a number with its unit, an ISO date, a canonical name). */
  normalized: string;
  /** The sentence the value came from. */
  sentence: string;
  /**
   * Only weak evidence that this outlet gives the detail (a paraphrase, a vaguer figure, a sentence
   * much alike): the outlet is not called silent, nor said to report it.
   */
  inOtherWords?: true;
}

export interface Difference {
  kind: DifferenceKind;
  status: DifferenceStatus;
  /** The difference as a reader would say it: each outlet's words, or what only some report. */
  label: string;
  values: DifferenceValue[];
  missingFrom: string[];
  /**
   * For a shown detail only some report: each silent outlet's sentence nearest to it, where one
   * shares enough with it, so the reader can see for themselves what that outlet says instead.
   */
  closest?: { articleId: string; sentence: string }[];
  /** Position in the ranking, 1 first: conflicts, then substantive details only some report. */
  rank: number;
  /** Among the few (at most 8) differences shown before "show all". */
  shown: boolean;
}

export interface CompareResult extends MatchResult {
  differences: Difference[];
}
