import { findTextRange } from './find-text';

const HIGHLIGHT_NAME = 'crosscheck-detail';
const STYLE_ID = 'crosscheck-highlight-style';

/**
 * Marks a sentence on the page the reader is on and scrolls to it; returns false when the sentence
 * is not on the page. The mark is a CSS Custom Highlight, which paints over the text: the article's
 * text and elements are left as they are (no element wraps the sentence). What the page does gain
 * is an entry in its `CSS.highlights` registry and one `<style>` element, appended to its head, for
 * the mark's colours; clearHighlight removes both. Where the browser lacks the API, it only scrolls.
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

/** Removes the mark and its `<style>` element, if any. */
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
