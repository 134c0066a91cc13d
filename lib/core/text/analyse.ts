import { splitDateline } from '../extract/dateline';
import type { Article } from '../types';
import { dates, DAY, daysFromDayBefore, type DateMention } from './dates';
import { entities, type EntityMention } from './entities';
import { quantities, type Quantity } from './quantities';
import { quotes, type Quote } from './quotes';
import { sentences } from './sentences';
import { hasTag, tagTerms } from './tags';
import { contentTerms } from './terms';

/** Before a figure, up to a "but", that it was what was first told: "initially said", "had at first put the toll at". */
const REVISED_BEFORE = /\b(?:initially|originally|at\s+first)\s+(?:said|reported|put|counted|gave|estimated|announced)\b(?:(?!\bbut\b)[^.;])*$/i;

/**
 * A figure in the subject of a sentence telling what such things can do, not what this one did: "A 40-foot wave can
 * flatten a pier." The figure stands for any thing of the kind (the indefinite article), and "can" tells of things in general.
 */
const GENERIC_BEFORE = /^["“‘']?(?:An?|Any)\s+[\p{L}\s-]{0,30}$/u;
const GENERIC_AFTER = /^[-\p{L}\s]{0,30}?\s(?:can|cannot|can['’]t)\s+\p{Ll}/u;
const generic = (sentence: string, quantity: Quantity) => GENERIC_BEFORE.test(sentence.slice(0, quantity.start)) && GENERIC_AFTER.test(sentence.slice(quantity.end));

/** A value found in an article, with the sentence it came from and that sentence's position. */
export interface Mention<T> {
  value: T;
  sentence: string;
  index: number;
}

export interface AnalysedArticle {
  article: Pick<Article, 'id' | 'source' | 'title' | 'publishedAt' | 'text'>;
  sentences: string[];
  /** Content terms of each sentence, for aligning sentences across articles. */
  terms: Set<string>[];
  quantities: Mention<Quantity>[];
  dates: Mention<DateMention>[];
  entities: Mention<EntityMention>[];
  quotes: Quote[];
  /** The nouns and values of each sentence, read from its tagging: what a claim of the sentence may be about. */
  nouns: SentenceNoun[][];
}

/** A word tagged as a name (proper noun, acronym) or as a noun or value that is no date or span of time. */
export interface SentenceNoun {
  text: string;
  name: boolean;
  noun: boolean;
}

/** Everything the comparers read of one article, computed once. */
export function analyse(article: AnalysedArticle['article']): AnalysedArticle {
  const split = sentences(article.text);
  const found: AnalysedArticle = { article, sentences: split, terms: [], quantities: [], dates: [], entities: [], quotes: quotes(article.text), nouns: [] };
  // The last day the sentence before gave: what "two days earlier" of the next sentence is told from.
  let dayOfSentenceBefore: { normalized: string; end: number } | null = null;
  split.forEach((sentence, index) => {
    found.terms.push(new Set(contentTerms(sentence)));
    // A wire dateline left on the lead ("LONDON, Nov 20 (Reuters) -", when the text did not come through extraction) gives the
    // day of writing, no day of the story.
    const dateline = index === 0 ? sentence.length - splitDateline(sentence).rest.length : 0;
    const read = dates(sentence, article.publishedAt).filter((d) => d.start >= dateline);
    const days = (before: number) => read.filter((d) => d.end <= before && DAY.test(d.normalized));
    const dayBefore = (offset: number) => days(offset).pop() ?? dayOfSentenceBefore;
    const dated = [...read, ...daysFromDayBefore(sentence, dayBefore).filter((d) => !read.some((r) => d.start < r.end && d.end > r.start))];
    const last = days(sentence.length).pop();
    dayOfSentenceBefore = last ? { normalized: last.normalized, end: -1 } : null;
    // The story's own first sentence starts after a dateline: tagged on its own, its first word is read as any sentence's
    // ("WASHINGTON — About 850 workers…": "About" is no name, and the figure after it is one).
    const tagged = dateline > 0 ? [...tagTerms(sentence.slice(0, dateline)), ...tagTerms(sentence.slice(dateline)).map((term) => ({ ...term, start: term.start + dateline }))] : tagTerms(sentence);
    for (const date of dated) found.dates.push({ value: date, sentence, index });
    // "Officials initially said three people had died, but the toll rose to four": a figure since revised is not the article's.
    // A figure of a thing in general is none of the story's.
    for (const quantity of quantities(sentence, dated, tagged)) if (!REVISED_BEFORE.test(sentence.slice(0, quantity.start)) && !generic(sentence, quantity)) found.quantities.push({ value: quantity, sentence, index });
    for (const entity of entities(sentence, tagged)) found.entities.push({ value: entity, sentence, index });
    found.nouns.push(
      tagged
        .map((term) => ({ text: term.text, name: hasTag(term, ['ProperNoun', 'Acronym']), noun: hasTag(term, ['Noun', 'Value']) && !hasTag(term, ['Date', 'Duration']) }))
        .filter((term) => term.name || term.noun),
    );
  });
  return found;
}
