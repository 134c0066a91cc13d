import { describe, expect, it } from 'vitest';
import { elementToBlocks } from '../../../lib/extract/paragraphs';
import { article } from './dom';

describe('text blocks', () => {
  it('splits at block elements, joins inline text, collapses whitespace and skips scripts', () => {
    const blocks = elementToBlocks(article(`<h2>Heading</h2><p>One <em>two</em>\n  three<br>four</p><script>var x;</script><ul><li>five</li></ul>`));
    expect(blocks.map((b) => b.text)).toEqual(['Heading', 'One two three', 'four', 'five']);
    expect(blocks.map((b) => b.heading)).toEqual([true, false, false, false]);
  });

  it('measures the share of link text, not counting in-page anchors', () => {
    const [mixed, linked, anchored] = elementToBlocks(
      article('<p>abcd <a href="/x">efgh</a></p><p><a href="https://example.com/">all linked</a></p><p><a href="#s">section</a></p>'),
    );
    expect(mixed.linkShare).toBeCloseTo(0.5);
    expect(linked.linkShare).toBe(1);
    expect(anchored.linkShare).toBe(0);
  });
});
