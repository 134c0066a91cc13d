import { buildBundle } from '../corpus/bundle';
import { Matcher } from '../match/matcher';
import { partArticles, partGeneration } from '../store/articles';
import type { CorpusPart } from '../store/db';
import type { CorpusRecord } from '../types';
import type { SearchableCorpus } from './corpus-set';

/**
 * Most bundled articles analysed beside a part of the store. Term weights (idf) come from the
 * corpus a matcher is built on: a small part alone (a few articles on one story) would weigh the
 * story's own words as common and score its coverage low, so the part is built together with
 * (a sample of) the bundled articles, which keeps scores comparable with the bundled matcher's.
 */
const MAX_CONTEXT_ARTICLES = 500;

const cached = new Map<CorpusPart, { generation: number; corpus: Promise<SearchableCorpus> }>();

/**
 * The reader's stored articles as corpora to search, one per part, each rebuilt only when its part
 * has changed since it was built (in this worker's life, or by another context such as the options
 * page), so remembering one compared article never re-analyses a large import.
 */
export async function localCorpora(context: CorpusRecord[]): Promise<SearchableCorpus[]> {
  return Promise.all((['live', 'imported'] as const).map((part) => partCorpus(part, context)));
}

async function partCorpus(part: CorpusPart, context: CorpusRecord[]): Promise<SearchableCorpus> {
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

/** A matcher over the stored articles (which win over a context article with the same id), counted by them alone. */
function withContext(stored: CorpusRecord[], context: CorpusRecord[]): SearchableCorpus {
  const matcher = new Matcher(buildBundle([...stored, ...context]));
  return { size: stored.length, match: (article, options) => matcher.match(article, options), article: (id) => matcher.article(id) };
}
