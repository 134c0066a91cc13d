import { parseHTML } from 'linkedom';

/** A whole page written for a test, as a DOM Document. */
export function page(html: string): Document {
  return parseHTML(html.trim().startsWith('<!') || html.trim().startsWith('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/** A `<div>` holding the given HTML, as an article element would after Readability. */
export function article(html: string): Element {
  const doc = page(`<div id="article-root">${html}</div>`);
  return doc.getElementById('article-root') as Element;
}

/** The element's text with whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
