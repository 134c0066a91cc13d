import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { FuzzyNames } from '../../../../lib/core/corpus/fuzzy-names';

describe('FuzzyNames', () => {
  const fuzzy = new FuzzyNames(['zelensky', 'zelenskyy', 'stoltenberg', 'biden', 'brussels']);

  it('finds spelling variants of a name token, not the token itself', () => {
    expect(fuzzy.variants('zelenskiy').map(([t]) => t).sort()).toEqual(['zelensky', 'zelenskyy']);
    expect(fuzzy.variants('zelensky').map(([t]) => t)).toEqual(['zelenskyy']);
    expect(fuzzy.variants('stoltenburg').map(([t]) => t)).toEqual(['stoltenberg']);
  });

  it('leaves different names and short tokens alone', () => {
    expect(fuzzy.variants('zuckerberg')).toEqual([]);
    expect(fuzzy.variants('bidn')).toEqual([]);
  });
});

describe('FuzzyNames, growing', () => {
  it('finds a token added after a lookup in the same bucket', () => {
    const fuzzy = new FuzzyNames(['zelensky']);
    expect(fuzzy.variants('zelenskiy').map(([t]) => t)).toEqual(['zelensky']);
    fuzzy.add('zelenskyy');
    expect(fuzzy.variants('zelenskiy').map(([t]) => t).sort()).toEqual(['zelensky', 'zelenskyy']);
  });
});

describe('FuzzyNames, large', () => {
  it('finds what fuse.js finds searching the whole of each bucket, though it searches only tokens sharing enough letter pairs', () => {
    const bases = ['zelensky', 'stoltenberg', 'brussels', 'kuleba', 'macron', 'scholz', 'borrell', 'blinken', 'lavrov', 'erdogan'];
    // Deterministic spelling variants: each base with one letter changed, dropped or doubled, at each place.
    const tokens = new Set<string>();
    for (const base of bases) {
      for (let at = 0; at < base.length; at++) {
        tokens.add(base.slice(0, at) + 'y' + base.slice(at + 1));
        tokens.add(base.slice(0, at) + base.slice(at + 1));
        tokens.add(base.slice(0, at) + base[at] + base.slice(at));
      }
    }
    const all = [...tokens].sort();
    const fuzzy = new FuzzyNames(all);
    const plain = (token: string) => {
      const near = all.filter((t) => t[0] === token[0] && Math.abs(t.length - token.length) <= 1);
      return [token.length - 1, token.length, token.length + 1].flatMap((length) =>
        new Fuse(near.filter((t) => t.length === length), { threshold: 0.2, includeScore: true, ignoreLocation: true })
          .search(token)
          .filter((hit) => hit.item !== token && (hit.score ?? 1) <= 0.2)
          .map((hit): [string, number] => [hit.item, 1 - (hit.score ?? 0)]),
      );
    };
    let found = 0;
    for (const token of [...bases, ...all.filter((_, k) => k % 7 === 0)]) {
      expect(fuzzy.variants(token)).toEqual(plain(token));
      found += fuzzy.variants(token).length;
    }
    expect(found).toBeGreaterThan(100);
  });
});
