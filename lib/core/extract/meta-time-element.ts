/**
 * The publication date printed on the page: an element marked `itemprop="datePublished"` or, failing
 * that, the first `<time datetime>` (inside an `<article>` if there is one, where the page's own
 * date is, rather than a sidebar's).
 */
export function readTimeElement(doc: Document): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"]');
  const markedValue = marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? null;
  if (markedValue?.trim()) return markedValue.trim();
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}
