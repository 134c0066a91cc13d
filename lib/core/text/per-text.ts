/** How many texts a per-text result is kept for: the articles of a few comparisons. */
const KEPT = 64;

/**
 * `compute` kept for the last `kept` texts it was asked about: a silent outlet's whole text is
 * searched once per detail checked, so its forms are computed once per comparison, not per detail.
 */
export function perText<T>(compute: (text: string) => T, kept = KEPT): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let found = results.get(text);
    if (found === undefined) {
      found = compute(text);
      if (results.size >= kept) results.delete(results.keys().next().value!);
      results.set(text, found);
    }
    return found;
  };
}
