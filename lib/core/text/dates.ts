import * as chrono from 'chrono-node/en';
import nlp from 'compromise';
import { smallNumber } from './number-words';
import { escapeRegExp } from './regexp';

/** A date in a sentence, resolved against the publication date when the text alone cannot place it. */
export interface DateMention {
  text: string;
  /**
   * Comparable form: `YYYY-MM-DD` for a day, `week of YYYY-MM-DD` (its Monday) for "next week",
   * `weekend of YYYY-MM-DD` (its Saturday),
   * `YYYY-MM` for a month, `YYYY` for a year. Without a publication date, what cannot be placed
   * keeps its year as `XXXX` ("XXXX-03-24") or is its lower-cased text ("thursday").
   */
  normalized: string;
  start: number;
  end: number;
}

/** A calendar anchor must be named: bare durations ("two weeks", "in the day") are not dates. */
const CALENDAR_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:next|last|this)\s+(?:week|month|year|weekend)\b|\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:19|20)\d\d\b/i;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const WEEKDAY_WORD = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'gi');

/** The weekdays a text names, as a bit set (bit k for WEEKDAYS[k]). */
export function weekdaysNamed(text: string): number {
  let named = 0;
  for (const [, day] of text.matchAll(WEEKDAY_WORD)) named |= 1 << WEEKDAYS.indexOf(day.toLowerCase());
  return named;
}

/** Words that place a date relative to the publication date. */
const RELATIVE = /\b(?:yesterday|today|tomorrow|tonight|next|last|this|ago)\b/i;

/**
 * A year on its own ("in 1993", "the 2009 referendum", "1898’s ruling"), which chrono leaves alone; not a count ("2000 votes")
 * nor a time on the 24-hour clock ("at 2045 GMT", "1930 hours").
 */
const YEAR = /(?<![\d$€£.,-])\b((?:1[89]|20)\d\d)(?:['’]s)?\b(?![.,]\d|\s*(?:%|percent|[a-z]+s\b|GMT\b|UTC\b|hrs\b|local time\b))/gi;

/**
 * A score or tally right before a month and its day, a weekday or a day told from the publication's ("won 30-7 Oct. 19",
 * "a 3-1 March 4 defeat", "voted 31-19 on Wednesday", "voted 8 to 5 last Tuesday", "passed it 9 to 4 last week"): the figures before the date are no part of it.
 */
const TALLY_BEFORE_DATE =
  /\b\d{1,3}(?:[-–]|\s+to\s+)\d{1,3}(?=\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?!\d)|(?:(?:last|this|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:last|this)\s+(?:week|month)\b|last\s+night\b|yesterday\b))/gi;

/**
 * A part of the day before the day it is of ("the night of April 17th", "the morning of March 3"): chrono reads
 * the phrase as that part of the publication day, so only the day after "of" is read.
 */
/** A sum of money ("rise to $12 on Jan. 1"), or a count before a weekday ("rose to 14 on Wednesday"): no part of a date chrono would read it into. */
const FIGURE_BEFORE_DATE = /[$€£]\s?\d[\d,.]*|\b\d[\d,.]*(?=\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi;

/** A weekday told as a habit ("open every day except Monday", "closed each Sunday"): no day of the story. */
const HABITUAL_WEEKDAY = /\b(?:every|each|except|other\s+than)\s+(?:on\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b/gi;

/**
 * A count of things ("on Tuesday on 14 counts", "Friday 12 people were hurt"): never a day, which chrono would read into the
 * weekday before it. The day after a month ("March 31 unless…") and spans of time stay.
 */
const COUNT_OF_THINGS = /(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)\b\d{1,3}(?=\s+(?!(?:years|months|weeks|days|hours|minutes|seconds|decades|centuries|unless|always|perhaps|whereas|besides|towards|afterwards)\b)(?:\p{Ll}{2,}s(?<![su]s)|people|men|women|children)\b)/giu;

/** "April 8 through 12": the days after "through" (chrono reads "8 through 12" as hours); the range is dated by its first day. */
const THROUGH_DAY_AFTER_DATE = /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s+(?:through|thru|till|until)\s+\d{1,2}\b(?![:.]\d|,?\s+(?:a\.?m|p\.?m))/gi;

/** A tally right after a month ("passed the House in October, 218 to 210"): its first figure is no day of that month. */
const TALLY_AFTER_MONTH =
  /(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)(?:\d{3}|3[2-9]|[4-9]\d)(?:\s?[-–]\s?|\s+to\s+)\d{1,3}\b/gi;

/** "in early May", "mid-May": chrono reads May as the month only after a preposition, so the part of the month is read as "in". */
const PART_OF_MAY = /\b(?:early|mid|late)[\s-]May\b/g;
/** "after this month's elections": what comes after is the elections, of this month, not the month after this one. */
const BEFORE_A_SPAN_OWNING = /\b(?:after|before|until)(?=\s+(?:this|next|last)\s+(?:week|month|year)['’]s\b)/gi;

const PART_OF_DAY_BEFORE_DATE = /\b(?:morning|afternoon|evening|night)\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/gi;

/** "the end of the week", "the start of the month": a part of the publication's week or month. */
const PART_OF_THIS = /\b(?:end|start|beginning|middle)\s+of\s+the\s+(week|month)\b/gi;

/** "at the start of next year", "by the end of this year": the year's first or last month, not the whole year. */
const EDGE_OF_YEAR = /\b(start|beginning|end)\s+of\s+(next|this|last)\s+year\b/gi;
const YEAR_OFFSET: Record<string, number> = { next: 1, this: 0, last: -1 };

/**
 * Holidays on a fixed day ("on New Year's Day", "by Christmas Eve"): read as that day, placed in its year as a day and
 * month would be. Written in place of the holiday, as long, for chrono; the holiday's words are kept as the text.
 */
const FIXED_HOLIDAYS: [RegExp, string][] = [
  [/\bNew Year['’]s Day\b/g, 'January 1'],
  [/\bNew Year['’]s Eve\b/g, 'December 31'],
  [/\bChristmas Eve\b/g, 'December 24'],
  [/\bChristmas Day\b/g, 'December 25'],
];


/** The publication's week (by its Monday) or month. */
function thisSpan(span: string, publishedAt: string): string {
  if (span === 'month') return publishedAt.slice(0, 7);
  const day = new Date(`${publishedAt}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return `week of ${day.toISOString().slice(0, 10)}`;
}

/** A capitalised abbreviation's point: "Oct.", "Gov.", "St.". */
const ABBREVIATION_POINT = /\b(\p{Lu}\p{Ll}{0,4})\./gu;

/** Words telling of what is to come: "will", "is to", "is scheduled", "is set for", "is expected to", "plans to", "heads to a vote", "is due to be sworn in", "is due in court". */
const TO_COME_WORDS = String.raw`\b(?:will|would|shall|is to|are to|scheduled|slated|set (?:to|for)|expected to|plans? (?:to|a|an)|heads? to|due to be|(?:is|are) due (?:on|in|for|back))\b`;
/** A clause telling of what is to come. */
const TOLD_AS_TO_COME = new RegExp(`${TO_COME_WORDS}[^;.]*$`, 'i');
/** A span of weeks to come after those words: "will vote in three weeks", "is set to open in two weeks". */
const IN_WEEKS_TO_COME = new RegExp(`${TO_COME_WORDS}[^.;:]{0,60}?\\b(in\\s+(two|three|four|five|six|[2-6])\\s+weeks)\\b(?!['’])`, 'gi');

/** "a week from", "two weeks from" before a day. */
const SPAN_OF_DAY = /\b(?:the\s+)?(?:week|weekend)\s+of\s+$/i;
const WEEKS_FROM = /\b(a|one|two|three|\d)\s+weeks?\s+from\s+$/i;
/** A day, as `normalized` writes one. */
export const DAY = /^\d{4}-\d\d-\d\d$/;

/** "May" alone is the month after a word no verb follows ("in May", "the end of May"), not "may" the verb. */
const MAY_AS_MONTH = /\b(?:in|of|through|until|till|since)\s+May$/;

/** A month's name written in lower case, with no day: the word "march" or "may", not the month. */
const LOWER_CASE_MONTH = /^(?:(?:in|on|by|of|since|until)\s+)?(?:march|may)\s*$/;

/** Months also given as first names, as chrono reads them alone. */
const FIRST_NAME_MONTH = /^(?:April|May|June|July|August)$/;
/** A title before a name: "Representative", "Sen.", "Ms.". */
const TITLE_BEFORE = /\b(?:Rep|Sen|Gov|Mr|Ms|Mrs|Dr|Representative|Senator|Governor|Mayor|Judge|Justice|Secretary|Councilwoman|Councilman|Councilor)\.?\s+$/;

/** "the end of May": a part of a month, not the day chrono reads it as. */
const PART_OF_MONTH = /^(?:the\s+)?(?:end|beginning|start|middle)\s+of\s/i;

const TRAILING_PUNCTUATION = /[\s,;:]+$/;

/**
 * A day told from another day the article has just given ("on Sunday … two days earlier", "a week later", "the day before"),
 * with nothing after it that it is counted from ("two days after the crash" is from the crash, not from a day).
 */
const FROM_DAY_BEFORE = new RegExp(
  String.raw`\b(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+(earlier|later|before|after)|the\s+(day|week)\s+(before|after)|the\s+(?:next|following)\s+(day|week)|the\s+(?:previous|prior)\s+(day|week))\b(?!\s+(?:the|a|an|his|her|its|their|that|this)\b|['’])`,
  'giu',
);

const NAME_OR_FIGURE_AFTER = /^\s+[\p{Lu}\d]/u;
/** "over", "for", "within" right before a count of days: how long something took. */
const SPAN_BEFORE = /\b(?:over|for|across|within|during|in)\s+(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|just)\s+)?$/i;

/**
 * Days told from the day an article gave just before them: `dayBefore(offset)` is the last day given before that offset of
 * the sentence (its \`YYYY-MM-DD\` and where it ends, -1 for the sentence before), or null. A day told so is itself one the
 * next is told from ("two days earlier …, and a week later").
 */
export function daysFromDayBefore(sentence: string, dayBefore: (offset: number) => { normalized: string; end: number } | null): DateMention[] {
  const out: DateMention[] = [];
  for (const match of sentence.matchAll(FROM_DAY_BEFORE)) {
    const given = dayBefore(match.index);
    const told = out[out.length - 1];
    const anchor = told !== undefined && (given === null || given.end <= told.end) ? told.normalized : (given?.normalized ?? null);
    // "two days after Easter", "a week before 2 p.m.": told from a name or a figure, not from a day before.
    if (anchor === null || NAME_OR_FIGURE_AFTER.test(sentence.slice(match.index + match[0].length))) continue;
    // "deliberated over two days before returning a verdict": a span, not a day.
    if (SPAN_BEFORE.test(sentence.slice(0, match.index))) continue;
    const [, count, unit, direction, unitOf, side, next, previous] = match;
    const counted = count === undefined || /^an?$/i.test(count) ? 1 : smallNumber(count);
    const days = counted * ((unit ?? unitOf ?? next ?? previous).toLowerCase() === 'week' ? 7 : 1);
    const back = /^(?:earlier|before)$/i.test(direction ?? side ?? '') || previous !== undefined;
    const day = new Date(`${anchor}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + (back ? -days : days));
    out.push({ text: match[0], normalized: day.toISOString().slice(0, 10), start: match.index, end: match.index + match[0].length });
  }
  return out;
}

export function dates(sentence: string, publishedAt: string | null): DateMention[] {
  const reference = publishedAt ? new Date(`${publishedAt}T12:00:00`) : undefined;
  const out: DateMention[] = [];
  // Blanked, not cut: offsets stay those of the sentence.
  const holidays: { start: number; end: number }[] = [];
  const readable = FIXED_HOLIDAYS.reduce(
    (text, [holiday, day]) =>
      text.replace(holiday, (name: string, at: number) => {
        holidays.push({ start: at, end: at + name.length });
        return day.padEnd(name.length);
      }),
    sentence.replace(BEFORE_A_SPAN_OWNING, (word) => ' '.repeat(word.length)).replace(PART_OF_MAY, (part) => `${' '.repeat(part.length - 6)}in May`).replace(TALLY_AFTER_MONTH, (tally) => ' '.repeat(tally.length)).replace(TALLY_BEFORE_DATE, (tally) => ' '.repeat(tally.length)).replace(THROUGH_DAY_AFTER_DATE, (days) => ' '.repeat(days.length)).replace(PART_OF_DAY_BEFORE_DATE, (part) => ' '.repeat(part.length)).replace(FIGURE_BEFORE_DATE, (figure) => ' '.repeat(figure.length)).replace(COUNT_OF_THINGS, (count) => ' '.repeat(count.length)).replace(HABITUAL_WEEKDAY, (habit) => ' '.repeat(habit.length)),
  );
  for (const result of chrono.parse(readable, reference ?? new Date(0)).flatMap((read) => splitMove(read, readable)).flatMap(splitAtUntil)) {
    const holiday = holidays.find((h) => result.index <= h.start && h.start < result.index + result.text.length);
    if (!holiday && !CALENDAR_WORD.test(result.text) && !MAY_AS_MONTH.test(readable.slice(0, result.index + result.text.length))) continue;
    // "joined the march", "may": a month's name in lower case is the common word.
    if (LOWER_CASE_MONTH.test(result.text)) continue;
    // "Representative June Albers": a month's name after a title, before a family name, is a first name.
    if (FIRST_NAME_MONTH.test(result.text) && TITLE_BEFORE.test(readable.slice(0, result.index)) && /^\s+\p{Lu}\p{Ll}/u.test(readable.slice(result.index + result.text.length))) continue;
    // "the weekend of April 18", "the week of March 3": the span holding the day, not the day.
    const spanOf = SPAN_OF_DAY.exec(readable.slice(0, result.index));
    const normalized = normalizedDate(result, spanOf ? `${spanOf[0]}${result.text}` : result.text, sentence, publishedAt);
    if (!normalized) continue;
    // "a week from Monday": a week after the coming Monday.
    const weeksFrom = WEEKS_FROM.exec(readable.slice(0, result.index));
    if (spanOf && /^week(?:end)? of /.test(normalized)) {
      out.push({ text: spanOf[0] + result.text.replace(TRAILING_PUNCTUATION, '').trim(), normalized, start: spanOf.index, end: result.index + result.text.replace(TRAILING_PUNCTUATION, '').length });
    } else if (weeksFrom && DAY.test(normalized)) {
      const day = new Date(`${normalized}T00:00:00Z`);
      const coming = publishedAt !== null && normalized < publishedAt ? 7 : 0;
      day.setUTCDate(day.getUTCDate() + coming + 7 * (smallNumber(weeksFrom[1]) || 1));
      out.push({ text: weeksFrom[0] + result.text.trim(), normalized: day.toISOString().slice(0, 10), start: weeksFrom.index, end: result.index + result.text.length });
    } else {
      // A holiday read as its day is written as the holiday; the comma after a date ("on Tuesday, officials said") is the sentence's.
      const read = result.text.replace(TRAILING_PUNCTUATION, '');
      const end = Math.max(holiday?.end ?? 0, result.index + read.length);
      out.push({ text: holiday ? sentence.slice(result.index, end).trim() : read.trim(), normalized, start: result.index, end });
    }
  }
  for (const match of publishedAt ? sentence.matchAll(EDGE_OF_YEAR) : []) {
    const [start, end] = [match.index, match.index + match[0].length];
    const year = Number(publishedAt!.slice(0, 4)) + YEAR_OFFSET[match[2].toLowerCase()];
    // In place of chrono's "next year" inside it.
    out.splice(0, out.length, ...out.filter((d) => d.end <= start || d.start >= end));
    out.push({ text: match[0], normalized: `${year}-${match[1].toLowerCase() === 'end' ? '12' : '01'}`, start, end });
  }
  // "at the end of the week": the publication's week (or month), which chrono does not read without "this".
  for (const match of sentence.matchAll(PART_OF_THIS)) {
    const start = match.index;
    if (out.some((d) => start < d.end && start + match[0].length > d.start)) continue;
    out.push({ text: match[0], normalized: publishedAt ? thisSpan(match[1].toLowerCase(), publishedAt) : match[0].toLowerCase(), start, end: start + match[0].length });
  }
  // "will vote on the plan in three weeks": the week that many weeks after publication.
  for (const match of publishedAt ? sentence.matchAll(IN_WEEKS_TO_COME) : []) {
    const start = match.index + match[0].length - match[1].length;
    if (out.some((d) => start < d.end && start + match[1].length > d.start)) continue;
    const day = new Date(`${publishedAt}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 7 * (/\d/.test(match[2]) ? Number(match[2]) : smallNumber(match[2])));
    out.push({ text: match[1], normalized: thisSpan('week', day.toISOString().slice(0, 10)), start, end: start + match[1].length });
  }
  for (const match of sentence.matchAll(YEAR)) {
    const year = match[1];
    const start = match.index;
    if (out.some((d) => start >= d.start && start < d.end)) continue;
    out.push({ text: year, normalized: year, start, end: start + 4 });
  }
  // "burned in 2020, and the Cobalt Fire the following year": a year told from the year the sentence gave before it.
  for (const match of sentence.matchAll(YEAR_FROM_YEAR_BEFORE)) {
    const [start, end] = [match.index, match.index + match[0].length];
    const before = out.filter((d) => d.end <= start && /^\d{4}$/.test(d.normalized)).sort((a, b) => b.end - a.end)[0];
    if (before === undefined) continue;
    out.splice(0, out.length, ...out.filter((d) => d.end <= start || d.start >= end));
    out.push({ text: match[0], normalized: String(Number(before.normalized) + (match[1] ? 1 : -1)), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A year after or before one told earlier: "the following year", "a year later" (group 1); "the previous year", "a year earlier". */
const YEAR_FROM_YEAR_BEFORE = /\b(?:(the\s+(?:following|next)\s+year|a\s+year\s+later|the\s+year\s+after)|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before)|the\s+year\s+before)\b/gi;

/**
 * "banned exports until March 31", "through the end of June", "put off the vote until after the July 4 recess": when
 * something lasts to, which a past verb ("banned") does not put in the past.
 */
const UNTIL_BEFORE = /\b(?:until|through|till)\s+(?:after\s+|before\s+)?(?:the\s+)?$/i;
/** "wasn't discovered until Sept. 15", "did not learn of it until Monday": the day it happened, told late; no span's end. */
export const NOT_UNTIL_BEFORE = /(?:\bnot|n['’]t|\bnever)\b[^,;]*\b(?:until|till)\s+(?:the\s+)?$/i;

/** "on Wednesday until March 31": chrono reads one range, whose end is a date of its own. */
const UNTIL = /\s+(?:until|through|till)\s+/i;

/** A verb moving something in time: "moved the vote to May 11", "pushed the trial back". */
const MOVING = String.raw`\b(?:moved|moves|moving|postponed|postpones|delayed|delays|rescheduled|reschedules|shifted|shifts|pushed|pushes|bumped|advanced|changed|changes)\b[^.;:]{0,60}`;
/**
 * "its worst day since October", "the most since 2019", "the deadliest quake since 2007": a date a record is measured back to,
 * not the date of what the sentence tells.
 */
export const RECORD_SINCE = /\b(?:worst|best|biggest|largest|smallest|steepest|sharpest|highest|lowest|fastest|slowest|strongest|most|least|first|\p{L}+iest)\b[^,.;]*\bsince\s+$/iu;
/** …and "from" before the range: "moved the vote from May 4 to May 11". */
export const MOVED_FROM_BEFORE = new RegExp(String.raw`${MOVING}\bfrom\s+$`, 'i');
/** …and the day it was moved to or from, however told: a day of the schedule, not one past because the verb is. */
const MOVED_BEFORE = new RegExp(String.raw`${MOVING}\b(?:from|to|until|for)\s+$`, 'i');
/** Between a move's two days: "to". */
const MOVED_TO = /\s+to\s+/i;

/** "moved the primary from Aug. 4 to Sept. 22": chrono reads one range; the two ends are the old day and the new. */
function splitMove(result: chrono.ParsedResult, sentence: string): chrono.ParsedResult[] {
  const to = result.end ? MOVED_TO.exec(result.text) : null;
  if (!to || !result.end || !MOVED_FROM_BEFORE.test(sentence.slice(0, result.index))) return [result];
  return splitAt(result, to);
}

function splitAtUntil(result: chrono.ParsedResult): chrono.ParsedResult[] {
  const until = result.end ? UNTIL.exec(result.text) : null;
  if (!until || !result.end) return [result];
  return splitAt(result, until);
}

/** A range chrono read as one result, cut into its two ends where the joining words stand. */
function splitAt(result: chrono.ParsedResult, joint: RegExpExecArray): chrono.ParsedResult[] {
  const tail = joint.index + joint[0].length;
  return [
    { ...result, text: result.text.slice(0, joint.index) },
    { ...result, index: result.index + tail, text: result.text.slice(tail), start: result.end, end: undefined },
  ] as chrono.ParsedResult[];
}

/**
 * chrono reads a bare weekday as the nearest one, which may lie on either side of the publication
 * date. News reports in the past tense what happened ("It started Wednesday"), so such a day after
 * publication is a week earlier; a day told as to come ("will vote Tuesday", "is scheduled to take
 * effect Tuesday") before publication is a week later, unless the verb right before it is past
 * ("…, who will retire, spoke Tuesday").
 */
function weekdayReported(iso: string, result: chrono.ParsedResult, sentence: string, publishedAt: string): string {
  if (!result.start.isCertain('weekday') || result.start.isCertain('day')) return iso;
  // "could take it up as early as Tuesday" in a paper of a Tuesday: the earliest day to come, next week's.
  if (iso <= publishedAt && EARLIEST_TO_COME.test(sentence.slice(0, result.index))) return weekLater(iso);
  if (iso === publishedAt) return iso;
  // "would include Tuesday's roll call": a thing named by its day; the clause's tense tells what is done with it, not when it was.
  if (/^['’]s\b/.test(sentence.slice(result.index + result.text.length))) return iso;
  const past = iso > publishedAt && toldAsPast(result, sentence);
  // The period of an abbreviation ("on Oct. 6, after members vote Saturday") ends no clause.
  const before = sentence.slice(0, result.index).replace(ABBREVIATION_POINT, '$1');
  const toCome = iso < publishedAt && (TOLD_AS_TO_COME.test(before) || HAS_UNTIL.test(before)) && !toldAsPast(result, sentence, true);
  if (!past && !toCome) return iso;
  return past ? weekEarlier(iso) : weekLater(iso);
}

/** A deadline someone has now: "has until midnight Tuesday", "have until Friday". */
const HAS_UNTIL = /\b(?:has|have|gets?|get|given)\s+until\s+$/i;

/** Words that make a weekday the earliest day something may come: "as early as Tuesday". */
const EARLIEST_TO_COME = /\bas\s+(?:early|soon)\s+as\s+(?:on\s+)?$/i;
const daysFrom = (iso: string, days: number) => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const weekLater = (iso: string) => daysFrom(iso, 7);
const weekEarlier = (iso: string) => daysFrom(iso, -7);

/**
 * Whether the sentence tells what happened on the date as past, not as to come ("next", "this",
 * "coming" say it is to come). The verb before the date in its clause tells ("arrested a man on",
 * "was arrested on"; not "reopens on", "will speak on", "is expected on", "plans to decide by", "to be sworn in on"). A
 * verb spelt alike in both tenses ("quit", "set", "cut"), or none before the date ("In November, the
 * mayor resigned"), leaves it to the sentence, past tense and nothing to come, unless `verbOnly`
 * (a date as modifier, "the Feb. 11 hearing", is not when the sentence's verb happened). Words
 * elsewhere in the sentence ("according to", "says") do not make a past event present.
 */
function toldAsPast(result: chrono.ParsedResult, sentence: string, verbOnly = false): boolean {
  if (/\b(?:next|this|coming)\b/i.test(result.text)) return false;
  if (SINCE_BEFORE.test(sentence.slice(0, result.index))) return true;
  const tense = tenseBefore(sentence.slice(0, result.index));
  if (tense !== null) return tense === 'past';
  if (verbOnly) return false;
  const tagged = nlp(sentence);
  return tagged.has('#PastTense') && !tagged.has('(#FutureTense|#Modal|will|would|could|can|might|should|going)');
}

/** "since November", "since taking office in November": what has gone on from a day, which is past. */
const SINCE_BEFORE = /\bsince\s+(?:\p{Ll}+ing\b[^.;:,]{0,60}?\s+)?(?:in\s+|on\s+)?$/iu;

/** The tense of the last verb of the clause before a date, where it tells one: past, or another (to come, present); null if none does. */
function tenseBefore(before: string): 'past' | 'other' | null {
  const clause = before.split(/[,;:—–]/).pop()!;
  const text = nlp(clause).has('#Verb') ? clause : before;
  const verbs = nlp(text).verbs();
  // "broke the tie": a word after an article is a noun, whatever the tagger reads it as.
  const nouns = (i: number) => new RegExp(`\\b(?:the|a|an)\\s+${escapeRegExp(verbs.eq(i).text())}\\b`, 'i').test(text);
  let at = verbs.length - 1;
  while (at > 0 && nouns(at)) at -= 1;
  const last = verbs.eq(at);
  if (!last.found) return null;
  // "(is expected to) be sworn in on": a passive infinitive tells what is to come, though its participle is past.
  if (last.has('(#Modal|#FutureTense|will|would|going|is|are|am|be)')) return 'other';
  if (last.has('#PastTense')) return 'past';
  if (!last.has('#Infinitive') || /\bto\s+$/i.test(before.slice(0, before.lastIndexOf(last.text())))) return 'other';
  return null;
}

/** "approved a fare of $6, effective Oct. 1": the day a decision takes effect, after it, whatever the tense of the decision. */
const TAKES_EFFECT_BEFORE = /\beffective\s+(?:on\s+)?$/i;
/** "The changes take effect July 1", "goes into effect on Jan. 1": told in the present, a day still to come. */
/** "ordered a new map by Oct. 1", "told the agency to answer by June 2": a day an order is to be met by, still to come. */
const ORDERED_BY_BEFORE = /\b(?:order(?:ed|s)?|direct(?:ed|s)?|requir(?:ed|es)|instruct(?:ed|s)?|gave|give[sn]?|told|must)\b[^.;]{0,80}\bby\s+$/i;
const TAKES_EFFECT_NOW_BEFORE = /\b(?:takes?\s+effect|go(?:es)?\s+into\s+effect|comes?\s+into\s+(?:effect|force)|kicks?\s+in)\s+(?:on\s+)?$/i;

/** A month, then the year it is of told from publication: "October of last year", "May this year". */
const YEAR_AFTER_MONTH = /^\p{L}+\.?\s+(?:of\s+)?(last|this|next)\s+year\b/iu;

function normalizedDate(result: chrono.ParsedResult, text: string, sentence: string, publishedAt: string | null): string | null {
  const referenced = publishedAt !== null;
  const { start } = result;
  if (!referenced && RELATIVE.test(text)) return text.toLowerCase().replace(/^(?:on|in|by|at)\s+/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const until = UNTIL_BEFORE.test(sentence.slice(0, result.index)) && !NOT_UNTIL_BEFORE.test(sentence.slice(0, result.index));
  const toCome = [TOLD_AS_TO_COME, TAKES_EFFECT_NOW_BEFORE, ORDERED_BY_BEFORE].some((told) => told.test(sentence.slice(0, result.index)));
  const year = start.isCertain('year') || referenced ? String(start.get('year')) : 'XXXX';
  const month = pad(start.get('month') ?? 1);
  const day = pad(start.get('day') ?? 1);
  const span = /\b(week|weekend)\b/i.exec(text)?.[1].toLowerCase();
  if (span) {
    if (!referenced) return text.toLowerCase().replace(/^(?:on|in|by|at)\s+/, '');
    // chrono starts "this week" on its Sunday, which a week by its Monday would put in the week before.
    if (span === 'week' && /\bthis\s+week\b/i.test(text)) return thisSpan('week', publishedAt!);
    // A week is named by its Monday, a weekend by its Saturday.
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    date.setUTCDate(date.getUTCDate() - (span === 'week' ? (date.getUTCDay() + 6) % 7 : (date.getUTCDay() + 1) % 7));
    // "swamped the town this weekend" in a paper of Monday: the weekend just past, which chrono puts ahead.
    if (span === 'weekend' && /\bthis\s+weekend\b/i.test(text) && date.toISOString().slice(0, 10) > publishedAt!.slice(0, 10) && tenseBefore(sentence.slice(0, result.index)) === 'past') date.setUTCDate(date.getUTCDate() - 7);
    return `${span} of ${date.toISOString().slice(0, 10)}`;
  }
  if (start.isCertain('day') && start.isCertain('month') && !PART_OF_MONTH.test(text)) {
    // "approved on June 2" in an article of May 14: last year's June 2 (chrono takes the nearest).
    // "has been scheduled for June 20": a perfect tense of what is to come, not a past day.
    const pastYear = referenced && !start.isCertain('year') && `${year}-${month}-${day}` > publishedAt! && !until && !toCome && !TAKES_EFFECT_BEFORE.test(sentence.slice(0, result.index)) && !MOVED_BEFORE.test(sentence.slice(0, result.index)) && toldAsPast(result, sentence, true);
    // "will be phased in beginning Jan. 1" in an article of March: next year's Jan. 1.
    const nextYear = referenced && !start.isCertain('year') && `${year}-${month}-${day}` < publishedAt! && (until || toCome);
    return `${pastYear ? Number(year) - 1 : nextYear ? Number(year) + 1 : year}-${month}-${day}`;
  }
  if (/\byear\b/i.test(text)) return referenced ? year : text.toLowerCase();
  if (start.isCertain('weekday') || !start.isCertain('month')) {
    // Weekdays and "yesterday" need the publication date to become a day.
    if (referenced) return weekdayReported(`${year}-${month}-${day}`, result, sentence, publishedAt!);
    return start.isCertain('weekday') ? WEEKDAYS[start.get('weekday') ?? 0] : text.toLowerCase().replace(/^(?:on|in|by|at)\s+/, '');
  }
  if (start.isCertain('month')) {
    if (!referenced || start.isCertain('year')) return `${year}-${month}`;
    // "in October of last year", "in May this year": the year the words right after the month name.
    const named = YEAR_AFTER_MONTH.exec(sentence.slice(result.index))?.[1].toLowerCase();
    if (named) return `${Number(publishedAt!.slice(0, 4)) + (named === 'last' ? -1 : named === 'next' ? 1 : 0)}-${month}`;
    // "next June", "last June": the first such month after the month of writing, or the last one before it.
    const published = { year: Number(publishedAt!.slice(0, 4)), month: publishedAt!.slice(5, 7) };
    const side = /\b(next|last|this\s+past)\s+$/i.exec(sentence.slice(0, result.index))?.[1].toLowerCase();
    if (side === 'next') return `${published.year + (month <= published.month ? 1 : 0)}-${month}`;
    if (side) return `${published.year - (month >= published.month ? 1 : 0)}-${month}`;
    const later = `${year}-${month}` > publishedAt!.slice(0, 7);
    // "A hearing has been scheduled for September" in an article of June: this September, not last year's.
    if (later && !until && !toCome && toldAsPast(result, sentence)) return `${Number(year) - 1}-${month}`;
    if (!later && `${year}-${month}` < publishedAt!.slice(0, 7) && (until || toCome)) return `${Number(year) + 1}-${month}`;
    return `${year}-${month}`;
  }
  return start.isCertain('year') ? year : null;
}
