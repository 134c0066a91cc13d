import { endsLikeSentence, wordCount } from './text-shape';

/**
 * A standfirst, highlight or pull quote that the page shows twice ends up twice in the text: a
 * sentence that repeats an earlier line is dropped. What a layout doubles is mostly one whole
 * sentence, exactly twice; a line that comes back three times or more is the article's own pattern
 * (an interview's recurring question, a refrain), a line that starts or stops mid-sentence is part
 * of a paragraph broken into lines (a poem, lyrics), and a paragraph of several sentences that
 * comes twice is the article repeating itself (a passage quoted again, a reference cited twice):
 * every copy of those stays. Short lines ("Advertisement", "Click to tweet") may repeat
 * legitimately and are left to the other rules.
 */
const MIN_REPEAT_WORDS = 8;
const LAYOUT_COPIES = 2;
// A sentence end followed by the next sentence's start: "…this year. The council…".
const SENTENCE_BREAK = /[.!?…。！？]["'”’)\]]*\s+["'“‘(]?\p{Lu}/u;
const STARTS_MID_SENTENCE = /^["'“‘(]?\p{Ll}/u;

export function dropRepeatedLines(lines: string[]): string[] {
  const copies = new Map<string, number>();
  const keyOf = (line: string) => (isOneSentence(line) ? line.toLowerCase() : null);
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

function isOneSentence(line: string): boolean {
  return (
    wordCount(line) >= MIN_REPEAT_WORDS && endsLikeSentence(line) && !STARTS_MID_SENTENCE.test(line) && !SENTENCE_BREAK.test(line)
  );
}
