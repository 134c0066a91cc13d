/**
 * Sparse tf-idf vectors over an index's vocabulary: term ids ascending with unit-length weights, in
 * typed arrays so that 50,000 articles fit in memory and a cosine is one merge pass.
 */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/**
 * Inverse document frequency, as if the corpus also held PRIOR_ARTICLES articles without the term: in
 * a handful of articles on one story every word of the story is "common", and plain idf would
 * weigh the story's own words down; in a large corpus the prior changes little.
 */
export const PRIOR_ARTICLES = 500;

export const idf = (documentFrequency: number, corpusSize: number) => Math.log((corpusSize + PRIOR_ARTICLES + 1) / (documentFrequency + 1)) + 1;

/**
 * A unit vector from ascending ids and their raw weights. `unstoredSquares` adds the squared weights
 * of terms that are not stored because no corpus article has them: they make the article less like
 * any other, so they count in the norm.
 */
export function unitVector(ids: ArrayLike<number>, weights: ArrayLike<number>, unstoredSquares = 0): SparseVector {
  let norm = unstoredSquares;
  for (let k = 0; k < weights.length; k++) norm += weights[k] * weights[k];
  norm = Math.sqrt(norm) || 1;
  const unit = new Float32Array(weights.length);
  for (let k = 0; k < weights.length; k++) unit[k] = weights[k] / norm;
  return { ids: Int32Array.from(ids), weights: unit };
}

/** A unit vector from (id or undefined for an unknown term, weight) pairs in any order. */
export function vectorOf(entries: [number | undefined, number][]): SparseVector {
  const known = entries.filter((e): e is [number, number] => e[0] !== undefined).sort((a, b) => a[0] - b[0]);
  const unstored = entries.reduce((sum, [id, w]) => (id === undefined ? sum + w * w : sum), 0);
  return unitVector(
    known.map(([id]) => id),
    known.map(([, w]) => w),
    unstored,
  );
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

/**
 * The vectors of one group (a query and its best-scoring candidates) re-weighted to tell its stories
 * apart: a term most of them share is the topic they have in common ("pirates", "rehab"), not what
 * sets one event apart from another of its kind, so each term is weighed down by the share of the
 * vectors that have it, and the vectors are made unit length again. The share is taken over at
 * least `minimumGroup` vectors, so that in a corpus of a few articles on one story its words still count.
 */
export function withinGroupWeights(vectors: SparseVector[], minimumGroup: number): SparseVector[] {
  const documentFrequency = new Map<number, number>();
  for (const vector of vectors) for (const id of vector.ids) documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
  const size = Math.max(vectors.length, minimumGroup);
  // A term no corpus article has (the reader's query only) is in one vector of the group.
  const ownTermFactor = 1 - 1 / size;
  return vectors.map((vector) => {
    let storedSquares = 0;
    for (const w of vector.weights) storedSquares += w * w;
    const unstoredSquares = Math.max(0, 1 - storedSquares) * ownTermFactor * ownTermFactor;
    const weights = Array.from(vector.weights, (w, k) => w * (1 - documentFrequency.get(vector.ids[k])! / size));
    return unitVector(vector.ids, weights, unstoredSquares);
  });
}
