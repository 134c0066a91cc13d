import Fuse from 'fuse.js';

/**
 * Fuzzy lookup of name tokens ("zelenskiy" finds "zelensky"), with fuse.js over the corpus's
 * distinct name tokens only, never over bodies. The tokens are split into buckets by first letter
 * and length, and a lookup searches the few buckets a spelling variant can fall in, so its cost
 * stays small as the corpus grows. Each bucket's fuse index is serialised in the bundle and parsed
 * on first use.
 */
export type SerialisedNameIndex = Record<string, unknown>;

/** Variants may differ in length by this much (Zelensky / Zelenskiy / Zelenskyy). */
const LENGTH_SLACK = 1;
/** Tokens shorter than this are too short for a fuzzy match to mean anything. */
export const MIN_FUZZY_LENGTH = 5;
/** fuse.js score (0 = exact) up to which a token counts as a spelling variant. */
const VARIANT_SCORE = 0.2;

const bucketKey = (token: string, length = token.length) => `${token[0]}${length}`;

export function buildNameIndex(tokens: Iterable<string>): SerialisedNameIndex {
  const buckets = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.length < MIN_FUZZY_LENGTH) continue;
    const key = bucketKey(token);
    const list = buckets.get(key);
    if (list) list.push(token);
    else buckets.set(key, [token]);
  }
  const index: SerialisedNameIndex = {};
  for (const [key, list] of [...buckets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) index[key] = Fuse.createIndex([], list.sort()).toJSON();
  return index;
}

export class FuzzyNames {
  private readonly parsed = new Map<string, Fuse<string>>();

  constructor(private readonly serialised: SerialisedNameIndex) {}

  /** Corpus tokens spelled like `token` (not `token` itself), with a closeness in (0, 1]. */
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
    const cached = this.parsed.get(key);
    if (cached) return cached;
    const json = this.serialised[key] as { records: { v: string; i: number }[] } | undefined;
    if (!json) return undefined;
    const docs: string[] = [];
    for (const record of json.records) docs[record.i] = record.v;
    const fuse = new Fuse(docs, { threshold: VARIANT_SCORE, includeScore: true, ignoreLocation: true }, Fuse.parseIndex(json as never));
    this.parsed.set(key, fuse);
    return fuse;
  }
}
