import { authorBioTest } from './author-bio';
import { isBoilerplateLine } from './boilerplate';
import { isCaptionElement, isCaptionOrCreditLine } from './captions';
import { isCommentLine, isCommentWidget } from './comment-widgets';
import { isHiddenElement } from './hidden-elements';
import { dropLeadingLabels } from './page-chrome';
import type { TextBlock } from './paragraphs';
import { dropRelatedSections, isLinkBlock, isRelatedLine } from './related-links';
import { headingRepeatTest, type HeadingContext } from './repeated-heading';
import { dropRepeatedLines } from './repeated-lines';
import { isTimestampLine } from './timestamps';

/**
 * The cleaning that follows Readability, by general rules only (no per-site cases). Element rules
 * run on Readability's article element (which keeps class names for them); line rules run on the
 * text blocks that element becomes. tests/unit/conventions.test.ts fails when an `is…` rule of
 * either shape in this folder is left out of these lists.
 */
export const ELEMENT_RULES: ((element: Element) => boolean)[] = [isHiddenElement, isCaptionElement, isCommentWidget];
/** An element rule is never trusted with more than this share of the article's text. */
const MAX_REMOVED_SHARE = 0.5;

export function cleanArticleElement(root: Element): void {
  const limit = (root.textContent ?? '').length * MAX_REMOVED_SHARE;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (ELEMENT_RULES.some((rule) => rule(element)) && (element.textContent ?? '').length <= limit) element.remove();
  }
}

export const LINE_RULES: ((line: string) => boolean)[] = [
  isBoilerplateLine,
  isTimestampLine,
  isCaptionOrCreditLine,
  isCommentLine,
  isRelatedLine,
];

export function cleanBlocks(blocks: TextBlock[], context: HeadingContext): string[] {
  const lines = blocks.filter((block, i) => !isLinkBlock(block, blocks[i + 1])).map((block) => block.text);
  return dropLeadingLabels(cleanLines(lines, context));
}

/**
 * The line rules alone: also for text that never was HTML (the plain-text seed format), which has
 * no page chrome above the story but may open with a short headline.
 */
export function cleanLines(lines: string[], context: HeadingContext): string[] {
  const isHeadingRepeat = headingRepeatTest(context);
  const isAuthorBio = authorBioTest(context.byline);
  const kept = dropRelatedSections(lines).filter(
    (line) => !isHeadingRepeat(line) && !isAuthorBio(line) && !LINE_RULES.some((rule) => rule(line)),
  );
  return dropRepeatedLines(kept);
}
