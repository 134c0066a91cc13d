import Fuse from 'fuse.js';

/**
 * Fuzzy lookup of name tokens ("zelenskiy" finds "zelensky"), with fuse.js over the corpus's
 * distinct name tokens only, never over bodies. The tokens are split into buckets by first letter
 * and length, and a lookup searches the few buckets a spelling variant can fall in, so its cost
 * stays small as the corpus grows. A bucket's fuse index is built on first use, and built again
 * after a token joins the bucket.
 */

/** Variants may differ in length by this much (Zelensky / Zelenskiy / Zelenskyy). */
const LENGTH_SLACK = 1;
/** Tokens shorter than this are too short for a fuzzy match to mean anything. */
export const MIN_FUZZY_LENGTH = 5;
/** fuse.js score (0 = exact) up to which a token counts as a spelling variant. */
const VARIANT_SCORE = 0.2;

const bucketKey = (token: string, length = token.length) => `${token[0]}${length}`;

export class FuzzyNames {
  private readonly buckets = new Map<string, string[]>();
  private readonly built = new Map<string, Fuse<string>>();

  constructor(tokens: Iterable<string> = []) {
    for (const token of tokens) this.add(token);
  }

  /** Adds a token not added before. */
  add(token: string): void {
    if (token.length < MIN_FUZZY_LENGTH) return;
    const key = bucketKey(token);
    const list = this.buckets.get(key);
    if (list) list.push(token);
    else this.buckets.set(key, [token]);
    this.built.delete(key);
  }

  /** Tokens spelled like `token` (not `token` itself), with a closeness in (0, 1]. */
  variants(token: string): [string, number][] {
    if (token.length < MIN_FUZZY_LENGTH) return [];
    const out: [string, number][] = [];
    for (let length = token.length - LENGTH_SLACK; length <= token.length + LENGTH_SLACK; length++) {
      for (const hit of this.bucket(bucketKey(token, length))?.search(token) ?? []) {
        if (hit.item !== token && (hit.score ?? 1) <= VARIANT_SCORE) out.push([hit.item, 1 - (hit.score ?? 0)]);
      }
    }
    return out;
  }

  private bucket(key: string): Fuse<string> | undefined {
    const cached = this.built.get(key);
    if (cached) return cached;
    const tokens = this.buckets.get(key);
    if (!tokens) return undefined;
    // Sorted, so that hits come in the same order however the tokens arrived.
    const fuse = new Fuse([...tokens].sort(), { threshold: VARIANT_SCORE, includeScore: true, ignoreLocation: true });
    this.built.set(key, fuse);
    return fuse;
  }
}
