import { ComparePageResult } from './ComparePageResult';
import { PopupResult } from './PopupResult';
import { ErrorState, LoadingState, NotArticleState } from './states';
import { useComparison } from './use-comparison';
import { usePageHighlight, type HighlightOutcome } from './use-page-highlight';

export interface ComparisonViewProps {
  tabId: number | null;
  /** The popup shows disagreements first and fewer of them; the compare page shows everything. */
  layout: 'popup' | 'page';
  /** Opens the full comparison page for the tab (the popup's link to it). */
  onOpenComparison?: () => void;
}

const HIGHLIGHT_MESSAGE: Record<Exclude<HighlightOutcome, 'shown' | null>, string> = {
  'not-found': 'That sentence is no longer on the page.',
  unavailable: 'The page has changed since it was compared; compare it again to show sentences in it.',
};

export function ComparisonView({ tabId, layout, onOpenComparison }: ComparisonViewProps) {
  const { state, retry, compareAnyway, retryDetails } = useComparison(tabId);
  const highlight = usePageHighlight(tabId);
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'error':
      return <ErrorState message={state.message} onRetry={retry} />;
    case 'not-article':
      return <NotArticleState article={state.article} note={state.note} onCompareAnyway={compareAnyway} />;
    case 'ok':
      return (
        <>
          {state.note && (
            <p class="notice" role="status">
              {state.note}
            </p>
          )}
          {highlight.outcome && highlight.outcome !== 'shown' && (
            <p class="notice" role="status">
              {HIGHLIGHT_MESSAGE[highlight.outcome]}
            </p>
          )}
          {layout === 'popup' ? (
            <PopupResult response={state} onRetryDetails={retryDetails} onShowInPage={highlight.show} onOpenComparison={onOpenComparison ?? (() => {})} />
          ) : (
            <ComparePageResult response={state} onRetryDetails={retryDetails} onShowInPage={highlight.show} />
          )}
        </>
      );
  }
}
