/**
 * Sparse tf-idf vectors over a fixed vocabulary: term ids sorted ascending with unit-length weights,
 * stored in typed arrays so that 50,000 articles fit in memory and a cosine is one merge pass.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Term → id, assigned in order of first sight. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  known(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.terms[id];
  }
}

export const idf = (documentFrequency: number, corpusSize: number) => Math.log((corpusSize + 1) / (documentFrequency + 1)) + 1;

/**
 * A unit tf-idf vector. Terms the vocabulary does not know still count in the norm (they make the
 * article less like any other) but are not stored, since nothing can share them.
 */
export function tfidfVector(terms: Iterable<[string, number]>, weightOf: (term: string, count: number) => number, termId: (term: string) => number | undefined): SparseVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [term, count] of terms) {
    const weight = weightOf(term, count);
    norm += weight * weight;
    const id = termId(term);
    if (id !== undefined) entries.push([id, weight]);
  }
  norm = Math.sqrt(norm) || 1;
  entries.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float32Array.from(entries, (e) => e[1] / norm) };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Ids present in both vectors, with the product of their weights (what each adds to the cosine). */
export function sharedTerms(a: SparseVector, b: SparseVector): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) out.push([x, a.weights[i++] * b.weights[j++]]);
    else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Whole days between two `YYYY-MM-DD` dates, or null when either is unknown. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const diff = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isNaN(diff) ? null : Math.round(diff / 86_400_000);
}
