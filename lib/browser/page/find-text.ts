/**
 * Finds a passage of text in a page and returns it as a DOM Range. Whitespace is compared collapsed,
 * case ignored and quotes/dashes folded, because extracted text is normalised while the page's is
 * not. Text inside scripts, styles, templates and text areas is not searched.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so this module needs no DOM globals

function foldForSearch(text: string): string {
  return text.replace(/[“”„″]/g, '"').replace(/[‘’‚′]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').toLowerCase();
}

export function findTextRange(doc: Document, passage: string): Range | null {
  const wanted = foldForSearch(passage).trim();
  if (!wanted || !doc.body) return null;
  // One folded string of the page's text, with the text node and offset behind every character.
  let folded = '';
  const origins: { node: Text; offset: number }[] = [];
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement && SKIPPED.has(node.parentElement.tagName)) continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const char = foldForSearch(value[i]);
      const isSpace = char === ' ';
      if (isSpace && lastWasSpace) continue;
      folded += char;
      origins.push({ node, offset: i });
      lastWasSpace = isSpace;
    }
    if (!lastWasSpace) {
      // Every text node ends a word, so that text nodes of different blocks read as separate words
      // (a word split across inline elements, "Cross<b>check</b>", is not found).
      folded += ' ';
      origins.push({ node, offset: value.length });
      lastWasSpace = true;
    }
  }
  const start = folded.indexOf(wanted);
  if (start < 0) return null;
  const first = origins[start];
  const last = origins[start + wanted.length - 1];
  const range = doc.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, Math.min(last.offset + 1, last.node.data.length));
  return range;
}
