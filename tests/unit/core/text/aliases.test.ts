import { describe, expect, it } from 'vitest';
import { normalizeName, resolveAliases, spelledAlike } from '../../../../lib/core/text/aliases';

describe('resolveAliases', () => {
  it('merges surnames, titles and transliterations of one person', () => {
    const resolve = resolveAliases([
      { text: 'Volodymyr Zelenskiy', kind: 'person' },
      { text: 'Volodymyr Zelensky', kind: 'person' },
      { text: 'Zelensky', kind: null },
      { text: 'Joe Biden', kind: 'person' },
      { text: 'Biden', kind: null },
    ]);
    expect(resolve('Volodymyr Zelenskiy')?.id).toBe(resolve('Volodymyr Zelensky')?.id);
    expect(resolve('Zelensky')?.id).toBe(resolve('Volodymyr Zelenskiy')?.id);
    expect(resolve('Biden')?.label).toBe('Joe Biden');
    expect(resolve('Biden')?.id).not.toBe(resolve('Zelensky')?.id);
  });

  it('merges a full name with the same name after a word no list of titles has, and labels it without that word', () => {
    const resolve = resolveAliases([
      { text: 'Harbourmaster Ines Varga', kind: 'person' },
      { text: 'Ines Varga', kind: 'person' },
      { text: 'Ines Varga', kind: 'person' },
      { text: 'Varga', kind: null },
    ]);
    expect(resolve('Harbourmaster Ines Varga')?.id).toBe(resolve('Ines Varga')?.id);
    expect(resolve('Varga')?.label).toBe('Ines Varga');
  });

  it('merges an acronym with the name it abbreviates, and a place-qualified name with the name', () => {
    const resolve = resolveAliases([
      { text: 'North Atlantic Treaty Organisation', kind: 'organization' },
      { text: 'NATO', kind: 'organization' },
      { text: 'U.S.', kind: 'place' },
      { text: 'U.S. Congress', kind: 'organization' },
      { text: 'Congress', kind: 'organization' },
    ]);
    expect(resolve('NATO')?.id).toBe(resolve('North Atlantic Treaty Organisation')?.id);
    expect(resolve('Congress')?.id).toBe(resolve('U.S. Congress')?.id);
  });

  it('merges an acronym and the name it abbreviates with the same place after "of", and only that place', () => {
    const resolve = resolveAliases([
      { text: 'HCA of Lakemoor', kind: 'organization' },
      { text: 'Harbour Crews Association of Lakemoor', kind: 'organization' },
      { text: 'Harbour Crews Association of Port Ellery', kind: 'organization' },
    ]);
    expect(resolve('HCA of Lakemoor')?.id).toBe(resolve('Harbour Crews Association of Lakemoor')?.id);
    expect(resolve('HCA of Lakemoor')?.id).not.toBe(resolve('Harbour Crews Association of Port Ellery')?.id);
  });

  it('keeps different people with one surname apart and drops names nothing classifies', () => {
    const resolve = resolveAliases([
      { text: 'Joe Biden', kind: 'person' },
      { text: 'Hunter Biden', kind: 'person' },
      { text: 'Western', kind: null },
    ]);
    expect(resolve('Joe Biden')?.id).not.toBe(resolve('Hunter Biden')?.id);
    expect(resolve('Western')).toBeUndefined();
  });

  it('gives a lone family name to the person it is exactly, before one spelt a letter apart', () => {
    const resolve = resolveAliases([
      { text: 'Dan Moran', kind: 'person' },
      { text: 'Dan Moran', kind: 'person' },
      { text: 'Dana Morgan', kind: 'person' },
      { text: 'Morgan', kind: 'person' },
    ]);
    expect(resolve('Morgan')?.id).toBe(resolve('Dana Morgan')?.id);
    expect(resolve('Morgan')?.id).not.toBe(resolve('Dan Moran')?.id);
  });

  it('gives a lone hyphenated family name to the person whose name ends in it, not to one who has its last part', () => {
    const resolve = resolveAliases([
      { text: 'Lena Marsh-Oduya', kind: 'person' },
      { text: 'Marsh-Oduya', kind: null },
      { text: 'Pablo Oduya', kind: 'person' },
    ]);
    expect(resolve('Marsh-Oduya')?.label).toBe('Lena Marsh-Oduya');
    expect(resolve('Marsh-Oduya')?.id).not.toBe(resolve('Pablo Oduya')?.id);
  });

  it('merges a name whose country is written two ways', () => {
    const resolve = resolveAliases([
      { text: 'United States Council of Harbor Pilots', kind: 'organization' },
      { text: 'U.S. Council of Harbor Pilots', kind: 'organization' },
      { text: 'U.K. Council of Harbor Pilots', kind: 'organization' },
    ]);
    expect(resolve('U.S. Council of Harbor Pilots')).toBe(resolve('United States Council of Harbor Pilots'));
    expect(resolve('U.K. Council of Harbor Pilots')).not.toBe(resolve('U.S. Council of Harbor Pilots'));
  });

  it('takes an untagged first and family name for a person when the family name alone is one', () => {
    const resolve = resolveAliases([
      { text: 'Brennagh Voss', kind: null },
      { text: 'Voss', kind: 'person' },
      { text: 'Harbor Voss', kind: 'organization' },
    ]);
    expect(resolve('Brennagh Voss')).toMatchObject({ kind: 'person', label: 'Brennagh Voss' });
    expect(resolve('Voss')).toBe(resolve('Brennagh Voss'));
  });
});

describe('one person written several ways', () => {
  it('joins a surname particle written apart or together, and everyday first names with formal ones', () => {
    const resolve = resolveAliases([
      { text: 'Ana de Vries', kind: 'person' },
      { text: 'De Vries', kind: null },
      { text: 'Carla DeMarco', kind: 'person' },
      { text: 'Carla De Marco', kind: 'person' },
      { text: 'Robert Okafor', kind: 'person' },
      { text: 'Bob Okafor', kind: 'person' },
      { text: 'Dana Okafor', kind: 'person' },
      { text: 'Dan Okafor', kind: 'person' },
    ]);
    expect(resolve('De Vries')?.id).toBe(resolve('Ana de Vries')?.id);
    expect(resolve('Carla DeMarco')?.id).toBe(resolve('Carla De Marco')?.id);
    expect(resolve('Bob Okafor')?.id).toBe(resolve('Robert Okafor')?.id);
    // More everyday forms, each beside its formal name.
    for (const [formal, everyday] of [['Harold Pryce', 'Hal Pryce'], ['Randall Sobek', 'Randy Sobek'], ['Kristen Maro', 'Kris Maro'], ['Margaret Ilves', 'Peg Ilves'], ['Angela Voss', 'Angie Voss'], ['Patricia Lund', 'Trish Lund'], ['Frances Odell', 'Fran Odell'], ['Kathryn Bose', 'Katie Bose'], ['Josephine Arkwright', 'Josie Arkwright']]) {
      const both = resolveAliases([formal, everyday].map((text) => ({ text, kind: 'person' as const })));
      expect(both(everyday)?.id).toBe(both(formal)?.id);
    }
    // A name that only begins like another is another person's.
    expect(resolve('Dan Okafor')?.id).not.toBe(resolve('Dana Okafor')?.id);
    expect(resolve('Dan Okafor')?.id).not.toBe(resolve('Robert Okafor')?.id);
  });

  it('keeps a first name "Van" apart from a particle', () => {
    expect(normalizeName('Van Okafor')).toBe('van okafor');
    expect(normalizeName('Pieter van Dam')).toBe('pieter vandam');
    expect(normalizeName('Bill de Vries')).toBe(normalizeName('Bill DeVries'));
  });
});

describe('spelledAlike', () => {
  it('takes a letter apart (two from eight letters) with the same first letter as one name', () => {
    expect(spelledAlike('heydar', 'heidar')).toBe(true);
    expect(spelledAlike('priebus', 'preibus')).toBe(true);
    expect(spelledAlike('zelenskiy', 'zelensky')).toBe(true);
    expect(spelledAlike('alishbandi', 'alishvandi')).toBe(true);
  });

  it('keeps short names, other first letters and names further apart distinct', () => {
    expect(spelledAlike('cohn', 'cohen')).toBe(false);
    expect(spelledAlike('bolton', 'holton')).toBe(false);
    expect(spelledAlike('martin', 'marvel')).toBe(false);
  });
});
