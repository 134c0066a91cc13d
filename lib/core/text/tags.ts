import nlp from 'compromise';

/** A word of a sentence with compromise's part-of-speech tags and its offset. */
export interface TaggedTerm {
  text: string;
  /** Punctuation written after the word (",", ".”"). */
  post: string;
  start: number;
  tags: Set<string>;
}

interface CompromiseTerm {
  text: string;
  post: string;
  offset: { start: number };
  tags: string[];
}

/** Tags a sentence once; entities and quantities both read the result. */
export function tagTerms(sentence: string): TaggedTerm[] {
  return (nlp(sentence).json({ offset: true }) as { terms: CompromiseTerm[] }[]).flatMap((s) =>
    s.terms.map((t) => ({ text: t.text, post: t.post, start: t.offset.start, tags: new Set(t.tags) })),
  );
}

export function hasTag(term: TaggedTerm, tags: string[]): boolean {
  return tags.some((tag) => term.tags.has(tag));
}
