/** How many texts a per-text result is kept for: the articles of a few comparisons. */
const KEPT = 64;

/**
 * `compute` kept for the last texts it was asked about: a silent outlet's whole text is searched
 * once per detail checked, so its forms are computed once per comparison, not per detail.
 */
export function perText<T>(compute: (text: string) => T): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    let found = kept.get(text);
    if (found === undefined) {
      found = compute(text);
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
      kept.set(text, found);
    }
    return found;
  };
}
