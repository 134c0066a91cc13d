import { buildBundle } from '../corpus/bundle';
import { Matcher } from '../match/matcher';
import { partArticles, partGeneration } from '../store/articles';
import type { CorpusPart } from '../store/db';

const cached = new Map<CorpusPart, { generation: number; matcher: Promise<Matcher> }>();

/**
 * Matchers over the reader's stored articles, one per corpus part, each rebuilt only when its part
 * has changed since it was built (in this worker's life, or by another context such as the options
 * page). Building analyses every article of the part, so remembering one compared article never
 * re-analyses a large import.
 */
export async function localMatchers(): Promise<Matcher[]> {
  return Promise.all((['live', 'imported'] as const).map(partMatcher));
}

async function partMatcher(part: CorpusPart): Promise<Matcher> {
  const generation = await partGeneration(part);
  const current = cached.get(part);
  if (current?.generation === generation) return current.matcher;
  const matcher = partArticles(part).then((articles) => new Matcher(buildBundle(articles)));
  cached.set(part, { generation, matcher });
  matcher.catch(() => {
    if (cached.get(part)?.matcher === matcher) cached.delete(part);
  });
  return matcher;
}
