/**
 * Very large pages (megabytes of HTML, 100k+ elements) would make Readability slow. A page over the
 * limit first loses what never holds article text (scripts other than JSON-LD, styles, SVG); if it is
 * still over, everything after its first MAX_ELEMENTS elements is cut, and the caller says so.
 */
export const MAX_ELEMENTS = 30_000;
const NEVER_TEXT = 'script:not([type="application/ld+json"]), style, svg, noscript, template, iframe, canvas';

/** Shrinks `doc` (a clone) in place; true when part of the page had to be cut. */
export function limitDocumentSize(doc: Document, maxElements = MAX_ELEMENTS): boolean {
  if (doc.querySelectorAll('*').length <= maxElements) return false;
  for (const element of Array.from(doc.querySelectorAll(NEVER_TEXT))) element.remove();
  const all = doc.querySelectorAll('*');
  if (all.length <= maxElements) return false;
  // Keep the first maxElements elements in document order: drop whatever follows the last kept one.
  for (let node: Element | null = all[maxElements - 1]; node && node !== doc.documentElement; node = node.parentElement) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  return true;
}
