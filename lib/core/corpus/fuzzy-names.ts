import Fuse from 'fuse.js';

/**
 * Fuzzy lookup of name tokens ("zelenskiy" finds "zelensky"), with fuse.js over the corpus's
 * distinct name tokens only, never over bodies. The tokens are split into buckets by first letter
 * and length, and a lookup searches the few buckets a spelling variant can fall in. Within a bucket,
 * fuse.js reads only the tokens that share enough letter pairs with the one looked up to be a
 * variant of it (found from each bucket's pairs, built on first use and again after a token joins
 * the bucket), so a lookup stays quick when the corpus holds 100,000 distinct name words.
 */

/** Variants may differ in length by this much (Zelensky / Zelenskiy / Zelenskyy). */
const LENGTH_SLACK = 1;
/** Tokens shorter than this are too short for a fuzzy match to mean anything. */
export const MIN_FUZZY_LENGTH = 5;
/** fuse.js score (0 = exact) up to which a token counts as a spelling variant. */
const VARIANT_SCORE = 0.2;

const FUSE_OPTIONS = { threshold: VARIANT_SCORE, includeScore: true, ignoreLocation: true };
/** fuse.js searches a longer pattern in pieces, which the letter-pair bound below does not cover. */
const FUSE_PATTERN_LIMIT = 32;

const bucketKey = (token: string, length = token.length) => `${token[0]}${length}`;

/** A bucket's tokens, sorted (so that hits come in the same order however the tokens arrived), and which tokens hold each pair of letters. */
interface Bucket {
  tokens: string[];
  pairs: Map<string, number[]>;
}

/**
 * How many of `token`'s letter pairs (counted by position) a variant must hold. fuse.js scores a
 * match by its edits over the token's length, so a variant is a stretch within VARIANT_SCORE × length
 * edits of the token; an edit breaks at most two of the token's pairs, and the other pairs are in
 * the stretch, so at least this many are in the variant (the q-gram lemma).
 */
function sharedPairsNeeded(token: string): number {
  if (token.length > FUSE_PATTERN_LIMIT) return 0;
  const edits = Math.floor(VARIANT_SCORE * token.length + 1e-9);
  return token.length - 1 - 2 * edits;
}

export class FuzzyNames {
  private readonly buckets = new Map<string, string[]>();
  private readonly built = new Map<string, Bucket>();

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
    const needed = sharedPairsNeeded(token);
    for (let length = token.length - LENGTH_SLACK; length <= token.length + LENGTH_SLACK; length++) {
      const bucket = this.bucket(bucketKey(token, length));
      if (!bucket) continue;
      const shared = new Uint16Array(bucket.tokens.length);
      for (let at = 0; at + 1 < token.length; at++) for (const k of bucket.pairs.get(token.slice(at, at + 2)) ?? []) shared[k]++;
      const candidates = bucket.tokens.filter((_, k) => shared[k] >= needed);
      if (candidates.length === 0) continue;
      for (const hit of new Fuse(candidates, FUSE_OPTIONS).search(token)) {
        if (hit.item !== token && (hit.score ?? 1) <= VARIANT_SCORE) out.push([hit.item, 1 - (hit.score ?? 0)]);
      }
    }
    return out;
  }

  private bucket(key: string): Bucket | undefined {
    const cached = this.built.get(key);
    if (cached) return cached;
    const unsorted = this.buckets.get(key);
    if (!unsorted) return undefined;
    const tokens = [...unsorted].sort();
    const pairs = new Map<string, number[]>();
    tokens.forEach((token, k) => {
      for (let at = 0; at + 1 < token.length; at++) {
        const pair = token.slice(at, at + 2);
        const holders = pairs.get(pair);
        if (!holders) pairs.set(pair, [k]);
        else if (holders[holders.length - 1] !== k) holders.push(k); // a pair the token holds twice is listed once
      }
    });
    const bucket = { tokens, pairs };
    this.built.set(key, bucket);
    return bucket;
  }
}
