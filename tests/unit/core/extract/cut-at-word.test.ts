import { describe, expect, it } from 'vitest';
import { cutAtWord } from '../../../../lib/core/extract/cut-at-word';

describe('cutting text at a word', () => {
  it('leaves text within the limit, and null, as they are', () => {
    expect(cutAtWord('Bridge to close', 15)).toBe('Bridge to close');
    expect(cutAtWord(null, 10)).toBeNull();
  });

  it('cuts after the last whole word that fits and adds an ellipsis, never exceeding the limit', () => {
    expect(cutAtWord('Bridge to close for a year of repairs', 20)).toBe('Bridge to close for…');
    for (let max = 10; max < 40; max++) expect(cutAtWord('Bridge to close for a year of repairs, said the mayor', max)!.length).toBeLessThanOrEqual(max);
  });

  it('cuts text without spaces between characters, never inside a surrogate pair', () => {
    expect(cutAtWord('https://example.com/a-very-long-address', 12)).toBe('https://exa…');
    const emoji = '😀'.repeat(10); // 20 UTF-16 code units
    const cut = cutAtWord(emoji, 6)!;
    expect(cut).toBe('😀😀…');
    expect(cut.length).toBeLessThanOrEqual(6);
  });
});
