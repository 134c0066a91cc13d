import { findTextRange } from './find-text';

const HIGHLIGHT_NAME = 'crosscheck-detail';
const STYLE_ID = 'crosscheck-highlight-style';

/**
 * Marks a sentence on the page the reader is on and scrolls to it. It uses the CSS Custom Highlight
 * API, which paints over the text without changing the page's DOM, so page scripts are not disturbed
 * and clearing it leaves no trace. Returns false when the sentence is not on the page.
 */
export function highlightSentence(doc: Document, sentence: string): boolean {
  clearHighlight(doc);
  const range = findTextRange(doc, sentence);
  if (!range) return false;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && 'Highlight' in view && view.CSS?.highlights) {
    view.CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(range));
    ensureStyle(doc);
  }
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

export function clearHighlight(doc: Document): void {
  doc.defaultView?.CSS?.highlights?.delete(HIGHLIGHT_NAME);
  doc.getElementById(STYLE_ID)?.remove();
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #000; }`;
  (doc.head ?? doc.documentElement).append(style);
}
