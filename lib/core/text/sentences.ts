/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms mme messrs dr prof rev fr hon atty dist asst dep pres gen col maj lt capt cmdr cmdt adm brig sgt cpl pvt pfc spc ofc det insp supt rep reps sen sens gov govs st mt ft jr sr inc corp co ltd dept univ vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.u u.n'.split(' '),
);

/**
 * Whether the full stop ending `text` belongs to an abbreviation or an initial ("Mr.", "V."). "No."
 * is one only before a number ("No. 2"): otherwise it is the word, ending a sentence ("He said no.").
 */
export function endsWithAbbreviation(text: string, next = ''): boolean {
  const lastWord = /(\S+)$/.exec(text)?.[1].replace(/^["“‘(]/, '').toLowerCase() ?? '';
  const bareWord = lastWord.replace(/\.$/, '');
  if (!lastWord.endsWith('.')) return false;
  if (bareWord === 'no') return /^\s*\d/.test(next);
  // "Harold Pembry Jr. He said", "Pendle Foods Inc. Its owner": a name's suffix ends a sentence before a pronoun or an article.
  if (NAME_SUFFIXES.has(bareWord) && SENTENCE_OPENER.test(next)) return false;
  // "8:30 p.m. Monday", "9 a.m. ET": the time goes on; "at 9 a.m. The others…": the sentence ends.
  if (bareWord === 'a.m' || bareWord === 'p.m') return TIME_GOES_ON.test(next);
  // Initials ("J.R.", "U.S.") and single letters ("V."); a party and home town ("D-St. Paul") end in the town's abbreviation.
  return ABBREVIATIONS.has(bareWord) || (/^[dri]-/.test(bareWord) && ABBREVIATIONS.has(bareWord.slice(2))) || /^[a-z]$/i.test(bareWord) || /^(?:[a-z]\.)+[a-z]$/i.test(bareWord);
}

/**
 * The text with the full stops of abbreviations and initials blanked ("the U S  deficit", "Mr  Ray"), the same length: a pattern
 * that reads a clause up to its full stop reads past them.
 */
export function withoutAbbreviationStops(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/[\p{L}.'’-]+\./gu, (word, at: number) => (endsWithAbbreviation(text.slice(0, at + word.length), text.slice(at + word.length)) ? word.replace(/\./g, ' ') : word));
}

/** Suffixes of people's and companies' names, which may also end a sentence. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd']);
const SENTENCE_OPENER = /^\s*["“‘(]?(?:He|She|It|Its|They|Their|His|Her|The|A|An|This|That|These|Those|We|I|But|And|In|On|At|There|When|After)\b/;

const TIME_GOES_ON = /^\s*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z]{1,2}[SD]?T|GMT|UTC|BST|CET|local)\b/;

/** A wire's credit in brackets and the dash after it: "(AP) —". */
const WIRE_CREDIT_AFTER = /^\s*\([A-Z][A-Za-z.&' ]{0,30}\)\s*(?:--|—|–|-)/;

const SPACED_DECIMAL_TAIL = /^\s\d+\s*(?:thousand|million|billion|trillion|bn|percent|per cent|%)/i;

/** Splits text into sentences, keeping abbreviations ("Mr.", "Feb.", "U.S.") and initials together. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let start = 0;
    const boundary = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
    for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
      if (endsWithAbbreviation(paragraph.slice(start, match.index + 1), paragraph.slice(match.index + 1))) continue;
      // "$1. 2 million": a decimal point that extraction or tokenising spaced out, not a sentence end.
      if (/\d$/.test(paragraph.slice(0, match.index)) && SPACED_DECIMAL_TAIL.test(paragraph.slice(match.index + 1))) continue;
      // "SALEM, Ore. (AP) — …": a wire's credit and its dash go on with the dateline a state's abbreviation ends.
      if (WIRE_CREDIT_AFTER.test(paragraph.slice(match.index + 1))) continue;
      out.push(paragraph.slice(start, match.index + match[0].length).trim());
      start = match.index + match[0].length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

/** Where a quotation's sentence may end: a full stop, question or exclamation mark, a closing quotation mark, then a space. */
const QUOTE_SENTENCE_END = /[.!?]["”’]?\s+/g;
/** An ellipsis, marking words left out of a quotation. */
const ELLIPSIS = /\s*(?:…|\.{3,})\s*/;

/**
 * A quotation's sentences, abbreviations and initials kept whole ("Mr. Crane has served…" is one sentence); with
 * `atEllipses`, the words either side of an ellipsis are parts of their own too.
 */
export function sentencesOfQuote(quote: string, atEllipses = true): string[] {
  const out: string[] = [];
  for (const part of atEllipses ? quote.split(ELLIPSIS) : [quote]) {
    let start = 0;
    for (const match of part.matchAll(QUOTE_SENTENCE_END)) {
      if (endsWithAbbreviation(part.slice(start, match.index + 1), part.slice(match.index + 1))) continue;
      out.push(part.slice(start, match.index + 1));
      start = match.index + match[0].length;
    }
    out.push(part.slice(start));
  }
  return out;
}
