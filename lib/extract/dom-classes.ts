/**
 * Does one of the element's class names or its id contain one of these words? Names are split into
 * words at any non-alphanumeric ("article__image-caption" → article, image, caption); a name that
 * negates or merely flags the word ("no_caption", "has-comments") does not count.
 */
const NEGATIONS = new Set(['no', 'not', 'has', 'with', 'without', 'hide', 'hidden', 'disabled', 'count', 'counter']);

export function hasClassWord(element: Element, words: ReadonlySet<string>): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((name) => {
    const parts = name.split(/[^a-z0-9]+/);
    return parts.some((part) => words.has(part)) && !parts.some((part) => NEGATIONS.has(part));
  });
}

/** An element-removal rule is never trusted with more than this share of the article's text. */
const MAX_REMOVED_SHARE = 0.5;

/** Removes the elements under `root` that match the selector and the predicate (unless they hold most of the article). */
export function removeWhere(root: Element, selector: string, predicate: (element: Element) => boolean): void {
  const total = (root.textContent ?? '').length;
  for (const element of Array.from(root.querySelectorAll(selector))) {
    if (predicate(element) && (element.textContent ?? '').length <= total * MAX_REMOVED_SHARE) element.remove();
  }
}
