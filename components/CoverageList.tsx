import { useEffect } from 'preact/hooks';
import { outletLabelFor } from '../lib/core/outlets/label';
import { FIRST_COVERAGE_MARK } from '../lib/core/timing-marks';
import type { RelatedArticle } from '../lib/core/types';
import { formatDate, safeHref, type ArticleLabel } from './format';

const RELATION_LABEL = { 'same-story': 'Same story', related: 'Related', duplicate: 'Same text' } as const;

/** "Why matched", in words: shared names, shared key terms, distance in days. */
function whyMatched(item: RelatedArticle): string {
  const parts: string[] = [];
  if (item.why.sharedEntities.length) parts.push(`both name ${item.why.sharedEntities.slice(0, 3).join(', ')}`);
  if (item.why.sharedTerms.length) parts.push(`both about ${item.why.sharedTerms.slice(0, 3).join(', ')}`);
  if (item.why.daysApart !== null) parts.push(item.why.daysApart === 0 ? 'same day' : `${item.why.daysApart} day${item.why.daysApart === 1 ? '' : 's'} apart`);
  return parts.join(' · ');
}

export function CoverageList({ items, labelOf, label }: { items: RelatedArticle[]; labelOf: (id: string) => ArticleLabel; label: string }) {
  useEffect(() => {
    if (items.length > 0 && performance.getEntriesByName(FIRST_COVERAGE_MARK).length === 0) {
      // Marked after the browser has painted the list, not merely after it was rendered.
      requestAnimationFrame(() => setTimeout(() => performance.mark(FIRST_COVERAGE_MARK), 0));
    }
  }, [items.length]);
  return (
    <ul class="coverage" aria-label={label}>
      {items.map((item) => {
        const href = safeHref(item.url);
        const date = formatDate(item.publishedAt);
        const { outlet, headline } = labelOf(item.id);
        const outletFacts = outletLabelFor(item);
        return (
          <li class="coverage-item" key={item.id} data-id={item.id} tabIndex={0}>
            <div class="coverage-meta">
              <span class="outlet">{outlet}</span>
              {outletFacts && (
                <span class="outlet-label" title={outletFacts.credit}>
                  {outletFacts.text}
                </span>
              )}
              {date && <span class="date">{date}</span>}
              {item.relation !== 'same-story' && <span class={`badge badge-${item.relation}`}>{RELATION_LABEL[item.relation]}</span>}
            </div>
            <div class="headline">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {headline}
                </a>
              ) : (
                headline
              )}
            </div>
            <div class="why">{whyMatched(item)}</div>
          </li>
        );
      })}
    </ul>
  );
}
