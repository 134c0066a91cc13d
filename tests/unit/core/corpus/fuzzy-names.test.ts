import { describe, expect, it } from 'vitest';
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
