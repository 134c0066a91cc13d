import type { DetailsState } from './use-comparison';

/** The details section while the details are being compared, when they cannot be compared, or when comparing them failed. */
export function DetailsPending({ details, onRetry }: { details: Exclude<DetailsState, { status: 'ok' }>; onRetry: () => void }) {
  if (details.status === 'loading') {
    return (
      <div class="details-loading" role="status" aria-live="polite" aria-busy="true">
        <p class="empty">Comparing the details of each report…</p>
        <div class="skeleton" aria-hidden="true">
          <div class="skeleton-card" />
          <div class="skeleton-card" />
        </div>
      </div>
    );
  }
  if (details.status === 'unavailable') return <p class="empty details-unavailable">{details.message}</p>;
  return (
    <div class="details-error" role="alert">
      <p>{details.message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
