import type { Matcher, MatchOptions } from './match/matcher';
import type { Article, CorpusRecord, RelatedArticle } from './types';

/**
 * What a comparison needs of a corpus: matching (on features held in memory) and, for the few
 * articles a comparison shows or compares, their records with their texts, read when asked.
 */
export interface SearchableCorpus {
  readonly size: number;
  match(article: Article, options?: MatchOptions): Promise<RelatedArticle[]>;
  /** The records of these ids with their texts, in the order asked; ids it does not hold are left out. */
  records(ids: string[]): Promise<CorpusRecord[]>;
}

/** Where a corpus's texts are read from (a file, the reader's store), by id. */
export type RecordLookup = (ids: string[]) => Promise<CorpusRecord[]>;

/** A matcher and where its articles' texts are, as one corpus. */
export function searchable(matcher: Matcher, records: RecordLookup): SearchableCorpus {
  return {
    get size() {
      return matcher.size;
    },
    match: async (article, options) => matcher.match(article, options),
    records,
  };
}

/** Records held in memory (the CLI's corpus files, tests), looked up by id. */
export function recordsIn(list: CorpusRecord[]): RecordLookup {
  const byId = new Map(list.map((record) => [record.id, record]));
  return async (ids) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** The records of the same-story results, with their texts: what the details are compared against. */
export function sameStoryCoverage(related: RelatedArticle[], corpus: SearchableCorpus): Promise<CorpusRecord[]> {
  return corpus.records(related.filter((r) => r.relation === 'same-story').map((r) => r.id));
}

export const NOT_ENGLISH_NOTE = 'Details are compared for English articles only; the coverage was found by shared names and terms.';
