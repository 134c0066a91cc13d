import { buildBundle } from '../../core/corpus/bundle';
import { Matcher } from '../../core/match/matcher';
import { partArticles, partGeneration } from '../store/articles';
import type { CorpusPart } from '../store/db';
import { DEFAULT_TOP, type CorpusRecord } from '../../core/types';
import { outletKeys } from './corpus';
import type { SearchableCorpus } from '../../core/engine';

/** A part of the store as searched, with the outlets its articles come from (for the empty state's counts). */
export interface LocalCorpus extends SearchableCorpus {
  readonly outlets: ReadonlySet<string>;
}

/**
 * Most bundled articles analysed beside a part of the store. Term weights (idf) come from the
 * corpus a matcher is built on: a small part alone (a few articles on one story) would weigh the
 * story's own words as common and score its coverage low, so the part is built together with
 * (a sample of) the bundled articles, which keeps scores comparable with the bundled matcher's.
 */
const MAX_CONTEXT_ARTICLES = 500;

const cached = new Map<CorpusPart, { generation: number; corpus: Promise<LocalCorpus> }>();

/**
 * The reader's stored articles as corpora to search, one per part, each rebuilt only when its part
 * has changed since it was built (in this worker's life, or by another context such as the options
 * page), so remembering one compared article never re-analyses a large import.
 */
export async function localCorpora(context: CorpusRecord[]): Promise<LocalCorpus[]> {
  return Promise.all((['live', 'imported'] as const).map((part) => partCorpus(part, context)));
}

async function partCorpus(part: CorpusPart, context: CorpusRecord[]): Promise<LocalCorpus> {
  const generation = await partGeneration(part);
  const current = cached.get(part);
  if (current?.generation === generation) return current.corpus;
  const corpus = partArticles(part).then((articles) => withContext(articles, context.slice(0, MAX_CONTEXT_ARTICLES)));
  cached.set(part, { generation, corpus });
  corpus.catch(() => {
    if (cached.get(part)?.corpus === corpus) cached.delete(part);
  });
  return corpus;
}

const EMPTY: LocalCorpus = { size: 0, outlets: new Set(), match: () => [], article: () => undefined };

/**
 * A matcher over the stored articles and the context, answering for the stored articles only (the
 * bundled matcher answers for the bundled ones); a stored article wins over a context article with
 * the same id.
 */
function withContext(stored: CorpusRecord[], context: CorpusRecord[]): LocalCorpus {
  if (stored.length === 0) return EMPTY;
  const matcher = new Matcher(buildBundle([...stored, ...context]));
  const own = new Set(stored.map((article) => article.id));
  return {
    size: own.size,
    outlets: outletKeys(stored),
    match: (article, options = {}) => {
      const top = options.top ?? DEFAULT_TOP;
      // Ask for enough results that context articles cannot crowd out the stored ones.
      return matcher
        .match(article, { ...options, top: top + context.length })
        .filter((related) => own.has(related.id))
        .slice(0, top);
    },
    article: (id) => (own.has(id) ? matcher.article(id) : undefined),
  };
}
