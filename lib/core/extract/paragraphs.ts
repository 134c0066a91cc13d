import { siteOf } from './same-site';

/**
 * Turns an article element into blocks of plain text: every block element ends a block, inline
 * text is joined, whitespace is collapsed. Each block remembers how much of its text is link text,
 * which is what tells a list of related links from prose, and how much leads to other sites. Works
 * on any DOM (the page's, linkedom's).
 */
export interface TextBlock {
  text: string;
  /** Share of the block's characters (0–1) that sit inside links to other pages. */
  linkShare: number;
  /** Share of the block's characters inside links to other sites than the page's (0 without its address). */
  offsiteLinkShare: number;
  /** The block is (part of) a heading, `<h1>`–`<h6>`. */
  heading: boolean;
  /** The block is (part of) a table cell, `<td>` or `<th>`. */
  cell: boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CELL_TAGS = new Set(['TD', 'TH']);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function elementToBlocks(root: Node, pageUrl: string | null = null): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linked = '';
  let offsite = '';
  let headingDepth = 0;
  let cellDepth = 0;
  const pageSite = pageUrl ? siteOf(pageUrl) : null;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) {
      const share = (part: string) => Math.min(1, part.replace(/\s+/g, '').length / Math.max(1, text.replace(/\s+/g, '').length));
      blocks.push({ text, linkShare: share(linked), offsiteLinkShare: share(offsite), heading: headingDepth > 0, cell: cellDepth > 0 });
    }
    current = '';
    linked = '';
    offsite = '';
  };
  const visit = (node: Node, link: Link) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      current += value;
      if (link !== 'none') linked += value;
      if (link === 'offsite') offsite += value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const inner = link === 'none' && tag === 'A' ? linkKind(node as Element, pageUrl, pageSite) : link;
    const heading = HEADING_TAGS.has(tag);
    const cell = CELL_TAGS.has(tag);
    if (heading) headingDepth++;
    if (cell) cellDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, inner);
    if (block) flush();
    if (heading) headingDepth--;
    if (cell) cellDepth--;
  };
  visit(root, 'none');
  flush();
  return blocks;
}

type Link = 'none' | 'onsite' | 'offsite';

function linkKind(link: Element, pageUrl: string | null, pageSite: string | null): Link {
  if (isInPageAnchor(link)) return 'none';
  const href = link.getAttribute('href');
  const site = pageSite && href ? siteOf(href, pageUrl ?? undefined) : null;
  return site && site !== pageSite ? 'offsite' : 'onsite';
}

/** A "#section" link (a heading's permalink, a footnote) points into this page, not away from it. */
function isInPageAnchor(link: Element): boolean {
  return (link.getAttribute('href') ?? '').startsWith('#');
}
