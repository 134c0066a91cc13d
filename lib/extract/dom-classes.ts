/** The class and id words of an element ("article__image-caption" → "article", "image", "caption"). */
export function classWords(element: Element): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Removes the elements under `root` that match the selector and the predicate. */
export function removeWhere(root: Element, selector: string, predicate: (element: Element) => boolean): void {
  for (const element of Array.from(root.querySelectorAll(selector))) {
    if (predicate(element)) element.remove();
  }
}
