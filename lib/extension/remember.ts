import { putArticles, toStoredArticle } from '../store/articles';
import { readSettings } from '../store/settings';
import type { Article } from '../types';

/**
 * Adds a compared article to the reader's corpus when "Remember articles I compare" is on, so that
 * reading several outlets on one story builds the comparison by itself. Stays on this machine.
 */
export async function rememberComparedArticle(article: Article): Promise<boolean> {
  // A page compared "anyway" (a home or search page) is not an article to keep.
  if (!article.readerable || !article.text.trim() || !(await readSettings()).remember) return false;
  const { id, source, url, title, publishedAt, text } = article;
  await putArticles([toStoredArticle({ id, source, url, title, publishedAt, text }, 'compared')]);
  return true;
}
