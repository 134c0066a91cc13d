import type { CompareResult } from '../lib/types';
import { CoverageList } from './CoverageList';
import { DifferenceList } from './DifferenceList';
import { articleLabel, formatDate, type ArticleLabel } from './format';
import { useComparison } from './use-comparison';

export interface ComparisonViewProps {
  tabId: number | null;
  /** The popup shows disagreements first and fewer of them; the compare page shows everything. */
  layout: 'popup' | 'page';
}

const POPUP_DIFFERENCES = 12;

export function ComparisonView({ tabId, layout }: ComparisonViewProps) {
  const { state, retry, compareAnyway } = useComparison(tabId);
  switch (state.status) {
    case 'loading':
      return (
        <div class="state state-loading" role="status" aria-live="polite">
          <p>Reading the article and searching the corpus…</p>
          <div class="skeleton" aria-hidden="true">
            <div class="skeleton-line" />
            <div class="skeleton-line short" />
            <div class="skeleton-line" />
          </div>
        </div>
      );
    case 'error':
      return (
        <div class="state state-error" role="alert">
          <h2>Something went wrong</h2>
          <p>{state.message}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      );
    case 'not-article':
      return (
        <div class="state state-not-article" role="status">
          <h2>This page doesn't look like an article</h2>
          <p>Crosscheck compares news articles. {state.article.title ? `"${state.article.title}" ` : 'This page '}looks like a home, index or search page.</p>
          <button type="button" onClick={compareAnyway}>
            Compare anyway
          </button>
        </div>
      );
    case 'ok':
      return <Result result={state.result} corpusSize={state.corpusSize} leads={state.leads} layout={layout} />;
  }
}

interface ResultProps {
  result: CompareResult;
  corpusSize: number;
  leads: Record<string, string>;
  layout: ComparisonViewProps['layout'];
}

function Result({ result, corpusSize, leads, layout }: ResultProps) {
  const { article, related, differences } = result;
  const labels = new Map<string, ArticleLabel>([article, ...related].map((a) => [a.id, articleLabel(a, leads[a.id])]));
  const labelOf = (id: string) => labels.get(id) ?? { outlet: id, headline: id };
  const sourceOf = (id: string) => labelOf(id).outlet;
  const coverage = related.filter((r) => r.relation !== 'related');
  const nearby = related.filter((r) => r.relation === 'related');
  const corroborated = differences.filter((d) => d.status === 'consensus').length;
  const shown = layout === 'popup' ? differences.filter((d) => d.status !== 'consensus').slice(0, POPUP_DIFFERENCES) : differences;
  const date = formatDate(article.publishedAt);
  return (
    <div class="result">
      <header class="reading">
        <div class="reading-label">You are reading</div>
        <div class="reading-title">{labelOf(article.id).headline}</div>
        <div class="reading-meta">
          {labelOf(article.id).outlet}
          {date && ` · ${date}`}
        </div>
      </header>
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Same story ({coverage.length})</h2>
        {coverage.length > 0 ? (
          <CoverageList items={coverage} labelOf={labelOf} />
        ) : (
          <p class="empty">
            No other coverage of this story in the {corpusSize} articles Crosscheck knows. Add sources by bundling your own corpus (see the
            README).
          </p>
        )}
      </section>
      {coverage.length > 0 && (
        <section aria-labelledby="differences-heading">
          <h2 id="differences-heading">Differences</h2>
          <p class="corroborated">{corroborated} facts reported by every outlet</p>
          {shown.length > 0 ? <DifferenceList differences={shown} sourceOf={sourceOf} /> : <p class="empty">The outlets agree on every detail found.</p>}
        </section>
      )}
      {nearby.length > 0 && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related stories ({nearby.length})</h2>
          <CoverageList items={nearby} labelOf={labelOf} />
        </section>
      )}
    </div>
  );
}
