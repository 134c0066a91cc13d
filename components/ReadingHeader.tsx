import type { Article } from '../lib/core/types';
import { formatDate, type ArticleLabel } from './format';

export function ReadingHeader({ article, label }: { article: Article; label: ArticleLabel }) {
  const date = formatDate(article.publishedAt);
  return (
    <header class="reading">
      <div class="reading-label">You are reading</div>
      <div class="reading-title">{label.headline}</div>
      <div class="reading-meta">
        {label.outlet}
        {date && ` · ${date}`}
      </div>
    </header>
  );
}
