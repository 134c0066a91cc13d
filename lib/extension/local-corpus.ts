import { Matcher } from '../match/matcher';
import { allArticles, storeGeneration } from '../store/articles';
import { bundleFromStored } from '../store/local-bundle';

let cached: { generation: number; matcher: Promise<Matcher> } | null = null;

/**
 * A matcher over the reader's stored articles, rebuilt only when the store has changed since the
 * last one was built (in this worker's life, or by another context such as the options page).
 */
export async function localMatcher(): Promise<Matcher> {
  const generation = await storeGeneration();
  if (cached?.generation !== generation) {
    const matcher = allArticles().then((articles) => new Matcher(bundleFromStored(articles)));
    cached = { generation, matcher };
    matcher.catch(() => {
      if (cached?.matcher === matcher) cached = null;
    });
  }
  return cached.matcher;
}
