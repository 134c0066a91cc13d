/**
 * Text the reader never sees: elements marked `hidden`, `aria-hidden="true"` or styled
 * `display: none` / `visibility: hidden` inline (pop-up cards, screen-reader duplicates).
 */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHiddenElement(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '')
  );
}
