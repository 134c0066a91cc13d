import { isBoilerplateLine } from './boilerplate';
import { isCaptionOrCreditLine, removeCaptionElements } from './captions';
import { isCommentLine, removeCommentWidgets } from './comment-widgets';
import { removeHiddenElements } from './hidden-elements';
import { dropLeadingLabels } from './page-chrome';
import type { TextBlock } from './paragraphs';
import { isLinkBlock, isRelatedLine } from './related-links';
import { headingRepeatTest, type HeadingContext } from './repeated-heading';
import { dropRepeatedLines } from './repeated-lines';
import { isTimestampLine } from './timestamps';

/**
 * The cleaning that follows Readability, by general rules only (no per-site cases). Element rules
 * run on Readability's article element (which keeps class names for them); line rules run on the
 * text blocks that element becomes.
 */
export function cleanArticleElement(root: Element): void {
  removeHiddenElements(root);
  removeCaptionElements(root);
  removeCommentWidgets(root);
}

const LINE_RULES: ((line: string) => boolean)[] = [
  isBoilerplateLine,
  isTimestampLine,
  isCaptionOrCreditLine,
  isCommentLine,
  isRelatedLine,
];

export function cleanBlocks(blocks: TextBlock[], context: HeadingContext): string[] {
  return cleanLines(
    blocks.filter((block, i) => !isLinkBlock(block, blocks[i + 1])).map((block) => block.text),
    context,
  );
}

/** The line rules alone, for text that never was HTML (the plain-text seed format). */
export function cleanLines(lines: string[], context: HeadingContext): string[] {
  const isHeadingRepeat = headingRepeatTest(context);
  const kept = lines.filter((line) => !isHeadingRepeat(line) && !LINE_RULES.some((rule) => rule(line)));
  return dropRepeatedLines(dropLeadingLabels(kept));
}
