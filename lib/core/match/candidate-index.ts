import type { SparseVector } from './similarity';

/**
 * One inverted index of the prefilter: each article is posted under its `posted` strongest ids
 * (compact arrays, built in one pass at load). A query adds, per article, the products of the
 * weights it shares there; its cost follows the postings it touches, not the size of the corpus.
 */
export class CandidateIndex {
  private readonly offsets: Int32Array;
  private readonly articles: Int32Array;
  private readonly weights: Float32Array;

  constructor(vectors: SparseVector[], vocabularySize: number, posted: number) {
    const chosen = vectors.map((v) => strongest(v, posted));
    this.offsets = new Int32Array(vocabularySize + 1);
    chosen.forEach((ks, a) => ks.forEach((k) => this.offsets[vectors[a].ids[k] + 1]++));
    for (let id = 0; id < vocabularySize; id++) this.offsets[id + 1] += this.offsets[id];
    const fill = this.offsets.slice(0, vocabularySize);
    this.articles = new Int32Array(this.offsets[vocabularySize]);
    this.weights = new Float32Array(this.offsets[vocabularySize]);
    chosen.forEach((ks, a) =>
      ks.forEach((k) => {
        const slot = fill[vectors[a].ids[k]]++;
        this.articles[slot] = a;
        this.weights[slot] = vectors[a].weights[k];
      }),
    );
  }

  /** Adds the query's `use` strongest ids' postings into `scores`, listing newly touched articles. */
  accumulate(query: SparseVector, use: number, scores: Float32Array, touched: number[]): void {
    for (const k of strongest(query, use)) {
      const id = query.ids[k];
      const weight = query.weights[k];
      for (let slot = this.offsets[id]; slot < this.offsets[id + 1]; slot++) {
        const article = this.articles[slot];
        if (scores[article] === 0) touched.push(article);
        scores[article] += weight * this.weights[slot];
      }
    }
  }
}

/** Positions of a vector's `count` largest weights. */
function strongest(vector: SparseVector, count: number): number[] {
  const positions = Array.from(vector.weights.keys());
  if (positions.length <= count) return positions;
  return positions.sort((a, b) => vector.weights[b] - vector.weights[a]).slice(0, count);
}
