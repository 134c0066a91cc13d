import { getArticle, putArticles, toStoredArticle } from '../store/articles';
import { readSettings } from '../store/settings';
import type { Article } from '../../core/types';
import { corpusRecordOf, sameRecord } from '../../core/corpus/record';

/**
 * Adds a compared article to the reader's corpus when "Remember articles I compare" is on, so that
 * reading several outlets on one story builds the comparison by itself. Stays on this machine.
 * An article already stored as it is now is not written again (a write marks the reader's corpus
 * changed, and the index would take it in again for nothing), unless it was a feed entry.
 */
export async function rememberComparedArticle(article: Article): Promise<boolean> {
  // A page compared "anyway" (a home or search page) is not an article to keep.
  if (!article.readerable || !article.text.trim() || !(await readSettings()).remember) return false;
  const record = corpusRecordOf(article);
  const stored = await getArticle(record.id);
  // A feed entry the reader compares becomes theirs: kept whatever the retention of feed entries.
  if (stored && stored.origin !== 'feed' && sameRecord(stored, record)) return true;
  await putArticles([toStoredArticle(record, 'compared')]);
  return true;
}
