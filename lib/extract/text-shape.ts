/** Small facts about a line of text that several cleaning rules look at. */

// Chinese and Japanese write words without spaces: each ideograph or kana counts as a word.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

export function wordCount(text: string): number {
  const spaced = text.replace(UNSPACED_SCRIPT, ' ').trim();
  const unspaced = text.match(UNSPACED_SCRIPT)?.length ?? 0;
  return (spaced ? spaced.split(/\s+/).length : 0) + unspaced;
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
