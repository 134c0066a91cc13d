import type { AnalysedArticle } from '../text/analyse';
import { WEEKDAYS, weekdaysNamed, type DateMention } from '../text/dates';
import { contextAround } from './align';
import { compareFacts, type FactMention } from './facts';
import type { Ranked } from './difference';

interface DateFact extends FactMention {
  date: DateMention;
}

const DAY = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}\/\d{1,2}/i;

/**
 * Dates. A weekday and the date it falls on are one date, as are a date with and without its
 * year and a day inside "next week"; two dates conflict only when both are calendar days.
 */
export function compareDates(articles: AnalysedArticle[]): Ranked[] {
  const anchors = articles.flatMap((a) => (a.article.publishedAt ? [a.article.publishedAt] : []));
  const mentions: DateFact[] = articles.flatMap((analysed) =>
    analysed.dates.map(({ value, sentence, index }) => ({
      analysed,
      index,
      sentence,
      date: value,
      text: value.text,
      normalized: value.normalized,
      context: contextAround(sentence, value.start, value.end),
    })),
  );
  return compareFacts(articles, mentions, {
    kind: 'date',
    equivalent: (a, b) => sameDate(a.normalized, b.normalized, anchors) || sameWeekdayNamed(a, b),
    comparable: (a, b) => DAY.test(a.normalized) && DAY.test(b.normalized),
    contextThreshold: 0.35,
    label: (group) => [...new Set(group.map((m) => m.text))].join(' / '),
    // A day is what news turns on; a bare year is usually background.
    precision: (group) => (group.some((m) => DAY.test(m.normalized) || WEEKDAYS.includes(m.normalized)) ? 0.5 : 0),
    substance: dateSubstance,
  });
}

/** "On Thursday" in two outlets' articles a day apart is one Thursday, whichever week each resolved it to. */
function sameWeekdayNamed(a: DateFact, b: DateFact): boolean {
  const day = (m: DateFact) => weekdaysNamed(m.text);
  if (!day(a) || day(a) !== day(b) || !DAY.test(a.normalized) || !DAY.test(b.normalized)) return false;
  return Math.abs(Date.parse(a.normalized) - Date.parse(b.normalized)) <= 7 * 86_400_000;
}

/** The day of an event matters; the day of publication ("on Tuesday" in Tuesday's paper), a month or a year much less. */
function dateSubstance(group: DateFact[]): number {
  const day = group.find((m) => DAY.test(m.normalized));
  // A weekday or "last week" is only as sure as its reading against the publication date; a written date is sure.
  if (!day || !group.some((m) => WRITTEN_DATE.test(m.text))) return 0;
  return group.some((m) => m.analysed.article.publishedAt === m.normalized) ? 0.3 : 1.6;
}

/**
 * Whether two normalized dates are one date. `anchors` are the known publication dates: a weekday
 * of an undated article is read as the day with that name within six days of one of them.
 */
export function sameDate(a: string, b: string, anchors: string[] = []): boolean {
  if (a === b) return true;
  const [x, y] = [DAY.exec(a), DAY.exec(b)];
  if (x && y) return x[2] === y[2] && x[3] === y[3] && (x[1] === y[1] || x[1] === 'XXXX' || y[1] === 'XXXX');
  const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const inWeek = (w: string, day: RegExpExecArray | null) => {
    const monday = /^week of (\d{4}-\d\d-\d\d)$/.exec(w)?.[1];
    if (!monday || !day) return false;
    // A day without its year is read in the week's year.
    const days = daysFrom(monday, `${day[1] === 'XXXX' ? monday.slice(0, 4) : day[1]}-${day[2]}-${day[3]}`);
    return days >= 0 && days < 7;
  };
  const weekday = (w: string, day: RegExpExecArray | null) =>
    WEEKDAYS.includes(w) &&
    day !== null &&
    day[1] !== 'XXXX' &&
    WEEKDAYS[new Date(day[0]).getUTCDay()] === w &&
    anchors.some((anchor) => Math.abs(daysFrom(anchor, day[0])) <= 6);
  return inWeek(a, y) || inWeek(b, x) || weekday(a, y) || weekday(b, x);
}
