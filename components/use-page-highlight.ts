import { useCallback, useState } from 'preact/hooks';
import { sendMessage } from '../lib/browser/messaging/protocol';

export type HighlightOutcome = 'shown' | 'not-found' | 'unavailable' | null;

/** Marks a sentence on the reader's tab through its content script, and says how that went. */
export function usePageHighlight(tabId: number | null) {
  const [outcome, setOutcome] = useState<HighlightOutcome>(null);
  const show = useCallback(
    (sentence: string | null) => {
      if (tabId === null) return;
      sendMessage('highlightInPage', { sentence }, tabId).then(
        (found) => setOutcome(sentence === null ? null : found ? 'shown' : 'not-found'),
        () => setOutcome('unavailable'),
      );
    },
    [tabId],
  );
  return { outcome, show };
}
