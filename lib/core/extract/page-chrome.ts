import { endsLikeSentence, wordCount } from './text-shape';

/**
 * Section labels and breadcrumbs ("Home", "News", "Entertainment") that Readability keeps above the
 * story: the short lines before the first line of prose. Subheadings further down are kept.
 */
const MAX_LABEL_WORDS = 4;
const MIN_PROSE_WORDS = 8;

export function dropLeadingLabels(lines: string[]): string[] {
  const firstProse = lines.findIndex((line) => wordCount(line) >= MIN_PROSE_WORDS || endsLikeSentence(line));
  if (firstProse <= 0) return lines;
  const lead = lines.slice(0, firstProse).filter((line) => wordCount(line) > MAX_LABEL_WORDS);
  return [...lead, ...lines.slice(firstProse)];
}
