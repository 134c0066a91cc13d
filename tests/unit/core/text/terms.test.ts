import { describe, expect, it } from 'vitest';
import { contentTerms, inflected, matchingTerms, stem, termCounts, termSpellings, WORD, words } from '../../../../lib/core/text/terms';

describe('words', () => {
  it('lower-cases words and folds possessives and plurals', () => {
    expect(words("Norland's ferries carried the workers’ bags")).toEqual(['norland', 'ferry', 'carried', 'the', 'worker', 'bag']);
  });

  it('leaves words ending in ss, us and is, and short words, as they are', () => {
    expect(words('glass bus crisis gas')).toEqual(['glass', 'bus', 'crisis', 'gas']);
    expect(words('ties pies')).toEqual(['tie', 'pie']);
    expect(words('cities')).toEqual(['city']);
  });

  it('keeps inner hyphens and apostrophes, and digits, inside a word; splits at dots', () => {
    expect(words('A well-known O’Hara paid 2,500 in the U.K.')).toEqual(['a', 'well-known', 'o’hara', 'paid', '2', '500', 'in', 'the', 'u', 'k']);
  });

  it('WORD finds the same words in the original spelling', () => {
    expect('Ferries, docks.'.match(WORD)).toEqual(['Ferries', 'docks']);
  });
});

describe('contentTerms and matchingTerms', () => {
  const text = 'The 2031 storm closed 140 docks in 3 of 12 ports, and 4G masts failed';

  it('content terms leave out stopwords, words of two characters or fewer, and anything starting with a digit', () => {
    expect(contentTerms(text)).toEqual(['storm', 'closed', 'dock', 'port', 'mast', 'failed']);
  });

  it('matching terms are the content terms plus numbers of three or more characters', () => {
    expect(matchingTerms(text)).toEqual(['2031', 'storm', 'closed', '140', 'dock', 'port', 'mast', 'failed']);
  });
});

describe('stem', () => {
  it('strips one suffix, keeping at least four letters', () => {
    expect(['vaccinated', 'vaccinating', 'vaccination'].map(stem)).toEqual(['vaccinat', 'vaccinat', 'vaccin']);
    expect(stem('settlement')).toBe('settl');
    expect(stem('quickly')).toBe('quick');
    // "bring" minus "ing" would leave one letter.
    expect(stem('bring')).toBe('bring');
    expect(stem('harbour')).toBe('harbour');
  });
});

describe('inflected', () => {
  it('takes a word and one inflected from it for one word, a final "y" turned "i" too', () => {
    expect(inflected('vote', 'voted')).toBe(true);
    expect(inflected('wealthy', 'wealthiest')).toBe(true);
    expect(inflected(stem('lobbied'), stem('lobbying'))).toBe(true);
    expect(inflected('very', 'veritable')).toBe(false);
    expect(inflected('harbour', 'harbourmaster')).toBe(false);
  });
});

describe('termSpellings', () => {
  it('maps each stemmed content term to its most frequent lower-case spelling in the text', () => {
    const spellings = termSpellings('Vaccinated crews sailed. The crews were vaccinated; one crew was Vaccinating others in 2031.');
    expect(spellings.get('vaccinat')).toBe('vaccinated');
    expect(spellings.get('crew')).toBe('crews');
    expect(spellings.get('sail')).toBe('sailed');
    expect(spellings.has('2031')).toBe(false);
    expect(spellings.has('the')).toBe(false);
  });
});

describe('termCounts', () => {
  it('counts each term', () => {
    expect(termCounts(['dock', 'storm', 'dock'])).toEqual(new Map([['dock', 2], ['storm', 1]]));
    expect(termCounts([])).toEqual(new Map());
  });
});
