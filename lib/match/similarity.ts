/** Sparse tf-idf vectors and their cosine. */
export type TermVector = Map<string, number>;

export function tfidfVector(terms: [string, number][], documentFrequency: Record<string, number>, corpusSize: number): TermVector {
  const vector: TermVector = new Map();
  let norm = 0;
  for (const [term, count] of terms) {
    const idf = Math.log((corpusSize + 1) / ((documentFrequency[term] ?? 0) + 1)) + 1;
    const weight = (1 + Math.log(count)) * idf;
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Whole days between two `YYYY-MM-DD` dates, or null when either is unknown. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const diff = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isNaN(diff) ? null : Math.round(diff / 86_400_000);
}
