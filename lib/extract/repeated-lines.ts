import { wordCount } from './text-shape';

/**
 * A standfirst or pull quote that the page shows twice ends up twice in the text: a line of prose
 * that repeats an earlier one is dropped. Short lines ("Advertisement", "Click to tweet") may repeat
 * legitimately and are left to the other rules.
 */
const MIN_REPEAT_WORDS = 8;

export function dropRepeatedLines(lines: string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (wordCount(line) < MIN_REPEAT_WORDS) return true;
    const key = line.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
