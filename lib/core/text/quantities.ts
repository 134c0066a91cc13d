import nlp from 'compromise';
import { hasTag, tagTerms, type TaggedTerm } from './tags';
import { perText } from './per-text';
import { words } from './terms';
import { NUMBER_UNDER_HUNDRED, smallNumber } from './number-words';

/** A quantity as written, its value with scale applied, and what it measures or counts. */
export interface Quantity {
  text: string;
  value: number;
  /**
   * "USD", "EUR", "GBP", "percent", "years old" (an age), "magnitude" (of a quake), "calibre" (of a gun, in inches),
   * "hour", "minute", "second" and the like (a span), "count" (a scaled figure with no noun),
   * or the singular noun counted ("leader", "member"); never empty.
   */
  unit: string;
  /** Written as "N other …": the count excludes someone the sentence names beside it. */
  excludesOne: boolean;
  start: number;
  end: number;
}

/** A month's name or its abbreviation, and nothing longer ("Marsh" and "Mayor" are no months). */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH_NAME}\.?\s+$`);
const DECADE_AFTER = /^\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/i;
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
/** Dollars named by country before or after the sign, as non-US outlets write them: "US$5", "$US5", "A$5", "NZ$5". */
const CURRENCY_CODE = '(?:US|AU?|NZ|CA?|HK|S)\\$|\\$(?:US|AU?|NZ|CA?|HK|S)';
const DOLLARS_OF: Record<string, string> = { US: 'USD', A: 'AUD', AU: 'AUD', NZ: 'NZD', C: 'CAD', CA: 'CAD', HK: 'HKD', S: 'SGD' };
/** Currencies named by a word after the figure, as the unit they are read in ("4.2 billion crowns", "a 900-franc fine"). */
const CURRENCY_NAMED: Record<string, string> = { dollar: 'USD', euro: 'EUR', pound: 'GBP', crown: 'crown', krona: 'crown', krone: 'crown', kronor: 'crown', kroner: 'crown', franc: 'franc', yen: 'yen', rupee: 'rupee', peso: 'peso' };
/** The units that are currencies ("USD", "EUR", …). */
export const CURRENCIES = new Set([...Object.values(CURRENCY_SYMBOLS), ...Object.values(DOLLARS_OF), ...Object.values(CURRENCY_NAMED)]);
/** A money figure in brackets right after another: the same amount converted ("$US1 million ($1.52 million)"). */
const CONVERSION_BEFORE = /(?:[$€£]|\$[A-Z]{1,2}|[A-Z]{1,2}\$)\s?[\d.,]+(?:\s*(?:thousand|million|billion|trillion|bn))?\s*\(\s*$/;
/** Words of weighing: "pounds" in their sentence are a weight, not a sum. */
const WEIGHED = /\b(?:weigh(?:s|ed|ing|t)?|heavy|heavier|lighter|payload)\b/i;
/**
 * "5 dollars", "a 1.5-million-dollar fine", "4.2 billion crowns", "a 4.2 billion crown package" (not "a 10-pound baby" nor "31
 * pounds of fentanyl": a weight).
 */
const CURRENCY_WORDS = /^(?:\s*(dollars|euros|pounds(?!\s+of\b)|crowns|kronor|kroner|francs|yen|rupees|pesos)|[-\s](dollar|euro|crown|krona|krone|franc|rupee|peso))\b/i;
/** "12 percent", "a 2-percent raise". */
const PERCENT = /^(?:\s*|-)(%|percent\b|per cent\b)/i;
/** A change of a share ("fell 4 percentage points", "a 2-percentage-point surcharge"), not a share: "fell 4%" is a relative change. */
const POINTS = /^[-\s]*(?:percentage[-\s]+)?points?\b/i;
const MARGIN_OF_ERROR = /\bmargin\s+of\s+(?:sampling\s+)?error\b/i;

interface Unit {
  name: string;
  end: number;
  excludesOne: boolean;
}

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** A number in digits (with an optional scale word, "m" after a sum: "£5m", or "M" after a decimal: "1.4M") or in words ("twenty-one", "two hundred"). */
const NUMBER = new RegExp(
  `(?:${CURRENCY_CODE}(?=\\d)|[$€£]?\\b)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+|\\.\\s\\d+(?=\\s*(?:thousand|million|billion|trillion|bn|percent|per cent)\\b|\\s*%))?(?:(?:\\s*|-)(thousand|million|billion|trillion|bn)\\b|(?<=[$€£][\\d.,]*\\d)(m)\\b|(?<=\\d\\.\\d+)(M)\\b)?|\\b(?:${NUMBER_WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${NUMBER_WORD}))*\\b`,
  'giu',
);

/**
 * Quantities of a sentence: figures in digits or words, with scale applied ("$13.6 billion" =
 * 13.6e9 USD; compromise reads the words: "Twenty-one" = 21); the unit is the currency, a percent
 * sign, or the noun counted; a duration in parts ("1hr 4 mins") is one span, a vote's tally ("69-30") one value. Years, "one" as a pronoun, and spans in
 * `skip` (dates) are left out.
 */
export function quantities(sentence: string, skip: { start: number; end: number }[] = [], terms: TaggedTerm[] = tagTerms(sentence)): Quantity[] {
  const glued = [...sentence.matchAll(GLUED_UNIT)].map((m) => m.index);
  if (glued.length === 0) return readQuantities(sentence, skip, terms);
  // Read with a space between each figure and its unit, then placed back in the sentence as written ("10km").
  const spaced = sentence.replace(GLUED_UNIT, ' ');
  const toSpaced = (at: number) => at + glued.filter((g) => g < at).length;
  const toWritten = (at: number) => at - glued.filter((g, i) => g + i < at).length;
  return readQuantities(spaced, skip.map((s) => ({ start: toSpaced(s.start), end: toSpaced(s.end) }))).map((q) => {
    const [start, end] = [toWritten(q.start), toWritten(q.end)];
    return { ...q, text: sentence.slice(start, end), start, end };
  });
}

/** A metric or imperial unit glued to its figure: "10km", "40kg", "12mm", "6ft". */
const GLUED_UNIT = /(?<=\d)(?=(?:km|kg|cm|mm|mg|lbs?|ft|mph|kph)\b)/g;

function readQuantities(sentence: string, skip: { start: number; end: number }[], terms: TaggedTerm[] = tagTerms(sentence)): Quantity[] {
  const special = [...votesInThousands(sentence), ...durations(sentence), ...calibres(sentence), ...tallies(sentence), ...scaledFractions(sentence, terms), ...mixedFractions(sentence, terms), ...ratios(sentence), ...spansInWords(sentence), ...yearsAndMonths(sentence), ...spansAndAHalf(sentence), ...partsOfAPoint(sentence), ...loneOnes(sentence), ...concentrations(sentence)].filter((q) => !skip.some((s) => q.start < s.end && q.end > s.start));
  // Where two readings overlap ("an hour and five minutes" as one span and as "an hour"), the first one read stands.
  const out = special.filter((q, i) => !special.slice(0, i).some((p) => q.start < p.end && q.end > p.start));
  const read = [...skip, ...out];
  for (const match of sentence.matchAll(NUMBER)) {
    const raw = match[0];
    // "a dozen" is the figure, so that a hedge before it ("more than a dozen") is read.
    const start = /^dozen$/i.test(raw) ? match.index - (/(?<!\bhalf\s+)\ba\s+$/i.exec(sentence.slice(0, match.index))?.[0].length ?? 0) : match.index;
    const end = match.index + raw.length;
    if (read.some((s) => start < s.end && end > s.start)) continue;
    // "a May 10 meeting" is a date the date reader missed; "Final Four" is a name, not a count.
    if (MONTH_BEFORE.test(sentence.slice(0, start)) || (/^\p{Lu}/u.test(raw) && start > 0 && /\p{Lu}\p{L}*\s+$/u.test(sentence.slice(0, start)))) continue;
    if (CONVERSION_BEFORE.test(sentence.slice(0, start))) continue;
    // "the first 911 call", "a 999 operator": an emergency line's number, not a count.
    if (/^(?:911|999|112)$/.test(raw) && EMERGENCY_LINE_AFTER.test(sentence.slice(end))) continue;
    // "the Group of 7", "Group of Twenty": a name of a club of nations, not a count of them.
    if (/\bGroup\s+of\s+$/.test(sentence.slice(0, start))) continue;
    // "SARS-2", "F-16 jets": a figure joined to letters is part of a name. "12-15": a range of
    // values is neither figure alone (and "a 6-3 ruling" is a tally, not a count); "3/4" and "7/7"
    // are a fraction or a day, not two figures.
    if (/\b\p{Lu}\p{L}*-$|\d[-–/]$/u.test(sentence.slice(0, start)) || /^[-–/]\d/.test(sentence.slice(end))) continue;
    // "a four-by-four car", "two-by-fours": a size or a vehicle named by two figures, no count.
    if (/-by-\s?$/i.test(sentence.slice(0, start)) || /^-by-/i.test(sentence.slice(end))) continue;
    // "8 p.m.", "20:00", "10:05 a.m.": a time of day, not a count.
    if (/\d[:.]$/.test(sentence.slice(0, start)) || /^(?::\d\d|\s?[ap]\.?\s?m\b)/i.test(sentence.slice(end))) continue;
    // "0915 hrs", "1730 GMT", "at 0630 hours": a time of day on the 24-hour clock, not a count of hours.
    if (TWENTY_FOUR_HOUR.test(raw) && (CLOCK_AFTER.test(sentence.slice(end)) || (/^\s*hours\b/i.test(sentence.slice(end)) && (raw.startsWith('0') || /\bat\s+$/i.test(sentence.slice(0, start)))))) continue;
    // "$1. 2" with no scale word after: a figure split by extraction is not two figures.
    if (/^\.\s+\d/.test(sentence.slice(end))) continue;
    if (/^(?:1[89]|20)\d\d$/.test(raw) || (/[\d,.]/.test(sentence[end] ?? '') && /\d/.test(sentence[end + 1] ?? ''))) continue;
    // "several hundred pages", "a few thousand people": a vague amount, not a figure of a hundred or a thousand.
    if (/^(?:hundred|thousand|million|billion|dozen)$/i.test(raw) && /\b(?:several|a few|few|some|many)\s+$/i.test(sentence.slice(0, start))) continue;
    // "14th", "2nd": ordinals; "one" alone is mostly a determiner ("one way", "one of them"); "the nineteen fifties" is a decade.
    if ((/^\p{L}/u.test(sentence[end] ?? '') && !TEMPERATURE_AFTER.test(sentence.slice(end))) || (/^one$/i.test(raw) && !ONE_OF_A_MEASURE.test(sentence.slice(end))) || DECADE_AFTER.test(sentence.slice(end))) continue;
    // A figure glued to a character lost in decoding ("4� months", a fraction sign once) has no known value.
    if (sentence[end] === '\uFFFD') continue;
    // "1.5m tall" is a length: only a capital "M" scales a figure no currency leads.
    if (match[5] === 'm') continue;
    const scale = match[3] ?? match[4] ?? match[5];
    // Rounded to the digits a figure can have, so that "4.1 billion" is 4,100,000,000 and not a float a hair below it.
    const value = match[1] ? Number((Number(match[1].replace(/,/g, '') + (match[2]?.replace(/\s/g, '') ?? '')) * (scale ? SCALE[scale.toLowerCase()] : 1)).toPrecision(15)) : (dozens(raw, sentence.slice(0, start)) ?? wordsValue(raw));
    if (value === null || !Number.isFinite(value)) continue;
    const listed = listedAfterName(sentence, start, end, out);
    const unit = unitOf(sentence, start, end, raw, terms) ?? baselineUnit(sentence, start, end, out) ?? listed ?? countNamedBefore(sentence, start, end);
    // A figure right after a name is part of it ("Route 66"), unless a list of what each name has goes on with it.
    if (!unit || (partOfName(sentence, start, end, raw, unit) && unit !== listed)) continue;
    // "5.3 square miles" is an area, not a length.
    const squared = AREA_OF.has(unit.name) && /\bsquare[\s-]+\S+$/i.test(sentence.slice(start, unit.end));
    // "two decades" is 20 years, as "a 20-year career" writes it; "25 basis points" is 0.25 percentage point; "75 cents" is $0.75.
    const [amount, counted] =
      unit.name === 'decade' ? [value * 10, 'year'] : unit.name === 'basis point' ? [value / 100, 'percentage point'] : unit.name === 'cent' ? [value / 100, 'USD'] : [value, squared ? `square ${unit.name}` : unit.name];
    // "all but two of the chain's 11 hospitals" counts the nine.
    const allBut = ALL_BUT_BEFORE.exec(sentence.slice(0, start));
    const whole = allBut ? OF_WHOLE_AFTER.exec(sentence.slice(end))?.[1] : undefined;
    const wholeValue = whole === undefined ? NaN : /\d/.test(whole) ? Number(whole.replace(/,/g, '')) : smallNumber(whole);
    if (allBut && wholeValue > amount) {
      out.push({ text: sentence.slice(allBut.index, end), value: wholeValue - amount, unit: counted, excludesOne: false, start: allBut.index, end });
      continue;
    }
    // "1,300 workers will lose their jobs", "will lay off 1,300 employees" count the jobs cut, as "1,300 jobs" does.
    const name = WORKERS.has(counted) && (JOBS_LOST_AFTER.test(sentence.slice(unit.end)) || LAID_OFF_BEFORE.test(sentence.slice(0, start)) || LAID_OFF_AFTER.test(sentence.slice(unit.end))) ? 'job' : counted;
    out.push({ text: sentence.slice(start, unit.end), value: amount, unit: name, excludesOne: unit.excludesOne, start, end: unit.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A temperature's scale or sign right after its figure: "41C", "106F", "38°C", "12°". */
const TEMPERATURE_AFTER = /^(?:\s?°\s?[CF]?|[CF])(?![\p{L}\d])/u;

/** Four digits that can be a time on the 24-hour clock ("0630", "2045"). */
const TWENTY_FOUR_HOUR = /^(?:[01]\d|2[0-3])[0-5]\d$/;
/** What follows a time on the 24-hour clock and no count: the military "hrs", or a time zone. */
const CLOCK_AFTER = /^\s*(?:hrs\b|(?:GMT|UTC|IST|BST|CET|Zulu)\b)/;

/**
 * A capitalised word inside the sentence, maybe in the possessive, not a weekday or month, nor a place after "in" or "across",
 * nor the first word after a dash, which opens the story after a dateline ("CARVERTON — About 850 workers").
 */
const NAME_BEFORE =
  /(?<!\b(?:[Ii]n|[Aa]t|[Aa]cross|[Tt]hroughout|[Ff]rom)|[—–-])\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.]*(['’]s?)?\s+$/u;
/** A verb of giving right before a name and the figure after it: "gave Ruiz", "awarded Ms. Lee". */
const GIVEN_TO_NAME_BEFORE = /\b(?:gave|gives|giving|handed|awarded|granted|paid|pays|owes|owed|offered|sent)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+$/u;
/** Units that measure (a currency, share, age, span, magnitude, calibre, tally or concentration), unlike a noun counted. */
export const MEASURES = new Set([
  ...CURRENCIES,
  ...['percent', 'percentage point', 'years old', 'magnitude', 'calibre', 'tally', 'count', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'ppb', 'ppm'],
]);

/**
 * A figure in digits that is part of a name: a count right after a name ("Gemini 8 docking",
 * "Route 66 diner"), or one whose noun is capitalised too ("NBC's 48 Hours"). A share or sum
 * after a name is a figure ("Smith 41 percent"), and so is a count after an owner ("the Union's 27
 * members"); a weekday or month before a figure dates it ("on Sunday 20 people…"), and a place after
 * "in" or "across" locates it ("in Texas 20 people…").
 */
function partOfName(sentence: string, start: number, end: number, raw: string, unit: Unit): boolean {
  const name = NAME_BEFORE.exec(sentence.slice(0, start));
  if (!name || !/^\d/.test(raw)) return false;
  // "gave Ruiz 9,840 votes": what someone is given, or a figure written in thousands, is no number of a name.
  if (/,\d{3}/.test(raw) || GIVEN_TO_NAME_BEFORE.test(sentence.slice(0, start))) return false;
  return /^[-\s]*\p{Lu}/u.test(sentence.slice(end)) || (!name[1] && !MEASURES.has(unit.name));
}

const TIME_UNITS: [RegExp, string, number][] = [
  [/^h(?:ou)?rs?$/i, 'hour', 3600],
  [/^min(?:ute)?s?$/i, 'minute', 60],
  [/^sec(?:ond)?s?$/i, 'second', 1],
];
const TIME_PART = String.raw`(?<![\d.,])(\d+(?:\.\d+)?|${NUMBER_UNDER_HUNDRED}|an?)\s*(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b`;
const TIME_PARTS = new RegExp(TIME_PART, 'gi');
const DURATION = new RegExp(String.raw`\b${TIME_PART}(?:,?\s*(?:and\s+)?${TIME_PART})*`, 'gi');

/**
 * Durations written in parts or short units ("1hr 4 mins", "2 hours and 15 minutes", "an hour and five minutes", "3 hrs"): one
 * span, in its smallest unit, not a figure per part. A single part in full words ("30 minutes") is read with the other figures.
 */
function durations(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const match of sentence.matchAll(DURATION)) {
    const parts = [...match[0].matchAll(TIME_PARTS)].map(([, figure, word]) => ({
      figure: /^\d/.test(figure) ? Number(figure) : /^an?$/i.test(figure) ? 1 : smallNumber(figure),
      unit: TIME_UNITS.find(([pattern]) => pattern.test(word))!,
    }));
    if (parts.length === 1 && (/^(?:hours?|minutes?|seconds?)$/i.test(match[2]) || !/^\d/.test(match[1]))) continue;
    // "0915 hrs": a time on the 24-hour clock, not a span.
    if (parts.length === 1 && TWENTY_FOUR_HOUR.test(match[1]) && /^hrs?$/i.test(match[2])) continue;
    const smallest = parts.reduce((a, b) => (b.unit[2] < a.unit[2] ? b : a)).unit;
    const seconds = parts.reduce((sum, part) => sum + part.figure * part.unit[2], 0);
    out.push({ text: match[0], value: seconds / smallest[2], unit: smallest[1], excludesOne: false, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/**
 * A gun's calibre, in hundredths or thousandths of an inch: ".38-caliber revolver", "a .357 Magnum", "a .22 rifle", and
 * "38-caliber" or "a. 357 caliber" where extraction lost or spaced out the point.
 */
const CALIBRE = /(?<![\w$€£.])(?:\.\s?)?(\d{2,3})(?=(?:-|\s+)calib(?:er|re)\b)|(?<![\w$€£])\.(\d{2,3})\b(?!\.\d|\s*(?:%|percent\b|per cent\b))/gi;

/**
 * A vote, ruling or jury's tally ("a 69-30 vote", "the 5-4 decision", "voted 9 to 3", "the vote on the bill was 57-41", "the vote in the case is 5-4", "deadlocked at
 * 10-2", "by nine votes to two"): one value of its own, both sides kept (the first in thousands), so "69-30" and "69-31"
 * differ and neither is a count.
 */
const TALLY_SIDE = `(\\d{1,3}|${NUMBER_UNDER_HUNDRED})`;
/** The ayes of a large body's vote may run to thousands ("ratified the contract 1,812 to 240"); the noes are kept under a thousand. */
const TALLY_AYES = `(\\d{1,3}(?:,\\d{3})?|${NUMBER_UNDER_HUNDRED})`;
const TALLY = new RegExp(
  String.raw`(?<=\b(?:voted|voting|vote of|votes? (?:was|is)|(?:vote|tally),(?:[^,.;]|\.(?!\s)){1,40},\s+(?:was|is)|vote,|(?:vote|tally)\s+(?:on|for|in)(?:\s+[A-Za-z'’-]+){1,8}\s+(?:was|is|stood\s+at)|tally\s+(?:was|is)|ruled|ruling|deadlocked at|split(?:ting)?|by a|by an|voted by|(?:passed|approved|ratified|rejected|cleared|advanced|adopted|confirmed|defeated|failed|fell|overrode|sustained|passing|approving|ratifying|rejecting|clearing|advancing|adopting|confirming|defeating|failing|overriding|sustaining)(?:\s+(?:it|them|(?:the|a|an)(?:\s+[A-Za-z-]+){1,4}))?(?:\s+to\s+[a-z]+)?,?)\s+)${TALLY_AYES}\s?(?:[-–]to[-–]|[-–]|to)\s?${TALLY_SIDE}\b(?![.,]\d)(?!\s*(?:%|percent)|\s+(?!votes?\b|(?:this|was|is|as|has|his|its|plus|less|across)\b)[a-z]+s\b)|(?<![\d.,])\b(?:(\d{1,3})(?:\s?(?:[-–]to[-–]|[-–])\s?|\s+to\s+)(\d{1,3})|${TALLY_SIDE}(?:[-–]to[-–]|\s+to\s+)${TALLY_SIDE})(?=\s+(?:(?:party-line|bipartisan|secret-ballot|roll-call|procedural|Senate|House|committee|court|jury|final)\s+)?(?:vote|votes|ruling|decision|order|margin|split|tally|verdict|deadlock)\b|\s+in\s+the\s+(?:House|Senate|Assembly|Legislature|chamber|council|committee)\b)|(?<![\d.,])\b${TALLY_SIDE}\s+votes?\s+to\s+${TALLY_SIDE}\b(?![.,]\d)`,
  'gi',
);

/** One tally in either order: "failed 48 to 52" and "defeated 52-48" (values kept as the first side in thousands). */
export function sameTally(a: number, b: number): boolean {
  return a === b || a === (b % 1000) * 1000 + Math.floor(b / 1000);
}

/** A sentence that may tell a tally: two figures joined by "-" or "to", or "N votes"; the full pattern is slow to try everywhere. */
const MAYBE_TALLY = new RegExp(String.raw`(?:\d|\b${NUMBER_UNDER_HUNDRED})\s?(?:[-–]|to\b|votes?\b|in\s+favou?r\b)`, 'i');

/** "Five of the court's seven justices joined the majority": the ayes of a whole body, the rest its noes. */
const MAJORITY_OF_WHOLE = new RegExp(
  String.raw`\b(\d{1,2}|${NUMBER_UNDER_HUNDRED})\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+['’]s?\s+)?(\d{1,2}|${NUMBER_UNDER_HUNDRED})\s+(?:[\p{L}-]+\s+)?(?:justices|judges|members|commissioners|council(?:l)?ors|trustees|jurors|regents|supervisors|senators|lawmakers|legislators)\s+(?:joined\s+the\s+majority|voted\s+(?:for|in\s+favou?r|yes|to\s+[a-z]+)|sided\s+with)`,
  'iu',
);

const VOTED_WITH = /\b(?:joined|voted|sided)\b/i;

/** "Seven justices joined the majority opinion, and two dissented": the ayes, then the noes, of one body. */
const MAJORITY_AND_DISSENT = new RegExp(
  String.raw`\b(\d{1,2}|${NUMBER_UNDER_HUNDRED})\s+(?:[\p{L}-]+\s+)?(?:justices|judges|members|commissioners|council(?:l)?ors|trustees|jurors|regents|supervisors|senators|lawmakers|legislators)\s+(?:joined\s+the\s+majority|sided\s+with)\b[^.;]{0,80}?,?\s+(?:and|while|with)\s+(\d{1,2}|${NUMBER_UNDER_HUNDRED})\s+(?:[\p{L}-]+\s+)?(?:dissented|dissenting)\b`,
  'iu',
);

/** "12 votes in favour to none against", "60 votes in favor and 38 against", "52 votes for and 47 against": a tally told side by side. */
const FOR_AND_AGAINST = new RegExp(
  String.raw`\b(\d{1,3}|${NUMBER_UNDER_HUNDRED})\s+votes?\s+(?:in\s+favou?r|for)(?:\s+of\s+it)?,?\s+(?:to|and|with)\s+(\d{1,3}|${NUMBER_UNDER_HUNDRED}|none)\s+(?:votes?\s+)?against\b`,
  'i',
);

/** "121 votes cast against it and 104 in favour": a tally told side by side, the noes first. */
const AGAINST_AND_FOR = new RegExp(
  String.raw`\b(\d{1,3}|${NUMBER_UNDER_HUNDRED})\s+votes?\s+(?:cast\s+)?against(?:\s+(?:it|them|the\s+\w+))?,?\s+(?:to|and|with)\s+(\d{1,3}|${NUMBER_UNDER_HUNDRED}|none)\s+(?:votes?\s+)?(?:in\s+favou?r|for)\b`,
  'i',
);

/** "by a vote of 14 in favor, with one member abstaining": the ayes, where the rest abstained and nobody is said to vote against. */
const AYES_WITH_ABSTENTIONS = new RegExp(
  String.raw`\b(\d{1,3}|${NUMBER_UNDER_HUNDRED})\s+(?:votes?\s+)?in\s+favou?r\b(?=,?\s+with\s+(?:\S+\s+){1,3}(?:abstaining|abstentions?)\b)`,
  'i',
);

function tallies(sentence: string): Quantity[] {
  const tally = (text: string, ayes: number, noes: number, start: number): Quantity => ({ text, value: ayes * 1000 + noes, unit: 'tally', excludesOne: false, start, end: start + text.length });
  // The full pattern is slow to try everywhere: only a sentence with its verb.
  const whole = VOTED_WITH.test(sentence) ? MAJORITY_OF_WHOLE.exec(sentence) : null;
  const [ayes, seats] = whole ? [smallNumber(whole[1]), smallNumber(whole[2])] : [NaN, NaN];
  if (whole && ayes < seats) return [tally(whole[0], ayes, seats - ayes, whole.index)];
  const split = VOTED_WITH.test(sentence) ? MAJORITY_AND_DISSENT.exec(sentence) : null;
  if (split) return [tally(split[0], smallNumber(split[1]), smallNumber(split[2]), split.index)];
  if (!MAYBE_TALLY.test(sentence)) return [];
  const found = [...sentence.matchAll(TALLY)].map((match) => tally(match[0], smallNumber((match[1] ?? match[3] ?? match[5] ?? match[7]).replace(',', '')), smallNumber(match[2] ?? match[4] ?? match[6] ?? match[8]), match.index));
  const sides = FOR_AND_AGAINST.exec(sentence);
  if (sides && !found.some((t) => t.start < sides.index + sides[0].length && sides.index < t.end)) found.push(tally(sides[0], smallNumber(sides[1]), /^none$/i.test(sides[2]) ? 0 : smallNumber(sides[2]), sides.index));
  const noesFirst = AGAINST_AND_FOR.exec(sentence);
  if (noesFirst && !found.some((t) => t.start < noesFirst.index + noesFirst[0].length && noesFirst.index < t.end)) found.push(tally(noesFirst[0], /^none$/i.test(noesFirst[2]) ? 0 : smallNumber(noesFirst[2]), smallNumber(noesFirst[1]), noesFirst.index));
  const abstaining = /\bagainst\b/i.test(sentence) ? null : AYES_WITH_ABSTENTIONS.exec(sentence);
  if (abstaining && !found.some((t) => t.start < abstaining.index + abstaining[0].length && abstaining.index < t.end)) found.push(tally(abstaining[0], smallNumber(abstaining[1]), 0, abstaining.index));
  // "The court upheld the law, 5-4.": a pair set off by a comma in a sentence that tells of a ruling or a vote.
  const decided = DECIDED.exec(sentence);
  const closing = decided ? (CLOSING_PAIR.exec(sentence) ?? BY_PAIR.exec(sentence) ?? pairAfter(sentence, decided.index + decided[0].length)) : null;
  if (closing && !found.some((t) => closing.index < t.end)) found.push(tally(closing[0], Number(closing[1]), Number(closing[2]), closing.index));
  if (found.length === 0) return found;
  // "passed the Senate 21-12 and the House 58-41" (or "58 to 41"): in a sentence of votes, the other pair of figures is a tally too.
  const more = [...sentence.matchAll(PAIR)].filter((m) => !found.some((t) => m.index < t.end && m.index + m[0].length > t.start)).map((m) => tally(m[0], Number(m[1]), Number(m[2]), m.index));
  return [...found, ...more];
}

/** "passed 14,212 to 10,876", "won 14,212 votes to 9,876": the votes for each side of a ballot too big to be a body's tally. */
const VOTES_TO_VOTES = /\b(\d{1,3}(?:,\d{3})+)(\s+votes?)?\s+to\s+(\d{1,3}(?:,\d{3})+)\b(?![.,]\d|\s*(?:%|percent))/g;

function votesInThousands(sentence: string): Quantity[] {
  if (!DECIDED.test(sentence)) return [];
  const votes = (text: string, start: number): Quantity => ({ text, value: Number(text.replace(/,/g, '').replace(/\D+$/, '')), unit: 'vote', excludesOne: false, start, end: start + text.length });
  return [...sentence.matchAll(VOTES_TO_VOTES)].flatMap((match) => [votes(match[1] + (match[2] ?? ''), match.index), votes(match[3], match.index + match[0].length - match[3].length)]);
}

/** A verb of ruling or voting, and a pair of figures set off by a comma ("upheld the law, 5-4."; "passed the bill, 52-48, and…"; "passed the House, 218 to 210."; "the Senate followed, 28 to 12,"). */
const DECIDED = /\b(?:upheld|struck|overturned|overruled|reversed|ruled|sided|blocked|decided|voted|passed|approved|rejected|confirmed|cleared|adopted|defeated|overrode|followed|backed|endorsed|advanced|elected|censured|impeached|acquitted)\b/i;
const CLOSING_PAIR = /(?<=,\s*)(\d{1,3})(?:[-–]|\s+to\s+)(\d{1,3})(?=\s*(?:[.;,]|$))/;
/** "passed the measure on Wednesday by 314 to 117": a pair after "by" in a sentence of a vote. */
const BY_PAIR = /(?<=\bby\s+)(\d{1,3})\s?(?:[-–]|to)\s?(\d{1,3})\b(?![.,]\d|\s*(?:%|percent|per\s*cent|percentage)|\s+[a-z]+s\b)/;

/** After a pair of figures that may be a tally: no further digit, share or unit of time or distance ("10-12 hours" is a span). */
const NO_UNIT_AFTER_PAIR = String.raw`(?![\d/-]|\s*(?:%|percent)|[-\s]+(?:second|minute|hour|day|week|month|year|mile|point)s?\b)`;

/**
 * Two figures joined by a hyphen, or by "to" with the larger first, no unit after them: after a verb of voting, however long
 * its object ("confirmed Judge Ada Moss to the appeals court 55-43", "passed the $3 billion road plan 6 to 1"). A span
 * joined by "to" runs the other way ("ages 5 to 12").
 */
const PAIR_AFTER_VERB = new RegExp(String.raw`(?<![\d.,/-])(?<!\bfrom\s+)(\d{1,3})(?:[-–]|\s+to\s+(?=\d{1,3}(?!\s+(?!votes?\b)[a-z]+s\b)))(\d{1,3})${NO_UNIT_AFTER_PAIR}`);

/** The first such pair after `from`, with its index in the sentence. */
function pairAfter(sentence: string, from: number): RegExpExecArray | null {
  const found = PAIR_AFTER_VERB.exec(sentence.slice(from));
  if (found === null || (/\sto\s/.test(found[0]) && Number(found[1]) <= Number(found[2]))) return null;
  found.index += from;
  return found;
}

const PAIR = new RegExp(String.raw`(?<![\d.,/-])(?<!\bfrom\s+)(\d{1,3})(?:\s?[-–]\s?|\s+to\s+(?=\d{1,3}(?!\s+(?!votes?\b)[a-z]+s\b)))(\d{1,3})${NO_UNIT_AFTER_PAIR}`, 'g');

function calibres(sentence: string): Quantity[] {
  return [...sentence.matchAll(CALIBRE)].map((match) => {
    const written = /^(?:-|\s+)calib(?:er|re)\b/i.exec(sentence.slice(match.index + match[0].length));
    const end = match.index + match[0].length + (written?.[0].length ?? 0);
    return { text: sentence.slice(match.index, end), value: Number(`0.${match[1] ?? match[2]}`), unit: 'calibre', excludesOne: false, start: match.index, end };
  });
}

const FRACTION_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25, 'a quarter': 0.25, 'three quarters': 0.75, 'a third': 1 / 3, 'two thirds': 2 / 3 };
/** "half a million people", "three-quarters of a million dollars", "a quarter-million dollars", "two and a half million barrels": a fraction of a scale. */
const SCALED_FRACTION =
  /\b(?:(half|a quarter|quarter|three[\s-]quarters|a third|two[\s-]thirds)(?:\s+(?:of\s+)?an?\s+|-)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+)(thousand|million|billion|trillion)\b/gi;

function scaledFractions(sentence: string, terms: TaggedTerm[]): Quantity[] {
  const out: Quantity[] = [];
  for (const match of sentence.matchAll(SCALED_FRACTION)) {
    const value = (match[2] ? smallNumber(match[2]) + 0.5 : FRACTION_WORDS[match[1].toLowerCase().replace('-', ' ')]) * SCALE[match[3].toLowerCase()];
    const [start, end] = [match.index, match.index + match[0].length];
    const unit = unitOf(sentence, start, end, match[0], terms);
    if (unit) out.push({ text: sentence.slice(start, unit.end), value, unit: unit.name, excludesOne: false, start, end: unit.end });
  }
  return out;
}

/** "2 1/2 years", "a 3-1/2 year contract", "1½ miles": a whole number and a fraction are one figure. */
const MIXED_FRACTION = /(?<![\d/.,])(?:(\d{1,3})(?:\s+|-)(1\/2|1\/4|3\/4|1\/3|2\/3)(?![\d/])|(\d{1,3})?([½¼¾⅓⅔]))/g;
const FRACTION_SIGNS: Record<string, number> = { '1/2': 1 / 2, '½': 1 / 2, '1/4': 1 / 4, '¼': 1 / 4, '3/4': 3 / 4, '¾': 3 / 4, '1/3': 1 / 3, '⅓': 1 / 3, '2/3': 2 / 3, '⅔': 2 / 3 };

function mixedFractions(sentence: string, terms: TaggedTerm[]): Quantity[] {
  const out: Quantity[] = [];
  for (const match of sentence.matchAll(MIXED_FRACTION)) {
    // A fraction in digits counts only beside a whole number ("1/2" alone may be a day); "½" counts alone.
    const value = Number(match[1] ?? match[3] ?? 0) + FRACTION_SIGNS[match[2] ?? match[4]];
    const [start, end] = [match.index, match.index + match[0].length];
    const unit = unitOf(sentence, start, end, match[0], terms);
    if (unit) out.push({ text: sentence.slice(start, unit.end), value, unit: unit.name, excludesOne: false, start, end: unit.end });
  }
  return out;
}

/** Right after a count, whom it is of told by a pronoun: "of them", "of those". */
export const OF_THEM_AFTER = /^\s+of\s+(?:them|those|these)\b/i;

/** The quantity read last before a point of the sentence. */
const lastBefore = (read: Quantity[], at: number): Quantity | undefined => read.filter((q) => q.end <= at).sort((a, b) => b.end - a.end)[0];

/**
 * "won 87 seats, up from 64": a bare figure a change is measured from counts what the figure before it counts; so does a
 * rival's figure set against a count of a contest ("61,200 votes to 54,300", "61,200 votes to Ames's 55,800").
 */
function baselineUnit(sentence: string, start: number, end: number, before: Quantity[]): Unit | null {
  const previous = lastBefore(before, start);
  if (!previous) return null;
  const changedFrom = /\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+$/i.test(sentence.slice(0, start));
  const against = CONTESTED.has(previous.unit) && RIVAL_FIGURE_BETWEEN.test(sentence.slice(previous.end, start));
  // "cut the limit to 5 patients per nurse from 6", "from 6 patients to 8": the other end of a change is of the same thing.
  const otherEnd = CHANGE_ENDS.some(([to, from]) => to.test(sentence.slice(0, previous.start)) && from.test(sentence.slice(previous.end, start)));
  // "12 cases, three of them fatal", "20 cars derailed, and 12 of them were hauling fuel": a part of the count right before it.
  const partOfIt = /^(?:\s+\p{Ll}+){0,2}\s*,\s*(?:(?:and|but|with)\s+)?$/u.test(sentence.slice(previous.end, start)) && OF_THEM_AFTER.test(sentence.slice(end));
  // "Nine people were hurt, and two were flown to a hospital": a bare figure opening the next clause counts what the count before it counts.
  const nounLeftOut = !MEASURES.has(previous.unit) && CLAUSE_JOINED_BEFORE.test(sentence.slice(previous.end, start)) && COUNTED_DOING_AFTER.test(sentence.slice(end));
  return changedFrom || against || otherEnd || partOfIt || nounLeftOut ? { name: previous.unit, end, excludesOne: false } : null;
}

/** "Ohio has 22 cases, Iowa 9 and Utah with 4": a bare figure in a list of what each named place or party has, the noun told once. */
function listedAfterName(sentence: string, start: number, end: number, before: Quantity[]): Unit | null {
  const previous = lastBefore(before, start);
  const listed = previous !== undefined && previous.unit !== 'years old' && NAMED_IN_LIST_BEFORE.test(sentence.slice(previous.end, start)) && LIST_GOES_ON_AFTER.test(sentence.slice(end));
  return listed ? { name: previous.unit, end, excludesOne: false } : null;
}
/** A name in a list right before a bare figure, past a comma or "and": ", Iowa 9", "and Utah with 4", ", followed by Iowa with 9". */
const NAMED_IN_LIST_BEFORE = /^[^.;]*?(?:,|\band)\s+(?:(?:followed|trailed)\s+by\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:with\s+|has\s+|had\s+)?$/u;
/** What follows a figure in such a list: the next item, or the list's end. */
const LIST_GOES_ON_AFTER = /^\s*(?:[,.;]|\s+and\b|$)/;
/** A clause joined to the one before, within its sentence: ", and", "; ". */
const CLAUSE_JOINED_BEFORE = /^[^,;.]*[,;]\s*(?:(?:and|but|while)\s+)?$/;
/** A verb right after a figure whose noun is left out: the figure is the clause's subject ("two were taken", "three died"). */
const COUNTED_DOING_AFTER = /^\s+(?:were|was|are|is|have|has|had|remain(?:s|ed)?|went|go|died|\p{Ll}{2,}ed)\b/u;
/** What leads to the figure a change goes to or from, and what joins it to the other end (a few words of what it counts, in one clause). */
const CHANGE_ENDS: [RegExp, RegExp][] = [
  [/\bto\s+$/i, /^(?:\s+[\p{L}-]+){0,3}\s+from\s+$/u],
  // "from 8,300 pupils in 2016 to about 7,600": the year of the first end, and a hedge on the other, may stand between.
  [/\bfrom\s+$/i, /^(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:(?:about|roughly|around|nearly|almost|some|just\s+(?:over|under)|more\s+than|fewer\s+than|less\s+than)\s+)?$/i],
];
/** People counted by what they lose: their jobs. */
const WORKERS = new Set(['person', 'worker', 'employee', 'staffer']);
const LAID_OFF_BEFORE = /\b(?:lay(?:s|ing)?\s+off|laid\s+off|furlough(?:s|ed|ing)?)\s+(?:(?:about|nearly|some|roughly|around|approximately|more\s+than|up\s+to|an\s+estimated)\s+)?$/i;
const LAID_OFF_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:will|would|are|were|have|had|to)\s+(?:be\s+|been\s+)?(?:laid\s+off|furloughed|let\s+go)\b/iu;
const JOBS_LOST_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:will|would|could|are\s+set\s+to|stand\s+to)?\s*(?:lose|lost|losing)\s+(?:their|his|her)\s+jobs?\b/u;

/**
 * "put the number of homes destroyed at 31", "the total of arrests rose to about 40", "the number of flu cases in Orne County
 * rose to 47", "the number of cases tied to Ardel Hospital stands at 17": the count named before a bare figure, maybe with
 * where it is counted (or what it is tied to) and its verb.
 */
const COUNT_NAMED_BEFORE =
  /\b(?:number|count|total|tally)\s+of\s+(?!(?:close|up|about|around|nearly|almost|more|some|over|roughly|at)\b)([a-z]+(?:['’]s?)?(?:\s+[a-z]+(?:['’]s?)?){0,2})(?:\s+(?:in|across|at|(?:tied|linked|connected)\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?[\p{L}'’.-]+){0,2}(?:\s+(?:has\s+|had\s+)?[a-z]+)?\s+(?:at|to)\s+(?:(?:about|around|roughly|nearly|almost|approximately|some|more than|at least|over)\s+)?$/iu;

function countNamedBefore(sentence: string, start: number, end: number): Unit | null {
  // "the number of homes destroyed", "the number of wrecked homes", "the number of flu cases": the last plural among the words
  // is what is counted.
  const named = COUNT_NAMED_BEFORE.exec(sentence.slice(0, start))?.[1].split(/\s+/);
  const noun = named?.findLast((word) => /[^s]s$/i.test(word)) ?? named?.[0];
  return noun ? { name: countedAs(singularNoun(noun.toLowerCase())), end, excludesOne: false } : null;
}

/** What a contest is counted in: a figure set against one of these is the rival's (not "revised by 88,000 jobs to 938,000"). */
const CONTESTED = new Set(['vote', 'seat', 'delegate', 'ballot']);
/** What stands between a count and a rival's figure set against it: "to", and maybe the rival's name in the possessive. */
const RIVAL_FIGURE_BETWEEN = /^\s+to\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}?(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?$/u;

/**
 * A span named by one unit ("for a week", "nearly a fortnight", "more than a decade", "a week and a half"), not a rate
 * ("$5 a day", "twice a week", "two days a week", "90 miles an hour") nor a point in time ("a week ago", "a year later").
 */
/** "a one-mile radius", "within one mile": "one" before a unit of length or area is a figure. */
const ONE_OF_A_MEASURE = /^(?:-|\s+)(?:mile|kilomet(?:er|re)|km|foot|meter|metre|yard|acre|hectare)\b/i;
// With its half it is a span wherever it stands ("an hour and a half before the water reached"); "half an hour" is one too.
const SPAN_IN_WORDS =
  /\b(?:(?:a|an|one)\s+(fortnight|decade|week|day|hour|month|year)(?:([-\s]+and[-\s]+a[-\s]+half)\b|\b(?!\s+(?:ago|later|earlier|before|after|from|old)\b|-))|(half)\s+(?:an?\s+)(fortnight|decade|week|day|hour|month|year)\b)/gi;
/** Spans named by a unit measured in another: a fortnight in days, a decade in years. */
const SPAN_IN_OTHER_UNITS: Record<string, [string, number]> = { fortnight: ['day', 14], decade: ['year', 10] };
const RATE_BEFORE = new RegExp(String.raw`(?:\d|\b(?:times|twice|once|thrice|per|each|every|thousand|million|billion|trillion))\s*$|(?:\d|\b(?:${NUMBER_UNDER_HUNDRED}))\s+[\p{L}-]+s\s+$`, 'iu');

function spansInWords(sentence: string): Quantity[] {
  return [...sentence.matchAll(SPAN_IN_WORDS)].flatMap((match) => {
    if (RATE_BEFORE.test(sentence.slice(0, match.index))) return [];
    const named = (match[1] ?? match[4]).toLowerCase();
    const [unit, length] = SPAN_IN_OTHER_UNITS[named] ?? [named, 1];
    return [{ text: match[0], value: length * (match[2] ? 1.5 : match[3] ? 0.5 : 1), unit, excludesOne: false, start: match.index, end: match.index + match[0].length }];
  });
}

/**
 * "the lone Democrat to vote yes", "the only senator who voted no", "the lone member of the panel to object": one member of a
 * group who did something, a count of one that another outlet may give as two. Only people in a role or a party are read:
 * "the only way to" counts nothing.
 */
const LONE_ONE = /\b(?:[Tt]he|a|as\s+the)\s+(?:lone|sole|only)\s+(\p{Lu}\p{Ll}+|senator|lawmaker|legislator|representative|member|justice|judge|juror|commissioner|council\s?member|holdout)(?:\s+(?:of|in|on)\s+the\s+\p{Ll}+)?\s+(?=(?:to|who|in|on|among|voting|against)\b)/gu;

function loneOnes(sentence: string): Quantity[] {
  return [...sentence.matchAll(LONE_ONE)].map((match) => {
    const end = match.index + match[0].trimEnd().length;
    return { text: sentence.slice(match.index, end), value: 1, unit: countedAs(match[1].toLowerCase().replace(/\s/g, '')), excludesOne: false, start: match.index, end };
  });
}

/** "96 parts per billion", "96 ppb", "4 parts per million": a concentration, one unit however written. */
const CONCENTRATION = /(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?:parts\s+per\s+(billion|million)|(ppb|ppm))\b/gi;

function concentrations(sentence: string): Quantity[] {
  return [...sentence.matchAll(CONCENTRATION)].map((match) => {
    const per = (match[2] ?? match[3]).toLowerCase();
    return { text: match[0], value: Number(match[1].replace(/,/g, '')), unit: per === 'billion' || per === 'ppb' ? 'ppb' : 'ppm', excludesOne: false, start: match.index, end: match.index + match[0].length };
  });
}

/** "a quarter of a percentage point", "a half-point cut", "a quarter-point rise": a share of a percentage point, in words. */
const PART_OF_A_POINT = /\ba\s+(quarter|half)(?:\s+of\s+a|-)\s*(?:percentage[-\s]+)?point\b/gi;

function partsOfAPoint(sentence: string): Quantity[] {
  return [...sentence.matchAll(PART_OF_A_POINT)].map((match) => ({ text: match[0], value: match[1].toLowerCase() === 'half' ? 0.5 : 0.25, unit: 'percentage point', excludesOne: false, start: match.index, end: match.index + match[0].length }));
}

/** "three years and five months", "2 years, 6 months": one span, in months. */
const YEARS_AND_MONTHS = new RegExp(`\\b(\\d{1,2}|${NUMBER_UNDER_HUNDRED})\\s+years?,?\\s+(?:and\\s+)?(\\d{1,2}|${NUMBER_UNDER_HUNDRED})\\s+months?\\b`, 'gi');

function yearsAndMonths(sentence: string): Quantity[] {
  return [...sentence.matchAll(YEARS_AND_MONTHS)].map((match) => ({
    text: match[0],
    value: 12 * smallNumber(match[1]) + smallNumber(match[2]),
    unit: 'month',
    excludesOne: false,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** "all but two of the 11 hospitals": the figure is of those left out of a whole told after it. */
const ALL_BUT_BEFORE = /\ball\s+but\s+$/i;
const OF_WHOLE_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}.'’-]+['’]s\\s+)?(\\d[\\d,]*|${NUMBER_UNDER_HUNDRED})\\b`, 'iu');

/** "two and a half years", "3 and a half hours": a span with its half, in its unit. */
const SPAN_AND_A_HALF = new RegExp(`\\b(\\d{1,2}|${NUMBER_UNDER_HUNDRED})\\s+and\\s+a\\s+half\\s+(year|month|week|day|hour|minute)s?\\b`, 'gi');

function spansAndAHalf(sentence: string): Quantity[] {
  return [...sentence.matchAll(SPAN_AND_A_HALF)].map((match) => ({
    text: match[0],
    value: smallNumber(match[1]) + 0.5,
    unit: match[2].toLowerCase(),
    excludesOne: false,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** "One in five adults", "three out of every 10 voters": a share, in percent. */
const RATIO = /\b(one|two|three|four|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi;

function ratios(sentence: string): Quantity[] {
  return [...sentence.matchAll(RATIO)].flatMap((match) => {
    const [part, whole] = [match[1], match[2]].map(smallNumber);
    if (!(part < whole) || whole > 100) return [];
    return [{ text: match[0], value: Math.round((1000 * part) / whole) / 10, unit: 'percent', excludesOne: false, start: match.index, end: match.index + match[0].length }];
  });
}

/** "a dozen" (12), "two dozen" (24); "half a dozen", "a half-dozen" (6). */
function dozens(words: string, before: string): number | null {
  if (!/\bdozen$/i.test(words)) return null;
  const count = words.replace(/\s*dozen$/i, '');
  const times = count ? wordsValue(count) : /\bhalf(?:\s+an?\s+|-)$/i.test(before) ? 0.5 : 1;
  return times === null ? null : times * 12;
}

function wordsValue(words: string): number | null {
  const value = (nlp(words).numbers().get() as number[])[0];
  return typeof value === 'number' ? value : null;
}

/** A noun joined to a figure by a hyphen, itself not joined on: "13-count", not "5-to-4" or "50-year-old". */
const JOINED_NOUN_AFTER = /^-([a-z]{3,})(?![-\p{L}])/u;
/** Words joined to a figure that say no noun it counts: "50-plus", "two-time", "one-sided". */
const NOT_JOINED_NOUNS = new Set(['plus', 'odd', 'something', 'time', 'times', 'sided', 'way', 'fold', 'ish', 'and', 'or', 'to', 'for']);

/** A verb of shooting before a figure; not one's job lost ("was fired three times"). */
const FIRED_BEFORE = /(?<!\b(?:was|were|been|be|being|is|are|got|get|gets|getting)\s+)\b(?:fir(?:ed|es|ing)|shot|shoot(?:s|ing)?)(?:\s+[\p{L}'’-]+){0,3}\s+$/iu;
/** "was cited", "had been fined": a thing done to someone several times, and the noun that counts it. */
const DONE_TIMES_BEFORE = /\b(?:was|were|been|is|are|has\s+been|have\s+been)\s+(cited|fined|sued|arrested|charged|convicted|indicted|subpoenaed|sanctioned|censured|investigated|viewed|watched|streamed|downloaded|shared)\s+(?:[\p{L}'’-]+\s+){0,2}?$/iu;
const DONE_AS: Record<string, string> = {
  cited: 'citation', fined: 'fine', sued: 'lawsuit', arrested: 'arrest', charged: 'charge', convicted: 'conviction',
  indicted: 'indictment', subpoenaed: 'subpoena', sanctioned: 'sanction', censured: 'censure', investigated: 'investigation',
  // "was viewed 2.3 million times" is "2.3 million views".
  viewed: 'view', watched: 'view', streamed: 'stream', downloaded: 'download', shared: 'share',
};
const OR_MORE_AFTER = /^\s+or\s+(?:more|fewer|less|so|greater|over)\b/i;

const SPEED_AFTER = /^\s*(?:-|\s)?(miles?[-\s]+(?:per|an|a)[-\s]+hour|mph|kilomet(?:er|re)s?[-\s]+(?:per|an|a)[-\s]+hour|km\/h|kph|kmh)\b/i;

/**
 * The plural noun after an owner in the possessive, among a phrase's first words, maybe past "own", the whole's figure or words
 * describing it ("Ann Lee's own aides", "the country's biggest drug wholesalers", "the state's nine congressional districts").
 */
function ownersNoun(phrase: TaggedTerm[]): TaggedTerm | undefined {
  const owner = phrase.slice(0, 3).findIndex((t) => /['’]s$/.test(t.text));
  if (owner < 0) return undefined;
  for (const term of phrase.slice(owner + 1, owner + 4)) {
    if (isCountedNoun(term) && term.tags.has('Plural')) return term;
    // "four of the state's nine congressional districts": past the whole's figure too.
    if (/[,;:.!?)”"]/.test(term.post) || !(term.text.toLowerCase() === 'own' || hasTag(term, ['Adjective', 'Noun', 'Value']))) return undefined;
  }
  return undefined;
}

/** What outlets call a quake. */
const QUAKE_NOUNS = 'earthquake|quake|temblor|tremor|aftershock';
/** Words of a sentence about an earthquake. */
const QUAKE_WORDS = new RegExp(`\\b(?:magnitude|Richter|${QUAKE_NOUNS})\\b`, 'i');
/** "put it at", "measured the quake at": right before an agency's reading of a quake. */
const READING_BEFORE = new RegExp(`\\b(?:put|measured|rated|estimated|gauged|registered)\\s+(?:it|the\\s+(?:${QUAKE_NOUNS}))\\s+at\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?$`, 'i');
/** "a magnitude-6.1 quake", "magnitude of 5.9", "a quake measuring about 6.0": right before a quake's strength. */
const MAGNITUDE_BEFORE = new RegExp(`\\bmagnitude(?:\\s+of)?[-\\s]\\s*$|\\b(?:${QUAKE_NOUNS})s?\\s+(?:that\\s+)?measur(?:ing|ed)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+)?$`, 'i');

function unitOf(sentence: string, start: number, end: number, raw: string, terms: TaggedTerm[]): Unit | null {
  const code = /^(?:([A-Z]{1,2})\$|\$([A-Z]{1,2}))/.exec(raw);
  const currency = code ? DOLLARS_OF[code[1] ?? code[2]] : (CURRENCY_SYMBOLS[sentence[start - 1] ?? ''] ?? CURRENCY_SYMBOLS[raw[0]]);
  const after = sentence.slice(end);
  if (currency) return { name: currency, end, excludesOne: false };
  const word = CURRENCY_WORDS.exec(after);
  // "weighed about 1,500 pounds": a weight, where its sentence tells of weighing.
  if (word && !(/^pound/i.test(word[1] ?? word[2]) && WEIGHED.test(sentence))) return { name: CURRENCY_NAMED[(word[1] ?? word[2]).toLowerCase().replace(/s$/, '')]!, end: end + word[0].length, excludesOne: false };
  const percent = PERCENT.exec(after);
  if (percent) return { name: 'percent', end: end + percent[0].length, excludesOne: false };
  const temperature = TEMPERATURE_AFTER.exec(after);
  if (temperature) return { name: 'degree', end: end + temperature[0].length, excludesOne: false };
  // "25 basis points": hundredths of a percentage point, read in percentage points ("0.25 percentage point").
  const basis = /^(?:-|\s+)basis[-\s]+points?\b/i.exec(after);
  if (basis) return { name: 'basis point', end: end + basis[0].length, excludesOne: false };
  // A poll's margin of error is told in percentage points, however written ("plus or minus 3.4 percentage points", "4.8 points").
  const points = /\bpercentage[-\s]+points?\b/i.test(after.slice(0, 20)) || MARGIN_OF_ERROR.test(sentence) ? POINTS.exec(after) : null;
  if (points) return { name: 'percentage point', end: end + points[0].length, excludesOne: false };
  // "a magnitude-6.1 quake", "the 5.9-magnitude temblor", "5.7 on the Richter scale", "a quake measuring about 6.0": a quake's strength, whatever the noun.
  const magnitude = /^(?:-|\s+)magnitude\b|^\s+on\s+the\s+Richter\s+scale\b/i.exec(after);
  if (magnitude || MAGNITUDE_BEFORE.test(sentence.slice(0, start))) return { name: 'magnitude', end: end + (magnitude?.[0].length ?? 0), excludesOne: false };
  // "…at magnitude 6.4, while the institute put it at 6.6", "measured it at 6.6": another reading of a quake a sentence gives,
  // written to the tenth as magnitudes are.
  if (/^\d\.\d$/.test(raw) && QUAKE_WORDS.test(sentence) && READING_BEFORE.test(sentence.slice(0, start)))
    return { name: 'magnitude', end, excludesOne: false };
  // "120 miles per hour", "90 miles an hour", "150 km/h": a speed, one unit however written ("105 mph").
  const speed = SPEED_AFTER.exec(after);
  if (speed) return { name: /^k/i.test(speed[1]) ? 'km/h' : 'mph', end: end + speed[0].length, excludesOne: false };
  // "100 or more employees": the bound between a figure and its noun is no part of what is counted.
  const bound = OR_MORE_AFTER.exec(after);
  const following = terms.filter((t) => t.start >= end + (bound?.[0].length ?? 0));
  // "a 10-year-old lawsuit", "the 75-year-old senator": an age, whatever has it.
  const age = /^(?:-|\s+)years?[-\s]olds?\b/i.exec(after);
  if (age) return { name: 'years old', end: end + age[0].length, excludesOne: false };
  // "a five-year lease", "a 10-day trip", "30 seconds": a span of time, whatever lasts it (the tagger reads "seconds" as a fraction).
  const span = /^(?:-|\s+)(year|month|week|day|hour|minute|second)s?\b/i.exec(after);
  if (span) return { name: span[1].toLowerCase(), end: end + span[0].length, excludesOne: false };
  // "a 13-count indictment", "a 10-page report", "a 12-member board": the noun joined to the figure is what it counts.
  const joined = JOINED_NOUN_AFTER.exec(after);
  // The figure is written with the noun it describes ("13-count federal indictment"), as two figures alike are compared by their words.
  // "a 30-round magazine" holds rounds: no shots fired, as "fired 30 rounds" counts.
  if (joined && !NOT_JOINED_NOUNS.has(joined[1].toLowerCase())) return { name: joined[1].toLowerCase() === 'round' ? 'round' : (COUNTED_AS[joined[1].toLowerCase()] ?? joined[1].toLowerCase()), end: countedNoun(following)?.end ?? end + joined[0].length, excludesOne: false };
  // "died at age 85", "a man aged 47", "has died at 77": an age, whatever follows; "She was 85." said of a person, with nothing after it.
  const ageBefore = /\b(?:at\s+(?:the\s+)?age(?:\s+of)?|aged|(?:died|dies|dead)\s+at)\s+$/i.test(sentence.slice(0, start)) || (/\b(?:he|she)\s+(?:was|is)\s+$/i.test(sentence.slice(0, start)) && /^\s*(?:[.,;]|$)/.test(after));
  if (ageBefore && /^\d{1,3}$/.test(raw)) return { name: 'years old', end, excludesOne: false };
  // "Her grandson, then 9, was…", "who was 10 at the time": an age at the time of the events, beside the person.
  const ageThen = (/,\s*then\s+$/i.test(sentence.slice(0, start)) && /^,/.test(after)) || (/\bwho\s+(?:was|were)\s+$/i.test(sentence.slice(0, start)) && /^\s+at\s+the\s+time\b/i.test(after));
  if (ageThen && /^\d{1,3}$/.test(raw)) return { name: 'years old', end, excludesOne: false };
  // "a mother of 12", "the father of three": a count of children, with no noun after it.
  if (/\b(?:mother|father|parent|mom|dad|grandmother|grandfather)\s+of\s+$/i.test(sentence.slice(0, start)) && !countedNoun(following)) return { name: 'child', end, excludesOne: false };
  // "Elizabeth Lauten, 31,": an age set off by commas after a name.
  if (/\p{Lu}[\p{L}.]*,\s*$/u.test(sentence.slice(0, start)) && /^\d{1,3}$/.test(raw) && /^,/.test(after)) return { name: 'years old', end, excludesOne: false };
  // "a crowd of 12,000", "an audience of about 400": a count of people with no noun after it.
  if (GATHERING_BEFORE.test(sentence.slice(0, start)) && !countedNoun(following)) return { name: 'person', end, excludesOne: false };
  // "34 of those detained": a count of the people something was done to.
  const those = THOSE_DONE_TO_AFTER.exec(after);
  if (those) return { name: 'person', end: end + those[0].length, excludesOne: false };
  // "Twenty-one of the Union's 27 members": the count is of the members.
  if (following[0]?.text.toLowerCase() === 'of') {
    // The words of its own phrase: "187 of its stores, about 30 percent of …" counts stores.
    const clauseEnd = sentence.slice(end).search(/[,;:]/);
    const phrase = following.slice(1, 7).filter((t) => clauseEnd < 0 || t.start < end + clauseEnd);
    // "three of them fatal": what the count is of was told before (see baselineUnit), not by a noun after.
    if (/^(?:them|those|these)$/i.test(phrase[0]?.text ?? '')) return DONE_TO_AFTER.test(after) ? { name: 'person', end, excludesOne: false } : null;
    // "two of the seven lifeguard stands": the noun a singular one describes is what is counted.
    const afterValue = phrase.findIndex((t, i) => i > 0 && hasTag(phrase[i - 1], ['Value']) && isCountedNoun(t));
    const counted =
      (afterValue < 0 ? undefined : headOf(phrase, afterValue)) ??
      phrase.slice(0, 3).find((t) => isCountedNoun(t) && t.tags.has('Plural')) ??
      // "31 of the premier's own backbenchers": the plural noun an owner's name leads to.
      ownersNoun(phrase) ??
      // "six of nine federal bribery counts": the plural noun the whole's figure is of, past the words describing it.
      phrase.find((t, i) => i > 0 && hasTag(phrase[0], ['Value']) && isCountedNoun(t) && t.tags.has('Plural'));
    // "41 of them were released": of people something was done to.
    return counted ? { name: singular(counted), end, excludesOne: false } : DONE_TO_AFTER.test(after) ? { name: 'person', end, excludesOne: false } : null;
  }
  // "11 rounds of voting": ballots, not shots.
  const ballots = /^\s+rounds?(?=\s+of\s+(?:voting|balloting|ballots)\b)/i.exec(after);
  if (ballots) return { name: 'ballot', end: end + ballots[0].length, excludesOne: false };
  // "24 million by 2050": a scaled figure counts something even when the noun is left implicit.
  // "to roughly 7,600, officials said": a figure a comma ends has no noun after it.
  const noun = (/^[,;:]/.test(after) ? null : countedNoun(following)) ?? (/\b(?:thousand|million|billion|trillion|bn)$/i.test(raw) ? { name: 'count', end, excludesOne: false } : null);
  // "Kessick County and two neighboring counties": the count leaves out the one named before it, as "two other counties" does.
  if (noun && NEIGHBOURING.test(following[0]?.text ?? '') && /\p{Lu}[\p{L}.'’-]*\s+and\s+$/u.test(sentence.slice(0, start))) return { ...noun, excludesOne: true };
  // "killing seven people and wounding 15 others", "a dozen others are still missing": those harmed are people, whatever the word.
  if (noun?.name === 'other' && (HARMED_BEFORE.test(sentence.slice(0, start)) || FATE_AFTER.test(sentence.slice(noun.end)))) return { ...noun, name: 'person' };
  // "fired seven times", "shot him 11 times": how often a gun was fired is a count of shots.
  if (noun?.name === 'time' && FIRED_BEFORE.test(sentence.slice(0, start))) return { ...noun, name: 'shot' };
  // "was cited 14 times", "was fined three times": how often something was done to it, counted as what was done ("14 citations").
  const doneTimes = noun?.name === 'time' ? DONE_TIMES_BEFORE.exec(sentence.slice(0, start))?.[1].toLowerCase() : undefined;
  if (noun && doneTimes) return { ...noun, name: DONE_AS[doneTimes] };
  if (noun) return noun;
  // "killing 6 and wounding around 900", "12 of the 45 wounded": a bare figure after a verb of harm, or before the word
  // for those it harmed, counts people.
  const harmed = HARMED_AFTER.exec(after);
  if (harmed) return { name: 'person', end: end + harmed[0].length, excludesOne: false };
  // "14 were arrested", "more than a dozen were hurt", "41 of them were released": a bare figure that something was done to counts people;
  // so does one with "more" ("nine are dead and 14 more are wounded").
  if (DONE_TO_AFTER.test(after)) return { name: 'person', end, excludesOne: false };
  const more = MORE_AFTER.exec(after);
  if (more && DONE_TO_AFTER.test(after.slice(more[0].length))) return { name: 'person', end: end + more[0].length, excludesOne: false };
  return HARMED_BEFORE.test(sentence.slice(0, start)) || TOLL_BEFORE.test(sentence.slice(0, start)) || (SENT_BEFORE.test(sentence.slice(0, start)) && TO_HOSPITAL_AFTER.test(after)) ? { name: 'person', end, excludesOne: false } : null;
}

/** "sending 14 to the hospital", "took three to hospitals": a bare figure of those sent there counts people. */
const SENT_BEFORE = /\b(?:send(?:s|ing)?|sent|tak(?:es|ing)|took|rush(?:es|ing|ed)|fl(?:ew|ying))\s+(?:(?:at least|more than|about|nearly|some|roughly|another)\s+)?$/i;
const TO_HOSPITAL_AFTER = /^\s+(?:others?\s+|more\s+)?to\s+(?:(?:the|a|area|local|nearby)\s+)?hospitals?\b/i;

const NEIGHBOURING = /^(?:neighbou?ring|nearby|surrounding|adjacent|adjoining)$/i;

/**
 * A word for people gathered, and a hedge, right before a figure: "a crowd of about 12,000", "a turnout of 2,000", "the crowd
 * numbered 3,500"; who reckoned it may stand between ("a crowd organisers put at 900", "police put the crowd at 900").
 */
const GATHERING_BEFORE =
  /(?:\b(?:crowd|audience|turnout|attendance)\s+(?:of|(?:[\p{L}’']+\s+){0,3}?(?:was\s+|were\s+)?(?:estimated|put|pegged|placed)\s+at|numbered|totall?ed|topped|swelled\s+to|grew\s+to)|\b(?:estimated|put|pegged|placed)\s+the\s+(?:crowd|audience|turnout|attendance)\s+at)\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|roughly|an estimated|up to|as many as)\s+)?$/iu;

/** After a count, those something was done to: "of those detained", "of the people arrested". */
const THOSE_DONE_TO_AFTER = /^\s+of\s+(?:those|the\s+people)\s+(?:\p{Ll}+ly\s+)?(?:killed|injured|wounded|hurt|arrested|detained|evacuated|rescued|hospitali[sz]ed|charged|held|taken)\b/iu;

/** A verb of harm to people, and a hedge, right before a figure. */
const HARMED_BEFORE =
  /\b(?:kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?|evacuat(?:ed|ing))\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|roughly|an estimated|up to|as many as)\s+)?$/i;

/** The word for those harmed right after a figure with no noun: "the 45 wounded", "10 dead". */
const HARMED_AFTER = /^\s+(?:wounded|injured|dead)\b/i;

/** The verbs that bring a toll to its figure ("the death toll rose to 14", "stands at 12"). */
export const TOLL_VERB = String.raw`(?:rose|rises|risen|climbed|climbs|jumped|increased|grew|reached|reaches|hit|hits|stood|stands|was|is)`;
/** The verbs of what raised a toll to its figure ("raising the death toll from the sinking to 31", "bringing the toll to 40"). */
export const TOLL_RAISED = String.raw`(?:rais|bring|brought|push|lift|tak|took|put)\w*`;
/** A toll's verb right before a bare figure: "the death toll from the flood rose to 14", "the toll stood at about 30". */
const TOLL_BEFORE = new RegExp(
  String.raw`(?:\btoll\b[^.;]{0,90}?\b${TOLL_VERB}\s+(?:to\s+|at\s+)?|\b${TOLL_RAISED}\s+(?:the\s+)?(?:[\w-]+\s+)?toll\b[^.;]{0,90}?\bto\s+)(?:(?:at least|more than|about|nearly|some|roughly)\s+)?$`,
  'i',
);

/** After a count, what befell those it counts: "are still missing", "were killed", "remain unaccounted for", "wounded". */
const FATE_AFTER = /^\s+(?:(?:are|were|remain|remained|have\s+been|had\s+been|still)\s+){0,2}(?:\p{Ll}+ly\s+)?(?:missing|unaccounted|dead|killed|injured|wounded|hurt|hospitali[sz]ed|arrested|detained|evacuated|rescued)\b/iu;

const DONE_TO_AFTER = /^\s+(?:of\s+(?:them|those|these)\s+)?(?:are|were|remain|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(?:killed|injured|wounded|hurt|arrested|detained|evacuated|rescued|hospitali[sz]ed|charged|released|freed|deported)\b/iu;

/** "more" right after a bare figure: "14 more". */
const MORE_AFTER = /^\s+more\b/i;

const MEMBERS = /^(?:Republicans|Democrats|Independents|Conservatives|Liberals|Socialists|Greens|Tories|\p{Lu}\p{Ll}+ans)$/u;

/** "locally acquired", "newly hired": an adverb in -ly and the participle it qualifies, before a noun. */
function participleModifier(terms: TaggedTerm[], at: number): boolean {
  const [term, next, previous] = [terms[at], terms[at + 1], terms[at - 1]];
  const adverb = (t: TaggedTerm | undefined) => t !== undefined && /^[a-z]{3,}ly$/.test(t.text) && !/[,;:.!?)”"]/.test(t.post);
  const participle = (t: TaggedTerm | undefined) => t !== undefined && /^[a-z]+(?:ed|en|wn|rn)$/.test(t.text);
  const beforePlural = participle(term) && !/[,;:.!?)”"]/.test(term.post) && next !== undefined && isCountedNoun(next) && next.tags.has('Plural');
  // …and a participle alone before a plural noun: "17 confirmed cases", "three scheduled inspections".
  return (adverb(term) && participle(next)) || (participle(term) && adverb(previous) && !/[,;:.!?)”"]/.test(term.post)) || beforePlural;
}

/** Verbs in -s that are never a plural noun: "the 7.4-mile Cobalt Ridge Trail is…". */
const LITTLE_VERBS_IN_S = new Set(['is', 'was', 'has', 'does', 'says']);
/** A word in -s the tagger reads as a verb, which after a number, a name or a noun is a plural noun ("four rounds", "lifeguard stands"). */
const pluralReadAsVerb = (term: TaggedTerm) => term.tags.has('PresentTense') && /^[a-z]+s$/.test(term.text) && !LITTLE_VERBS_IN_S.has(term.text);

/** The noun ending the short noun phrase after a number ("30 NATO leaders", "four new battle groups"). */
function countedNoun(following: TaggedTerm[]): Unit | null {
  const excludesOne = following[0]?.text.toLowerCase() === 'other';
  // "Five Republicans voted", "40 Americans": members of a party or people of a country, counted as any noun (not a name
  // going on in capitals: "3 Doors Down").
  const [first, next] = following.slice(excludesOne ? 1 : 0);
  // A capital after a comma or a dash starts another phrase ("Two Democrats, Senator Ray Olin and…", "Four Republicans — Sens. …"), no name going on.
  if (first && MEMBERS.test(first.text) && (!/^\p{Lu}/u.test(next?.text ?? '') || /[,;:—–]/.test(first.post))) return { name: singular(first), end: first.start + first.text.length, excludesOne };
  let noun: TaggedTerm | null = null;
  // Words describing the noun to come: "340 such cases", "304 locally acquired cases".
  let described = false;
  for (const [position, term] of following.slice(excludesOne ? 1 : 0, 6).entries()) {
    // Right after a number, the names it is of or words describing it, a word the tagger read as a verb in -s is a plural noun ("four rounds", "40 Acme stores", "340 such cases").
    const named = position > 0 && following[position - (excludesOne ? 0 : 1)]?.tags.has('ProperNoun');
    // …and so is one right after a singular noun, which then only describes it ("1,500 state positions").
    const afterNoun = noun !== null && !noun.tags.has('Plural') && !/[,;:.!?)”"]/.test(noun.post);
    if (isCountedNoun(term) || ((position === 0 || named || described || afterNoun) && pluralReadAsVerb(term))) {
      noun = term;
      // "six police officers": a plural noun before another noun is that noun's modifier; the last noun is what is counted.
      const next = following[position + (excludesOne ? 2 : 1)];
      if (term.tags.has('Plural') && !(next && !/[,;:.!?)”"]/.test(term.post) && isCountedNoun(next) && next.tags.has('Plural'))) break;
    } else if (!noun && (term.text.toLowerCase() === 'such' || participleModifier(following, position + (excludesOne ? 1 : 0)) || sizeJoined(following, position + (excludesOne ? 1 : 0)))) {
      described = true;
      continue;
    } else if (
      noun ||
      !(hasTag(term, ['Adjective', 'ProperNoun', 'Acronym', 'Noun', 'Verb']) || namesJoined(following, position + (excludesOne ? 1 : 0)) || adjectivesJoined(following, position + (excludesOne ? 1 : 0))) ||
      hasTag(term, ['PastTense', 'Copula', 'Modal', 'Pronoun'])
    )
      break;
    if (/[,;:.!?)”"]/.test(term.post)) break;
  }
  // "9,800 military and civilian jobs": a word before "and" or "or" and another word is a modifier of the plural noun after them.
  const at = noun ? following.indexOf(noun) : -1;
  const joined = noun && !noun.tags.has('Plural') && /^(?:and|or)$/i.test(following[at + 1]?.text ?? '') && !/[,;:.!?)”"]/.test(noun.post) ? following.slice(at + 2, at + 4).find((t) => t.tags.has('Plural') && isCountedNoun(t)) : undefined;
  const counted = joined ?? noun;
  if (!counted) return null;
  // "nine staff members": a noun with the word before it may be counted as another ("staff member" as "staffer").
  const before = following[following.indexOf(counted) - 1];
  const name = singular(counted);
  return { name: (before && COUNTED_AS[`${before.text.toLowerCase()} ${name}`]) ?? name, end: counted.start + counted.text.length, excludesOne };
}

/** A size joined to the noun it describes ("three 30-round magazines", "two 10-page letters"), not a name with a figure ("Covid-19"). */
function sizeJoined(terms: TaggedTerm[], at: number): boolean {
  const [term, next] = [terms[at], terms[at + 1]];
  return term !== undefined && next !== undefined && hasTag(term, ['Value']) && term.tags.has('Hyphenated') && next.tags.has('Hyphenated') && /^[a-z]+$/.test(next.text);
}

/** "and" between two names before the noun: "40 Acme and Zenith stores" counts stores of both. */
function namesJoined(terms: TaggedTerm[], at: number): boolean {
  const [before, term, after] = [terms[at - 1], terms[at], terms[at + 1]];
  return /^(?:and|&)$/i.test(term?.text ?? '') && before !== undefined && after !== undefined && before.tags.has('ProperNoun') && /^\p{Lu}/u.test(after.text) && !/[,;:.!?)”"]/.test(before.post);
}

/** "and" or "or" between two words describing the noun: "2.6 million current and former federal workers". */
function adjectivesJoined(terms: TaggedTerm[], at: number): boolean {
  const [before, term, after] = [terms[at - 1], terms[at], terms[at + 1]];
  return /^(?:and|or)$/i.test(term?.text ?? '') && before !== undefined && after !== undefined && before.tags.has('Adjective') && hasTag(after, ['Adjective', 'Noun']) && !/[,;:.!?)”"]/.test(before.post);
}

/**
 * A common noun (not a name, pronoun, month or number): "leaders", "people", "rounds", "days". A plural in lower case the
 * tagger read as part of a name ("800 ANC workers" as a body called "ANC Workers") is still the noun counted.
 */
function isCountedNoun(term: TaggedTerm): boolean {
  // "421,000 SUVs", "300 ATMs": an acronym in the plural is a noun counted.
  if (/^[A-Z]{2,5}s$/.test(term.text) && term.tags.has('Plural')) return true;
  return /^[a-z][a-z-]+$/.test(term.text) && term.tags.has('Noun') && !hasTag(term, ['Pronoun', 'Month', 'WeekDay', 'Value', 'Possessive']) && (!term.tags.has('ProperNoun') || term.tags.has('Plural'));
}

/**
 * Nouns for people in general: "180,000 residents" and "210,000 people" are two counts of one thing; so are "14 deaths" and "17
 * people" killed, "17 injuries" and "14 workers" injured, and "12,400 adults" enrolled in a study and "14,200 participants" in it.
 */
const PEOPLE = new Set(['resident', 'inhabitant', 'individual', 'civilian', 'death', 'fatality', 'injury', 'adult', 'participant', 'volunteer']);
/**
 * Nouns counted as another: "900 positions" cut are jobs cut; "11 aides" and "nine staff members" are staffers; a storey is a
 * story; demonstrators are protesters, legislators lawmakers, employees workers, soldiers troops, observers monitors, ships
 * vessels, houses homes, cars (SUVs, pickups) vehicles, violations and tickets citations, suits lawsuits, nations countries, businesses and firms companies, and initiatives
 * programs (news writes one for the other to vary the word); an indictment's counts are its charges; rounds of voting are ballots.
 */
const COUNTED_AS: Record<string, string> = {
  count: 'charge',
  round: 'shot',
  position: 'job',
  aide: 'staffer',
  'staff member': 'staffer',
  storey: 'story',
  demonstrator: 'protester',
  protestor: 'protester',
  legislator: 'lawmaker',
  employee: 'worker',
  soldier: 'troop',
  observer: 'monitor',
  ship: 'vessel',
  house: 'home',
  car: 'vehicle',
  suv: 'vehicle',
  pickup: 'vehicle',
  kid: 'child',
  violation: 'citation',
  ticket: 'citation',
  suit: 'lawsuit',
  nation: 'country',
  business: 'company',
  firm: 'company',
  initiative: 'program',
  // One measure spelt two ways: "22 kilometres" is as many "kilometers".
  kilometre: 'kilometer',
  metre: 'meter',
  centimetre: 'centimeter',
  millimetre: 'millimeter',
  litre: 'liter',
};

/** The noun a compound ends on, from one of its words: "lifeguard" of "lifeguard stands" is the stands'. */
function headOf(phrase: TaggedTerm[], at: number): TaggedTerm {
  let head = at;
  const nounNext = (next: TaggedTerm | undefined) => next !== undefined && (isCountedNoun(next) || pluralReadAsVerb(next));
  while (!phrase[head].tags.has('Plural') && !/[,;:.!?)”"]/.test(phrase[head].post) && nounNext(phrase[head + 1])) head += 1;
  return phrase[head];
}

function singular(term: TaggedTerm): string {
  const compromise = term.tags.has('Plural') && !term.tags.has('Verb') ? singularNoun(term.text) : '';
  const noun = compromise && compromise !== term.text ? compromise : (words(term.text)[0] ?? term.text);
  return countedAs(noun);
}

/** The name a counted noun is compared by: people in general as "person", a noun news varies as the one it stands for. */
const countedAs = (noun: string) => (PEOPLE.has(noun) ? 'person' : (COUNTED_AS[noun] ?? noun));

/** Words whose singular is kept: a comparison asks for the same nouns over and over, and compromise is slow to start on one. */
const SINGULARS_KEPT = 4096;

/** The singular of a plural noun ("people" → "person", "arrests" → "arrest"); other words as they are. */
export const singularNoun = perText((word: string): string => nlp(word).nouns().toSingular().text() || word, SINGULARS_KEPT);

/** What follows an emergency line's number: "911 call", "999 operators", "112 dispatcher". */
const EMERGENCY_LINE_AFTER = /^\s+(?:calls?|callers?|dispatch\w*|operators?|centers?|centres?|lines?|system|recordings?|tapes?)\b/i;

/** A figure as written, with its unit where known. */
type Rounded = Pick<Quantity, 'text' | 'value'> & Partial<Pick<Quantity, 'unit'>>;

/** A count written in dozens ("two dozen"): rounded to the dozen. */
export const IN_DOZENS = /\bdozens?\b/i;
/** How far from a count in dozens a figure it stands for may be: a twelfth ("a dozen" for 11 or 13). */
const DOZENS_SPREAD = 1 / 12;
const ROUND_FIGURE_DIGITS = 2;
const ROUND_FIGURE_SPREAD = 0.05;
const ZEROS_SPREAD = 0.015;
const ONE_DIGIT_SPREAD = 0.1;

/** Equal once the more precise figure is rounded to the precision of the other. */
export function roughlyEqual(a: Rounded, b: Rounded): boolean {
  // A tally is exact: "69-30" and "69-31" are two counts of the votes.
  if (a.unit === 'tally' || b.unit === 'tally') return sameTally(a.value, b.value);
  // "two dozen" is a count rounded to dozens: it stands for 23 or 25 as "24" would not.
  if ([a, b].some((x) => IN_DOZENS.test(x.text)) && Math.abs(a.value - b.value) <= Math.max(a.value, b.value) * DOZENS_SPREAD) return true;
  const [aDigits, bDigits] = [significantDigits(a.text), significantDigits(b.text)];
  const digits = Math.min(aDigits, bDigits);
  const spread = Math.abs(a.value - b.value) / Math.max(a.value, b.value);
  // A figure of one digit is the leading digit of a larger one ("$1 trillion" for "$1.2 trillion"), or a rounding of one near
  // it ("$3 million" for "$2.9 million"), not of a half below it ("$2.5 million").
  const [round, precise] = aDigits <= bDigits ? [a, b] : [b, a];
  const truncates = round.value < precise.value;
  if (Number(a.value.toPrecision(digits)) === Number(b.value.toPrecision(digits)) && (digits > 1 || spread <= ONE_DIGIT_SPREAD || truncates)) return true;
  // A price to the cent ("closed at $58.40") is exact: only its rounding ("$58") writes it otherwise, not a sum near it ("$61").
  if ([a, b].some(toTheCent)) return false;
  // "63 seats" and "61 seats", "43%" and "41%": counts and shares written to the same precision are each exact to it; rounding
  // explains neither (sums, spans and distances are often given loosely: "52 miles" for "53 miles").
  if (aDigits === bDigits && [a, b].every((x) => exactAtItsPrecision(x)) && !endsInZeros(a.text) && !endsInZeros(b.text)) return false;
  // "44 senators" and "Forty-two senators": a count in words that is no round figure is as exact as one in digits.
  const exactInWords = (x: Rounded) => significantDigits(x.text) === WORDS_DIGITS && x.value % 10 !== 0;
  if ([a, b].some(exactInWords) && [a, b].every((x) => exactAtItsPrecision(x) && !/0$/.test(writtenFigure(x.text)))) return false;
  // "$94 billion" and "$91 billion": sums written to the same digits, neither round ("$50 billion" may be "$48 billion"), are two sums.
  if (aDigits === bDigits && [a, b].every((x) => x.unit !== undefined && CURRENCIES.has(x.unit) && !/0$/.test(writtenFigure(x.text)))) return false;
  // "6.0" and "6.1", "2.4%" and "2.5%": figures given to the same decimal place are each exact to it; rounding explains neither.
  const places = decimalPlaces(a.text);
  if (places > 0 && places === decimalPlaces(b.text)) return false;
  // A round figure ("$27 million") stands for a precise one within a few percent ("$27,412,960", "nearly $28 million");
  // a figure ending in zeros ("$43,000") for one within a percent or so ("$43,350"), not for "640" against "600".
  // Ages are given exactly, never rounded: "47" and "48" years old are two people. A share is rounded to its point: "54
  // percent" is no rounding of "51.8 percent" (that is "52 percent").
  const exact = (a.unit === 'years old' && b.unit === 'years old') || [a, b].some((x) => x.unit === 'percent' || x.unit === 'percentage point');
  return (digits <= ROUND_FIGURE_DIGITS && spread <= ROUND_FIGURE_SPREAD && !exact) || ((endsInZeros(a.text) || endsInZeros(b.text)) && spread <= ZEROS_SPREAD);
}

/** Lengths whose square is an area ("square miles"). */
const AREA_OF = new Set('mile kilometer kilometre km meter metre foot feet yard'.split(' '));
/** Units of size, area, weight or volume, which outlets round or convert. */
export const PHYSICAL_UNITS = new Set([
  ...'mile kilometer kilometre km meter metre foot feet ft yard inch centimeter centimetre cm millimeter millimetre mm acre hectare degree pound lb lbs kilogram kg gram milligram mg ton tonne gallon liter litre barrel ounce'.split(' '),
  ...[...AREA_OF].map((length) => `square ${length}`),
]);

/** A count of something or a share: what a figure written to its units gives exactly. */
function exactAtItsPrecision({ unit }: Rounded): boolean {
  // Days, weeks and months are counted ("a 47-day strike", "sentenced to 46 months"), not estimated as hours or minutes are.
  return unit === 'percent' || unit === 'percentage point' || unit === 'day' || unit === 'week' || unit === 'month' || (unit !== undefined && !MEASURES.has(unit) && !PHYSICAL_UNITS.has(unit));
}

const decimalPlaces = (text: string) => /\d\.(\d+)/.exec(text)?.[1].length ?? 0;
/** A sum written to the cent, with no word of scale ("$58.40", not "$2.40 billion"). */
const toTheCent = (x: Rounded) => x.unit !== undefined && CURRENCIES.has(x.unit) && decimalPlaces(x.text) === 2 && !/\d\s*(?:thousand|million|billion|trillion|bn|m)\b/i.test(x.text);

const endsInZeros = (text: string) => /\d0{3}(?![\d.])|\d,000\b/.test(text);

/** The figure's digits as written ("94" of "$94 billion"), "" for a number in words. */
const writtenFigure = (text: string) => /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? '';

/** Digits as written: "13.56" → 4, "13.6" → 3, "500" → 3; numbers in words are exact. */
function significantDigits(text: string): number {
  const digits = writtenFigure(text).replace(/[,.]/g, '').replace(/^0+/, '');
  return digits ? Math.max(1, Math.min(WORDS_DIGITS, digits.length)) : WORDS_DIGITS;
}
/** The digits a number in words is taken to be written to: all a figure may have. */
const WORDS_DIGITS = 15;
