/**
 * Readability's work grows with the number of elements times their nesting depth: a chain of 1,000
 * nested elements takes it seconds, 60,000 takes minutes. Real pages nest far less (the deepest of
 * the 250 benchmark and Readability test pages is 51 levels), so a page nested deeper than
 * MAX_DEPTH is refused before Readability runs.
 */
export const MAX_DEPTH = 100;

export const TOO_DEEP_NOTE = 'This page is too deeply nested to read as an article.';

/**
 * True when some element of `root`'s tree is nested more than `maxDepth` levels deep (`root` is
 * level 1). Walks the tree in document order without recursion, so that no page can overflow the
 * stack, and stops at the first element past the limit.
 */
export function nestedDeeperThan(root: Element, maxDepth: number): boolean {
  let element: Element | null = root;
  let depth = 1;
  while (element) {
    if (depth > maxDepth) return true;
    const child: Element | null = element.firstElementChild;
    if (child) {
      element = child;
      depth++;
      continue;
    }
    while (element !== root && !element.nextElementSibling) {
      element = element.parentElement as Element;
      depth--;
    }
    if (element === root) return false;
    element = element.nextElementSibling;
  }
  return false;
}
