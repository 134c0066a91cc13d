import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type CompareTabResponse } from '../lib/messaging/protocol';
import { describeFailure } from './error-message';

export type ComparisonState = { status: 'loading' } | CompareTabResponse;

/** Asks the background to compare a tab; `compareAnyway` skips the "not an article" check. */
export function useComparison(tabId: number | null) {
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  const run = useCallback(
    (force: boolean) => {
      if (tabId === null) {
        setState({ status: 'error', message: 'There is no tab to compare. Open a news article and try again.' });
        return;
      }
      setState({ status: 'loading' });
      sendMessage('compareTab', { tabId, force }).then(setState, (error: unknown) => setState({ status: 'error', message: describeFailure(error) }));
    },
    [tabId],
  );
  useEffect(() => run(false), [run]);
  return { state, retry: () => run(false), compareAnyway: () => run(true) };
}
