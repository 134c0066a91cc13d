import { endsLikeSentence, wordCount } from './text-shape';

/**
 * A standfirst or pull quote that the page shows twice ends up twice in the text: a line of prose
 * that repeats an earlier one is dropped. A layout that doubles a line makes two copies of a whole
 * sentence or more; a line that comes back three times or more is the article's own pattern (an
 * interview's recurring question, a refrain), and a line that stops mid-sentence is part of a
 * paragraph broken into lines (a poem, lyrics): every copy of those stays. Short lines
 * ("Advertisement", "Click to tweet") may repeat legitimately and are left to the other rules.
 */
const MIN_REPEAT_WORDS = 8;
const LAYOUT_COPIES = 2;

export function dropRepeatedLines(lines: string[]): string[] {
  const copies = new Map<string, number>();
  const keyOf = (line: string) => (wordCount(line) < MIN_REPEAT_WORDS || !endsLikeSentence(line) ? null : line.toLowerCase());
  for (const line of lines) {
    const key = keyOf(line);
    if (key !== null) copies.set(key, (copies.get(key) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = keyOf(line);
    if (key === null || copies.get(key) !== LAYOUT_COPIES) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
