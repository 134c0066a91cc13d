import { describe, expect, it } from 'vitest';
import { elementToBlocks } from '../../../../lib/core/extract/paragraphs';
import { article } from './dom';

describe('text blocks', () => {
  it('splits at block elements, joins inline text, collapses whitespace and skips scripts', () => {
    const blocks = elementToBlocks(article(`<h2>Heading</h2><p>One <em>two</em>\n  three<br>four</p><script>var x;</script><ul><li>five</li></ul>`));
    expect(blocks.map((b) => b.text)).toEqual(['Heading', 'One two three', 'four', 'five']);
    expect(blocks.map((b) => b.heading)).toEqual([true, false, false, false]);
  });

  it('marks the blocks of table cells', () => {
    const blocks = elementToBlocks(article('<p>Results</p><table><tr><th>Name</th><td><p>Ada</p></td></tr></table>'));
    expect(blocks.map((b) => [b.text, b.cell])).toEqual([['Results', false], ['Name', true], ['Ada', true]]);
  });

  it('measures the share of link text, not counting in-page anchors', () => {
    const [mixed, linked, anchored] = elementToBlocks(
      article('<p>abcd <a href="/x">efgh</a></p><p><a href="https://example.com/">all linked</a></p><p><a href="#s">section</a></p>'),
    );
    expect(mixed.linkShare).toBeCloseTo(0.5);
    expect(linked.linkShare).toBe(1);
    expect(anchored.linkShare).toBe(0);
  });

  it('measures the share of link text that leads to other sites, when the page address is known', () => {
    const html =
      '<p><a href="https://shop.example.org/item">half away</a> <a href="/more">half home</a></p><p><a href="https://news.example.com/x">sister site</a></p>';
    const [mixed, sister] = elementToBlocks(article(html), 'https://www.example.com/story');
    expect(mixed.linkShare).toBe(1);
    expect(mixed.offsiteLinkShare).toBeCloseTo(0.5);
    expect(sister.offsiteLinkShare).toBe(0);
    expect(elementToBlocks(article(html)).map((b) => b.offsiteLinkShare)).toEqual([0, 0]);
  });
});
