/**
 * Does one of the element's class names or its id contain one of these words? Names are split into
 * words at any non-alphanumeric ("article__image-caption" → article, image, caption); a name that
 * negates or merely flags the word ("no_caption", "has-comments") does not count.
 */
const NEGATIONS = new Set(['no', 'not', 'has', 'with', 'without', 'hide', 'hidden', 'disabled', 'count', 'counter']);

export function hasClassWord(element: Element, words: ReadonlySet<string>): boolean {
  const classes = element.getAttribute('class');
  const id = element.getAttribute('id');
  if (!classes && !id) return false;
  const names = `${classes ?? ''} ${id ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((name) => {
    const parts = name.split(/[^a-z0-9]+/);
    return parts.some((part) => words.has(part)) && !parts.some((part) => NEGATIONS.has(part));
  });
}
