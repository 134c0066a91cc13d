import { writtenAt } from '../lib/core/compare/difference';

/** A sentence with one value marked where it is written as a whole, built from text nodes only (never parsed as HTML). */
export function HighlightedSentence({ sentence, value }: { sentence: string; value: string }) {
  const at = value ? writtenAt(sentence.toLowerCase(), value.toLowerCase()) : -1;
  if (at < 0) return <span class="sentence">{sentence}</span>;
  return (
    <span class="sentence">
      {sentence.slice(0, at)}
      <mark>{sentence.slice(at, at + value.length)}</mark>
      {sentence.slice(at + value.length)}
    </span>
  );
}
