import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type CompareTabResponse, type DetailsResponse } from '../lib/browser/messaging/protocol';
import { describeFailure } from './error-message';

export type DetailsState = { status: 'loading' } | DetailsResponse;
type CompareOk = Extract<CompareTabResponse, { status: 'ok' }>;
/** The coverage arrives first; the differing details follow in `details`. */
export type ComparisonOk = CompareOk & { details: DetailsState };
export type ComparisonState = { status: 'loading' } | Exclude<CompareTabResponse, CompareOk> | ComparisonOk;

/** Asks the background to compare a tab, then for its details; `compareAnyway` skips the "not an article" check. */
export function useComparison(tabId: number | null) {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  const setDetails = (details: DetailsState) => setState((current) => (current.status === 'ok' ? { ...current, details } : current));

  const loadDetails = useCallback(() => {
    if (tabId === null) return;
    setDetails({ status: 'loading' });
    sendMessage('detailsForTab', { tabId }).then(setDetails, (error: unknown) => setDetails({ status: 'error', message: describeFailure(error) }));
  }, [tabId]);

  const run = useCallback(
    (force: boolean) => {
      if (tabId === null) {
        setState({ status: 'error', message: 'There is no tab to compare. Open a news article and try again.' });
        return;
      }
      setState({ status: 'loading' });
      sendMessage('compareTab', { tabId, force }).then(
        (response) => {
          if (response.status !== 'ok') return setState(response);
          setState({ ...response, details: { status: 'loading' } });
          loadDetails();
        },
        (error: unknown) => setState({ status: 'error', message: describeFailure(error) }),
      );
    },
    [tabId, loadDetails],
  );
  useEffect(() => run(false), [run]);
  return { state, retry: () => run(false), compareAnyway: () => run(true), retryDetails: loadDetails };
}
