import { describe, expect, it } from 'vitest';
import { stem } from '../../../../lib/core/text/terms';
import { readableTerms, REASONS_SHOWN, sharedNames, spelledIn, type SharedWord, unusualSpellings } from '../../../../lib/core/match/explain';

const shared = (entries: [string, number, string?][]) => new Map<string, SharedWord>(entries.map(([word, weight, variant]) => [word, { weight, variant }]));
const unused = () => {
  throw new Error('no variant here');
};

describe('shared names', () => {
  it('gives each shared name once, as the query writes it, fullest form first', () => {
    expect(sharedNames(['Joe Biden', 'Biden', 'Biden', 'NATO', 'Jens Stoltenberg', 'Stoltenberg', 'Brussels'], shared([['biden', 0.3], ['nato', 0.2], ['stoltenberg', 0.25], ['brussel', 0.1]]), unused)).toEqual([
      'Joe Biden',
      'Jens Stoltenberg',
      'NATO',
      'Brussels',
    ]);
  });

  it('orders names by their share of the name cosine, counting every shared word of a name', () => {
    const names = sharedNames(['Joe Biden', 'European Union', 'Kremlin'], shared([['biden', 0.2], ['european', 0.15], ['union', 0.1], ['kremlin', 0.22]]), unused);
    expect(names).toEqual(['European Union', 'Kremlin', 'Joe Biden']);
  });

  it('never gives month or weekday names, and trims them off a name', () => {
    const names = sharedNames(['March', 'Biden Thursday', 'May'], shared([['march', 0.5], ['may', 0.5], ['biden', 0.1]]), unused);
    expect(names).toEqual(['Biden']);
  });

  it('shows a spelling variant as the query writes it ~ as the candidate writes it', () => {
    const names = sharedNames(['Volodymyr Zelenskiy', 'Zelenskiy'], shared([['zelenskiy', 0.4, 'zelensky']]), (variant) => spelledIn('President Zelensky spoke.', variant));
    expect(names).toEqual(['Volodymyr Zelenskiy ~ Volodymyr Zelensky']);
  });

  it(`gives at most ${REASONS_SHOWN}`, () => {
    const many = Array.from({ length: 12 }, (_, i) => `Name${String.fromCharCode(97 + i)}`);
    expect(sharedNames(many, shared(many.map((name) => [name.toLowerCase(), 0.1])), unused)).toHaveLength(REASONS_SHOWN);
  });
});

describe('readable terms', () => {
  it('spells stemmed terms as the query does, leaving out shared name words', () => {
    const text = 'Leaders agreed new sanctions at the summit. The sanctions target banks. Biden attended the summit.';
    expect(readableTerms(['sanction', 'biden', 'summit', 'leader'].map(stem), text, ['biden'])).toEqual(['sanctions', 'summit', 'leaders']);
  });
});

describe('spelled in', () => {
  it('finds how a text writes a folded word, or capitalises it', () => {
    expect(spelledIn("Zelensky's aides said", 'zelensky')).toBe('Zelensky');
    expect(spelledIn('nothing here', 'zelensky')).toBe('Zelensky');
    expect(spelledIn('Leaders met in Brussels.', 'brussel')).toBe('Brussels');
  });
});

describe('unusualSpellings', () => {
  it('keeps the name words capitalising would not give back, each once, and spelledIn finds them there', () => {
    const kept = unusualSpellings(['NATO', 'Jens Stoltenberg', 'John McCain', 'McCain’s', 'Brussels', 'Zelensky’s']);
    // Jens and Brussels fold to jen and brussel, which capitalise to another spelling.
    expect(kept.split(' ')).toEqual(['NATO', 'Jens', 'McCain', 'Brussels']);
    expect(spelledIn(kept, 'mccain')).toBe('McCain');
    expect(spelledIn(kept, 'brussel')).toBe('Brussels');
    expect(spelledIn(kept, 'stoltenberg')).toBe('Stoltenberg');
  });
});
