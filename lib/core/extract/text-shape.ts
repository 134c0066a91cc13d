/** Small facts about a line of text that several cleaning rules look at. */

// Chinese and Japanese write words without spaces: each ideograph or kana counts as a word.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// A quick test first: most text has nothing from the CJK blocks, and counting them is slower.
const MAYBE_UNSPACED = /[\u2E80-\u9FFF\uF900-\uFAFF]/;

export function wordCount(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) return countSpaced(text);
  return countSpaced(text.replace(UNSPACED_SCRIPT, ' ')) + (text.match(UNSPACED_SCRIPT)?.length ?? 0);
}

function countSpaced(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

/** Ends like a sentence of prose: a full stop, question or exclamation mark, maybe inside quotes. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？]["'”’」』)\]]*$/.test(text.trim());
}

/** Case-, accent- and punctuation-insensitive form, for "is this line the same as the headline?". */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
