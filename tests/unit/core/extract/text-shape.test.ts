import { describe, expect, it } from 'vitest';
import { comparable, endsLikeSentence, wordCount } from '../../../../lib/core/extract/text-shape';

describe('text shape', () => {
  it('counts words, each Chinese or Japanese character as one', () => {
    expect(wordCount('  three short words ')).toBe(3);
    expect(wordCount('')).toBe(0);
    expect(wordCount('楓紅 ok')).toBe(3);
  });

  it('tells a sentence ending, in Latin or CJK punctuation', () => {
    expect(endsLikeSentence('He left.”')).toBe(true);
    expect(endsLikeSentence('他走了。')).toBe(true);
    expect(endsLikeSentence('Section title')).toBe(false);
  });

  it('compares without case, accents or punctuation', () => {
    expect(comparable('Libération: “Élan”!')).toBe('liberation elan');
  });
});
