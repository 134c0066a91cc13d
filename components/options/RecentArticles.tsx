import type { StoredArticleListing } from '../../lib/browser/store/articles';
import { formatDate, safeHref } from '../format';

const ORIGIN_LABEL: Record<StoredArticleListing['origin'], string> = { compared: 'compared', imported: 'imported', feed: 'from a feed' };

/** The latest stored articles, each with a delete button; page-derived text is shown as text only. */
export function RecentArticles({ articles, total, onDelete }: { articles: StoredArticleListing[]; total: number; onDelete: (id: string) => void }) {
  if (articles.length === 0) return null;
  return (
    <section class="options-section recent-articles" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Latest articles{total > articles.length ? ` (${articles.length} of ${total})` : ''}</h2>
      <ul>
        {articles.map((article) => {
          const href = safeHref(article.url);
          const title = article.title ?? article.id;
          return (
            <li key={article.id} class="stored-article" data-id={article.id}>
              <div class="stored-article-text">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {title}
                  </a>
                ) : (
                  <span>{title}</span>
                )}
                <span class="hint">
                  {' '}
                  · {article.source ?? 'Unknown source'}
                  {article.publishedAt && <> · {formatDate(article.publishedAt)}</>} · {ORIGIN_LABEL[article.origin]}
                  {!article.complete && ' (summary only)'}
                </span>
              </div>
              <button type="button" class="delete-article" aria-label={`Delete “${title}”`} onClick={() => onDelete(article.id)}>
                Delete
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
