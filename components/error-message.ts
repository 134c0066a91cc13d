/**
 * Plain words for failures of the messaging layer itself: the browser's own texts ("The message
 * port closed before a response was received") mean nothing to a reader.
 */
export function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/message (?:port|channel) closed|receiving end does not exist|could not establish connection|extension context invalidated/i.test(detail)) {
    return 'Crosscheck’s background worker stopped before it finished (the browser may have restarted it). Try again.';
  }
  return detail || 'Something unexpected went wrong. Try again.';
}
