import type { DifferenceValue } from '../types';
import { writtenAt, type DraftDifference } from './difference';

/** Words kept on each side of a value when its sentence is cut to a clause. */
const CLAUSE_WORDS = 7;
const MAX_QUOTE_WORDS = 30;
/** A wording with fewer words than this share of the fullest one quotes only part of the statement. */
const IN_PART = 0.8;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The draft label of a conflict of who said a quotation: the speakers, then the words ("Ada Fenn / Otis Brandt: “…”"). */
export const whoSaidLabel = (speakers: string[], words: string) => `${speakers.join(' / ')}: “${words}”`;
const WHO_SAID = /: “(.+)”$/s;
const QUOTED = /“(.+)”$/s;
/** The words a quotation's or a who-said difference's draft label gives in quotation marks. */
export const labelledQuote = (label: string) => QUOTED.exec(label)?.[1];

/**
 * A difference as a reader would say it, from the outlets' own words: "Fox News: “12,000 people
 * were evacuated” · The New York Times: “15,000 residents left”" for a conflict, "Only HuffPost:
 * “…”" for a detail only some report. `outlet` names an article by its id. An outlet whose value only
 * may report the detail in other words (`inOtherWords`) is said so: not said to report it, nor to be silent.
 */
export function cardLabel(difference: DraftDifference, outlet: (articleId: string) => string): string {
  const { kind, status, values } = difference;
  const unsure = values.filter((v) => v.inOtherWords).map((v) => v.articleId);
  const said = (v: DifferenceValue) => (kind === 'quote' ? `“${shortQuote(v.text)}”` : `“${clauseAround(v.sentence, v.text)}”`);
  // Who said a quotation: each outlet's speaker, then the words in dispute (the sentence around a name may be another quote's).
  const disputed = kind === 'person' ? WHO_SAID.exec(difference.label)?.[1] : undefined;
  if (status === 'conflict' && disputed) {
    // Outlets naming one speaker are one side: "Paper A, Paper B: Ann Lee · Paper C: Tom Ray".
    const sides = [...new Set(values.map((v) => v.normalized))].map((speaker) => `${values.filter((v) => v.normalized === speaker).map((v) => outlet(v.articleId)).join(', ')}: ${speaker}`);
    return `${sides.join(' · ')} — “${shortQuote(disputed)}”`;
  }
  if (status === 'conflict') return values.map((v) => `${outlet(v.articleId)}${v.inOtherWords ? ' (in other words)' : ''}: ${said(v)}`).join(' · ');
  // Outlets quoting more or less of one statement: the label gives the fullest wording and says who quotes only part of it.
  const inPart = new Set(kind === 'quote' ? values.filter((v) => !unsure.includes(v.articleId) && wordCount(v.text) < IN_PART * wordCount(values[0].text)).map((v) => outlet(v.articleId)) : []);
  const who = [...new Set(values.filter((v) => !unsure.includes(v.articleId)).map((v) => outlet(v.articleId)))].map((name) => (inPart.has(name) ? `${name} (in part)` : name)).join(', ');
  // "Only A" would deny what an outlet may say in other words, "A, B" would claim it: name who reports it, and who may.
  const maybe = [...new Set(unsure.map(outlet))].join(', ');
  const only = unsure.length > 0 ? `${who} (${maybe} may say it in other words)` : `Only ${who}`;
  const speaker = kind === 'quote' && values[0].normalized ? `${values[0].normalized}: ` : '';
  // The words of a quotation every outlet quoting it in full gives, as the comparer labelled it (not one outlet's going on).
  const quoted = kind === 'quote' ? labelledQuote(difference.label) : undefined;
  if (kind === 'person' || kind === 'organization' || kind === 'place') {
    const clause = clauseAround(values[0].sentence, values[0].text);
    // "All name" only when every outlet surely does: one that may mean someone else is said so.
    return status === 'consensus' && unsure.length === 0 ? `All name ${difference.label}: “${clause}”` : `${status === 'consensus' ? `${who} (${maybe} may say it in other words)` : only} name ${difference.label}: “${clause}”`;
  }
  return `${status === 'consensus' ? (unsure.length > 0 ? `${who} (${maybe} may say it in other words)` : 'All report') : only}: ${speaker}${quoted ? `“${shortQuote(quoted)}”` : said(values[0])}`;
}

/** The words around a value in its sentence, with an ellipsis where the sentence goes on. */
export function clauseAround(sentence: string, value: string): string {
  const at = writtenAt(sentence, value);
  const words = sentence.split(/\s+/).filter(Boolean);
  if (at < 0 || words.length <= 2 * CLAUSE_WORDS + 4) return sentence.trim();
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean);
  const after = sentence.slice(at + value.length).split(/\s+/).filter(Boolean);
  const head = besideAnotherFigure(before.slice(-CLAUSE_WORDS), 'before');
  const tail = besideAnotherFigure(after.slice(0, CLAUSE_WORDS), 'after');
  // The value keeps to a word it is written against ("magnitude-5.9"), as it does after it.
  const clause = `${head.join(' ')}${head.length && /\s/.test(sentence[at - 1]!) ? ' ' : ''}${value}${sentence[at + value.length] === ' ' || !tail.length ? ' ' : ''}${tail.join(' ')}`.replace(/\s+/g, ' ').trim();
  return `${head.length < before.length ? '…' : ''}${clause}${tail.length < after.length ? '…' : ''}`;
}

/**
 * The words kept on one side of a value, stopping short of another figure ("Mr. Okafor, 38, had been held for 412 days…" reads
 * as a card about 412 days): after it and the word it counts, or, after the value, at the last comma before it.
 */
function besideAnotherFigure(words: string[], side: 'before' | 'after'): string[] {
  const figure = (word: string) => /\d/.test(word);
  if (side === 'before') {
    const at = words.findLastIndex(figure);
    return at < 0 ? words : words.slice(Math.min(words.length, at + (/\p{L}/u.test(words[at]) ? 1 : 2)));
  }
  const at = words.findIndex(figure);
  // "9 of the 14 members": the whole a part is of belongs to it.
  if (at < 0 || /^(?:of|out of)(?: the)?$/i.test(words.slice(0, at).join(' '))) return words;
  const kept = words.slice(0, at);
  const comma = kept.findLastIndex((word) => /,$/.test(word));
  return comma >= 0 ? kept.slice(0, comma + 1) : kept;
}

function shortQuote(text: string): string {
  const words = text.split(/\s+/);
  return words.length > MAX_QUOTE_WORDS ? `${words.slice(0, MAX_QUOTE_WORDS).join(' ')}…` : text;
}
