import { describe, expect, it } from 'vitest';
import { MAX_COMPARED_CHARS, withinComparisonLimit } from '../../lib/engine';
import type { Article } from '../../lib/types';

const article = (text: string): Article => ({ id: 'a', title: null, byline: null, source: null, url: null, publishedAt: null, lang: null, excerpt: null, text, readerable: true });

describe('withinComparisonLimit', () => {
  it('leaves an ordinary article as it is', () => {
    const short = article('One paragraph.\n\nAnother.');
    expect(withinComparisonLimit(short)).toEqual({ article: short, cut: false });
  });

  it('cuts a very long article at a paragraph break within the limit', () => {
    const paragraph = `${'The summit went on. '.repeat(40).trim()}`;
    const long = article(Array.from({ length: 100 }, () => paragraph).join('\n\n'));
    const { article: cut, cut: wasCut } = withinComparisonLimit(long);
    expect(wasCut).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(MAX_COMPARED_CHARS);
    expect(cut.text.length).toBeGreaterThan(MAX_COMPARED_CHARS / 2);
    expect(long.text.startsWith(cut.text)).toBe(true);
    expect(cut.text.endsWith(paragraph)).toBe(true);
  });

  it('cuts text without breaks at the limit', () => {
    const { article: cut } = withinComparisonLimit(article('x'.repeat(MAX_COMPARED_CHARS * 3)));
    expect(cut.text).toHaveLength(MAX_COMPARED_CHARS);
  });
});
