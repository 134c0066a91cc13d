const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters (UTF-16 code units, as the message schema counts them):
 * after the last whole word that fits, then an ellipsis. Text with no space in the last half of
 * what fits (a URL, Chinese) is cut between characters, never inside a surrogate pair.
 */
export function cutAtWord(text: string | null, max: number): string | null {
  if (text === null || text.length <= max) return text;
  let kept = text.slice(0, max - ELLIPSIS.length);
  // A space right after what fits means its last word is whole.
  const lastSpace = text.lastIndexOf(' ', kept.length);
  if (lastSpace > kept.length / 2) kept = kept.slice(0, lastSpace);
  else if (/[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}${ELLIPSIS}`;
}
