/** An article as Crosscheck sees it: what extraction produces and what the corpus stores. */
export interface Article {
  id: string;
  title: string | null;
  byline: string | null;
  /** The outlet's name, e.g. "Reuters". */
  source: string | null;
  url: string | null;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Body text; paragraphs separated by a blank line. */
  text: string;
  /** False when the page does not look like an article (a home page, a search page). */
  readerable: boolean;
}

/** One article of a corpus file (the shared `corpora/*.jsonl` format); extra fields are ignored. */
export interface CorpusRecord {
  id: string;
  source: string | null;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  text: string;
}

export type Relation = 'same-story' | 'related' | 'duplicate';

/** Why two articles were matched, in terms a reader can check. */
export interface MatchReason {
  sharedEntities: string[];
  sharedTerms: string[];
  /** Whole days between the two publication dates, or null when either is unknown. */
  daysApart: number | null;
}

export interface RelatedArticle {
  id: string;
  source: string | null;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  score: number;
  relation: Relation;
  why: MatchReason;
}

export interface MatchResult {
  article: Article;
  related: RelatedArticle[];
}

export type DifferenceKind = 'number' | 'date' | 'person' | 'organization' | 'place' | 'quote' | 'claim';
export type DifferenceStatus = 'conflict' | 'partial' | 'consensus';

export interface DifferenceValue {
  articleId: string;
  source: string | null;
  /** The value as written. */
  text: string;
  /** The value in a comparable form (a number with its unit, an ISO date, a canonical name). */
  normalized: string;
  /** The sentence the value came from. */
  sentence: string;
}

export interface Difference {
  kind: DifferenceKind;
  status: DifferenceStatus;
  /** The difference as a reader would say it: each outlet's words, or what only some report. */
  label: string;
  values: DifferenceValue[];
  missingFrom: string[];
  /** Position in the ranking, 1 first: conflicts, then substantive details only some report. */
  rank: number;
  /** Among the few (at most 8) differences shown before "show all". */
  shown: boolean;
}

export interface CompareResult extends MatchResult {
  differences: Difference[];
}
