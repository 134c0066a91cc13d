import type { SparseVector } from './similarity';

/**
 * The inverted-index prefilter: each article is posted under its strongest terms and all its name
 * tokens; a query adds up, per article, the products of the weights it shares there, and only the
 * best few hundred go on to exact scoring. Its cost follows the postings the query touches, not the
 * size of the corpus.
 */
const POSTED_TERMS = 40;

export class CandidateIndex {
  private readonly termPostings = new Map<number, number[]>();
  private readonly namePostings = new Map<number, number[]>();
  private readonly termWeights = new Map<number, number[]>();
  private readonly nameWeights = new Map<number, number[]>();
  private accumulator = new Float32Array(0);

  add(article: number, terms: SparseVector, names: SparseVector): void {
    const strongest = [...terms.ids.keys()].sort((a, b) => terms.weights[b] - terms.weights[a]).slice(0, POSTED_TERMS);
    for (const k of strongest) post(this.termPostings, this.termWeights, terms.ids[k], article, terms.weights[k]);
    names.ids.forEach((id, k) => post(this.namePostings, this.nameWeights, id, article, names.weights[k]));
  }

  /** Up to `limit` articles by approximate similarity to the query (terms and names weighted alike). */
  candidates(terms: SparseVector, names: SparseVector, size: number, limit: number): number[] {
    if (this.accumulator.length < size) this.accumulator = new Float32Array(size);
    const acc = this.accumulator;
    const touched: number[] = [];
    const gather = (query: SparseVector, postings: Map<number, number[]>, weights: Map<number, number[]>) => {
      query.ids.forEach((id, k) => {
        const list = postings.get(id);
        if (!list) return;
        const w = weights.get(id)!;
        for (let i = 0; i < list.length; i++) {
          if (acc[list[i]] === 0) touched.push(list[i]);
          acc[list[i]] += query.weights[k] * w[i];
        }
      });
    };
    gather(terms, this.termPostings, this.termWeights);
    gather(names, this.namePostings, this.nameWeights);
    const ranked = touched.map((article) => [article, acc[article]] as const);
    for (const article of touched) acc[article] = 0;
    ranked.sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, limit).map(([article]) => article);
  }
}

function post(postings: Map<number, number[]>, weights: Map<number, number[]>, id: number, article: number, weight: number): void {
  const list = postings.get(id);
  if (list) {
    list.push(article);
    weights.get(id)!.push(weight);
  } else {
    postings.set(id, [article]);
    weights.set(id, [weight]);
  }
}
