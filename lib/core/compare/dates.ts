import { normalizeName, surnameOf } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import { MOVED_FROM_BEFORE, NOT_UNTIL_BEFORE, RECORD_SINCE, WEEKDAYS, weekdaysNamed, type DateMention } from '../text/dates';
import { insideQuotes } from '../text/quotes';
import { withoutAbbreviationStops } from '../text/sentences';
import { contentTerms, stem } from '../text/terms';
import { contextAround, similarity } from './align';
import { ALIGNED_SENTENCES, compareFacts, type FactMention } from './facts';
import { differenceOf, valueOf, type Ranked } from './difference';

interface DateFact extends FactMention {
  date: DateMention;
}

const DAY = /^(\d{4}|XXXX)-(\d\d)-(\d\d)$/;
/** Words around two days to come this alike tell of one thing. */
const TO_COME_WORDS_ALIKE = 0.35;
/**
 * Two outlets' one day to come each, told however ("set a hearing for Oct. 16" / "a status conference for Oct. 6"), are of one
 * event only this close: one in June and one in November are two ("a June 16 runoff" / "the general election is Nov. 3").
 */
const DAYS_TO_COME_APART = 45;
/** A weekday as written, alone ("Friday", "on Friday"): a day to come it tells is the next one. */
const WEEKDAY_WRITTEN = /^(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** One date written as a weekday, the other written out ("Friday" / "Feb. 24"). */
const weekdayAndDate = (a: { text: string }, b: { text: string }) => (WRITTEN_DATE.test(a.text) && WEEKDAY_WRITTEN.test(b.text)) || (WEEKDAY_WRITTEN.test(a.text) && WRITTEN_DATE.test(b.text));
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}\/\d{1,2}/i;

/** Days counted from the day of speaking: inside a quotation they are not the publication's. */
const SPOKEN_RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|this|last|next|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * Dates. A weekday and the date it falls on are one date, as are a date with and without its
 * year and a day inside "next week"; two dates conflict only when both are calendar days.
 */
export function compareDates(articles: AnalysedArticle[]): Ranked[] {
  const anchors = articles.flatMap((a) => (a.article.publishedAt ? [a.article.publishedAt] : []));
  const mentions: DateFact[] = articles.flatMap((analysed) =>
    // "The court today invents a right," a justice wrote: a day a speaker counts from the day they spoke, not from publication.
    analysed.dates.filter(({ value, sentence }) => !isStamp(sentence, value) && !(insideQuotes(sentence, value.start) && SPOKEN_RELATIVE.test(value.text))).map(({ value, sentence, index }) => ({
      analysed,
      index,
      sentence,
      date: value,
      text: value.text,
      normalized: value.normalized,
      context: contextAround(sentence, value.start, value.end),
    })),
  );
  // The article's one day of what its clause tells happened ("take effect"), however often it is given.
  const eventWordOf = new Map(mentions.map((m) => [m, lastEventWord(m)]));
  const soleDays = new Set(
    mentions.filter((m) => eventWordOf.get(m) !== null && mentions.every((other) => other.analysed !== m.analysed || other.normalized === m.normalized || eventWordOf.get(other) !== eventWordOf.get(m))),
  );
  // "The ordinance takes effect on July 1" / "The ban will take effect Jan. 1, 2026": the one day each gives of what one word tells.
  const soleDayOfOneWord = (a: DateFact, b: DateFact) => soleDays.has(a) && soleDays.has(b) && eventWordOf.get(a) === eventWordOf.get(b);
  // The article's one day of a deed done ("discovered the breach on March 3" / "first spotted the breach on Feb. 27", one deed
  // however told): another article's one day of that deed, done to the same thing, is of the same event ("Ivo Park, fired on
  // June 8" and "Lia Moss, who was fired March 2" are two firings).
  const doneOf = new Map(mentions.map((m) => [m, new Set([...deeds(m)].map(oneDeed))]));
  const sharesDeed = (a: DateFact, b: DateFact) => [...doneOf.get(a)!].some((deed) => doneOf.get(b)!.has(deed));
  // The clauses share a word of what the deed was done to ("the footage").
  const sameThingDone = (a: DateFact, b: DateFact) => {
    const theirs = eventWords(b);
    return [...eventWords(a)].some((word) => theirs.has(word) && !doneOf.get(a)!.has(word) && !doneOf.get(b)!.has(word));
  };
  const sameDeedDone = (a: DateFact, b: DateFact) => sharesDeed(a, b) && sameThingDone(a, b);
  const weekAndMonthOfOneDeed = (a: DateFact, b: DateFact) => (weekOutsideMonth(a, b) || weekOutsideMonth(b, a)) && sameDeedDone(a, b);
  // "has said he will sign the measure on May 24" / "plans to sign the bill on May 31": one deed to come, however its object is
  // named; where each outlet credits the day to a source of its own, each may be right about what its source was told.
  // The clauses share a word of what a deed to come is to be done to, other than the deed ("work … to begin" / "Work … to start").
  // A clause opening its sentence may name the thing by its first word ("Construction on the plant is to start…").
  const thingWords = (m: DateFact) => wordsOfWhatHappened(clauseOf(m).replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase()));
  const sameThingToCome = (a: DateFact, b: DateFact) => {
    const theirs = thingWords(b);
    return [...thingWords(a)].some((word) => theirs.has(word) && word !== deedToCome(a) && !doneOf.get(a)!.has(word));
  };
  const sameDeedToCome = (a: DateFact, b: DateFact) => deedToCome(a) !== null && deedToCome(a) === deedToCome(b) && !(CREDITED.test(a.sentence) && CREDITED.test(b.sentence));
  // (A day to come in a clause telling the deed is another thing's: "was charged separately and is to stand trial in April".)
  // (Nor is one of another person's: "Pennick resigned on Wednesday" beside "Okafor-Reyes stepped down in November"; nor one of
  // another year: "recalled the cucumbers on Nov. 20" beside "In 2022, it recalled 9,000 cases".)
  const soleDayOfDeed = (m: DateFact) =>
    DAY.test(m.normalized) &&
    !isToCome(m) &&
    doneOf.get(m)!.size > 0 &&
    mentions.every((other) => other.analysed !== m.analysed || other.normalized === m.normalized || isToCome(other) || !sharesDeed(m, other) || otherPeopleBefore(m, other) || yearsApart(m, other));
  // The article's one date of a kind, however often it is given: its one day to come, its one deadline to come.
  const onlyOfItsKind = (m: DateFact, ofKind: (d: DateFact) => boolean) =>
    ofKind(m) && mentions.every((other) => other.analysed !== m.analysed || other.normalized === m.normalized || !ofKind(other));
  const onlyDayToCome = (m: DateFact) => onlyOfItsKind(m, (d) => DAY.test(d.normalized) && isToCome(d));
  const onlyDeadline = (m: DateFact) => onlyOfItsKind(m, (d) => isDeadline(d) && isToCome(d));
  // "the footage would be released on Friday" / "…would be made public next Monday": the one day to come each gives, of what is
  // done to one thing, however the deed is told.
  const oneDayToComeOfOneThing = (a: DateFact, b: DateFact) => onlyDayToCome(a) && onlyDayToCome(b) && sameThingDone(a, b);
  // "the May 5 primary" / "the May 12 primary": the one day each article gives of a thing named after it is that thing's.
  const thingOf = new Map(mentions.map((m) => [m, DAY.test(m.normalized) || /^\d{4}$/.test(m.normalized) ? thingDated(m.sentence, m.date) : null]));
  // "that state's March 14 primary" / "the next debate for March 20": days of two things. A day no thing is named with is
  // the thing's another outlet names with it ("comes in Ohio on March 14" beside "the March 14 primary").
  const thingsOfDay = new Map<string, Set<string>>();
  for (const [m, thing] of thingOf) if (thing != null) thingsOfDay.set(m.normalized, (thingsOfDay.get(m.normalized) ?? new Set()).add(thing));
  const thingOfDay = (m: DateFact) => thingOf.get(m) ?? (thingsOfDay.get(m.normalized)?.size === 1 ? [...thingsOfDay.get(m.normalized)!][0] : null);
  const otherThingsDated = (a: DateFact, b: DateFact) => thingOfDay(a) !== null && thingOfDay(b) !== null && thingOfDay(a) !== thingOfDay(b);
  // "vetoed the measure on Nov. 20" / "the governor's Nov. 17 veto": the one day of one deed, told by its verb and by its noun.
  const dayOfDeedAndOfThing = (deed: DateFact, thing: DateFact) => {
    const named = thingOf.get(thing);
    return named != null && soleDayOfDeed(deed) && deedsNamedBy(named).some((done) => doneOf.get(deed)!.has(done)) && onlyOfItsKind(thing, (d) => thingOf.get(d) === named);
  };
  const onlyDayOfThing = (a: DateFact, b: DateFact) =>
    thingOf.get(a) != null && thingOf.get(a) === thingOf.get(b) && [a, b].every((m) => onlyOfItsKind(m, (d) => thingOf.get(d) === thingOf.get(m)));
  // "passed it 60 to 40 on Feb. 3" / "gave it final approval on Feb. 10 by a vote of 60-40": the one day of two sentences giving one
  // vote's tally is that vote's, however the deed is told.
  const talliesOf = (m: DateFact) => m.analysed.quantities.filter((q) => q.index === m.index && q.value.unit === 'tally').map((q) => q.value.value);
  const onlyDayOfSentence = (m: DateFact) => mentions.every((other) => other.analysed !== m.analysed || other.index !== m.index || other.normalized === m.normalized);
  const dayOfOneTally = (a: DateFact, b: DateFact) =>
    DAY.test(a.normalized) && DAY.test(b.normalized) && onlyDayOfSentence(a) && onlyDayOfSentence(b) && talliesOf(a).some((tally) => talliesOf(b).includes(tally));
  const facts = compareFacts(articles, mentions, {
    kind: 'date',
    // A week holds a day of anything that happened in it ("held the floor last week" / "failed on Nov. 10"): it writes that
    // day only in a sentence about the same thing.
    // Days of two deeds, one of them a deed outlets word in several ways and the other not it ("resigned on Wednesday" /
    // "published on December 2"), are two facts, though one day; two other verbs may be one deed worded two ways ("extended" /
    // "issued" an extension).
    equivalent: (a, b) =>
      sameDay(a, b, anchors) && !otherKnownDeeds(a, b) && (!weekAndDay(a, b) || (a.analysed === b.analysed && sameEventWord(a, b)) || similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]) >= ALIGNED_SENTENCES) && weekSideHolds(a, b) && weekSideHolds(b, a),
    // A deadline ("close by June 15") is not the day of the event another date gives ("voted on Tuesday").
    // The day of a thing named after it has that thing's role, whatever leads to it ("weeks before the May 5 primary").
    // The day someone said or reported something ("the Journal reported Tuesday") is only set against another day of telling, or
    // against the day of the same deed ("The audit, released last month, found…" / "The audit was released in December").
    // Two months are compared too ("heard arguments in March" / "in April"): a month is as precise as a reader's memory of an event.
    // So are the one deadline to come each gives as a day and as a month that does not hold it ("by Aug. 31" / "by the end of November").
    comparable: (a, b) => ((DAY.test(a.normalized) && DAY.test(b.normalized)) || (MONTH.test(a.normalized) && MONTH.test(b.normalized)) || (/^\d{4}$/.test(a.normalized) && /^\d{4}$/.test(b.normalized)) || ((dayOutsideMonth(a, b) || dayOutsideMonth(b, a)) && onlyDeadline(a) && onlyDeadline(b)) || weekAndMonthOfOneDeed(a, b)) && (sameRole(a, b) || onlyDayOfThing(a, b) || dayOfDeedAndOfThing(a, b) || dayOfDeedAndOfThing(b, a)) && (!otherDeeds(a, b) || onlyDayOfThing(a, b) || dayOfOneTally(a, b) || oneDayToComeOfOneThing(a, b) || dayOfDeedAndOfThing(a, b) || dayOfDeedAndOfThing(b, a)) && (saidOn(a) === saidOn(b) || sharesDeed(a, b)) && superseded(a) === superseded(b) && !otherDoers(a, b) && !otherThingsDated(a, b) && !yearOfFigure(a) && !yearOfFigure(b) && !stateAsOf(a) && !stateAsOf(b),
    // "began on October 9" and "began in early November": a day and a month that does not hold it.
    rivals: (a, b) => sameRole(a, b) && ((DAY.test(a.normalized) && DAY.test(b.normalized)) || dayOutsideMonth(a, b) || dayOutsideMonth(b, a)),
    contextThreshold: 0.35,
    // "set to vote on the measure on March 10" / "scheduled to vote on the bill March 12": two days of one event told in
    // sentences about it, each by the clause that leads to it; compared, the conflict listed only.
    // So are the one deadline to come each of two articles gives ("ordered a new map by April 15" / "gave lawmakers until May 1").
    likelySameSubject: (a, b) =>
      (DAY.test(a.normalized) &&
        DAY.test(b.normalized) &&
        ((similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]) >= ALIGNED_SENTENCES && sameEventWord(a, b)) ||
          // "the law will take effect on Aug. 1" / "clears the way for the ban to take effect on July 1": the one day each gives of what
          // happened, told by the same word.
          soleDayOfOneWord(a, b) ||
          (onlyDeadline(a) && onlyDeadline(b)) ||
          // "set a hearing for Oct. 16" / "scheduled a status conference for Oct. 6": the one day to come each gives, however told.
          (onlyDayToCome(a) && onlyDayToCome(b) && Math.abs(Date.parse(a.normalized) - Date.parse(b.normalized)) <= DAYS_TO_COME_APART * 86_400_000) ||
          onlyDayOfThing(a, b) ||
          dayOfOneTally(a, b) ||
          dayOfDeedAndOfThing(a, b) ||
          dayOfDeedAndOfThing(b, a) ||
          // "discovered the breach on Feb. 3" / "first detected the intrusion on Jan. 28": the one day each gives of one deed done
          // to one thing, however the deed is told.
          (soleDayOfDeed(a) && soleDayOfDeed(b) && sameDeedDone(a, b)))) ||
      // "will close the plant by the end of March" / "will wind down production by June": the one deadline each gives, by its month
      // (or by a day and a month);
      // "was arrested in June 2023" / "was detained in August 2023": the one month each gives of what happened, told by one word.
      (((MONTH.test(a.normalized) && MONTH.test(b.normalized)) || dayOutsideMonth(a, b) || dayOutsideMonth(b, a)) && ((onlyDeadline(a) && onlyDeadline(b)) || soleDayOfOneWord(a, b))) ||
      // "obtained the ledger last week" / "seized a ledger in a raid in March": when one deed was done to one thing, told by a
      // week and a month apart.
      weekAndMonthOfOneDeed(a, b),
    // One day, however written ("Saturday" in a paper of Tuesday May 5, "May 9"): an article giving both days of a conflict
    // tells two events apart ("the council votes May 12, after residents vote Saturday"), though its weekday was grouped
    // with another outlet's Saturday.
    // The day someone said something ("the sponsor said Thursday") is no day of the event another article dates.
    // (Not a day of another deed: "published on December 2" tells nothing of when he resigned.)
    sameValue: (a, b) => DAY.test(a.normalized) && DAY.test(b.normalized) && sameDate(a.normalized, b.normalized) && saidOn(a) === saidOn(b) && !otherDeeds(a, b),
    // "keeps the government open through Feb. 6" / "The measure keeps the government funded through Jan. 30": the one day to
    // come each article writes out, told in the same words, surely of one thing.
    // So are the one day of a thing each writes out ("the May 5 primary" / "the May 12 primary").
    sure: (a, b) =>
      // "construction is expected to begin in April 2027" / "Construction … is scheduled to start in June 2027": the one month to come
      // each gives of one deed done to one thing.
      (MONTH.test(a.normalized) && MONTH.test(b.normalized) && sameDeedToCome(a, b) && sameThingToCome(a, b) && [a, b].every((m) => onlyOfItsKind(m, (d) => MONTH.test(d.normalized) && isToCome(d) && deedToCome(d) === deedToCome(m)))) ||
      // "is scheduled to certify the results Friday" (in a paper of Tuesday Feb. 17) / "the results would be certified on Feb. 24":
      // the one day to come each gives, of what is done to one thing, the weekday read as the next one.
      (weekdayAndDate(a, b) && oneDayToComeOfOneThing(a, b)) ||
      // "was captured Monday afternoon" (in a paper of Tuesday Dec. 8) / "was taken into custody on December 6": the one day of
      // one deed each gives, the weekday read as the last one, however the deed is told ("a scrub on Monday" / "was scrubbed on
      // November 28").
      (weekdayAndDate(a, b) && ((soleDayOfDeed(a) && soleDayOfDeed(b) && sameDeedDone(a, b)) || dayOfDeedAndOfThing(a, b) || dayOfDeedAndOfThing(b, a))) ||
      (WRITTEN_DATE.test(a.text) &&
        WRITTEN_DATE.test(b.text) &&
        ((onlyDayToCome(a) && onlyDayToCome(b) && (similarity(a.context, b.context) >= TO_COME_WORDS_ALIKE || soleDayOfOneWord(a, b) || sameDeedToCome(a, b) || (onlyDeadline(a) && onlyDeadline(b) && sameThingDone(a, b)))) || onlyDayOfThing(a, b) || dayOfOneTally(a, b) || (soleDayOfDeed(a) && soleDayOfDeed(b) && sameDeedDone(a, b)) || dayOfDeedAndOfThing(a, b) || dayOfDeedAndOfThing(b, a))),
    looselyEqual: overnight,
    label: (group) => [...new Set(group.map((m) => m.text))].join(' / '),
    // A day is what news turns on; a bare year is usually background.
    precision: (group) => (group.some((m) => DAY.test(m.normalized) || WEEKDAYS.includes(m.normalized)) ? 0.5 : 0),
    substance: dateSubstance,
  });
  return [...facts, ...clockTimes(articles), ...timeConflicts(articles, mentions, anchors)];
}

/** Right before a year: a figure it is the year of ("stands at $310 million this year", "totaled $287 million in 2024"). */
const FIGURE_BEFORE_YEAR = /\d(?:[\d,.]*\d)?(?:\s*(?:%|percent|million|billion|trillion|thousand))?\s+$/;

/** In the clause before a day: what held as of it ("four were still missing Friday", "four remain missing, authorities said Saturday"). */
const STATE_BEFORE = /\b(?:still|remain(?:s|ed)?|as\s+of)\b[^,;.]*$/i;
/** A day a lasting state is told as of: another outlet's later day of it is no conflict. */
const stateAsOf = (m: DateFact) => STATE_BEFORE.test(m.sentence.slice(0, m.date.start));

/** A year told as the period of a figure: two figures' years are two periods, not two dates of one event. */
const yearOfFigure = (m: DateFact) => /^\d{4}$/.test(m.normalized) && FIGURE_BEFORE_YEAR.test(m.sentence.slice(0, m.date.start));

/** Where the clause that leads to a date starts: a break, or a relative word ("…, which aides said were served on March 27"). */
const CLAUSE_START = /[,;:(—–]\s*|\b(?:which|who|that|when|after|before|while)\s+/gi;
/** Words of a clause that tell who spoke or how sure it is, not what happened. */
const NOT_THE_EVENT = /^(?:said|say|says|told|tell|according|reported|report|expected|set|scheduled|planned|due|will|would|could|may|might)$/;

/** The clause leading to a date. */
function clauseBefore(m: DateFact): string {
  const before = m.sentence.slice(0, m.date.start);
  const starts = [...before.matchAll(CLAUSE_START)].map((x) => x.index + x[0].length);
  return before.slice(starts.length > 0 ? starts[starts.length - 1] : 0);
}

/** Chambers a clause may name without the tagger marking them: "the Senate", "the Assembly". */
const CHAMBER = /\b(?:House|Senate|Assembly|Congress|Parliament|Legislature|Commons|Lords)\b/g;

/** The bodies a clause names ("The House", "the Senate"): chambers, and organisations the article tags there. */
function bodiesOf(m: DateFact): Set<string> {
  const clause = clauseOf(m);
  const tagged = m.analysed.entities.filter((e) => e.index === m.index && e.value.kind === 'organization' && clause.includes(e.value.text)).map((e) => e.value.text);
  return new Set([...tagged, ...(clause.match(CHAMBER) ?? [])].map((body) => body.toLowerCase()));
}

/** The year a date is of: its own, or (for "Nov. 20") the year the article was published. */
const yearOf = (m: DateFact) => /^\d{4}/.exec(m.normalized)?.[0] ?? m.analysed.article.publishedAt?.slice(0, 4) ?? null;
/** Two dates of two years. */
const yearsApart = (a: DateFact, b: DateFact) => yearOf(a) !== null && yearOf(b) !== null && yearOf(a) !== yearOf(b);

/** The family names of the people a sentence names before its date: who did what it dates. */
function peopleBefore(m: DateFact): Set<string> {
  return new Set(m.analysed.entities.filter((e) => e.index === m.index && e.value.kind === 'person' && e.value.start + e.value.text.length <= m.date.start).map((e) => surnameOf(normalizeName(e.value.text))));
}

/** Two sentences naming people before their dates, none in common: deeds of two people. */
function otherPeopleBefore(a: DateFact, b: DateFact): boolean {
  const [x, y] = [peopleBefore(a), peopleBefore(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((name) => y.has(name));
}

/** Two clauses naming bodies, none in common: "The House approved the bill on Tuesday" is not "The Senate had passed the bill on Monday". */
function otherDoers(a: DateFact, b: DateFact): boolean {
  const [x, y] = [bodiesOf(a), bodiesOf(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((body) => y.has(body));
}

/** Words that place a date in time, not what happened on it ("Then, early on March 3, …"). */
const PLACING = /^(?:then|early|late|later|earlier|also|again|finally|first|since)$/;

const lowerCaseWords = (clause: string) => clause.split(/\s+/).filter((token) => /^[a-z]/.test(token)).join(' ');

/** A date that opens its clause ("On May 3, the board voted…", "Later, on May 3, the ferry had run aground…"): what happened follows it. */
function opensClause(m: DateFact): boolean {
  return contentTerms(lowerCaseWords(clauseBefore(m))).every((w) => PLACING.test(w));
}

/** The clause that tells what happened on a date: the one leading to it, or the one it opens. */
function clauseOf(m: DateFact): string {
  if (!opensClause(m)) return clauseBefore(m);
  const after = m.sentence.slice(m.date.end).replace(/^[\s,]+/, '');
  const end = after.search(CLAUSE_START);
  return end < 0 ? after : after.slice(0, end);
}

/** The stems of the lower-case content words of the clause that tells what happened on the date. */
function eventWords(m: DateFact): Set<string> {
  return wordsOfWhatHappened(clauseOf(m));
}

/** The stems of a clause's lower-case content words, those telling who spoke or how sure it is left out, one deed one word. */
function wordsOfWhatHappened(clause: string): Set<string> {
  return new Set(contentTerms(lowerCaseWords(inOneWord(clause))).filter((w) => !NOT_THE_EVENT.test(w)).map((w) => oneDeed(stem(baseForm(w)))));
}

/** Two dates whose clauses share a word of what happened on them ("vote", "served"). */
function sameEventWord(a: DateFact, b: DateFact): boolean {
  const words = eventWords(b);
  return [...eventWords(a)].some((w) => words.has(w));
}

/** A verb in the past tense ("pardoned", "defended"): what someone did; not a number or a word that only describes. */
const DONE = /^(?!(?:hundred|alleged|suspected)$)[a-z]{3,}ed$/;

/**
 * Verbs whose past tense or participle does not end in -ed ("spoke on Friday", "had sunk on May 3"), with their base form:
 * "sank" and "had sunk" tell one deed.
 */
const IRREGULAR_DONE = new Map(
  (
    'spoke:speak spoken:speak met:meet went:go came:come took:take taken:take gave:give given:give made:make left:leave ran:run won:win lost:lose ' +
    'sent:send wrote:write written:write held:hold began:begin begun:begin saw:see set:set led:lead fell:fall fallen:fall rose:rise risen:rise ' +
    'struck:strike broke:break broken:break chose:choose chosen:choose flew:fly flown:fly drove:drive driven:drive shot:shoot sold:sell ' +
    'bought:buy paid:pay brought:bring fought:fight sought:seek told:tell said:say swore:swear sworn:swear stood:stand sat:sit hit:hit quit:quit ' +
    'sank:sink sunk:sink stole:steal stolen:steal fled:flee caught:catch threw:throw thrown:throw blew:blow blown:blow froze:freeze frozen:freeze ' +
    'withdrew:withdraw withdrawn:withdraw tore:tear torn:tear shook:shake shaken:shake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
/** A verb's base form where its past tense is irregular ("sank" → "sink"); any other word as it is. */
export const baseForm = (word: string) => IRREGULAR_DONE.get(word) ?? word;

/** The stems of the verbs in the past tense of the clause that tells what happened on a date. */
const deeds = (m: DateFact) => deedsIn(clauseOf(m));

/** The stems of the verbs in the past tense of a clause. */
function deedsIn(clause: string): Set<string> {
  const words = inOneWord(clause).split(/[^\p{L}]+/u);
  // "The recalled cucumbers were shipped…": a participle after an article describes a thing; it tells no deed of the day.
  // "did not make the breach public until Dec. 1": the verb after "did" tells a deed done.
  const afterDid = (i: number) => words[i - 1] === 'did' || (words[i - 1] === 'not' && words[i - 2] === 'did');
  const told = words.filter((word, i) => (DONE.test(word) || IRREGULAR_DONE.has(word) || (afterDid(i) && word !== 'not' && /^\p{Ll}{3,}$/u.test(word))) && !NOT_THE_EVENT.test(word) && !DETERMINER.test(words[i - 1] ?? ''));
  return new Set(told.map((word) => stem(baseForm(word))));
}
const DETERMINER = /^(?:the|a|an|its|their|his|her|those|these|this|that)$/i;

/**
 * Deeds told in a phrase, each as one verb in the phrase's tense, then what it was done to if the phrase holds it: "part of the
 * roof gave way" collapsed, "thieves broke into the gallery" entered it, "read out the result" announced it, "the rocket lifted
 * off" launched, "the plane took off" departed, "did not make the breach public" disclosed the breach.
 */
const PHRASED_DEEDS: [RegExp, (verb: string) => string][] = [
  [/\b(gave|give|gives|giving)()\s+way\b/gi, (verb) => ({ gave: 'collapsed', give: 'collapse', gives: 'collapses', giving: 'collapsing' })[verb.toLowerCase()]!],
  [/\b(caved|cave|caves|caving)()\s+in\b/gi, (verb) => ({ caved: 'collapsed', cave: 'collapse', caves: 'collapses', caving: 'collapsing' })[verb.toLowerCase()]!],
  [/\b(broke|break|breaks|breaking|broken)()\s+into\b/gi, (verb) => ({ broke: 'entered', break: 'enter', breaks: 'enters', breaking: 'entering', broken: 'entered' })[verb.toLowerCase()]!],
  [/\b(read|reads|reading)()\s+out\b/gi, (verb) => ({ read: 'announced', reads: 'announces', reading: 'announcing' })[verb.toLowerCase()]!],
  [/\b(taken|took|take|takes|taking)()\s+into\s+custody\b/gi, (verb) => ({ taken: 'arrested', took: 'arrested', take: 'arrest', takes: 'arrests', taking: 'arresting' })[verb.toLowerCase()]!],
  [/\b(pulled|pull|pulls|pulling)()\s+out\b/gi, (verb) => ({ pulled: 'withdrew', pull: 'withdraw', pulls: 'withdraws', pulling: 'withdrawing' })[verb.toLowerCase()]!],
  [/\b(lifted|lift|lifts|lifting|blasted|blast|blasts|blasting)()\s+off\b/gi, (verb) => ({ ed: 'launched', s: 'launches', ing: 'launching', '': 'launch' })[/(?:ed|s|ing)?$/i.exec(verb)![0].toLowerCase()]!],
  [/\b(took|take|takes|taking)()\s+off\b/gi, (verb) => ({ took: 'departed', take: 'depart', takes: 'departs', taking: 'departing' })[verb.toLowerCase()]!],
  [/\b(made|make|makes|making)\s+((?:(?:the|its|their|his|her|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?)public\b/giu, (verb) => ({ made: 'disclosed', make: 'disclose', makes: 'discloses', making: 'disclosing' })[verb.toLowerCase()]!],
];
/** A clause with its deeds told in a phrase told in one verb, what the deed was done to kept ("disclose the breach"). */
const inOneWord = (clause: string) =>
  ANY_PHRASED_DEED.test(clause) ? PHRASED_DEEDS.reduce((text, [phrase, verb]) => text.replace(phrase, (_, told: string, object: string) => `${verb(told)}${object === '' ? '' : ` ${object.trim()}`}`), clause) : clause;
/** Any of those phrases: most clauses have none, and one test is cheaper than every replacement. */
const ANY_PHRASED_DEED = new RegExp(PHRASED_DEEDS.map(([phrase]) => phrase.source).join('|'), 'iu');

/** The verb of what is to be done, right after the words telling it is to come: "will sign", "plans to sign", "is set to be signed". */
const DEED_TO_COME = /\b(?:will|would|shall|plans?\s+to|planned\s+to|is\s+to|are\s+to|(?:scheduled|set|slated|expected|due)\s+to)\s+(?:\p{Ll}+ly\s+)?(?:be\s+(?:\p{Ll}+ly\s+)?)?(\p{Ll}+)\b(\s+up\b)?[^,;.]*$/u;

/** "Sentencing is set for", "The hearing was scheduled for": a deed to come named by its noun, right before its day. */
const NAMED_DEED_SET = /\b(\p{L}+)\s+(?:is|was|has\s+been|had\s+been)\s+(?:set|scheduled|slated|planned)\s+for\s+$/u;

/** A sentence crediting what it tells to a source: "according to a calendar", "said Deputy Chair Otto Brenner", "…, Ms. Vang said". */
const CREDITED = /\baccording\s+to\b|\b(?:said|says)\s+(?:\p{Lu}|the\s)|,\s+(?:\p{Lu}[\p{L}.]*\s+){1,4}(?:said|says)\b/u;

/** The deed a day to come is of, as its stem ("sign" of "will sign the bill on May 24"), or null. */
function deedToCome(m: DateFact): string | null {
  const before = m.sentence.slice(0, m.date.start);
  // "Sentencing is set for Feb. 12" / "will sentence him on Feb. 19": the deed named before its day is set.
  const named = NAMED_DEED_SET.exec(before)?.[1];
  if (named !== undefined) return oneDeed(stem(baseForm(named.toLowerCase())));
  const [, verb, up] = DEED_TO_COME.exec(before) ?? [];
  if (verb === undefined) return null;
  // "to take up the measure" is to consider it.
  return verb === 'take' && up !== undefined ? oneDeed('consid') : oneDeed(stem(baseForm(verb)));
}

/**
 * The deeds a noun may name, as `deeds` reads their verbs: "veto", and the verb a noun is made from ("concession" of "conceded",
 * "decision" of "decided", "evacuation" of "evacuated", "closure" of "closed", "approval" of "approved", "discovery" of
 * "discovered").
 */
function deedsNamedBy(noun: string): string[] {
  const verbs = [noun, noun.replace(/s?sion$/, 'd'), noun.replace(/ion$/, ''), noun.replace(/ure$/, ''), noun.replace(/al$/, ''), noun.replace(/y$/, '')];
  // Read as `deeds` reads a verb, in the past tense too ("discovery" of "discovered").
  const told = verbs.flatMap((verb) => [verb, /e$/.test(verb) ? `${verb}d` : `${verb}ed`]);
  return [...new Set(told.map((verb) => oneDeed(stem(baseForm(verb)))))];
}

/** Verbs outlets use for one deed (as stems): "first detected the hack" and "discovered the hack" tell when one thing happened. */
const ONE_DEED = [
  ['detect', 'discover', 'uncover', 'spott', 'notic', 'identifi', 'learn'],
  ['arrest', 'detain', 'captur'],
  // "agents searched the office on April 17" / "raided the office on April 22": one search.
  ['search', 'raid'],
  // "investigators obtained the ledger last week" / "agents seized the ledger in March": one taking of it.
  ['seiz', 'obtain', 'confiscat'],
  // A strike that kills is one event: "drones struck the city early Tuesday" and "the attack killed 14 early Wednesday".
  ['kill', 'murder', 'strik', 'attack', 'bomb', 'shell'],
  ['injur', 'wound'],
  // "voted Monday to close the pool" / "approved closing the pool in a vote Tuesday": one decision.
  ['approv', 'pass', 'adopt', 'ratifi', 'vote', 'voted'],
  ['sign', 'enact'],
  // "announced the breach Nov. 30" / "disclosed the breach on Monday" / "did not make the breach public until Dec. 1": one telling.
  ['announc', 'unveil', 'disclos', 'reveal'],
  // "The collapse happened at 4:15 a.m." / "part of the roof gave way at 5:45 a.m.": one collapse.
  ['collaps'],
  // "took off at 9:10 a.m." / "departed at 9:40 a.m.": one departure.
  ['depart'],
  // "will take up the measure on May 20" / "is set to consider it May 27": one sitting on it.
  ['consid', 'weigh', 'debat'],
  ['charg', 'indict'],
  ['dismiss', 'oust', 'fired'],
  // "resigned in January" / "stepped down in February": one departure.
  ['resign', 'stepp', 'quit'],
  // "landed at 4:15 p.m." / "touched down at 3:42 p.m.": one landing.
  ['land', 'touch'],
  // "The fire began on Saturday" / "sparked on Aug. 2" / "started on Aug. 1": one start.
  ['start', 'begin', 'spark', 'ignit', 'erupt'],
  // "exposed the records of 2.3 million patients" / "affected 3.2 million people": one breach, told by what it did to them.
  ['expos', 'affect', 'compromis', 'impact', 'leak', 'steal', 'access'],
  // "The blast … happened at about 3:40 a.m." / "the explosion happened shortly after 4:15 a.m.": one explosion, one happening.
  ['explos', 'explod', 'blast', 'blasts', 'detonat'],
  ['happen', 'occur', 'occurr'],
  // "will resign, effective June 30" / "His resignation will take effect July 31": one day it comes into force.
  ['effect', 'effectiv'],
  // "The river crested at 4:40 a.m." / "the river peaked at 6:40 a.m.": one crest.
  ['crest', 'peak'],
  // "sank shortly before midnight" / "capsized at around 2 a.m.": one sinking.
  ['sink', 'capsiz'],
  // "will be sworn in on June 8" / "is to be inaugurated on June 18": one taking of office.
  ['swear', 'inaugurat'],
];
const deedOf = new Map(ONE_DEED.flatMap((stems) => stems.map((s): [string, string] => [s, stems[0]])));
/** The deeds outlets tell in several words, each as `oneDeed` names it. */
const NAMED_DEEDS = new Set(ONE_DEED.map((stems) => stems[0]));
/** A verb's stem as the deed it tells ("spark" and "began" as "start"); any other stem as it is. */
export const oneDeed = (stemmed: string) => deedOf.get(stemmed) ?? stemmed;

/** Two dates of two things done: "pardoned … on Monday" is not when she "defended her pardon … on Tuesday". */
function otherDeeds(a: DateFact, b: DateFact): boolean {
  const [x, y] = [deeds(a), deeds(b)].map((stems) => new Set([...stems].map((s) => deedOf.get(s) ?? s)));
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** Two dates of two deeds, one of which is among those outlets word variously (ONE_DEED). */
function otherKnownDeeds(a: DateFact, b: DateFact): boolean {
  return otherDeeds(a, b) && [...deeds(a), ...deeds(b)].some((stemmed) => NAMED_DEEDS.has(oneDeed(stemmed)));
}

/** "kicks in July 1", "comes into force on Jan. 1": a day something takes effect, told in other words. */
const IN_FORCE_BEFORE = /\b(?:kick(?:s|ed|ing)?\s+in|(?:go(?:es|ing)?|went|gone|come(?:s)?|came|coming)\s+into\s+force)\s+(?:on\s+)?$/i;

/**
 * The stem of the word of what happened right before a date ("take effect on" → "effect"), if its clause has one; for a
 * date that opens its clause, its first verb of a deed ("On May 3, the board voted" → "vote").
 */
function lastEventWord(m: DateFact): string | null {
  if (IN_FORCE_BEFORE.test(m.sentence.slice(0, m.date.start))) return oneDeed('effect');
  const lower = m.sentence.slice(0, m.date.start).split(/\s+/).slice(-4).filter((token) => /^[a-z]/.test(token)).join(' ');
  const words = contentTerms(lower).filter((w) => !NOT_THE_EVENT.test(w) && !PLACING.test(w));
  if (words.length > 0) return oneDeed(stem(baseForm(words[words.length - 1])));
  const deed = opensClause(m) ? [...deeds(m)][0] : undefined;
  return deed === undefined ? null : oneDeed(deed);
}

/** "a March 28 deadline", "the Feb. 3 hearing": a day told as that of the thing named right after it. */
const DAY_OF_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+$|\p{L}['’]s\s+$/iu;
const NOUN_AFTER = /^\s+(\p{Ll}+)/u;

/** "a letter dated May 9", "the memo, dated March 3": a document named by the day written on it. */
const DATED_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(\p{Ll}+),?\s+dated\s+$/u;

/** "the complaint, lodged on May 2", "the order, signed Jan. 25": a thing named, then what was done to it on the day. */
const DONE_ON_BEFORE = /\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(\p{Ll}+),\s+(\p{Ll}{3,}ed)\s+(?:on\s+)?$/u;

/** "a hearing on June 21", "the debate, scheduled for Oct. 28": an event named right before its day. */
const EVENT_ON_BEFORE =
  /\b(hearing|debate|trial|signing|summit|ceremony|rally|election|primary|runoff|referendum|caucus|sentencing|arraignment|inauguration|deposition)(?:,?\s+(?:now\s+)?(?:scheduled|set|slated|planned)\s+for|\s+for)?\s+(?:on\s+)?$/i;

/**
 * The thing a day is told as the day of ("primary" of "the May 5 primary", "letter" of "a letter dated May 9", "hearing" of "a
 * hearing on June 21", "complaint lodged" of "the complaint, lodged on May 2"), or null.
 */
export function thingDated(sentence: string, date: { start: number; end: number }): string | null {
  const before = sentence.slice(0, date.start);
  // "the Nov. 17, 2025, indictment": a year written out is set off by commas.
  if (DAY_OF_BEFORE.test(before)) return NOUN_AFTER.exec(sentence.slice(date.end).replace(/^,(?=\s)/, /\d{4}$/.test(sentence.slice(date.start, date.end)) ? '' : ','))?.[1] ?? null;
  const done = DONE_ON_BEFORE.exec(before);
  return DATED_BEFORE.exec(before)?.[1] ?? EVENT_ON_BEFORE.exec(before)?.[1].toLowerCase() ?? (done ? `${done[1]} ${done[2]}` : null);
}

/** A day told as when someone spoke: "said Thursday", "told reporters on Monday", "the Journal reported Tuesday". */
const SAID_ON_BEFORE = /\b(?:said|says|told(?:\s+\S+){0,2}|announced|added|wrote|reported|disclosed|revealed|confirmed|admitted|acknowledged|(?:figures|data|numbers|statistics|report|results|statement|poll|survey|study|findings|investigation|inquiry|review|audit|analysis),?\s+(?:released|published|issued|out))\s+(?:on\s+)?$/i;
/** A day told right before its verb of telling: "on Wednesday announced", "Thursday had said". */
const SAID_ON_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:said|announced|reported|disclosed|revealed|confirmed)\b/i;
/** Whether a date in a sentence is the day someone told it ("officials said Monday night"), not a day of what is told. */
export const toldOn = (sentence: string, date: { start: number; end: number }) => SAID_ON_BEFORE.test(sentence.slice(0, date.start)) || SAID_ON_AFTER.test(sentence.slice(date.end));
const saidOn = (m: DateFact) => toldOn(m.sentence, m.date);

/** "had planned to certify the result on Nov. 28", "originally set for": a date of a schedule since changed; so is the day a thing was moved from. */
const SUPERSEDED_BEFORE = /\b(?:had\s+(?:been\s+)?(?:planned|scheduled|set|slated|expected|due)|(?:was|were)\s+(?:originally|initially)|originally|initially)\b[^.;]*$/i;
const superseded = (m: DateFact) => SUPERSEDED_BEFORE.test(m.sentence.slice(0, m.date.start)) || MOVED_FROM_BEFORE.test(m.sentence.slice(0, m.date.start));

/** Dates of one kind of thing: neither a baseline, both deadlines or neither, both to come or neither. */
const sameRole = (a: DateFact, b: DateFact) => !isBaseline(a) && !isBaseline(b) && isDeadline(a) === isDeadline(b) && isToCome(a) === isToCome(b);

/** A day ("2025-10-09") and a month of a known year that does not hold it ("2025-11"). */
function dayOutsideMonth(day: DateFact, month: DateFact): boolean {
  return DAY.test(day.normalized) && /^\d{4}-\d\d$/.test(month.normalized) && !day.normalized.startsWith(month.normalized);
}

/** "last week" (the week of April 27) and "in March": a week none of whose days is in the month. */
function weekOutsideMonth(week: DateFact, month: DateFact): boolean {
  const start = /^week of (\d{4}-\d\d-\d\d)$/.exec(week.normalized)?.[1];
  if (start === undefined || !/^\d{4}-\d\d$/.test(month.normalized)) return false;
  const last = new Date(Date.parse(`${start}T12:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 7);
  return !start.startsWith(month.normalized) && last !== month.normalized;
}

/**
 * "voted late Tuesday" / "early Wednesday approved", "at midnight Monday" / "on Tuesday", "the year ends June 30" / "the
 * new year begins July 1": one night, or one boundary, told from either side of midnight. Listed, not shown.
 */
function overnight(a: DateFact, b: DateFact): boolean {
  if (!DAY.test(a.normalized) || !DAY.test(b.normalized) || Math.abs(Date.parse(a.normalized) - Date.parse(b.normalized)) !== 86_400_000) return false;
  const [first, second] = a.normalized < b.normalized ? [a, b] : [b, a];
  const before = (m: DateFact) => m.sentence.slice(0, m.date.start);
  const after = (m: DateFact) => m.sentence.slice(m.date.end);
  // "Monday evening" / "Tuesday night": two evenings a day apart, not one night told from either side of midnight.
  if (/\b(?:night|evening)\b/i.test(second.text) || /^\s+(?:night|evening)\b/i.test(after(second)) || /\blate\s+(?:on\s+)?$/i.test(before(second))) return false;
  return (
    /\blate\s+(?:on\s+)?$/i.test(before(first)) ||
    /\b(?:night|evening|midnight)\b/i.test(first.text) ||
    /\bmidnight\s+(?:on\s+)?$/i.test(before(first)) ||
    /^\s+(?:night|evening)\b/i.test(after(first)) ||
    /\bearly\s+(?:on\s+)?$/i.test(before(second)) ||
    /\bovernight\b/i.test(second.sentence) ||
    // "when the fiscal year ends June 30" / "when the new fiscal year begins July 1": one boundary.
    (PERIOD_ENDS.test(first.sentence) && PERIOD_BEGINS.test(second.sentence))
  );
}
const PERIOD_ENDS = /\b(?:ends?|ended|expires?|expired|runs?\s+out|ran\s+out)\b/i;
const PERIOD_BEGINS = /\b(?:begins?|began|starts?|started)\b/i;

/**
 * "…rose to 900, up from 300 on May 2", "…than 40 in March": the day a figure is measured against,
 * not the day of the event, so no other outlet's date for the event conflicts with it.
 */
const BASELINE_BEFORE = /\b(?:from|than|compared (?:with|to))\s+(?:about |nearly |around |roughly |some )?[$€£]?\d[\d.,]*%?(?:\s+[\p{L}-]+){0,3}\s+(?:on|in|at)\s+$/iu;
// …and so is the date a record is measured back to ("the deadliest quake since 2007").
const isBaseline = (m: DateFact) => BASELINE_BEFORE.test(m.sentence.slice(0, m.date.start)) || RECORD_SINCE.test(m.sentence.slice(0, m.date.start));

const DEADLINE_BEFORE = /\b(?:by|until|till|before|no later than|ahead of|in time for)\s+(?:the\s+)?$/i;
// "wasn't discovered until Sept. 15" is the day it was discovered, not a deadline.
const isDeadline = (m: DateFact) => DEADLINE_BEFORE.test(m.sentence.slice(0, m.date.start)) && !NOT_UNTIL_BEFORE.test(m.sentence.slice(0, m.date.start));

/**
 * "will appear in court on Tuesday", "set sentencing for Feb. 20", "will have about 27,400 employees", "must pay
 * $3 million next year", "expect to cut 900 jobs": a value told as to come in its clause, which is
 * not a value of what happened or is ("charged on Sunday", "has 21,000 employees"). "A plan to …", a plan named, is a thing,
 * not an intention: "a plan to widen the road passed 7-2" tells what happened.
 */
const TO_COME = /\b(?:will|would|shall|must|needs? to|has to|have to|is to|are to|is due|are due|due (?:on|for|in)|is expected|are expected|expects? to|scheduled|slated|set (?:(?:a|an|the|its|his|her)\s+)?(?:\p{L}+\s+)?(?:to|for)|plans (?:to|a|an)|(?<!\b(?:a|an|the|its|his|her|their|our|this|that|\p{L}+['’]s)\s+(?:\p{L}*[^s\s]\s+)?)plan (?:to|a|an)|planned for|(?:a|the|its|his|her)\s+(?:promise|pledge)\s+of)\b[^,;.]*$/iu;
/** A clause of what already happened, after the words telling what is to come ("will step down after she was hit with…"). */
const PAST_CLAUSE = /\b(?:after|since|because|when|once)\s+(?:\S+\s+){0,3}?(?:was|were|had|\p{Ll}+ed)\b/u;
/** "would have given", "must have known": what might have been, or was, not what is to come. */
const WHAT_MIGHT_HAVE_BEEN = /^(?:would|must)\s+have\b/i;
export const toldAsToCome = (sentence: string, at: number) => {
  const toCome = TO_COME.exec(withoutAbbreviationStops(sentence.slice(0, at)));
  return toCome !== null && !PAST_CLAUSE.test(toCome[0]) && !WHAT_MIGHT_HAVE_BEEN.test(toCome[0]);
};
/** A date told as to come, or a day after the article was published ("the law takes effect March 1"). */
const isToCome = (m: DateFact) => toldAsToCome(m.sentence, m.date.start) || afterPublication(m);
const afterPublication = (m: DateFact) => /^\d{4}-\d\d-\d\d$/.test(m.normalized) && m.analysed.article.publishedAt !== null && m.normalized > m.analysed.article.publishedAt.slice(0, 10);

/**
 * A time by the clock: "8:30pm", "5 p.m.", "8.40pm", "noon", "8:30" with no half of the day, or on the 24-hour clock
 * ("20:30", "2045 GMT"). A stop after "pm" ends the sentence, not the time.
 */
/** The hours in words, one to twelve, and the minutes words past or to an hour stand for. */
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTE_WORDS: Record<string, number> = { five: 5, ten: 10, quarter: 15, twenty: 20, 'twenty-five': 25, half: 30 };

const CLOCK_TIME = new RegExp(
  String.raw`\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])(?:\.\s*m\b\.?|\s*m\b)|\b([01]\d|2[0-3]):?([0-5]\d)\s*(?:GMT|UTC|hrs|hours)\b|(?<![\d.,:$€£])\b(\d{1,2}):([0-5]\d)\b(?![\d.,:]\d)|\b(noon|midday|midnight)\b|` +
    // "ten past three in the morning", "twenty to five on Sunday morning": a time in words, with its half of the day.
    String.raw`\b(quarter|half|five|ten|twenty|twenty-five)\s+(past|to)\s+(${HOUR_WORDS.join('|')})(?:\s+in\s+the|\s+on\s+\p{Lu}\p{Ll}+)?\s+(morning|afternoon|evening)\b`,
  'giu',
);

/**
 * "08:30 pm" for "8:30 p.m.", "8:30pm", "2030 GMT", "03:10 am" for "ten past three in the morning"; "12:00 pm" for "noon"; "08:30" for a bare "8:30", which may be
 * either half of the day; null for no time of day ("13 p.m.").
 */
export function clockTime(text: string): string | null {
  const match = new RegExp(CLOCK_TIME.source, 'iu').exec(text);
  if (!match) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const twelveHour = (hour: number, minutes: string, half?: string) => `${pad(hour % 12 || 12)}:${minutes}${half ? ` ${half}m` : ''}`;
  if (match[8] !== undefined) return match[8].toLowerCase() === 'midnight' ? '12:00 am' : '12:00 pm';
  if (match[9] !== undefined) {
    const [minutes, to] = [MINUTE_WORDS[match[9].toLowerCase()], match[10].toLowerCase() === 'to'];
    const hour = HOUR_WORDS.indexOf(match[11].toLowerCase()) + 1 - (to ? 1 : 0);
    return twelveHour(hour, pad(to ? 60 - minutes : minutes), match[12].toLowerCase() === 'morning' ? 'a' : 'p');
  }
  if (match[4] !== undefined) return twelveHour(Number(match[4]), match[5], Number(match[4]) >= 12 ? 'p' : 'a');
  if (match[6] !== undefined) {
    const hour = Number(match[6]);
    if (hour > 23) return null;
    return hour > 12 || hour === 0 ? twelveHour(hour, match[7], hour >= 12 ? 'p' : 'a') : twelveHour(hour, match[7]);
  }
  const hour = Number(match[1]);
  if (hour < 1 || hour > 12) return null;
  return twelveHour(hour, match[2] ?? '00', match[3].toLowerCase());
}

/** "after midnight", "by 5 p.m.": a bound, which a time past it does not contradict. */
const BOUND_BEFORE = /(?<!\b(?:shortly|just|soon|right)\s+)\b(?:after|before|until|till|by|since|from|past)\s+$/i;
/** Minutes apart within which two clock times of one event may be one moment told loosely. */
const LOOSE_MINUTES = 15;

/** How far, in minutes either way, a time told "shortly before", "just after" or "around" the clock reading may lie from it. */
const CLOCK_HEDGES: [RegExp, [number, number]][] = [
  [/\b(?:shortly|just|soon|right)\s+before\s+$/i, [-30, 0]],
  [/\b(?:shortly|just|soon|right)\s+after\s+$/i, [0, 30]],
  [/\b(?:about|around|approximately|roughly)\s+$/i, [-LOOSE_MINUTES, LOOSE_MINUTES]],
];

function clockReach(m: FactMention): [number, number] {
  const before = m.sentence.slice(0, m.sentence.indexOf(m.text));
  return CLOCK_HEDGES.find(([hedge]) => hedge.test(before))?.[1] ?? [0, 0];
}

/** A time read a day earlier, as read, or a day later: minutes since midnight wrap around. */
const DAY_TURNS = [-24 * 60, 0, 24 * 60];

/**
 * Two times, one or both hedged, whose reaches meet: "shortly before midnight" and "around 11:40 p.m." may be one moment (the
 * clock turns at midnight).
 */
function hedgedTimesMeet(a: FactMention, b: FactMention): boolean {
  const [x, y] = [a, b].map((m) => clockReach(m).map((minutes) => minutesOf(m.normalized) + minutes));
  const hedged = [x, y].some(([early, late]) => early !== late);
  return hedged && DAY_TURNS.some((turn) => x[0] + turn <= y[1] && y[0] <= x[1] + turn);
}

/** Minutes since midnight of a clock time ("08:30 pm" → 1230). */
function minutesOf(time: string): number {
  const [hour, minutes] = time.slice(0, 5).split(':').map(Number);
  return ((hour % 12) + (time.endsWith('pm') ? 12 : 0)) * 60 + minutes;
}

/** One time of day: the same clock reading, where both halves of the day are given and agree or one is not given. */
function sameClockTime(a: string, b: string): boolean {
  return a === b || (a.slice(0, 5) === b.slice(0, 5) && (a.length === 5 || b.length === 5));
}

/**
 * The time of day an outlet gives by the clock ("shortly after 8:30 p.m."): a detail of its own,
 * which an outlet giving only the day does not give. Only some outlets give it; listed, not shown,
 * and never a conflict here (timeConflicts compares times of one event).
 */
function clockTimes(articles: AnalysedArticle[]): Ranked[] {
  const mentions: FactMention[] = articles.flatMap((analysed) =>
    analysed.sentences.flatMap((sentence, index) =>
      [...sentence.matchAll(CLOCK_TIME)].flatMap((match) => {
        const normalized = clockTime(match[0]);
        const span = { start: match.index, end: match.index + match[0].length };
        // The line stamping the article gives its day beside the time: read without its dates.
        const undated = analysed.dates.filter((d) => d.index === index).reduce((line, { value }) => line.slice(0, value.start) + ' '.repeat(value.end - value.start) + line.slice(value.end), sentence);
        if (normalized === null || isStamp(undated, span)) return [];
        return [{ analysed, index, sentence, text: match[0].trim(), normalized, context: contextAround(sentence, span.start, span.end) }];
      }),
    ),
  );
  // The one time by the clock an article gives ("landing shortly after 8 p.m." / "touched down at 7:42 p.m."), however often.
  const onlyTime = (m: FactMention) => mentions.every((other) => other.analysed !== m.analysed || sameClockTime(other.normalized, m.normalized));
  // Of several times an article gives ("departed at 1:05 p.m.", "touched down at 3:42 p.m."), the one whose clause tells most of
  // what another's does ("landed at 4:15 p.m."), where each is the other's and one deed outlets word variously is among what
  // they share: times of one happening. (A shared noun alone, "the freighter", may be two happenings of it.)
  const closestIn = (m: FactMention, other: FactMention) => {
    const overlap = sharedWords(m, other).length;
    return overlap > 0 && mentions.every((o) => o.analysed !== m.analysed || sameClockTime(o.normalized, m.normalized) || sharedWords(o, other).length < overlap);
  };
  // …or where the verb of a deed done is among what they share ("left Route 41 at 10:20 p.m." / "It left the road at 11:20 p.m.").
  const doneBefore = (m: FactMention) => new Set([...deedsIn(clauseBeforeTime(m))].map(oneDeed));
  const sharedDeed = (a: FactMention, b: FactMention) => sharedWords(a, b).some((w) => NAMED_DEEDS.has(w) || (doneBefore(a).has(w) && doneBefore(b).has(w)));
  const timesOfOneHappening = (a: FactMention, b: FactMention) => sharedDeed(a, b) && closestIn(a, b) && closestIn(b, a);
  const times = compareFacts(articles, mentions, {
    kind: 'date',
    equivalent: (a, b) => sameClockTime(a.normalized, b.normalized),
    // The one time each of two articles gives is likely of one event: compared, the conflict listed only.
    likelySameSubject: (a, b) => (onlyTime(a) && onlyTime(b)) || timesOfOneHappening(a, b),
    // …and surely so where each gives it to the minute and its clause tells the same happening ("the first 911 call came in at
    // 3:47 p.m." / "the first emergency call was placed at 3:58 p.m."): shown.
    sure: (a, b) => [a, b].every(toTheMinute) && ((onlyTime(a) && onlyTime(b) && sharedClauseWord(a, b)) || timesOfOneHappening(a, b)),
    // Two times whose clauses share no word of what happened ("smoke was spotted at 1:45 p.m." / "the evacuation order went out
    // around 4 p.m."), however alike their sentences, may be of two happenings: listed only.
    apartToShow: (a, b) => !sharedClauseWord(a, b),
    // Two times by the clock for one event, told alike ("broke out at 8:40pm" / "broke out at 10:40pm"): in one time zone, with the half of the day known.
    comparable: (a, b) => timeZoneOf(a.sentence) === timeZoneOf(b.sentence) && [a, b].every((m) => m.normalized.length > 5 && !BOUND_BEFORE.test(m.sentence.slice(0, m.sentence.indexOf(m.text)))),
    contextThreshold: 0.3,
    // "about 8:40pm" or "shortly after 8:40pm" against "8:49pm": a time given loosely, near the other, may be the same moment;
    // "shortly before 8 a.m." reaches back to 7:42.
    looselyEqual: (a, b) => {
      // Two times each given to the minute and unhedged are two readings of the clock, however near.
      const exact = (m: FactMention) => toTheMinute(m) && clockReach(m).every((minutes) => minutes === 0);
      return DAY_TURNS.some((turn) => !(exact(a) && exact(b)) && Math.abs(minutesOf(a.normalized) + turn - minutesOf(b.normalized)) <= LOOSE_MINUTES) || hedgedTimesMeet(a, b);
    },
    label: (group) => [...new Set(group.map((m) => m.text))].join(' / '),
    precision: () => 0,
    substance: () => 0,
  });
  // An outlet naming a part of the day that holds the time ("Friday afternoon" for "5 p.m.") may give it, coarser: it is not called silent;
  // not a part of another day than the times' sentences tell ("by Friday morning" beside "at 4:17 a.m. Thursday"), nor of another
  // happening.
  return times.map((r) => {
    const daysOfTimes = new Set(r.difference.values.flatMap((v) => articles.find((a) => a.article.id === v.articleId)!.dates.filter((d) => d.sentence === v.sentence && DAY.test(d.value.normalized)).map((d) => d.value.normalized)));
    // Where the times' sentences name no day, a part of the day is of theirs only in a sentence telling of what they tell
    // ("relatives gathered on Monday night" is no looser time of "left the road at 10:20 p.m.").
    const happened = new Set(mentions.filter((m) => r.difference.values.some((v) => v.articleId === m.analysed.article.id && v.sentence === m.sentence)).flatMap((m) => [...clauseWordsBefore(m)]));
    const toldOfTimes = (sentence: string) => [...wordsOfWhatHappened(sentence)].some((word) => happened.has(word));
    const coarser = r.difference.missingFrom.flatMap((id) => {
      const analysed = articles.find((a) => a.article.id === id)!;
      const found = analysed.dates.find(({ value, sentence }) => {
        const hours = CLOCK.test(value.text) ? null : hoursOf(value.text);
        return hours !== null && (daysOfTimes.size === 0 ? toldOfTimes(sentence) : daysOfTimes.has(value.normalized)) && r.difference.values.some((v) => holdsTime(hours, v.normalized));
      });
      return found ? [valueOf(analysed, found.value.text, found.value.normalized, found.sentence)] : [];
    });
    // Beside two times that conflict, a part of the day holding either is the outlet's looser writing of one: it stays a conflict.
    const conflict = r.difference.status === 'conflict';
    const looser = coarser.map((v) => (conflict ? { ...v, inOtherWords: true as const } : v));
    return coarser.length ? { ...r, difference: differenceOf(articles, 'date', r.difference.label, [...r.difference.values, ...looser], conflict) } : r;
  });
}

/** A time given to the minute ("3:47 p.m."), not a round hour ("4 p.m."), which outlets give loosely. */
const toTheMinute = (m: FactMention) => !/^\d\d:00/.test(m.normalized);

/** The words of what happened in the clause leading to a time, read as a date's are; a hedge of the clock ("shortly after") is none. */
const CLOCK_HEDGE_WORDS = /\b(?:shortly|just|soon|right|about|around|approximately|roughly|nearly|almost)\b/gi;
const clauseBeforeTime = (m: FactMention) => m.sentence.slice(0, m.sentence.indexOf(m.text)).split(/[,;:—–]/).pop()!.replace(CLOCK_HEDGE_WORDS, ' ');
const clauseWordsBefore = (m: FactMention) => wordsOfWhatHappened(clauseBeforeTime(m));

/** The words of what happened that two times' clauses share ("call"). */
function sharedWords(a: FactMention, b: FactMention): string[] {
  const words = clauseWordsBefore(b);
  return [...clauseWordsBefore(a)].filter((w) => words.has(w));
}

const sharedClauseWord = (a: FactMention, b: FactMention) => sharedWords(a, b).length > 0;
/** Whether the hours of a part of the day hold a clock time ("08:30 pm"; "08:30", either half). */
function holdsTime(hours: [number, number], time: string): boolean {
  const [hour, minutes] = time.slice(0, 5).split(':').map(Number);
  const halves = time.endsWith('pm') ? [12] : time.endsWith('am') ? [0] : [0, 12];
  return halves.some((half) => {
    const at = (hour % 12) + half + minutes / 60;
    return [at, at + 24].some((h) => h >= hours[0] && h <= hours[1]);
  });
}

/** Words of a line that stamps an article ("Posted 4/9/2012 8:14 AM", "Last Updated: Tuesday, 10 April 2012"). */
const STAMP_WORDS = /\b(?:last|updated?|posted|published|modified|am|pm|gmt|utc)\b/gi;

/** A line that is a date and nothing else of substance is when the article was written or updated, not when anything happened. */
function isStamp(sentence: string, date: Pick<DateMention, 'start' | 'end'>): boolean {
  return !/\p{L}/u.test(`${sentence.slice(0, date.start)} ${sentence.slice(date.end)}`.replace(STAMP_WORDS, ''));
}

/** Sentences this alike tell of one event: the time of day they give it may be compared. */
const SAME_EVENT = 0.3;
/** Hours of the day a part of the day spans (night runs past midnight: hours after 24). */
const PARTS_OF_DAY: [RegExp, number, number][] = [
  [/\bmidnight\b/i, 24, 24],
  [/\bnoon\b/i, 12, 12],
  [/\bmorning\b/i, 5, 12],
  [/\bafternoon\b/i, 12, 18],
  [/\bevening\b/i, 17, 22],
  [/\b(?:night|tonight|overnight)\b/i, 19, 29],
];
const CLOCK = /\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s*m\b\.?/i;
/** Every time by the clock in a text, for `hoursOf` each. */
export const CLOCK_TIMES = new RegExp(CLOCK.source, 'gi');
/** A time zone beside a time: two outlets may give one moment in two zones. */
const TIME_ZONE = /\b(?:Eastern|Central|Mountain|Pacific|local time|[ECMP][SD]?T|GMT|UTC)\b/;
/**
 * The time zone a sentence names, one letter for the four American zones in any form ("Eastern",
 * "EDT", "ET"), "UTC" for GMT too; "" where none is named or it says "local time", as a report
 * without a zone tells the time where it happened.
 */
function timeZoneOf(sentence: string): string {
  const zone = TIME_ZONE.exec(sentence)?.[0];
  if (zone === undefined || zone === 'local time') return '';
  return zone === 'GMT' || zone === 'UTC' ? 'UTC' : zone[0];
}
/** Hours of slack around a time given by the clock. */
const CLOCK_SLACK = 0.5;

/** The hours a date's writing places its event in ("11am", "Friday at 5 p.m.", "Tuesday afternoon"), or null. */
export function hoursOf(text: string): [number, number] | null {
  const clock = CLOCK.exec(text);
  if (clock) {
    const hour = (Number(clock[1]) % 12) + (clock[3].toLowerCase() === 'p' ? 12 : 0) + Number(clock[2] ?? 0) / 60;
    if (hour >= 24) return null;
    // Small hours are the night before's end.
    const at = hour < 5 ? hour + 24 : hour;
    return [at - CLOCK_SLACK, at + CLOCK_SLACK];
  }
  const part = PARTS_OF_DAY.find(([pattern]) => pattern.test(text));
  return part ? [part[1], part[2]] : null;
}

/**
 * One day, one event, two times: aligned sentences of two outlets give the same day different
 * times ("at 11 a.m." / "in the afternoon") and neither outlet gives a time of the other's for that
 * day. Listed, not shown: the time of an announcement and of its report are easily confused.
 */
function timeConflicts(articles: AnalysedArticle[], mentions: DateFact[], anchors: string[]): Ranked[] {
  const timed = mentions.flatMap((m) => {
    const hours = hoursOf(m.text);
    return hours && !TIME_ZONE.test(m.sentence) ? [{ m, hours }] : [];
  });
  const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];
  const out: Ranked[] = [];
  const seen = new Set<string>();
  for (const a of timed) {
    for (const b of timed) {
      if (a.m.analysed.article.id >= b.m.analysed.article.id || !sameDate(a.m.normalized, b.m.normalized, anchors) || overlap(a.hours, b.hours)) continue;
      if (similarity(a.m.analysed.terms[a.m.index], b.m.analysed.terms[b.m.index]) < SAME_EVENT) continue;
      // Either outlet also giving a time of the other's for that day, where it tells of the event in other words, may tell of two moments of it.
      const agrees = (own: typeof a, other: typeof a) =>
        timed.some(
          (t) =>
            t.m.analysed === own.m.analysed &&
            sameDate(t.m.normalized, own.m.normalized, anchors) &&
            overlap(t.hours, other.hours) &&
            similarity(t.m.analysed.terms[t.m.index], other.m.analysed.terms[other.m.index]) >= SAME_EVENT / 2,
        );
      if (agrees(a, b) || agrees(b, a)) continue;
      const key = `${a.m.analysed.article.id}\u0000${a.m.text}\u0000${b.m.analysed.article.id}\u0000${b.m.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const values = [a, b].map(({ m }) => valueOf(m.analysed, m.text, m.normalized, m.sentence));
      out.push({ difference: differenceOf(articles, 'date', `${a.m.text} / ${b.m.text}`, values, true), salience: 2, substance: 0 });
    }
  }
  return out;
}

/** One day however written: "March 15" and "Tuesday" that falls on it; "on Thursday" in two outlets' articles a day apart, whichever week each resolved it to. */
export function sameDay(a: Pick<DateMention, 'text' | 'normalized'>, b: Pick<DateMention, 'text' | 'normalized'>, anchors: string[]): boolean {
  if (sameDate(a.normalized, b.normalized, anchors) || sameYearlessDate(a, b) || weekEarlier(a, b) || weekEarlier(b, a)) return true;
  const day = (m: Pick<DateMention, 'text'>) => weekdaysNamed(m.text);
  if (!day(a) || day(a) !== day(b) || !DAY.test(a.normalized) || !DAY.test(b.normalized)) return false;
  return Math.abs(Date.parse(a.normalized) - Date.parse(b.normalized)) <= 7 * 86_400_000;
}

/**
 * Whether a span (a week, a month) told "later" or "earlier" (`before` is its sentence up to it) may hold `day`: "later this
 * week" in a paper of Wednesday holds no Tuesday of it, "earlier this week" no Friday. Any other writing may.
 */
export function sideOfPublicationHolds(before: string, span: string, day: string, publishedAt: string | null): boolean {
  const side = /\b(later|earlier)\s+(?:in\s+)?$/i.exec(before)?.[1].toLowerCase();
  const published = publishedAt?.slice(0, 10);
  if (!side || !published || DAY.test(span) || !DAY.test(day)) return true;
  return side === 'later' ? day >= published : day <= published;
}
const weekSideHolds = (span: DateFact, day: DateFact) => sideOfPublicationHolds(span.sentence.slice(0, span.date.start), span.normalized, day.normalized, span.analysed.article.publishedAt);

/** A week ("last week") and a day of it. */
function weekAndDay(a: Pick<DateMention, 'normalized'>, b: Pick<DateMention, 'normalized'>): boolean {
  const week = (m: Pick<DateMention, 'normalized'>) => m.normalized.startsWith('week of ');
  return week(a) !== week(b);
}

const LAST_WEEKDAY = /\blast\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const WEEK_MS = 7 * 86_400_000;

/** "last Tuesday", read as this week's, may mean the Tuesday of the week before (usage differs): `b` is that day. */
function weekEarlier(a: Pick<DateMention, 'text' | 'normalized'>, b: Pick<DateMention, 'normalized'>): boolean {
  return LAST_WEEKDAY.test(a.text) && DAY.test(a.normalized) && DAY.test(b.normalized) && Date.parse(a.normalized) - Date.parse(b.normalized) === WEEK_MS;
}

/** A month, its year unknown in an undated article: "2025-08", "XXXX-08". */
const MONTH = /^(\d{4}|XXXX)-(\d\d)$/;

/**
 * "Aug. 6" and "August 6", one or neither with its year: one day, whatever year the tense of a
 * sentence suggests ("the primary is Aug. 6", "a debate before the Aug. 6 primary"), within a year;
 * so is a month named without its year ("before the August recess") in two tenses.
 */
export function sameYearlessDate(a: Pick<DateMention, 'text' | 'normalized'>, b: Pick<DateMention, 'text' | 'normalized'>): boolean {
  const withoutYear = (text: string) => !/\b\d{4}\b|['’]\d\d\b/.test(text);
  const [m, n] = [MONTH.exec(a.normalized), MONTH.exec(b.normalized)];
  if (m && n) return m[2] === n[2] && withoutYear(a.text) && withoutYear(b.text) && (m[1] === 'XXXX' || n[1] === 'XXXX' || Math.abs(Number(m[1]) - Number(n[1])) <= 1);
  const [x, y] = [DAY.exec(a.normalized), DAY.exec(b.normalized)];
  const yearless = (text: string) => WRITTEN_DATE.test(text) && withoutYear(text);
  if (!x || !y || x[2] !== y[2] || x[3] !== y[3] || !(yearless(a.text) || yearless(b.text))) return false;
  // "May 19" and "May 19, 2026": the year read for the first is a guess; a year either side of it is the same day told two ways.
  return (yearless(a.text) && yearless(b.text)) || Math.abs(Number(x[1]) - Number(y[1])) <= 1;
}

/** Whether a date names a day (a calendar day, or a weekday not yet placed). */
export function isDay(date: Pick<DateMention, 'normalized'>): boolean {
  return DAY.test(date.normalized) || WEEKDAYS.includes(date.normalized);
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
