import { endsLikeSentence, wordCount } from './text-shape';

/**
 * Timestamp lines carry the page's clock, not the story: relative times ("34 minutes ago", "Just
 * now") and dated stamps ("Updated Nov 19, 6:55 AM; Posted Nov 19", "By Jane Doe - 11/18/19 11:04 PM
 * EST", "November 20, 2019 / 1:07 AM / CBS News"). A dated line is a stamp when, once its date,
 * time and stamp words are taken out, at most a short name is left.
 */
const RELATIVE_TIME = /^(?:updated\s+|published\s+|posted\s+)?(?:\d+|an?|one)\s+(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago\.?$/i;
const JUST_NOW = /^(?:just now|moments ago)$/i;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?`;
// A stamp has a clock time, a numeric date or a month with its year; "July 2 -- Toronto" (a tour
// date) and "1991" (a table cell) have none of these.
const HAS_STAMP_DATE = new RegExp(
  String.raw`\b\d{1,2}:\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b${MONTH}\W+(?:\d{1,2}\w{0,2}\W+)?(?:19|20)\d{2}\b`,
  'i',
);
// Quoted posts end with an attribution line ("— Jane Doe (@jane) November 18, 2019"): content.
const ATTRIBUTION = /^[—–-]|@\w/;
const DATE_PARTS = new RegExp(
  String.raw`\b(?:${MONTH}|${WEEKDAY}|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|noon|midnight)(?=\W|$)|\b\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{2,4})?\b`,
  'gi',
);
const STAMP_WORDS = /\b(?:updated|posted|published|first|last|modified|created|on|at|by|and|date|time)\b/gi;
// Time zones are upper case ("EST", "HST", "GMT"), so this one is case-sensitive.
const TIME_ZONE = /\b(?:[A-Z]{1,3}T|UTC|GMT)\b/g;
const MAX_STAMP_WORDS = 20;
/** What may remain of a stamp line: an author's or outlet's name. */
const MAX_LEFTOVER_WORDS = 3;

export function isTimestampLine(line: string): boolean {
  const trimmed = line.trim();
  if (RELATIVE_TIME.test(trimmed) || JUST_NOW.test(trimmed)) return true;
  if (wordCount(trimmed) > MAX_STAMP_WORDS || !HAS_STAMP_DATE.test(trimmed) || ATTRIBUTION.test(trimmed)) return false;
  const leftover = trimmed.replace(DATE_PARTS, ' ').replace(STAMP_WORDS, ' ').replace(TIME_ZONE, ' ').replace(/[^\p{L}\s]+/gu, ' ');
  const leftoverWords = wordCount(leftover);
  return leftoverWords === 0 || (leftoverWords <= MAX_LEFTOVER_WORDS && !endsLikeSentence(trimmed));
}
