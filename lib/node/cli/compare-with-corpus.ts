import { compareArticles } from '../../core/compare';
import { sameStoryCoverage, type SearchableCorpus } from '../../core/engine';
import { readsAsEnglish } from '../../core/text/language';
import { DEFAULT_TOP, type Article, type CompareResult } from '../../core/types';

/**
 * Matches an article, then lines up its details against its same-story coverage, in one step (the
 * extension takes two: coverage at once, details when asked); an article not in English keeps its
 * coverage but gets no details (the details' rules are English rules).
 */
export async function compareWithCorpus(article: Article, corpus: SearchableCorpus, top = DEFAULT_TOP): Promise<CompareResult> {
  const related = await corpus.match(article, { top });
  const differences = readsAsEnglish(article.text, article.lang) ? compareArticles(article, await sameStoryCoverage(related, corpus)) : [];
  return { article, related, differences };
}
