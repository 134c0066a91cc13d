import type { AnalysedArticle } from '../text/analyse';
import { RECORD_SINCE, type DateMention } from '../text/dates';
import { CURRENCIES, IN_DOZENS, MONTH_NAME, OF_THEM_AFTER, roughlyEqual, singularNoun, type Quantity } from '../text/quantities';
import { contentTerms, inflected, isContentTerm, stem, words } from '../text/terms';
import { contextAround, similarity } from './align';
import { baseForm, isDay, oneDeed, sameDay, thingDated, toldAsToCome, toldOn } from './dates';
import { compareFacts, type FactMention } from './facts';
import { bareFigureIn, CHANGE_VERB, countsAlike, HEDGE, HEDGE_RANGES, HEDGE_WORDS, hedgeBefore, hedgedRange, LARGE_FIGURE, lastDigitUnit, perPeriod, RELATIVE_CHANGE_BEFORE, roundedTo, SPAN_SECONDS, timesAYear } from './presence';
import { agesOfOne, agesOfOthers, distanceFrom, fateOf, harmOf, holderOf, memberBody, membersOfTwoBodies, namedOwnersApart, otherFates, otherHolders, ownersApart, populationFigure, sameBody, sameHolder, voteOutcomeIn, withinRange, type Figure } from './figure-subject';
import { differenceOf, valueOf, type Ranked } from './difference';
import { NUMBER_UNDER_HUNDRED, SMALL_NUMBERS, smallNumber, TENS } from '../text/number-words';
import { escapeRegExp } from '../text/regexp';
import { normalizeName, surnameOf } from '../text/aliases';
import { insideQuotes } from '../text/quotes';

/** Units that measure rather than count: equal values in them say nothing about being one fact. */
const MEASURES = new Set(['USD', 'EUR', 'GBP', 'percent', 'percentage point', 'point', 'count', 'years old', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'mile', 'time', 'magnitude']);

/** Units too general to say two counts are of one thing: people, money, time. */
const GENERIC_UNITS = new Set([...MEASURES, 'person', 'people', 'member', 'official', 'other', 'thing', 'way', 'case', 'count']);
/** Two counts of one thing differ by less than this factor; further apart, they are counts of different things. */
const CLOSE_COUNTS = 1.5;
/** The story's toll is given in the first sentences of a news article. */
const LEAD_TOLL_SENTENCES = 10;
const SAME_MAGNITUDE = 3;
/** A bare figure this large is the count it equals, not a small number said of anything. */
const BARE_FIGURE_MIN = 100;
const MAX_CONFLICT_RATIO = 2;
/**
 * The one crowd or bail each article gives is one thing this far apart (police and organisers count one crowd; outlets copy a
 * bail wrong), not further: a bond posted may be a tenth of the bail set.
 */
const ONE_THING_FAR_APART = 5;
/** How far apart two articles' one counts of a specific thing may be and still be counts of it. */
const SOLE_COUNT_RATIO = 3;
/** Sentences this alike, each with one figure of the unit, are one sentence told with two figures, however far apart. */
const RETOLD = 0.7;
/** Sentences this alike, each with one figure named by the same noun, retell that figure within SOLE_COUNT_RATIO. */
const RETOLD_OF_ONE_NOUN = 0.5;
const SAME_SURROUNDINGS = 0.1;
/** …and a figure that is the other only rounded far ("$1 billion" for "$1.4 billion") is it only where they are much alike. */
const LOOSE_ROUNDING_SURROUNDINGS = 0.3;
/** Two figures further apart than a hedge allows, equal only once one is rounded to the other's few digits. */
const looselyRounded = (a: NumberMention, b: NumberMention) =>
  Math.abs(a.quantity.value - b.quantity.value) / Math.max(a.quantity.value, b.quantity.value) > HEDGED_SPREAD;
/** How far an approximate figure may be from a precise one it stands for. */
const HEDGED_SPREAD = 0.05;
/** Two figures this far apart contradict though one is an estimate ("some 2.2 million" / "2.6 million"). */
const ESTIMATES_APART = 1.1;

/** Spans that time a moment of a story ("72 seconds after liftoff"), not a length of its background ("a 15-year career"). */
const SHORT_SPANS = new Set(['second', 'minute', 'hour']);
/** Units a story gives one value of, where it gives only one: the vote's tally, the quake's magnitude. */
const ONE_PER_STORY = new Set(['tally', 'magnitude']);

interface NumberMention extends FactMention {
  quantity: Quantity;
}

/** Spans told in hours, as minutes: "about 90 minutes" and "nearly two hours" are two lengths of one meeting. */
const inMinutes = (quantity: Quantity): Quantity => (quantity.unit === 'hour' ? { ...quantity, unit: 'minute', value: quantity.value * 60 } : quantity);

/** Before a figure given in another system of units: ", or about", "(". */
const CONVERSION_BEFORE = /(?:,\s*or|\()\s*(?:about|roughly|nearly|some|around|approximately)?\s*$/i;
/** How far (in characters) after a figure its conversion may start. */
const CONVERSION_REACH = 30;
/** Units whose two scales share one name: degrees Fahrenheit and Celsius. */
const SCALES_OF_ONE_NAME = new Set(['degree']);

/** A sentence that opens by dating itself: "In 2019, …", "In March 2019 …", "By 2020, …". */
const LED_BY_YEAR = /^(?:In|By|During)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b/;
/** A clause about a thing named by its year, up to a figure: "the 2016 Larkspur Fire, which burned about ", "the 2019 strike, which lasted ". */
const OF_THING_OF_YEAR_BEFORE = /\bthe\s+(?:19|20)\d\d\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3},?\s+(?:which|that)\s+[^,;.]{0,40}$/u;
/** A sentence that opens on a month alone: "In January, …", "Last March, …". */
const LED_BY_MONTH = new RegExp(String.raw`^(?:In|By|During|Last|Since)\s+(?:(?:early|late|mid-?)\s*)?${MONTH_NAME}\b(?!\.?\s+\d)`);

/** "In January, a strike on the port killed 11 people", in an article of February: that month's figures, not the story's. */
function ledByPastMonth(m: NumberMention): boolean {
  const published = m.analysed.article.publishedAt?.slice(0, 7);
  if (!published || !LED_BY_MONTH.test(m.sentence)) return false;
  const month = m.analysed.dates.find((d) => d.index === m.index && /^\d{4}-\d\d$/.test(d.value.normalized));
  return month !== undefined && month.value.normalized < published;
}

/** Words that date what is told to a past year without writing it: "three years ago", "a year earlier", "last year". */
const PAST_YEAR_WORDS = String.raw`(?:\w+\s+)?years?\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|prior)\s+year`;
const PAST_YEAR = new RegExp(`\\b(?:${PAST_YEAR_WORDS})\\b`, 'i');

/**
 * Figures. One value is one fact whatever its writing: words or digits, rounding ("$13.6 billion"
 * and "$13.56 billion"), and "29 other leaders" beside the one who makes 30.
 */
export function compareNumbers(articles: AnalysedArticle[]): Ranked[] {
  const read: NumberMention[] = articles.flatMap((analysed) =>
    analysed.quantities.map(({ value, sentence, index }) => ({
      analysed,
      index,
      sentence,
      quantity: inMinutes(value),
      context: contextAround(sentence, value.start, value.end),
      text: value.text,
      normalized: `${value.value} ${value.unit}`,
    })),
  );
  // "109 degrees Fahrenheit, or about 43 degrees Celsius": the figure converted, right after it in a unit of the same name, is no
  // figure of its own ("1,100 kilometers (690 miles)" stays: the miles may be compared with another outlet's miles).
  const converted = (m: NumberMention) =>
    CONVERSION_BEFORE.test(m.sentence.slice(0, m.quantity.start)) &&
    read.some((first) => first.analysed === m.analysed && first.index === m.index && first.quantity.end <= m.quantity.start && m.quantity.start - first.quantity.end <= CONVERSION_REACH && first.quantity.unit === m.quantity.unit && SCALES_OF_ONE_NAME.has(m.quantity.unit));
  // "more than $18 billion" in the lead and "$18.7 billion" further on: the outlet's figure, told loosely first, is the precise one.
  const mentions = read.filter((m) => !converted(m) && !read.some((exact) => exact.analysed === m.analysed && exact !== m && exact.quantity.unit === m.quantity.unit && !hedged(exact) && writtenDigits(exact.text) > writtenDigits(m.text) && withinBound(m, exact)));
  const anchors = articles.flatMap((a) => (a.article.publishedAt ? [a.article.publishedAt] : []));
  // "Her predecessor was confirmed in 1998 by a vote of 91-7": a tally its sentence dates to another year than the article's is another vote's,
  // not one the article gives of this story's.
  const publishedIn = (m: NumberMention) => m.analysed.article.publishedAt?.slice(0, 4);
  const yearsDated = (m: NumberMention) => m.analysed.dates.filter((d) => d.index === m.index && /\b(?:19|20)\d\d\b/.test(d.value.text)).map((d) => d.value.normalized.slice(0, 4));
  const datedToAnotherYear = new Set(mentions.filter((m) => publishedIn(m) !== undefined && yearsDated(m).some((y) => y !== publishedIn(m))));
  const ofAnotherYear = (m: NumberMention) => datedToAnotherYear.has(m);
  // Another year written before a figure in its sentence ("The previous strike, in 2009, lasted four days"), not after it ("a
  // trial in which prosecutors described a scheme that ran from 2017") nor in a clause told of someone ("Varga, who resigned in
  // January 2025 amid an investigation, was found guilty … after deliberating for two days").
  const yearBefore = (m: NumberMention) =>
    m.analysed.dates.some(
      (d) =>
        d.index === m.index &&
        d.value.end <= m.quantity.start &&
        /\b(?:19|20)\d\d\b/.test(d.value.text) &&
        d.value.normalized.slice(0, 4) !== publishedIn(m) &&
        !RELATIVE_CLAUSE.test(m.sentence.slice(0, d.value.start).split(/[,;:(—–]/).pop()!),
    );
  // "closed a plant in 2024, cutting 400 jobs": a count of a year gone by ("in June 2027" may tell when this story's comes). A measure
  // (miles, percent) recurs for unrelated things whenever told: that one of them is dated says nothing of the others.
  const ofYearGoneBy = (m: NumberMention) => !MEASURES.has(m.quantity.unit) && publishedIn(m) !== undefined && yearsDated(m).some((y) => y < publishedIn(m)!);
  // "In 2019, the board approved a 6.1 percent increase.": a sentence led by another year tells that year's figures, whatever they count.
  // So does a clause telling of a thing named by another year ("since the 2016 Larkspur Fire, which burned about 30,000 acres").
  const ledByAnotherYear = (m: NumberMention) => (ofAnotherYear(m) && (LED_BY_YEAR.test(m.sentence) || OF_THING_OF_YEAR_BEFORE.test(m.sentence.slice(0, m.quantity.start)))) || ledByPastMonth(m);
  const ofPastYear = (m: NumberMention) => ofAnotherYear(m) || PAST_YEAR.test(m.sentence);
  // A figure a past year follows ("7,900 riders in 2019"), beside one whose sentence tells no year.
  const thenBesideUndated = (then: NumberMention, other: NumberMention) => {
    const year = YEAR_AFTER.exec(then.sentence.slice(then.quantity.end))?.[1];
    return year !== undefined && year < (publishedIn(then) ?? '') && yearsDated(other).length === 0 && !PAST_YEAR.test(other.sentence);
  };
  // "served 14 months of a 30-month sentence": a span joined to its noun names another thing than the verb's span; they are
  // counted apart.
  const unitKey = (m: NumberMention) => `${m.analysed.article.id}\u0000${m.quantity.unit}${SPAN_SECONDS[m.quantity.unit] && JOINED_SPAN.test(m.text) ? '\u0000joined' : ''}`;
  const valuesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = unitKey(m);
    const values = valuesOf.get(key) ?? new Set();
    // A tally of another year's vote, a count of a year gone by, a figure of a sentence led by another year, or an amount per day or year, is no rival count of the story's thing.
    // …nor is the whole a part is told of ("41 of the county's 63 precincts").
    valuesOf.set(key, (m.quantity.unit === 'tally' && ofAnotherYear(m)) || ofYearGoneBy(m) || ledByAnotherYear(m) || perPeriod(m.quantity) || figureRole(m) === 'whole' ? values : values.add(m.quantity.value));
  }
  // The article gives no other count of the unit of the same order of magnitude.
  const onlyCount = (m: NumberMention) =>
    [...valuesOf.get(unitKey(m))!].every((v) => v === m.quantity.value || Math.max(v, m.quantity.value) / Math.min(v, m.quantity.value) > SAME_MAGNITUDE);
  // "a $1.5 billion maritime security package" / "a $2.5 billion maritime security package": the one sum of its size each
  // article gives, named by the same words.
  const soleSumsNamedAlike = (a: NumberMention, b: NumberMention) => CURRENCIES.has(a.quantity.unit) && onlyCount(a) && onlyCount(b) && namedBySameWords(a, b);
  // The article's one count of a specific thing ("seven villages", however often repeated): another article's one count of it
  // is of the same thing even when far off (15 against five); listed, since nothing else ties the two.
  const onlyValue = (m: NumberMention) => valuesOf.get(unitKey(m))!.size === 1;
  // The one tally of a chamber an article gives ("the Senate voted 26-13 …, and the House voted 68-31").
  const talliesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = `${m.analysed.article.id}\u0000${chamberOf(m)}`;
    if (m.quantity.unit === 'tally' && chamberOf(m)) talliesOf.set(key, (talliesOf.get(key) ?? new Set()).add(m.quantity.value));
  }
  const onlyTallyOfChamber = (m: NumberMention) => !ofAnotherYear(m) && talliesOf.get(`${m.analysed.article.id}\u0000${chamberOf(m)}`)?.size === 1;
  // "The Senate followed, voting 28-12" / "cleared the Senate 29 to 11 and the House 85 to 39": the one tally of a chamber each gives.
  const soleTalliesOfChamber = (a: NumberMention, b: NumberMention) =>
    a.quantity.unit === 'tally' && chamberOf(a) !== null && chamberOf(a) === chamberOf(b) && onlyTallyOfChamber(a) && onlyTallyOfChamber(b);
  const countedApart = (x: string, y: string) => articles.some((a) => valuesOf.has(`${a.article.id}\u0000${x}`) && valuesOf.has(`${a.article.id}\u0000${y}`));
  // Members of a named body are a specific thing counted ("300 members of the National Guard"), members alone are not.
  const soleCount = (m: NumberMention) => (!GENERIC_UNITS.has(m.quantity.unit) || memberBody(m) !== null) && valuesOf.get(unitKey(m))!.size === 1;
  // A count (not a measure) the article of one gives along with the other's value: "a mother of 7" and "the mother of 8".
  const givenBoth = (a: NumberMention, b: NumberMention) =>
    !MEASURES.has(a.quantity.unit) && a.quantity.unit === b.quantity.unit && a.quantity.value !== b.quantity.value && valuesOf.get(unitKey(a))!.has(b.quantity.value);
  const soleCounts = (a: NumberMention, b: NumberMention) =>
    soleCount(a) && soleCount(b) && (memberBody(a) === null || sameBody(a, b)) && ratio(a, b) <= SOLE_COUNT_RATIO;
  // …of a thing counted, not a vote's tally (a day or a month tells one vote from another), one of them dated by neither.
  const undated = (m: NumberMention) => daysOf(m).length === 0 && periodsOf(m).length === 0;
  const soleCountsOneUndated = (a: NumberMention, b: NumberMention) => a.quantity.unit !== 'tally' && soleCounts(a, b) && (undated(a) || undated(b));
  // "failing to disclose 47 stock trades" / "failing to disclose more than 120 trades": the one count of a thing each gives, told
  // with the same verb, is one count however far apart.
  const soleCountsOfOneDeed = (a: NumberMention, b: NumberMention) => soleCounts(a, b) && sameVerbBefore(a, b);
  // "failed to disclose 37 stock trades" / "revealed 73 trades": the one count of its size each article gives of those counted
  // alike, its digits swapped, is one count copied wrong, whatever day or verb each sentence tells.
  // Three digits swapped are a slip whatever else each article counts ("a net loss of $312 million" / "$213 million").
  const transposedCounts = (a: NumberMention, b: NumberMention) =>
    (a.quantity.unit === b.quantity.unit || countsAlike(a.quantity.unit, b.quantity.unit)) &&
    transposed(a, b) &&
    ((onlyCount(a) && onlyCount(b)) || significantDigits(a.quantity.value).length >= SURE_SWAPPED_DIGITS);
  // One sentence retold with two figures: "2,000 supporters gathered outside the courthouse" / "300 supporters gathered outside the courthouse".
  const aloneInSentence = (m: NumberMention) => !mentions.some((o) => o !== m && o.analysed === m.analysed && o.index === m.index && o.quantity.unit === m.quantity.unit);
  // …or told less alike, where one noun names both figures ("received a $1.8 million donation from X in May" / "a $700,000
  // donation that X made in May"; "roughly 90,000 licensed anglers" / "more than 200,000 licensed anglers").
  const oneNounNames = (a: NumberMention, b: NumberMention) => (nounAfter(a) !== null && nounAfter(a) === nounAfter(b)) || (!GENERIC_UNITS.has(a.quantity.unit) && sameNounWritten(a, b));
  const retold = (a: NumberMention, b: NumberMention) => {
    if (a.quantity.unit !== b.quantity.unit || !aloneInSentence(a) || !aloneInSentence(b)) return false;
    const alike = similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]);
    return alike >= RETOLD || (alike >= RETOLD_OF_ONE_NOUN && ratio(a, b) <= SOLE_COUNT_RATIO && oneNounNames(a, b));
  };
  // The one sum of its size each article gives: an outlet giving the other may give it for the same thing.
  const soleSums = (a: NumberMention, b: NumberMention) =>
    CURRENCIES.has(a.quantity.unit) && a.quantity.unit === b.quantity.unit && onlyCount(a) && onlyCount(b) && ratio(a, b) <= CLOSE_COUNTS;
  // "The audit lists $47,000 in doubtful costs" / "paid at least $41,000 for trips": so it does, unless two verbs tell two things
  // done with money ("raised about $17 million" / "spent $21 million").
  // …not where each names its sum by another noun and no one verb ties them ("held on $2 million bond" / "the $1.8 million alarm
  // project"; "passed a $61.4 million budget" / "approved a $60.9 million spending plan" are one).
  const soleSumsOfOneDeed = (a: NumberMention, b: NumberMention) => soleSums(a, b) && (sameVerbBefore(a, b) || ((verbBefore(a) === null || verbBefore(b) === null) && !namedApart(a, b)));
  // The one sum an article names by a noun after it ("a $4,000 fine", "$2.4 million in cash on hand"), however often repeated.
  const onlySumOfNoun = (m: NumberMention) => {
    const noun = nounAfter(m);
    return noun !== null && CURRENCIES.has(m.quantity.unit) && mentions.every((o) => o.analysed !== m.analysed || o.quantity.unit !== m.quantity.unit || o.quantity.value === m.quantity.value || nounAfter(o) !== noun);
  };
  const soleSumsOfOneNoun = (a: NumberMention, b: NumberMention) => onlySumOfNoun(a) && onlySumOfNoun(b) && nounAfter(a) === nounAfter(b) && ratio(a, b) <= CLOSE_COUNTS && !roundingExplains(a, b);
  // What a reading of kinds (`kindOf`: "bail", "crowd", null for none) reads of each figure, and whether the figure is its
  // article's one value of that kind however often given: read once, for every pair compared asks.
  type KindOf = (m: NumberMention) => string | null;
  const kindsRead = new Map<KindOf, Map<NumberMention, string | null>>();
  const kindOfRead = (kindOf: KindOf, m: NumberMention) => {
    const read = kindsRead.get(kindOf) ?? kindsRead.set(kindOf, new Map()).get(kindOf)!;
    return read.has(m) ? read.get(m)! : read.set(m, kindOf(m)).get(m)!;
  };
  const onlyRead = new Map<KindOf, Map<NumberMention, boolean>>();
  const onlyOfKind = (m: NumberMention, kindOf: KindOf) => {
    const read = onlyRead.get(kindOf) ?? onlyRead.set(kindOf, new Map()).get(kindOf)!;
    if (!read.has(m)) {
      const kind = kindOfRead(kindOf, m);
      read.set(m, kind !== null && mentions.every((o) => o.analysed !== m.analysed || o.quantity.value === m.quantity.value || kindOfRead(kindOf, o) !== kind));
    }
    return read.get(m)!;
  };
  // Each its article's one value of one kind.
  const soleOfKind = (a: NumberMention, b: NumberMention, kindOf: KindOf) => onlyOfKind(a, kindOf) && onlyOfKind(b, kindOf) && kindOfRead(kindOf, a) === kindOfRead(kindOf, b);
  // "A bus carrying 47 passengers" / "Forty-nine people were aboard": the one count of people aboard each article gives.
  // Of people: "about 40 vehicles on board" is no count of those aboard.
  const aboardKind = (m: NumberMention) => (aboard(m) && !CARGO.has(m.quantity.unit) ? 'aboard' : null);
  const soleAboard = (a: NumberMention, b: NumberMention) =>
    countsAlike(a.quantity.unit, b.quantity.unit) && countsAlike(a.quantity.unit, 'person') && soleOfKind(a, b, aboardKind) && ratio(a, b) <= CLOSE_COUNTS;
  // "Police estimated the crowd at 3,500" / "About 2,000 people took part": the one count of a crowd each article gives (as far
  // apart as police and organisers often put one crowd).
  const crowdKind = (m: NumberMention) => (inCrowd(m) ? 'crowd' : null);
  const soleCrowds = (a: NumberMention, b: NumberMention) =>
    countsAlike(a.quantity.unit, b.quantity.unit) && countsAlike(a.quantity.unit, 'person') && soleOfKind(a, b, crowdKind) && ratio(a, b) <= ONE_THING_FAR_APART;
  // "released on $50,000 bond" / "after posting $250,000 bail": the one bail each article gives.
  // Not a bail asked for ("asked the judge to set bail at $1 million"), nor another case's ("In March, …, jailed on $2 million bail").
  const bailKind = (m: NumberMention) => (CURRENCIES.has(m.quantity.unit) && bail(m) && !ASKED_BEFORE.test(m.sentence.slice(0, m.quantity.start)) && !ledByAnotherYear(m) ? 'bail' : null);
  const soleBails = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, bailKind) && ratio(a, b) <= ONE_THING_FAR_APART;
  // "imposed a $250,000 fine" / "was fined $150,000": the one fine each article gives.
  const fineKind = (m: NumberMention) => (CURRENCIES.has(m.quantity.unit) && fine(m) ? 'fine' : null);
  const soleFines = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, fineKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "was travelling at 88 km/h as it entered the bend" / "was travelling at about 65 km/h": the one speed each article gives a
  // thing going (not a limit).
  const speedKind = (m: NumberMention) => (SPEEDS.has(m.quantity.unit) && TRAVELLING_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ? 'speed' : null);
  const soleSpeeds = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, speedKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "plunged 200 metres into a gorge" / "at the bottom of a 120-metre drop": the one height of a fall each article gives.
  const fallKind = (m: NumberMention) => (FALL_UNITS.has(m.quantity.unit) && (FELL_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || FALL_NAMED.test(m.text)) ? 'fall' : null);
  const soleFalls = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, fallKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "The river crested at 7.9 metres" / "which crested at 8.6 metres": the one height a river peaked at each article gives.
  const crestKind = (m: NumberMention) => (FALL_UNITS.has(m.quantity.unit) && CRESTED_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ? 'crest' : null);
  const soleCrests = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, crestKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "It took more than six hours to free the last of them" / "took four hours to free everyone": the one time each article gives
  // a deed took.
  const tookKind = (m: NumberMention) => {
    const deed = deedTaken(m);
    return deed === null ? null : `took to ${deed}`;
  };
  const soleTakings = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, tookKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "A $250,000 reward has been offered" / "A reward of $500,000 has been offered": the one reward each article gives.
  const rewardKind = (m: NumberMention) => (CURRENCIES.has(m.quantity.unit) && reward(m) ? 'reward' : null);
  const soleRewards = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, rewardKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "after six hours of deliberation" / "deliberated for nine hours": the one time a jury took each article gives.
  const deliberationKind = (m: NumberMention) => (deliberation(m) ? 'deliberation' : null);
  const soleDeliberations = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, deliberationKind);
  // "ending a 13-day strike" / "a walkout that lasted eleven days": the one length of a happening each article gives (not that of
  // an earlier one: "The previous strike, in 2009, lasted four days").
  const lastedKind = (m: NumberMention) => (lasted(m) && !yearBefore(m) ? `lasted ${m.quantity.unit}` : null);
  const soleLengths = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, lastedKind) && ratio(a, b) <= CLOSE_COUNTS;
  // "while cruising at 34,000 feet" / "was cruising at about 28,000 feet": the one height an aircraft cruised at each article gives.
  const altitudeKind = (m: NumberMention) => (altitude(m) ? 'altitude' : null);
  const soleAltitudes = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, altitudeKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "at a depth of about 10 kilometers" / "originating 22 kilometres below the surface": the one depth each article gives (as far
  // apart as two agencies often put one quake's).
  const depthKind = (m: NumberMention) => (depth(m) ? 'depth' : null);
  const soleDepths = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, depthKind) && ratio(a, b) <= ONE_THING_FAR_APART;
  // "a deal valued at $4.6 billion" / "in a $4.2 billion deal": the one price of the story's deal each article gives (not that of an
  // earlier deal: "bought Pellham four years ago for $1.3 billion").
  const dealKind = (m: NumberMention) => (dealValue(m) && !ofYearGoneBy(m) && !ledByAnotherYear(m) && !AGO_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ? 'deal' : null);
  const soleDeals = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, dealKind) && ratio(a, b) <= CLOSE_COUNTS;
  // "at least 140 homes were destroyed" / "one of 87 homes destroyed": the one count of buildings that met one fate each article gives.
  const ruinKind = (m: NumberMention) => (RUIN.has(harms.get(m) ?? '') && BUILDINGS.has(m.quantity.unit) && !ofAnotherYear(m) ? harms.get(m)! : null);
  const soleRuins = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, ruinKind);
  // "put a preliminary damage estimate at $214 million" / "put preliminary damage at about $150 million": the one sum of damage
  // each article gives (early estimates of one disaster's run far apart).
  const damageKind = (m: NumberMention) => (CURRENCIES.has(m.quantity.unit) && damageSum(m) && !ofAnotherYear(m) ? `damage ${m.quantity.unit}` : null);
  const soleDamages = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, damageKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "fired three shots" / "fired two rounds": the one count of shots fired each article gives.
  const shotsKind = (m: NumberMention) => (m.quantity.unit === 'shot' && FIRED_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ? 'shots fired' : null);
  const soleShots = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, shotsKind);
  // "Civic Renewal Party won 63 seats" / "Civic Renewal Party emerged … with sixty-one seats": the one figure of a unit each article
  // gives one named winner.
  const holderKind = (m: NumberMention) => {
    const holder = holderOf(m);
    return holder === null ? null : `${holder}\u0000${m.quantity.unit}`;
  };
  const soleOfOneHolder = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && onlyOfKind(a, holderKind) && onlyOfKind(b, holderKind) && sameHolder(a, b);
  // "finishing 212 votes ahead" / "a 187-vote edge": the one final margin each article gives.
  const soleMargins = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, voteMargin) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // Each its article's one figure of a kind a story has one of: a fine, a reward, a speed, a fall, a crest, the time a deed took,
  // a jury's deliberation, a deal's price, a happening's length, a cruising height, a sum of damage, the shots fired, a final
  // margin, a tariff rate. Of one thing, and surely so where both are exact.
  const soleOfOneKind = (a: NumberMention, b: NumberMention) =>
    soleFines(a, b) || soleRewards(a, b) || soleSpeeds(a, b) || soleFalls(a, b) || soleCrests(a, b) || soleTakings(a, b) || soleDeliberations(a, b) || soleDeals(a, b) || soleLengths(a, b) || soleAltitudes(a, b) || soleDamages(a, b) || soleShots(a, b) || soleMargins(a, b) || soleTariffs(a, b);
  // Each the one figure of its article for one thing that outlets often give far apart.
  const soleOfOneThingFarApart = (a: NumberMention, b: NumberMention) => soleCrowds(a, b) || soleBails(a, b) || soleDepths(a, b);
  // "Her margin of 128 votes" / "a margin of 137 votes": the one figure each article names as what it is, by the noun before it.
  const soleNamedAlike = (a: NumberMention, b: NumberMention) =>
    a.quantity.unit === b.quantity.unit && soleOfKind(a, b, namedAs) && ratio(a, b) <= CLOSE_COUNTS;
  // "450 miles northwest of Dunmarrow" / "about 520 miles north of Dunmarrow": the first distance from a place each article gives is
  // where its story happened; a later one is as often another town's ("Kellby, 380 miles northwest of Dunmarrow").
  const firstDistanceFrom = (m: NumberMention) =>
    !mentions.some((o) => o.analysed === m.analysed && o.quantity.unit === m.quantity.unit && distanceFrom(o) === distanceFrom(m) && writtenBefore(o, m));
  const sameDistance = (a: NumberMention, b: NumberMention) =>
    a.quantity.unit === b.quantity.unit && distanceFrom(a) !== null && distanceFrom(a) === distanceFrom(b) && firstDistanceFrom(a) && firstDistanceFrom(b);
  // "home to about 85,000 people" / "has about 160,000 residents": likewise the first count of people living somewhere.
  const firstPopulation = (m: NumberMention) =>
    populationFigure(m) && !mentions.some((o) => o.analysed === m.analysed && populationFigure(o) && writtenBefore(o, m));
  const samePopulation = (a: NumberMention, b: NumberMention) => firstPopulation(a) && firstPopulation(b);
  // "a magnitude-5.9 quake" / "the 6.1-magnitude earthquake": the first strength each article gives is its story's quake's (a
  // later one is an aftershock's or a past quake's), and two writings of it are two readings of one measure.
  const mainMagnitude = (m: NumberMention) => m.quantity.unit === 'magnitude' && !AFTERSHOCK.test(m.sentence.slice(Math.max(0, m.quantity.start - SHOCK_REACH), m.quantity.end + SHOCK_REACH));
  const firstMagnitude = (m: NumberMention) => mainMagnitude(m) && !mentions.some((o) => o.analysed === m.analysed && mainMagnitude(o) && writtenBefore(o, m));
  const sameQuake = (a: NumberMention, b: NumberMention) => firstMagnitude(a) && firstMagnitude(b);
  // …surely so where each article gives its quake one strength (a past quake's beside it may be the one the article leads with).
  const soleQuakes = (a: NumberMention, b: NumberMention) => sameQuake(a, b) && [a, b].every((m) => mentions.every((o) => o.analysed !== m.analysed || !mainMagnitude(o) || o.quantity.value === m.quantity.value));
  // "broke apart about 72 seconds after liftoff" / "about 97 seconds into the flight": the one span of seconds, minutes or hours
  // each article gives times one moment of its story.
  const soleShortSpans = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && SHORT_SPANS.has(a.quantity.unit) && onlyValue(a) && onlyValue(b);
  // "the records of 214,000 patients" / "records belonging to more than 240,000 people": the one count of its size each article
  // gives of those counted alike, in thousands, is likely the story's one count of them, where no verb or one verb tells what was
  // done to them ("apprehended 9,214 people" / "turned back 9,930 migrants" may be two things done).
  const soleLargeCountsAlike = (a: NumberMention, b: NumberMention) =>
    a.quantity.unit !== b.quantity.unit &&
    countsAlike(a.quantity.unit, b.quantity.unit) &&
    Math.min(a.quantity.value, b.quantity.value) >= LARGE_FIGURE &&
    onlyCount(a) &&
    onlyCount(b) &&
    ratio(a, b) <= CLOSE_COUNTS &&
    ((verbBefore(a) === null && verbBefore(b) === null) || sameVerbBefore(a, b));
  // "Prosecutors had asked for 40 years" / "pushed for a 50-year sentence": the one figure of its unit each article has asked for.
  const onlyAskedFor = (m: NumberMention) =>
    fateOf(m) === 'asked' && !mentions.some((o) => o !== m && o.analysed === m.analysed && o.quantity.unit === m.quantity.unit && o.quantity.value !== m.quantity.value && fateOf(o) === 'asked');
  const soleAskedFor = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && onlyAskedFor(a) && onlyAskedFor(b);
  // "was sentenced on Wednesday to eight years in prison" / "was hit with 10 years behind bars": the one prison term each article gives.
  const termKind = (m: NumberMention) => (prisonTerm(m) ? 'term' : null);
  const soleTerms = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && soleOfKind(a, b, termKind);
  // "announced tariffs of 25% on Thursday" / "the decision to impose 35% tariffs drew warnings Friday": the one tariff rate each gives.
  const tariffKind = (m: NumberMention) => (m.quantity.unit === 'percent' && tariffRate(m) ? 'tariff' : null);
  const soleTariffs = (a: NumberMention, b: NumberMention) => soleOfKind(a, b, tariffKind) && ratio(a, b) <= MAX_CONFLICT_RATIO;
  // "would spend the money over five years" / "which would be spent over eight years": the one span each article gives that money
  // is spent over.
  const spentOverIn = new Map(articles.map((a) => [a, mentions.filter((m) => m.analysed === a && spentOver(m))]));
  const onlySpentOver = (m: NumberMention) => spentOver(m) && spentOverIn.get(m.analysed)!.every((o) => o === m || o.quantity.value === m.quantity.value);
  const soleSpansSpentOver = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && onlySpentOver(a) && onlySpentOver(b);
  // The first toll of a kind an article gives is the story's ("killing 640 people" / "the death toll rose to 600";
  // "wounding 15 others" / "16 wounded"): a news lead gives it, and the later ones are of some of those people ("nine
  // remain in hospital") or of other events. Two such tolls close enough to be one count are one count told differently.
  const harms = new Map(mentions.map((m) => [m, harmOf(m)]));
  // The words beside a figure, read once and only for the figures a silent outlet's may rival.
  const beside = new Map<NumberMention, string[]>();
  const besideOf = (m: NumberMention) => beside.get(m) ?? beside.set(m, wordsBeside(m)).get(m)!;
  // What each figure is in its sentence, read once: every pair of figures compared asks.
  const readings = new Map<NumberMention, FigureReading>();
  const readingOf = (m: NumberMention) => readings.get(m) ?? readings.set(m, readFigure(m)).get(m)!;
  // "The bill passed 71-27" / "The measure cleared the chamber 72-26": the one tally of a vote that carried (or of one that
  // failed) an article gives, beside another vote's ("an amendment failed, 38 to 60"), is of the same vote as another's.
  const talliesOfOutcome = new Map<string, Set<number>>();
  const outcomeKey = (m: NumberMention) => `${m.analysed.article.id}\u0000${readingOf(m).outcome}`;
  for (const m of mentions) if (m.quantity.unit === 'tally' && readingOf(m).outcome !== null) talliesOfOutcome.set(outcomeKey(m), (talliesOfOutcome.get(outcomeKey(m)) ?? new Set()).add(m.quantity.value));
  const onlyTallyOfOutcome = (m: NumberMention) => m.quantity.unit === 'tally' && !ofAnotherYear(m) && readingOf(m).outcome !== null && talliesOfOutcome.get(outcomeKey(m))!.size === 1;
  const soleTalliesOfOutcome = (a: NumberMention, b: NumberMention) => onlyTallyOfOutcome(a) && onlyTallyOfOutcome(b) && readingOf(a).outcome === readingOf(b).outcome;
  // "poured $9.4 million into ads, compared with about $5.1 million raised by supporters" / "Opponents spent about $7.2 million,
  // while supporters spent roughly $5.1 million": two sentences each giving one figure more beside one they share give it of one thing.
  const sameUnitInSentence = new Map(mentions.map((m) => [m, mentions.filter((o) => o !== m && o.analysed === m.analysed && o.index === m.index && o.quantity.unit === m.quantity.unit)]));
  const besideInSentence = (m: NumberMention) => sameUnitInSentence.get(m)!;
  const restOfOnePair = (a: NumberMention, b: NumberMention) => {
    const [x, y] = [besideInSentence(a), besideInSentence(b)];
    return x.length === 1 && y.length === 1 && sameQuantity(x[0].quantity, y[0].quantity) && !sameQuantity(a.quantity, b.quantity);
  };
  // "projected that 2.6 million people would lose vouchers" / "3.1 million people would lose vouchers": one foresees as the other.
  // "Retail hiring rose by 31,000 positions" / "retailers added 38,000 jobs": a change, and the things a change added or took
  // away; "fares rose by 12 percent" / "fares climbed 9 percent": a change, and a share right after a verb of change.
  const rolesAlike = (a: NumberMention, b: NumberMention) => {
    const [x, y] = [readingOf(a).role, readingOf(b).role];
    const changeOrCounted = (role: FigureRole, m: NumberMention) => {
      const before = m.sentence.slice(0, m.quantity.start);
      // "a 9 percent increase": a share told as a change by the noun after it, as "rise by 9 percent" tells it by the verb.
      return role === 'change' || (role === 'level' && (COUNTED_CHANGE_BEFORE.test(before) || (m.quantity.unit === 'percent' && RELATIVE_CHANGE_BEFORE.test(before)) || bareChange(m)));
    };
    return x === y || (x === 'forecast' && y === 'level' && foreseen(b)) || (y === 'forecast' && x === 'level' && foreseen(a)) || (x !== y && changeOrCounted(x, a) && changeOrCounted(y, b));
  };
  // "killing four people" / "At least four people were killed" / "wounding four victims": one toll of one fate, however told.
  const oneToll = (a: NumberMention, b: NumberMention) =>
    a.quantity.value === b.quantity.value && countsAlike(a.quantity.unit, b.quantity.unit) && harms.get(a) != null && harms.get(a) === harms.get(b);
  const firstTolls = new Map<string, NumberMention>();
  for (const m of mentions) {
    const harm = harms.get(m)!;
    const key = `${m.analysed.article.id}\u0000${m.quantity.unit}\u0000${harm}`;
    const first = firstTolls.get(key);
    if (harm !== null && (!first || writtenBefore(m, first))) firstTolls.set(key, m);
  }
  // A toll far down the article is more likely another event's; so is one dated to a month or year ("A 2016 blast injured 25")
  // the other toll is not dated to ("1,247 people died of overdoses in 2018" / "1,333 overdose deaths in 2018" are one year's).
  const firstToll = (m: NumberMention) => m.index < LEAD_TOLL_SENTENCES && firstTolls.get(`${m.analysed.article.id}\u0000${m.quantity.unit}\u0000${harms.get(m)}`) === m;
  // The lead toll's value, however often the article gives it ("killing four people", "the names of the four people killed").
  const valueOfFirstToll = (m: NumberMention) => {
    const first = firstTolls.get(`${m.analysed.article.id}\u0000${m.quantity.unit}\u0000${harms.get(m)}`);
    return first !== undefined && firstToll(first) && first.quantity.value === m.quantity.value;
  };
  // A toll counted since a day ("31 cases since late October") is the toll to date, as an undated one is.
  const periodKey = (m: NumberMention) => [...new Set(periodsOf(m, { sinceAsPeriod: false }))].sort().join();
  // Each article's tolls of a fate, of any people it names ("1,200 people were arrested", "800 party workers were arrested").
  const tollsOfFate = new Map<string, Set<number>>();
  const fateKey = (m: NumberMention) => `${m.analysed.article.id}\u0000${harms.get(m)}`;
  for (const m of mentions) if (harms.get(m) != null && TOLLED.has(m.quantity.unit) && !ofYearGoneBy(m) && !ledByAnotherYear(m) && !usualRate(m)) tollsOfFate.set(fateKey(m), (tollsOfFate.get(fateKey(m)) ?? new Set()).add(m.quantity.value));
  const onlyTollOfFate = (m: NumberMention) => TOLLED.has(m.quantity.unit) && tollsOfFate.get(fateKey(m))?.size === 1;
  // The one count of those who met a fate each article gives, of one noun, or of people named two ways where neither article
  // counts any other people who met it (then "800 workers" are no part of "1,200 people" the other outlet counts).
  const soleTollsOfPeople = (a: NumberMention, b: NumberMention) => harms.get(a) != null && harms.get(a) === harms.get(b) && countsAlike(a.quantity.unit, b.quantity.unit) && onlyTollOfFate(a) && onlyTollOfFate(b);
  const soleTollsOfOneFate = (a: NumberMention, b: NumberMention) =>
    (harms.get(a) != null && harms.get(a) === harms.get(b) && a.quantity.unit === b.quantity.unit && onlyValue(a) && onlyValue(b)) || soleTollsOfPeople(a, b);
  // "Thirty-two of them were released" counts those the sentence before names: any people ("41 of the detained workers").
  const ofThem = (m: NumberMention) => m.quantity.unit === 'person' && OF_THEM_AFTER.test(m.sentence.slice(m.quantity.end));
  // The first toll of one fate each article gives, up to twice the other ("Fourteen people were treated for injuries" / "Nine
  // people were hurt"; "about 4,000 residents were evacuated" / "The evacuation of some 6,500 people") or with its digits swapped
  // ("about 2,100 residents" / "about 1,200 residents"); a death toll, counted closely, within half again (one further off is
  // more often a part of it, told of one county, or a later count).
  const leadTolls = (a: NumberMention, b: NumberMention) => (a.quantity.unit === b.quantity.unit || ((ofThem(a) || ofThem(b) || (onlyTollOfFate(a) && onlyTollOfFate(b))) && countsAlike(a.quantity.unit, b.quantity.unit))) && harms.get(a) !== null && harms.get(a) === harms.get(b) && firstToll(a) && firstToll(b) && periodKey(a) === periodKey(b) && (ratio(a, b) <= (harms.get(a) === 'killed' ? CLOSE_COUNTS : MAX_CONFLICT_RATIO) || transposed(a, b));
  // Two figures for one thing are close: "12,000" against "15,000", not "$10 million" against "$30 million";
  // one figure written twice ("31 other districts", "about 31 other districts") contradicts nothing, whatever its surroundings.
  const comparable = (a: NumberMention, b: NumberMention) =>
    readingOf(a).perPeriod === readingOf(b).perPeriod &&
    // "an average effective rate of 25.4%" is a group's, not the one couple's "effective rate of 20.9 percent".
    readingOf(a).averaged === readingOf(b).averaged &&
    // "with overtime, more than $95,000" is not "$72,000 before overtime".
    !otherReckonings(readingOf(a), readingOf(b)) &&
    // "detained 147 people" / "detained 162 workers": people counted by what befell them, or by what was done to them told by
    // one verb ("apprehended 9,200 people" / "apprehended 9,900 migrants"), whatever noun names them.
    (a.quantity.unit === b.quantity.unit ||
      (countsAlike(a.quantity.unit, b.quantity.unit) && ((harms.get(a) !== null && harms.get(a) === harms.get(b)) || sameVerbBefore(a, b))) ||
      // "4,800 members of the union walked off the job" / "5,200 workers walked off the job": those counted, named two ways, did one deed.
      (!MEASURES.has(a.quantity.unit) && !MEASURES.has(b.quantity.unit) && sameVerbAfter(a, b)) ||
      soleAboard(a, b) ||
      soleOfOneThingFarApart(a, b) ||
      soleLargeCountsAlike(a, b) ||
      transposedCounts(a, b)) &&
    // The story's tolls are of its event, whatever day their sentences name ("Two days after…, the mayor on Monday…"); so is the
    // one count of a specific thing each article gives where one of them dates it and the other does not ("declared an
    // emergency in six counties" / "covering eight counties on Tuesday").
    // …and so are the jobs a closure or a cut ends, the one count of them each article gives, whenever each says they go ("cutting
    // 640 jobs by the end of March" / "eliminating 740 jobs in June").
    // One person's age is theirs whatever day its sentence tells of ("a 72-year-old man … was admitted on Nov. 21").
    (sameDays(a, b, anchors) || (a.quantity.unit === 'years old' && agesOfOne(a, b)) || leadTolls(a, b) || soleCountsOneUndated(a, b) || (jobsCut(a) && jobsCut(b) && soleCounts(a, b)) || transposedCounts(a, b) || soleTerms(a, b) || soleTariffs(a, b)) &&
    // A vote its sentence dates to another year is another vote than one it does not date; a span a year before it dates is another
    // happening's length ("The previous strike, in 2009, lasted four days" / "a walkout that lasted eleven days").
    !namedOwnersApart(a, b) &&
    // How deep a thing is and how far away it is are two measures: "22 kilometres below the surface", "35 kilometers east of".
    depth(a) === depth(b) &&
    (a.quantity.unit !== 'tally' || ofAnotherYear(a) === ofAnotherYear(b)) &&
    (SPAN_SECONDS[a.quantity.unit] === undefined || yearBefore(a) === yearBefore(b)) &&
    // A figure of a sentence led by another year is set only against one told of a past year too ("three years ago").
    (!ledByAnotherYear(a) || ofPastYear(b)) &&
    (!ledByAnotherYear(b) || ofPastYear(a)) &&
    // "stood at 47 percent last summer" is then's figure, not now's "42%, down five points since last summer".
    !thenAndNow(a, b) &&
    !thenAndNow(b, a) &&
    // "was elected eight years ago" / "four years later she won again": a time since the story's day is no gap between two events.
    !(ago(a) && later(b)) &&
    !(ago(b) && later(a)) &&
    // "will have about 27,400 employees" is a figure to come, not one that is ("has around 21,000 employees"); a penalty a rule sets
    // is one however told ("will face a $500 fine" / "face a $250 fine"), and so are what a thing costs, jobs cut, and a figure
    // copied with its digits swapped ("would send $4.2 billion" / "a $2.4 billion plan").
    (toldAlike(readingOf(a), readingOf(b)) || oneFigureInAnyTense(a, b) || transposedCounts(a, b)) &&
    // "slow warming in the next two decades" is a span ahead of now, not how long something takes ("within about a decade").
    horizon(a) === horizon(b) &&
    // "cut from eleven hours to ten" / "lowered to 10 hours": the figure before a change is not the one after it, nor the change
    // ("sentenced to eight years" is a term, though "to" leads to it).
    (rolesAlike(a, b) || soleTerms(a, b) || soleMargins(a, b)) &&
    // "unofficial returns had her ahead by 203 votes" is an early count's margin, not the final "212 votes ahead".
    !(voteMargin(a) !== null && voteMargin(b) !== null && voteMargin(a) !== voteMargin(b)) &&
    // "ahead by 6 points among voters in the suburbs" is not the lead "nationally".
    groupsAlike(a, readingOf(a).group, b, readingOf(b).group) &&
    !sharesOfTwoThings(a, b) &&
    // "$10,000 for the capture of each man" is not the "$20,000 reward" for both.
    readingOf(a).perItem === readingOf(b).perItem &&
    // "Tarrow, Calder, Ostrand and 10 other states" counts the rest of a list, not the whole.
    readingOf(a).restOfList === readingOf(b).restOfList &&
    // "26 of the 99 seats" is not "28 of the 33 seats": parts of two wholes.
    (readingOf(a).whole === null || readingOf(b).whole === null || readingOf(a).whole === readingOf(b).whole) &&
    // "passed the House 52-47" is not "cleared the Senate 18 to 15".
    (readingOf(a).chamber === null || readingOf(b).chamber === null || readingOf(a).chamber === readingOf(b).chamber) &&
    // "Tomas Brek, 34" and "Ilse Brek, 31"; "killing 8 people" and "injuring 14 people": figures of two things.
    !agesOfOthers(a, b) &&
    // "since 2011, when a train hit a truck, killing two people" is that year's toll, not the story's lead toll ("killing four people").
    !(ofYearGoneBy(a) && !ofYearGoneBy(b) && valueOfFirstToll(b)) &&
    !(ofYearGoneBy(b) && !ofYearGoneBy(a) && valueOfFirstToll(a)) &&
    !otherFates(a, b) &&
    !otherHolders(a, b) &&
    !ownersApart(a, b) &&
    !membersOfTwoBodies(a, b) &&
    // "The city has about 45,000 residents" counts all who live there, not the "42,000 residents … told not to drink" the water.
    populationFigure(a) === populationFigure(b) &&
    // "Voting no were Marchetti and the two board members appointed by the council": one part of a list is not the whole count.
    readingOf(a).listed === readingOf(b).listed &&
    // "lost 2,100 jobs" / "added 3,100 jobs": a loss and a gain are two things.
    readingOf(a).direction * readingOf(b).direction !== -1 &&
    !otherOutcomes(readingOf(a), readingOf(b)) &&
    // "$4.2 trillion … over the next decade" is a sum of years, not one year's "$3.9 trillion budget"; what a thing will cost, told
    // without its years ("will cost taxpayers $87 billion"), is as often the same sum of years.
    (readingOf(a).overYears === readingOf(b).overYears || [a, b].every((m) => readingOf(m).toCome && COST_BEFORE.test(m.sentence.slice(0, m.quantity.start)))) &&
    // "four justices appointed by Democrats and three by Republicans" against "seven justices".
    a.quantity.value + (readingOf(a).nextPart ?? NaN) !== b.quantity.value &&
    b.quantity.value + (readingOf(b).nextPart ?? NaN) !== a.quantity.value &&
    !sameQuantity(a.quantity, b.quantity) &&
    // "killing four people" / "killing four passengers": one value, whatever noun names those it counts, is no conflict.
    a.quantity.value !== b.quantity.value &&
    // "lasted about 45 seconds" / "lasted just over 15 seconds": one verb of one measure says it is one thing, however far apart.
    // "two of the seven stands" / "five of the beach's seven stands": parts of one whole, however far apart.
    (ratio(a, b) <= MAX_CONFLICT_RATIO || soleOfOneThingFarApart(a, b) || soleCounts(a, b) || (sameWordForFigure(a, b) && ratio(a, b) <= SOLE_COUNT_RATIO) || retold(a, b) || partsOfOneWhole(a, b) || transposedCounts(a, b));
  const facts = compareFacts(articles, mentions, {
    kind: 'number',
    // A small count or a measure ("eight years", "12 percent") recurs for unrelated things: across
    // articles it is one fact only where its surroundings say so.
    equivalent: (a, b) =>
      (sameQuantity(a.quantity, b.quantity) || oneToll(a, b)) &&
      // "nearly $1 million" is no writing of "$1.2 million".
      !bareBeyondBound(a, b) &&
      // "6.1 percent a year earlier" is last year's figure, not this week's "6.12%".
      pastYearBeside(a) === pastYearBeside(b) &&
      // "In 2022, the party won 111 seats" tells that year's count, not the "111 seats" it holds in a sentence dated to no other year.
      !(ledByAnotherYear(a) && !ofAnotherYear(b)) &&
      !(ledByAnotherYear(b) && !ofAnotherYear(a)) &&
      readingOf(a).perPeriod === readingOf(b).perPeriod &&
      // "drained within three years" is a time something is to happen by, "cut over three years" a span: not one fact.
      readingOf(a).within === readingOf(b).within &&
      // "eight years ago" is a point in time, "eight years in office" a span: not one fact.
      ago(a) === ago(b) &&
      // "voting against the funding three times" and "pressed her three times": two deeds repeated.
      (a.quantity.unit !== 'time' || a.analysed === b.analysed || repeatsOfOneDeed(a, b)) &&
      // "12 people were killed" and "a dozen others are missing": two counts.
      !(a.quantity.unit === 'person' && otherFates(a, b)) &&
      // "three of her rivals" and "three of his rivals": two people's.
      !ownersApart(a, b) &&
      !otherOutcomes(readingOf(a), readingOf(b)) &&
      // "the average deposit is nearly £1,500" and "the maximum deposit of roughly £1,500": an average and a limit, two things.
      !(readingOf(a).averaged !== readingOf(b).averaged && [a, b].some(limit)) &&
      // An outlet counting both nouns ("about 20 agents", "roughly 12 states") tells they are two things in this story.
      (countsAlike(a.quantity.unit, b.quantity.unit) || !countedApart(a.quantity.unit, b.quantity.unit)) &&
      // Equal values of two nouns ("100 youths", "a hundred schools") are one count named two ways only where their surroundings say so too.
      // A large count of people named two ways ("90,000 patients", "about 90,000 people") is one count.
      // A share rounded ("12.3 percent" / "12%") is one only of the same thing: a rate of headaches is no rate of stays.
      // A magnitude told to the tenth is one quake's, whatever the words around it ("a magnitude-6.1 temblor" / "the 6.1-magnitude quake").
      ((a.quantity.unit === b.quantity.unit && (a.analysed === b.analysed || !commonValue(a.quantity) || a.quantity.unit === 'magnitude') && (a.quantity.unit !== 'percent' || a.quantity.value === b.quantity.value)) ||
        (a.quantity.value >= LARGE_FIGURE && !commonValue(a.quantity) && !commonValue(b.quantity) && countsAlike(a.quantity.unit, b.quantity.unit)) ||
        sharesOfOneState(a, b) ||
        oneToll(a, b) ||
        similarity(a.context, b.context) >= (looselyRounded(a, b) || (a.quantity.unit === 'percent' && a.quantity.value !== b.quantity.value) ? LOOSE_ROUNDING_SURROUNDINGS : SAME_SURROUNDINGS)),
    comparable,
    // "an 18-month investigation" and "a two-year investigation": spans in two units of one thing, too unlike to set side by side.
    rivals: (a, b) => comparable(a, b) || spansOfOne(a, b),
    toldBeside: (a, b) =>
      soleSums(a, b) ||
      // "voted 53 to 45" beside "forty-seven Democrats voted no": a side of the vote counted otherwise.
      otherSideCount(a, b) ||
      otherSideCount(b, a) ||
      // "About 90,000 residents had evacuated" beside "More than 140,000 people fled": the one count of a fate each gives.
      (soleTollsOfOneFate(a, b) && ratio(a, b) <= MAX_CONFLICT_RATIO) ||
      (ofOneThing(a, b) &&
        ratio(a, b) <= MAX_CONFLICT_RATIO &&
        !sameQuantity(a.quantity, b.quantity) &&
        toldAlike(readingOf(a), readingOf(b)) &&
        rolesAlike(a, b) &&
        besideOf(a).some((w) => besideOf(b).includes(w))),
    contextThreshold: 0.3,
    // "84 passengers and crew" / "84 people": one count of people named two ways.
    // A figure in another role is not a writing of it: "analysts had forecast 3%" does not give the "3.4%" prices rose.
    sameValue: (a, b) => (a.quantity.unit === b.quantity.unit || countsAlike(a.quantity.unit, b.quantity.unit)) && sameQuantity(a.quantity, b.quantity) && !otherOutcomes(readingOf(a), readingOf(b)) && rolesAlike(a, b),
    // A count of a hundred or more written bare, not a year: "the fire marshal put the figure at about 8,200".
    // …or a part of a count of the same noun, told bare after it: "won 14 seats, including nine in Rovensk" gives "nine seats".
    writes: (article, m) => (!MEASURES.has(m.quantity.unit) && m.quantity.value >= BARE_FIGURE_MIN && !(m.quantity.value >= 1900 && m.quantity.value <= 2100) && bareFigureIn(article.article.text, m.quantity.value)) || partIncluded(article, m),
    // "2.3 million workers" and "2.2 million workers": the one count of a specific thing each article gives.
    sameSubject: (a, b) =>
      (![a, b].some((m) => GENERIC_UNITS.has(m.quantity.unit)) && onlyCount(a) && onlyCount(b) && Math.min(a.quantity.value, b.quantity.value) >= 10 && ratio(a, b) <= CLOSE_COUNTS) ||
      // "Emil Sorensen, 61," / "Captain Emil Sorensen, 66,": two ages given beside one person's name, whatever the sentences tell.
      (a.quantity.unit === 'years old' && (agesOfOne(a, b) || agesOfLead(a, b))) ||
      // "The Harbour 100 fell 2.6%" / "the Harbour 100 index closed down 2.3%": what one named thing won or moved by.
      sameHolder(a, b) ||
      sharesOfOneState(a, b) ||
      // "an 18-month investigation" / "a two-year investigation".
      spansOfOne(a, b) ||
      leadTolls(a, b) ||
      soleTalliesOfOutcome(a, b) ||
      soleTalliesOfChamber(a, b) ||
      soleAboard(a, b) ||
      soleOfOneThingFarApart(a, b) ||
      soleOfOneKind(a, b),
    // ...or the other article gives both ("a mother of 7", "the mother of 8"): in this story, values of one count.
    likelySameSubject: (a, b) => soleCounts(a, b) || (soleTollsOfPeople(a, b) && ratio(a, b) <= MAX_CONFLICT_RATIO) || transposedCounts(a, b) || soleTerms(a, b) || soleLargeCountsAlike(a, b) || anchoredAlike(a, b) || soleSumsOfOneDeed(a, b) || sameWordForFigure(a, b) || givenBoth(a, b) || restOfOnePair(a, b) || sameDistance(a, b) || samePopulation(a, b) || sameQuake(a, b) || soleShortSpans(a, b) || soleAskedFor(a, b) || soleSpansSpentOver(a, b) || soleNamedAlike(a, b) || soleSumsNamedAlike(a, b),
    // "took the 52-word pledge" / "administered the 56-word pledge": two precise figures written with the same words, each
    // the article's only one of its kind, are two values of one thing; so are two precise sums a few percent apart
    // ("$412.6 million" / "$421.6 million"), each the only sum of its size its article gives.
    // Counts two or three times apart are more often of two things (a hospital's beds, a new wing's) than one told wrong: listed.
    // …unless each is its article's one count of those who met one fate ("2 officers suffered minor injuries" / "5 officers were
    // hurt").
    // "carries about 12,400 riders a day" / "fell to about 7,900 riders in 2019": a past year's figure is then's, not now's.
    apartToShow: (a, b) =>
      (ratio(a, b) > MAX_CONFLICT_RATIO && !retold(a, b) && !soleTollsOfOneFate(a, b) && !transposedCounts(a, b) && !soleOfOneThingFarApart(a, b) && !soleCountsOfOneDeed(a, b)) ||
      thenBesideUndated(a, b) ||
      thenBesideUndated(b, a),
    sure: (a, b) =>
      exactFigure(a) &&
      exactFigure(b) &&
      // "31,000 Colemar employees" counts one company's staff, "89,000 employees" another whole: only listed.
      namedGroup(a) === namedGroup(b) &&
      // "some 2.2 million" against "2.6 million", "roughly $386,000" against "$412,000": further apart than an estimate likely
      // reaches (an estimate to a fine digit reaches a few of that digit), an estimate contradicts too; a bound ("more than
      // 540") may hold beside another figure; where each is its article's one figure of a kind, a bare one far from where a bound
      // likely reaches is not it ("lasted nearly nine hours" / "remained in effect for 6 hours").
      // A bound beyond the other's count holds of the same one where each is its article's first toll of one fate ("118 were
      // arrested" / "arrested more than 160"), or its one count of those aboard ("carrying 212" / "packed with at least 260").
      ((!hedged(a) && !hedged(b)) || ((!hedged(a) || estimate(a)) && (!hedged(b) || estimate(b)) && (ratio(a, b) >= ESTIMATES_APART || fineEstimatesApart(a, b))) || boundsExclude(a, b) || likelyApartUnderOneBound(a, b) || ((leadTolls(a, b) || soleAboard(a, b) || soleRuins(a, b) || soleCountsOfOneDeed(a, b)) && bareBeyondBound(a, b)) || (soleOfOneKind(a, b) && bareBeyondLikely(a, b))) &&
      // A figure someone is quoted giving may be an example of theirs ("a 20-bed hospital is not going to find nurses").
      !insideQuotes(a.sentence, a.quantity.start) &&
      !insideQuotes(b.sentence, b.quantity.start) &&
      // "the Senate followed on a 27-12 vote" / "the Senate voted 26-13 …, and the House 68-31": the one tally of a chamber each gives.
      (soleTalliesOfChamber(a, b) ||
        soleTalliesOfOutcome(a, b) ||
        (onlyCount(a) &&
          onlyCount(b) &&
          ((sameNounWritten(a, b) && !(bareChange(a) && bareChange(b))) ||
            (CURRENCIES.has(a.quantity.unit) && preciseSum(a.text) && preciseSum(b.text) && ratio(a, b) <= CLOSE_SUMS) ||
            // "voting 7-4" / "an 8-3 vote": the one tally each article gives; "a magnitude-5.9 quake" / "a 6.1-magnitude quake": the one strength.
            (ONE_PER_STORY.has(a.quantity.unit) && onlyValue(a) && onlyValue(b) && !ofAnotherYear(a) && !ofAnotherYear(b)))) ||
        // "wounding 15 others" / "16 wounded": the first toll of a kind each article gives.
        leadTolls(a, b) ||
        // One sentence retold with another figure, the only one of its unit in each ("a tornado with winds of 110 mph touched down
        // near …" / "a tornado touched down near …, estimating its peak winds at 125 mph").
        retold(a, b) ||
        // "Gov. Ruth Amsel, 68," / "Amsel, 67,": two ages given beside one person's name, in articles of the same weeks.
        (a.quantity.unit === 'years old' && (agesOfOne(a, b) || agesOfLead(a, b)) && writtenWithin(a, b, SAME_AGE_DAYS)) ||
        // "ended the quarter with $2.4 million in cash on hand" / "$2.9 million in the bank": the one sum each article names by one noun.
        soleSumsOfOneNoun(a, b) ||
        // "Her margin of 128 votes" / "a margin of 137 votes": the one figure each article names as one thing.
        soleNamedAlike(a, b) ||
        // "raised and spent about $310,000" / "spent $410,000": the one sum of its size each article gives, told by one verb (or
        // pledged or costed, however told: "will contribute $385 million" / "commits $410 million").
        (soleSums(a, b) && ((verbBefore(a) !== null && sameVerbBefore(a, b)) || (pledge(a) && pledge(b)) || (cost(a) && cost(b))) && !roundingExplains(a, b)) ||
        soleSpansSpentOver(a, b) ||
        transposedCounts(a, b) ||
        // "a ferry carrying 212 passengers and crew" / "packed with at least 260 people": the one count aboard each article gives.
        soleAboard(a, b) ||
        // "A magnitude 6.8 earthquake struck" / "survivors of a magnitude-7.1 earthquake": the strength each gives of the story's quake.
        soleQuakes(a, b) ||
        soleOfOneHolder(a, b) ||
        soleOfOneThingFarApart(a, b) ||
        soleOfOneKind(a, b) ||
        // "going 58 mph on a curve rated for 45 mph" / "roughly 70 mph on a curve rated for 45 mph": the rest of one pair of figures.
        (restOfOnePair(a, b) && !roundingExplains(a, b)) ||
        soleTerms(a, b) ||
        soleSumsNamedAlike(a, b) ||
        // "could reach $1.2 billion a year" / "stands to lose $1.4 billion annually": the one sum a year each article gives.
        (soleSums(a, b) && yearly(a) && yearly(b)) ||
        // "put $650 million into the ballpark" / "put $610 million toward the stadium": one sum, told by one verb, a few percent
        // apart, where rounding explains neither ("$300 million" may be "$320 million" rounded).
        (CURRENCIES.has(a.quantity.unit) && ratio(a, b) <= CLOSE_SUMS && !roundingExplains(a, b) && sameWordForFigure(a, b)) ||
        // "$2.3 million … in the first 48 hours" / "$2.8 million in the first 48 hours": the one figure of its kind in two sentences
        // that agree on another figure are two values of one thing, unless rounding explains them ("$300 million" may be "$320
        // million" rounded; a share is given to the point: "10 percent" is no rounding of "12 percent").
        ((a.quantity.unit === 'percent' || !roundingExplains(a, b)) && anchoredAlike(a, b))) &&
      // Every age is written "-year-old": two ages are of one person only where both sentences name that person.
      (a.quantity.unit !== 'years old' || agesOfOne(a, b) || agesOfLead(a, b)),
    // "roughly $263 million" against "$259 million": an approximate figure within a few percent does not contradict.
    // "more than 40 states" against "48 states": a bound may be the other's figure rounded; "about 220" is within "between 200 and 250".
    looselyEqual: (a, b) =>
      // A share's hedge reaches some points, not a share of it ("roughly 61%" is not "64 percent"): likelyOverlap reads it.
      // An estimate to a fine digit reaches a few of that digit, not a share ("roughly $187,000" is not "$178,000", but may be "$185,000").
      ((hedged(a) || hedged(b)) && a.quantity.unit !== 'percent' && Math.abs(a.quantity.value - b.quantity.value) / Math.max(a.quantity.value, b.quantity.value) <= HEDGED_SPREAD && !(fineEstimatesApart(a, b) && beyondFineReach(a, b))) ||
      withinBound(a, b) ||
      withinBound(b, a) ||
      dozensBoundHolds(a, b) ||
      dozensBoundHolds(b, a) ||
      withinRange(a, b) ||
      withinRange(b, a) ||
      likelyOverlap(a, b) ||
      boundsAgree(a, b) ||
      // "$620 million" and "$618 million": a sum or a large count written round to two digits or more may be the other rounded
      // ("100,000" is too round to stand for "120,000" as a writing of it).
      // A tally, an age or another measure is exact ("51-47" is no rounding of "51-48").
      ((CURRENCIES.has(a.quantity.unit) || (!MEASURES.has(a.quantity.unit) && a.quantity.unit !== 'tally' && Math.min(a.quantity.value, b.quantity.value) >= LARGE_FIGURE)) &&
        Math.min(writtenDigits(a.text), writtenDigits(b.text)) >= 2 &&
        roundingExplains(a, b)),
    // A figure in words or in someone's quoted words ("when three hundred ballots turn up") is as loose as a hedged one.
    approximate: (m) => hedged(m) || !/\d/.test(m.text) || insideQuotes(m.sentence, m.quantity.start),
    bounds: (bound, exact) => !hedged(exact) && (withinBound(bound, exact) || nearlyHolds(bound, exact)),
    estimatesMeet: (a, b) => estimate(a) && estimate(b) && likelyWithin(a, b),
    label: (group) => `${group[0].quantity.unit}: ${[...new Set(group.map((m) => m.text))].join(' / ')}`,
    // Figures written in digits are precise details; small numbers in words rarely are.
    precision: (group) => (group.some((m) => /\d/.test(m.text)) ? 0.5 : 0),
    substance: numberSubstance,
  });
  return [...facts, ...vagueCountConflicts(articles, articles.flatMap(countsOf))];
}

/** Before a count: the word joining it to the rest of a list ("Marchetti and the two members", ", the three deputies"). */
const IN_LIST = /(?:,|\band)\s+the\s+$/;

/** A count given as one part of a list; an age is none ("Tomas Brek, the 34-year-old pilot"). */
function listed(m: NumberMention): boolean {
  return m.quantity.unit !== 'years old' && (IN_LIST.test(m.sentence.slice(0, m.quantity.start)) || itemised(m));
}

/**
 * A count that is one item of a list of counts of one noun ("one count of bribery, two counts of wire fraud and one count of
 * extortion"): a part, not the whole.
 */
function itemised(m: NumberMention): boolean {
  const noun = /([\p{L}]+?)s?$/u.exec(m.text)?.[1];
  if (!noun || !/\s/.test(m.text)) return false;
  const item = String.raw`(?:one|a|an|\d+|${NUMBER_UNDER_HUNDRED})\s+${escapeRegExp(noun)}s?\s+of\s+[^,;.]+?`;
  return (
    new RegExp(`\\b${item}(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$`, 'iu').test(m.sentence.slice(0, m.quantity.start)) ||
    new RegExp(`^\\s+of\\s+[^,;.]+?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)${item}\\b`, 'iu').test(m.sentence.slice(m.quantity.end))
  );
}

/** Two or more names listed before "and N other …": "Tarrow, Calder, Ostrand and ". */
const NAMES_LISTED_BEFORE = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,?\s+)*and\s+$/u;

/** "N other …" after a list of two or more names: the count of the rest, not of all. */
function restOfList(m: NumberMention): boolean {
  return m.quantity.excludesOne && NAMES_LISTED_BEFORE.test(m.sentence.slice(0, m.quantity.start));
}

/**
 * After a figure, in its clause and before any other figure: what it is given for one of ("…leading to the arrest of each man",
 * "$500 apiece", "per household"); in "raises of 14 percent, a $2,500 payment for each worker" the payment is per worker, not the raises.
 */
const PER_ITEM_AFTER = /^[^;.\d$£€]{0,80}?\b(?:each|apiece|per\s+(?:person|head|household|family|child|student|worker|employee|member|victim|man|woman|vote|share|ticket))\b/i;

/** A figure given for each of several things, not for all of them. */
function perItem(m: NumberMention): boolean {
  return PER_ITEM_AFTER.test(m.sentence.slice(m.quantity.end));
}

/** Verbs right before a figure that tell it went up or down: "added 3,100 jobs" is not "lost 2,100 jobs". */
const GAINED_BEFORE = /\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|creat(?:es|ed|ing)|hir(?:es|ed|ing)|ris(?:es|en|ing)|rose|gr[eo]w(?:s|n|ing)?|increas(?:es|ed|ing)|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?)\s+(?:(?:by|about|roughly|nearly|some|more\s+than|an\s+estimated)\s+)*$/i;
const LOST_BEFORE = /\b(?:los(?:es|t|ing)|shed(?:s|ding)?|cut(?:s|ting)?|eliminat(?:es|ed|ing)|f[ae]ll(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:es|ed|ing)|slash(?:es|ed|ing)|laid\s+off|lay(?:s|ing)?\s+off)\s+(?:(?:by|about|roughly|nearly|some|more\s+than|an\s+estimated)\s+)*$/i;

/** Which way the verb right before a figure moved it: 1 up, -1 down, 0 none told. */
function direction(m: NumberMention): 1 | -1 | 0 {
  const before = m.sentence.slice(0, m.quantity.start);
  return GAINED_BEFORE.test(before) ? 1 : LOST_BEFORE.test(before) ? -1 : 0;
}

/** A count of a part and the next one, told one after another ("four … appointed by Democrats and three by Republicans"). */
const PART_FIGURE = String.raw`(\d{1,3}(?:,\d{3})*|${NUMBER_UNDER_HUNDRED})`;
const NEXT_PART = new RegExp(String.raw`^[^.;]{0,60}?\band\s+${PART_FIGURE}\b`, 'iu');
const PART_BEFORE = new RegExp(String.raw`\b${PART_FIGURE}\b[^.;]{0,60}?\band\s+$`, 'iu');

/**
 * The count of the next part told beside a figure, if any: with the figure it makes up a whole the figure is one part of. A
 * tally is a whole already ("passed 19-14, with every Democrat and one Republican voting no").
 */
function nextPart(m: NumberMention): number | null {
  if (m.quantity.unit === 'tally') return null;
  const other = NEXT_PART.exec(m.sentence.slice(m.quantity.end))?.[1] ?? PART_BEFORE.exec(m.sentence.slice(0, m.quantity.start))?.[1];
  return other === undefined ? null : smallNumber(other.replace(/,/g, ''));
}

/** What a figure is in its sentence, as the checks of two figures compare it. */
interface FigureReading {
  toCome: boolean;
  /** "within 60 days": a time something is to be done in, whatever the tense of its sentence. */
  within: boolean;
  /** "over the next decade", "over five years": a total of several years. */
  overYears: boolean;
  role: FigureRole;
  group: string;
  perItem: boolean;
  restOfList: boolean;
  chamber: string | null;
  listed: boolean;
  direction: 1 | -1 | 0;
  nextPart: number | null;
  outcome: ReturnType<typeof voteOutcomeIn>;
  /** "330 daily flights": an amount per day, week or year. */
  perPeriod: boolean;
  averaged: boolean;
  /** "before overtime", "after taxes": what a sum is reckoned with or without. */
  reckoning: string | null;
  /** "26 of the 99 seats": the whole a count is a part of. */
  whole: number | null;
}

/** Right after a figure, the period it is counted per: "1.1 million riders a day" is "1.1 million daily riders", "$1.5 billion annually" a sum a year. */
const PER_PERIOD_AFTER = /^\s+(?:(?:a|per|each|every)\s+(?:day|week|month|year)|daily|nightly|weekly|monthly|annually|yearly)\b/i;

function readFigure(m: NumberMention): FigureReading {
  return {
    // "will cut 1,300 jobs" and "1,300 jobs will be cut" both tell what is to come.
    toCome: toldAsToCome(m.sentence, m.quantity.start) || foreseen(m),
    within: WITHIN_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || (SPAN_SECONDS[m.quantity.unit] !== undefined && IN_SPAN_BEFORE.test(m.sentence.slice(0, m.quantity.start))),
    overYears: !RATES.has(m.quantity.unit) && (OVER_YEARS_AFTER.test(m.sentence.slice(m.quantity.end)) || YEARS_BEFORE.test(m.sentence.slice(0, m.quantity.start))),
    role: figureRole(m),
    group: groupOf(m),
    perItem: perItem(m),
    restOfList: restOfList(m),
    chamber: chamberOf(m),
    listed: listed(m),
    direction: direction(m),
    nextPart: nextPart(m),
    outcome: m.quantity.unit === 'tally' ? voteOutcome(m) : null,
    perPeriod: perPeriod(m.quantity) || PER_PERIOD_AFTER.test(m.sentence.slice(m.quantity.end)),
    averaged: averaged(m),
    reckoning: reckoningOf(m),
    whole: wholeOf(m),
  };
}

/** Two counts of one noun told as parts of one whole ("two of the seven stands" / "five of its seven stands"). */
const partsOfOneWhole = (a: NumberMention, b: NumberMention) => a.quantity.unit === b.quantity.unit && wholeOf(a) !== null && wholeOf(a) === wholeOf(b);
/** Right after a count, the whole it is a part of: "of the 99 seats", "of its 1,200 workers", "of the beach's seven stands". */
const WHOLE_AFTER = new RegExp(String.raw`^\s+of\s+(?:the|its|their|his|her|our)\s+(?:[\p{L}-]+['’]s\s+)?(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_UNDER_HUNDRED})\b`, 'iu');
function wholeOf(m: NumberMention): number | null {
  const found = WHOLE_AFTER.exec(m.sentence.slice(m.quantity.end));
  return found ? (/^\d/.test(found[1]) ? Number(found[1].replace(/,/g, '')) : smallNumber(found[1])) : null;
}

/** A figure told right after as a past year's ("6.1 percent a year earlier", "$2 billion last year"). */
const PAST_YEAR_AFTER = new RegExp(`^[^,.;:]{0,12}?\\b(?:${PAST_YEAR_WORDS}|in\\s+(?:19|20)\\d\\d)\\b`, 'i');
/** A year right after a figure and its noun: "fell to 7,900 riders in 2019". */
const YEAR_AFTER = /^[^,.;:]{0,12}?\bin\s+((?:19|20)\d\d)\b/;
const pastYearBeside = (m: NumberMention) => PAST_YEAR_AFTER.test(m.sentence.slice(m.quantity.end));
const LAST_PERIOD = String.raw`last\s+(?:year|summer|spring|fall|autumn|winter)\b`;
/** "stood at 47 percent last summer": a figure of a past season or year, told in its own clause. */
const PAST_PERIOD_AFTER = new RegExp(String.raw`^[^,;.]*\b(?<!since\s|from\s)${LAST_PERIOD}`, 'i');
/** "at 42%, down five points since last summer": a figure of now, told against a past season or year. */
const SINCE_PAST_PERIOD = new RegExp(String.raw`\bsince\s+${LAST_PERIOD}`, 'i');
/** One figure told of a past period, the other of now against that period: then's and now's. */
const thenAndNow = (a: NumberMention, b: NumberMention) => PAST_PERIOD_AFTER.test(a.sentence.slice(a.quantity.end)) && SINCE_PAST_PERIOD.test(b.sentence);

/** The name a count's noun is qualified by ("Colemar" of "31,000 Colemar employees"), or "" for none. */
function namedGroup(m: NumberMention): string {
  return /^\S+\s+((?:\p{Lu}[\p{L}.'’&-]*\s+)+)\p{Ll}/u.exec(m.quantity.text)?.[1].trim() ?? '';
}

/** A figure named as a limit a few words before it ("the maximum deposit from roughly £1,500", "a cap on fees of $40"). */
const LIMIT_NAMED_BEFORE = /\b(?:maximum|minimum|cap|capped|limit|limited|ceiling)\b[^,.;:]{0,30}$/i;
const limit = (m: NumberMention) => LIMIT_NAMED_BEFORE.test(m.sentence.slice(0, m.quantity.start));

/** A figure told as an average or median of a group: "an average effective rate of 25.4%", "the median home price of $410,000". */
const AVERAGED_BEFORE = /\b(?:average|median|mean)\b[^,.;:]{0,40}$/i;
const averaged = (m: NumberMention) => AVERAGED_BEFORE.test(m.sentence.slice(0, m.quantity.start));

/** What a sum is reckoned with or without: "before overtime", "after taxes", "including bonuses". */
const RECKONING = /\b(before|after|with|without|including|excluding|plus)\s+(?:[a-z]+\s+)?(overtime|tax(?:es)?|bonus(?:es)?|benefits|inflation|fees|interest|tips|deductions)\b/i;
function reckoningOf(m: NumberMention): string | null {
  const [start, end] = clauseAround(m.sentence, m.quantity.start, m.quantity.end);
  const found = RECKONING.exec(m.sentence.slice(start, end));
  return found ? `${found[1]} ${found[2]}`.toLowerCase() : null;
}
const otherReckonings = (a: FigureReading, b: FigureReading) => a.reckoning !== null && b.reckoning !== null && a.reckoning !== b.reckoning;

/** One figure written before another of its article: in an earlier sentence, or earlier in the same one. */
function writtenBefore(a: NumberMention, b: NumberMention): boolean {
  return a.index < b.index || (a.index === b.index && a.quantity.start < b.quantity.start);
}

/** A count of those who voted one way ("47 Democrats voted no") that is not that side of a tally ("53 to 45"). */
function otherSideCount(tally: NumberMention, count: NumberMention): boolean {
  if (tally.quantity.unit !== 'tally' || count.quantity.unit === 'tally') return false;
  const fate = fateOf(count);
  const side = fate === 'voted for' ? Math.floor(tally.quantity.value / 1000) : fate === 'voted against' ? tally.quantity.value % 1000 : null;
  return side !== null && side !== count.quantity.value && Math.abs(side - count.quantity.value) <= Math.max(2, side * 0.1);
}

/** Units of a share or a rate, which a span after it averages over rather than sums. */
const RATES = new Set(['percent', 'percentage point']);
/** "would cost $78 billion", "will cost taxpayers about $87 billion", "would cost the city about $2 billion": what a thing costs, right before the sum. */
const COST_BEFORE = new RegExp(`\\bcost(?:s|ing)?\\s+(?:[a-z]+\\s+){0,3}?(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/**
 * "over the next decade", "across 10 years": a sum of years; not "during her years in office", a career either figure is of.
 * The span may follow a thing named between commas: "$3 million from the firm, a timber supplier, over five years".
 */
const OVER_YEARS_AFTER = /^[^,;.]{0,60}?(?:,\s+(?:an?|the)\s[^,;.]{1,50},[^,;.]{0,20}?)?\b(?:over|across|during)\s+(?:the\s+)?(?:next|past|last|coming)?\s*(?!(?:her|his|their|its|our|my|your)\s)(?:[\w-]+\s+)?(?:years|decades?)\b/i;
/** "offered seven years and $210 million", "an eight-year, $200 million contract": a sum told with the years it spans. */
const YEARS_BEFORE = new RegExp(`\\b(?:\\d+|${NUMBER_UNDER_HUNDRED})[-\\s]years?(?:,|\\s+and)\\s+(?:(?:${HEDGE_WORDS})\\s+)?(?:a\\s+)?$`, 'i');
const WITHIN_BEFORE = new RegExp(`\\bwithin\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** "takes effect in 60 days", "will reopen in about two weeks": a span from now, to come whatever the tense. */
const IN_SPAN_BEFORE = new RegExp(`\\b(?:takes?|take|took|taking|go(?:es)?|went|come|comes)\\s+(?:effect|force|place)\\s+in\\s+(?:(?:${HEDGE_WORDS})\\s+)?$|\\b(?:will|would|to)\\s+[\\p{L}\\s]{0,30}?\\bin\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'iu');

/**
 * Two figures both told as to come or both as what is; or both as the time something is to be done in ("finished within
 * 60 days" / "would be completed within 90 days"), which reported speech tells in either tense.
 */
const toldAlike = (a: FigureReading, b: FigureReading) => a.toCome === b.toCome || (a.within && b.within);

/** A sum told by the year: "$2 billion a year", "$2 billion annually". */
const yearly = (m: NumberMention) => timesAYear(m.sentence, m.quantity.end) === 1;

/** A sum told as a penalty: "a $500 fine", "fined $500". */
const penalty = (m: NumberMention) => CURRENCIES.has(m.quantity.unit) && (/^\s+(?:civil\s+)?(?:fine|penalty)\b/i.test(m.sentence.slice(m.quantity.end)) || /\bfined\s+$/i.test(m.sentence.slice(0, m.quantity.start)));

/**
 * "put the cost to farmers at $2 billion", "at a cost of $2 billion": a cost, named before the sum; so is work whose sum is
 * estimated ("repairs to the bridge estimated at $62 million").
 */
const COST_AT_BEFORE = new RegExp(
  `\\bcost\\b[^,.;]{0,40}?\\bat\\s+(?:(?:${HEDGE_WORDS})\\s+)?$|\\bcost\\s+of\\s+(?:(?:${HEDGE_WORDS})\\s+)?$|\\b(?:repairs?|work|project|cleanup|rebuilding|renovations?)\\b[^,.;]{0,40}?\\bestimated\\s+at\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`,
  'i',
);
/** A sum told as what something costs: "would cost $2 billion", "pegs the cost at $2 billion". */
const cost = (m: NumberMention) => CURRENCIES.has(m.quantity.unit) && (COST_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || COST_AT_BEFORE.test(m.sentence.slice(0, m.quantity.start)));
/** Jobs cut: "will lay off 20 staff members", "is laying off 24 staff members", "cut 300 positions". */
const jobsCut = (m: NumberMention) => m.quantity.unit === 'job' && direction(m) === -1;
/** A sum pledged: "will contribute $385 million", "commits $410 million", "pledged $2 million", "would release $2 million". */
const PLEDGED_BEFORE = new RegExp(`\\b(?:contribut(?:e|es|ed|ing)|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
const pledge = (m: NumberMention) => CURRENCIES.has(m.quantity.unit) && PLEDGED_BEFORE.test(m.sentence.slice(0, m.quantity.start));
/**
 * A penalty, a cost, a pledge or jobs cut is one figure however its tense tells it: a rule's fine, an estimate of what a thing
 * costs, a sum promised and then committed, cuts announced and then made.
 */
const oneFigureInAnyTense = (a: NumberMention, b: NumberMention) => (penalty(a) && penalty(b)) || (cost(a) && cost(b)) || (pledge(a) && pledge(b)) || (jobsCut(a) && jobsCut(b)) || (dealValue(a) && dealValue(b));

/** After a sum: the deal it is the price of ("a $4.2 billion deal", "a $900 million cash acquisition"). */
const DEAL_AFTER = /^\s+(?:(?:all-cash|cash|stock|all-stock|cash-and-stock)\s+)?(?:deal|acquisition|merger|takeover|buyout|transaction)\b/i;
/** Before a sum: the deal it prices ("a deal valued at", "agreed to buy Lanthorn for"). */
const DEAL_BEFORE = new RegExp(
  `(?:\\b(?:deal|acquisition|merger|takeover|buyout|transaction|offer)\\s+(?:valued|worth)\\s+(?:at\\s+)?|\\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take\\s+over|took\\s+over)\\b[^,.;]{0,60}?\\bfor\\s+)(?:(?:${HEDGE_WORDS})\\s+)?$`,
  'i',
);
/** Right after a sum: it is a price per share, not the deal's. */
const PER_SHARE_AFTER = /^\s+(?:a|per|each)\s+share\b/i;
/** Earlier in the clause before a sum: "four years ago". */
const AGO_BEFORE = /\bago\b[^,;.]*$/i;
/** A sum told as the price of a company bought or sold. */
const dealValue = (m: NumberMention) => CURRENCIES.has(m.quantity.unit) && !PER_SHARE_AFTER.test(m.sentence.slice(m.quantity.end)) && (DEAL_AFTER.test(m.sentence.slice(m.quantity.end)) || DEAL_BEFORE.test(m.sentence.slice(0, m.quantity.start)));

/** A span reaching ahead of or back from now: "in the next two decades", "over the past five years". */
const HORIZON_BEFORE = /\b(?:in|over|during|within|for)\s+the\s+(?:next|coming|past|last)\s+$/i;
const horizon = (m: NumberMention) => SPAN_SECONDS[m.quantity.unit] !== undefined && HORIZON_BEFORE.test(m.sentence.slice(0, m.quantity.start));

/** "It failed on a 4-5 vote" is another vote than "voted 5-4 to close the branches", though its tally reads the same either way. */
const voteOutcome = (m: NumberMention) => voteOutcomeIn(m.sentence, m.quantity.text);

/** Two tallies of which one vote carried and the other failed: two votes. */
const otherOutcomes = (a: FigureReading, b: FigureReading) => a.outcome !== null && b.outcome !== null && a.outcome !== b.outcome;

/** "among voters in the suburbs" after a figure: the part of a whole it is measured in (not the poll that measured it: "in the survey"). */
const AMONG = /^[^,;.]{0,40}?\bamong\s+((?:(?!\s(?:in|by|from)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}?(?:poll|survey)\b|\s(?:according|who|that|which)\b)[^,;.])+)/u;

/** The group a figure is of ("among independents"), as its words; "" for the whole. */
function groupOf(m: NumberMention): string {
  const among = AMONG.exec(m.sentence.slice(m.quantity.end));
  return among ? groupKey(among[1]) : '';
}

/** A group's words as one key, whatever their order or form. */
const groupKey = (words: string) => contentTerms(words).map(stem).sort().join(' ');

/** What a share is told of right after it: "6 percent of Democratic primary voters". */
const SHARE_OF = /^\s+of\s+((?:(?!\s(?:in|by|from|according|who|that|which)\b)[^,;.])+)/u;

/** What a share is, told before it: "turnout was 97 percent", "Holt's share of the vote was above 90%". */
const SHARE_SUBJECT_BEFORE = /(\p{L}+(?:\s+of\s+(?:the\s+)?\p{L}+)?)\s+(?:was|were|is|are|stood\s+at|reached|hit|came\s+to)\s+(?:(?:about|nearly|almost|roughly|just|over|above|under|below|more\s+than|less\s+than)\s+)?$/iu;

/** After a share, what it is the effect on: "was 67 percent effective at preventing severe illness". */
const EFFECTIVE_AGAINST = /^\s+(?:effective|efficacy)\s+(?:at|in|against)\s+((?:(?!\s(?:in|by|from|according|who|that|which)\b)[^,;.])+)/u;

/**
 * The words of what a share is of or is ("94 percent of votes", "turnout was 97 percent", "67 percent effective at preventing
 * illness"), as stems; null where untold.
 */
function shareTold(m: NumberMention): Set<string> | null {
  if (m.quantity.unit !== 'percent') return null;
  const after = m.sentence.slice(m.quantity.end);
  const told = SHARE_OF.exec(after)?.[1] ?? EFFECTIVE_AGAINST.exec(after)?.[1] ?? SHARE_SUBJECT_BEFORE.exec(m.sentence.slice(0, m.quantity.start))?.[1];
  const terms = told ? contentTerms(told).map(stem) : [];
  return terms.length > 0 ? new Set(terms) : null;
}

/** Two shares told of things sharing no word ("94 percent of votes" / "turnout was above 95%"): shares of two things. */
function sharesOfTwoThings(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [shareTold(a), shareTold(b)];
  return x !== null && y !== null && ![...x].some((term) => y.has(term));
}

/** Whom a poll asked, told in its sentence: "a Brightwater poll of likely caucusgoers released last week". */
const POLL_OF = /\b(?:poll|survey)\s+of\s+((?:(?!\s(?:released|published|conducted|taken|found|finds|showed|shows|put|puts|gave|gives|by|in|on|from)\b)[^,;.])+)/iu;

/**
 * Two figures of one group: "among primary voters" is the group "4 percent of primary voters" is a share of, and the group
 * "a poll of primary voters" asked.
 */
function groupsAlike(a: NumberMention, x: string, b: NumberMention, y: string): boolean {
  if (x === y) return true;
  const groupTold = (m: NumberMention) => {
    const of = m.quantity.unit === 'percent' ? (SHARE_OF.exec(m.sentence.slice(m.quantity.end)) ?? POLL_OF.exec(m.sentence)) : null;
    return of ? groupKey(of[1]) : '';
  };
  return (x === '' && groupTold(a) === y) || (y === '' && groupTold(b) === x);
}

/** Bodies that vote. */
const CHAMBER = /\b(?:Senate|House|Assembly|[Cc]ommittee|[Pp]anel|[Cc]ouncil|[Cc]ourt|[Jj]ustices|[Jj]udges|[Jj]ury|[Bb]oard|[Cc]ommission)\b/g;
/** "the 4-3 ruling": a tally a court's decision is named by. */
const RULING_AFTER = /^\s+(?:ruling|decision|opinion)\b/i;
/** The body a tally's chamber word names: the justices or judges of a court are the court. */
const chamberNamed = (word: string) => (/^(?:justices|judges)$/i.test(word) ? 'court' : word.toLowerCase());

/** "99-79 in the House", "passed 6 to 3 by the City Council", "a 29-10 Senate vote", "26 seats in the 99-member House": the chamber told right after a figure is its own. */
const CHAMBER_AFTER = new RegExp(`^\\s+(?:(?:in|by)\\s+the\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(${CHAMBER.source})|(${CHAMBER.source})\\s+(?:vote|votes|tally|ballot)\\b)`, 'iu');

/** The body that cast a tally: one named right after it, else the last one its clause names before it ("the Senate followed on a 27-12 vote"). */
function chamberOf(m: NumberMention): string | null {
  const found = CHAMBER_AFTER.exec(m.sentence.slice(m.quantity.end));
  const after = found?.[1] ?? found?.[2];
  if (after) return chamberNamed(after);
  if (RULING_AFTER.test(m.sentence.slice(m.quantity.end))) return 'court';
  const clause = m.sentence.slice(0, m.quantity.start).split(/[;:]|,\s+(?:and|but|while)\s+/).pop()!;
  const named = [...clause.matchAll(CHAMBER)].pop()?.[0];
  return named === undefined ? null : chamberNamed(named);
}

/** How often something happened, as a range of counts: "twice", "three times", "several times". */
// Not "once" (mostly "once he left") nor "twice as many" (a multiple, not how often).
const FREQUENCY = /\b(?:(twice|thrice)(?!\s+(?:as|the|that|a|an)\b)|(\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|multiple|numerous)\s+(?:different\s+|separate\s+)?times)\b(?!\s+(?:as|more|less|higher|lower|larger|bigger|over)\b)/gi;
const COUNT_WORDS: Record<string, number> = { twice: 2, thrice: 3 };
const VAGUE_FREQUENCIES: Record<string, [number, number]> = { 'a few': [2, 5], several: [3, 9], many: [3, Infinity], multiple: [2, Infinity], numerous: [3, Infinity] };
/** A count in words of no figure: "dozens of raids", "hundreds of people". */
const VAGUE_AMOUNT = /\b(hundreds of thousands|tens of thousands|dozens|hundreds|thousands|millions)\s+of\s+([\p{L}-]+)/giu;
const VAGUE_AMOUNTS: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  millions: [2e6, 9.99e8],
};
/** Words either side of a count where the verb it counts stands. */
const PREDICATE_WINDOW = 4;

interface Count {
  analysed: AnalysedArticle;
  text: string;
  sentence: string;
  range: [number, number];
  /** A count in words of no figure ("several times", "dozens of"): what may contradict a figure. */
  vague: boolean;
  /** "times" for how often, else what is counted: the noun, folded and stemmed. */
  unit: string;
  /** Stems of the content words beside it: what happened that often or to that many ("investigated"). */
  predicate: Set<string>;
  /** Stems of the verbs among them ("arrested", "killing"): what a count of events elsewhere may name ("arrests"). */
  actions: Set<string>;
}

function predicateAround(sentence: string, start: number, end: number, unit: string): Pick<Count, 'predicate' | 'actions'> {
  const before = sentence.slice(0, start).trim().split(/\s+/).slice(-PREDICATE_WINDOW).join(' ');
  const after = sentence.slice(end).trim().split(/\s+/).slice(0, PREDICATE_WINDOW).join(' ');
  const terms = contentTerms(`${before} ${after}`).filter((t) => t.length >= 5 && stem(t) !== unit);
  return { predicate: new Set(terms.map(stem)), actions: new Set(terms.filter((t) => /(?:ed|ing)$/.test(t)).map(stem)) };
}

function countsOf(analysed: AnalysedArticle): Count[] {
  const out: Count[] = [];
  analysed.sentences.forEach((sentence) => {
    for (const match of sentence.matchAll(FREQUENCY)) {
      const word = (match[1] ?? match[2]).toLowerCase();
      const count = COUNT_WORDS[word] ?? smallNumber(word);
      const exact = !Number.isNaN(count);
      const range: [number, number] | undefined = exact ? [count, count] : VAGUE_FREQUENCIES[word];
      // A hedge ("at least twice") is no exact count.
      if (!range || /\b(?:at least|more than|over|nearly|almost|about|some)\s+$/i.test(sentence.slice(0, match.index))) continue;
      const end = match.index + match[0].length;
      out.push({ analysed, text: match[0], sentence, range, vague: !exact, unit: 'times', ...predicateAround(sentence, match.index, end, 'times') });
    }
    for (const match of sentence.matchAll(VAGUE_AMOUNT)) {
      if (/^(?:dozens|hundreds|thousands|millions)$/i.test(match[2])) continue;
      const unit = stem(singularNoun(words(match[2])[0] ?? match[2]));
      const end = match.index + match[0].length;
      // The counted noun is part of what is counted: "dozens of raids" counts raids as "180 homes were raided" does.
      out.push({ analysed, text: match[0], sentence, range: VAGUE_AMOUNTS[match[1].toLowerCase()], vague: true, unit, ...predicateAround(sentence, match.index, end, '') });
    }
  });
  for (const { value, sentence } of analysed.quantities) {
    if (MEASURES.has(value.unit) || value.value < 2) continue;
    const bound = HEDGE_RANGES.find(({ before }) => before.test(sentence.slice(0, value.start)))?.bound;
    const range: [number, number] = bound ? [Math.floor(value.value * bound[0]) + (bound[1] === Infinity ? 1 : 0), value.value * bound[1]] : [value.value, value.value];
    const unit = stem(words(value.unit)[0] ?? value.unit);
    out.push({ analysed, text: value.text, sentence, range, vague: false, unit, ...predicateAround(sentence, value.start, value.end, unit) });
  }
  return out;
}

/**
 * Counts of the same thing given differently where one is in words: two outlets count one
 * predicate ("had twice been audited" / "audited … several times"; "amid dozens of
 * raids" / "more than 180 homes were raided") with counts that cannot both be true, and
 * neither also gives a count the other's could be. Figures against figures are compareFacts'.
 * Listed, not shown: a vague count is the writer's word.
 */
function vagueCountConflicts(articles: AnalysedArticle[], all: Count[]): Ranked[] {
  const disjoint = (a: [number, number], b: [number, number]) => a[1] < b[0] || b[1] < a[0];
  // One predicate: the same thing counted and a content word beside both ("investigated"), or
  // what one counts is what the other's verb says ("dozens of raids" / "180 homes were raided");
  // the same noun beside a count of something else ("five farms and killing 12 people") is no verb of it.
  const samePredicate = (a: Count, b: Count) => {
    if ((a.unit === 'times') !== (b.unit === 'times')) return false;
    if (a.unit === b.unit) return [...a.predicate].some((t) => b.predicate.has(t));
    return b.actions.has(a.unit) || a.actions.has(b.unit);
  };
  const out: Ranked[] = [];
  for (const a of all) {
    for (const b of all) {
      if (a.analysed.article.id >= b.analysed.article.id || a.vague === b.vague || !disjoint(a.range, b.range) || !samePredicate(a, b)) continue;
      const agrees = (own: Count, other: Count) => all.some((c) => c.analysed === own.analysed && samePredicate(c, other) && !disjoint(c.range, other.range));
      if (agrees(a, b) || agrees(b, a)) continue;
      const values = [a, b].map((c) => valueOf(c.analysed, c.text, `${c.range.join('-')} ${c.unit}`, c.sentence));
      out.push({ difference: differenceOf(articles, 'number', `${a.text} / ${b.text}`, values, true), salience: 2, substance: 0 });
    }
  }
  return out;
}

/** Two precise sums this close are one sum given two ways (a slip of digits), not two sums. */
const CLOSE_SUMS = 1.1;
const PRECISE_SUM_DIGITS = 3;

/**
 * A figure in digits, or one in words a writer picks for its exact value ("Thirty-seven people", "fourteen"): not a small
 * count or a round ten ("seven villages", "twenty minutes"), often written loosely, nor "a dozen" or "dozens".
 */
const EXACT_IN_WORDS = new RegExp(`^(?:(?:${TENS.filter(Boolean).join('|')})[-\\s](?:${SMALL_NUMBERS.slice(1, 10).join('|')})|${SMALL_NUMBERS.slice(11).join('|')})\\b`, 'i');
function exactFigure(m: NumberMention): boolean {
  // A toll in words is counted, not rounded: "killed two" is no loose "three", "four wounded" no loose "three injured".
  // A plan's span ("spend it over five years") is set, not told loosely; so are charges ("convicted on nine counts"), prison terms,
  // the hours a jury deliberated (the court's record), a vote's tally ("seven to two") and the shots an officer fired (the
  // evidence's count: "fired three shots").
  // So is how long a happening went on, or a deed took, told in days or hours ("were down for eight days", "took four hours to free").
  return /\d/.test(m.text) || m.quantity.unit === 'tally' || m.quantity.unit === 'shot' || lasted(m) || deedTaken(m) !== null || deliberation(m) || (BODILY_HARMS.has(harmOf(m) ?? '') && TOLLED.has(m.quantity.unit)) || (RUIN.has(harmOf(m) ?? '') && BUILDINGS.has(m.quantity.unit)) || m.quantity.unit === 'charge' || prisonTerm(m) || EXACT_IN_WORDS.test(m.text) || spentOver(m) || LENGTH_IN_WORDS.test(m.text) || PART_OF_TOLD_WHOLE.test(m.sentence.slice(m.quantity.end));
}
/** What befell buildings, which inspectors count one by one: "destroyed nine homes" is no loose "a dozen". */
const RUIN = new Set(['destroyed', 'damaged']);
/** Buildings counted so. */
const BUILDINGS = new Set(['home', 'house', 'building', 'structure', 'residence', 'business', 'outbuilding', 'barn', 'apartment', 'school', 'church']);
/** After a figure, in its clause: the period it is counted per ("120 cases of the disease a year"). */
const PERIOD_LATER_IN_CLAUSE = /^[^,;.]{0,50}?\b(?:(?:a|per|each|every)\s+(?:year|month|week|day)|annually|yearly)\b/i;
/** Before a figure, in its clause: it is what usually happens ("typically records about 120 cases"). */
const USUALLY_BEFORE = /\b(?:typically|usually|normally|ordinarily|on\s+average)\b[^,;.]{0,40}$/i;

/** A count of what happens in a usual period, not of this story's event: "typically records about 120 cases a year". */
function usualRate(m: NumberMention): boolean {
  return perPeriod(m.quantity) || PERIOD_LATER_IN_CLAUSE.test(m.sentence.slice(m.quantity.end)) || USUALLY_BEFORE.test(m.sentence.slice(0, m.quantity.start));
}

/** A shock after or before the main one: a strength told beside it is not the story's quake's. */
const AFTERSHOCK = /\b(?:after|fore)shocks?\b/i;
/** How far (in characters) from a strength a word of an aftershock tells that the strength is its. */
const SHOCK_REACH = 60;

/** A clause told of someone or something named before it: "who resigned in…", "which opened in…". */
const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\b/i;

/** Tolls of the dead and the hurt, which officials count one by one (a count of those detained may be told loosely). */
const BODILY_HARMS = new Set(['killed', 'hurt', 'critical', 'hospitalized']);
/** Those a toll counts: "killing seven workers" is counted as "seven people" is (not "missed nine games" after an injury). */
const TOLLED = new Set(['person', 'body', 'case', 'worker', 'employee', 'passenger', 'miner', 'soldier', 'civilian', 'child', 'student', 'resident', 'officer', 'firefighter', 'victim', 'migrant', 'tourist', 'patient', 'inmate', 'protester', 'man', 'woman']);
/** Characters from a part to the whole it is of: " of the 12". */
const WHOLE_AFTER_PART = 12;
/** A count of a whole told beside it ("seven of nine counts", "six of the 12 jurors"): counted, not told loosely. */
const PART_OF_TOLD_WHOLE = new RegExp(`^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\p{L}-]+['’]s\\s+)?(?:\\d+|${NUMBER_UNDER_HUNDRED})\\s`, 'iu');
/** A small length or area in words joined to its unit ("a two-mile radius"): a measure given as such, not a loose count. */
const LENGTH_IN_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)-(?:mile|kilomet(?:er|re)|foot|meter|metre|yard|acre|hectare)\b/i;

/** Significant digits of a figure as written, zeros at either end not counted ("$300 million": 1; "$412.6 million": 4). */
function writtenDigits(text: string): number {
  return (/\d[\d,.]*/.exec(text)?.[0].replace(/[,.]/g, '').replace(/^0+|0+$/g, '') ?? '').length;
}

/** "$412.6 million", "$14,959,450": a sum with at least three significant digits. */
function preciseSum(text: string): boolean {
  return writtenDigits(text) >= PRECISE_SUM_DIGITS;
}

/**
 * An estimate written to a fine digit ("roughly $386,000") and another figure beyond the few of that digit it reaches, which
 * no rounding of either explains ("$412,000"; not "1.4 million" beside "some 1.35 million").
 */
function fineEstimatesApart(a: NumberMention, b: NumberMention): boolean {
  return [a, b].filter(hedged).every((m) => writtenDigits(m.text) >= PRECISE_SUM_DIGITS) && !likelyOverlap(a, b) && !roundingExplains(a, b);
}

/** How many units of its last digit an estimate to a fine digit reaches ("roughly $263 million" of "$259 million"). */
const FINE_ESTIMATE_REACH = 5;

/** Two figures further apart than an estimate among them, to its last digit, reaches. */
function beyondFineReach(a: NumberMention, b: NumberMention): boolean {
  const reach = Math.max(...[a, b].filter(hedged).map((m) => FINE_ESTIMATE_REACH * lastDigitUnit(m.quantity.value)));
  return Math.abs(a.quantity.value - b.quantity.value) > reach;
}

/** Two figures equal to the coarser one's digits: "$300 million" may be "$320 million" rounded; "$650 million" is not "$610 million". */
function roundingExplains(a: NumberMention, b: NumberMention): boolean {
  const digits = Math.max(1, Math.min(writtenDigits(a.text), writtenDigits(b.text)));
  return Number(a.quantity.value.toPrecision(digits)) === Number(b.quantity.value.toPrecision(digits));
}

/** The words of a figure's writing after its digits: "-word oath" of "38-word oath". */
function afterFigure(text: string): string {
  return text.replace(/^[$€£]?[\d.,]+(?:\s*(?:thousand|million|billion|trillion|bn)\b)?|^(?:one|two|three|four|five|six|seven|eight|nine|ten)(?=-)/i, '').trim();
}

/** The words after two figures end alike: "federal workers" is "current and former federal workers" told shorter. */
function sameNounWritten(a: NumberMention, b: NumberMention): boolean {
  // "9 percent" and "7%" are one unit written two ways; "Republican legislators" and "Republican lawmakers" are one noun (the
  // unit both are counted as), named with the same words, where that noun is specific.
  const asUnit = (text: string, m: NumberMention) => (a.quantity.unit === b.quantity.unit && !GENERIC_UNITS.has(m.quantity.unit) ? text.replace(/\p{L}+$/u, m.quantity.unit) : text);
  // A part told of a whole ("41 of the county's 63 precincts") counts what the whole does.
  const noun = (m: NumberMention) => (/\p{L}/u.test(afterFigure(m.text)) || !PART_OF_TOLD_WHOLE.test(m.sentence.slice(m.quantity.end)) ? afterFigure(m.text) : m.quantity.unit);
  const [x, y] = [a, b].map((m) => asUnit(noun(m).toLowerCase().replace(/^(?:%|per\s+cent\b)/, 'percent'), m));
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // "-page opinion" is "-page majority opinion" told shorter: the measure and the noun it qualifies are the same.
  const [first, last] = [(t: string) => t.split(/\s+/)[0], (t: string) => t.split(/\s+/).pop()];
  const measureAndNoun = shorter.startsWith('-') && shorter.includes(' ') && first(shorter) === first(longer) && last(shorter) === last(longer);
  return /\p{L}/u.test(shorter) && (longer === shorter || longer.endsWith(` ${shorter}`) || measureAndNoun);
}

/** "between 16 and 18", "12 to 16": one end of a range is not a figure of its own. */
const RANGE = /\b(?:between\s+\S+\s+and|from\s+\S+\s+to)\s+$|^\s*(?:and|to|-|–)\s+\d/;

/**
 * Two figures of one unit whose sentences give another figure alike ("$2.3 million in the first 48 hours" / "$2.8 million
 * in the first 48 hours"), each the only figure of its unit in its sentence: the shared figure ties the sentences to one fact.
 */
function anchoredAlike(a: NumberMention, b: NumberMention): boolean {
  if (a.quantity.unit !== b.quantity.unit) return false;
  const others = (m: NumberMention) => m.analysed.quantities.filter((q) => q.index === m.index && q.value.start !== m.quantity.start).map((q) => q.value);
  const [x, y] = [others(a), others(b)];
  // The whole a count is part of ("seven of nine counts") anchors it though it counts the same things.
  const wholeOf = (m: NumberMention, q: Quantity) => PART_OF_TOLD_WHOLE.test(m.sentence.slice(m.quantity.end)) && q.start > m.quantity.end && q.start - m.quantity.end <= WHOLE_AFTER_PART;
  if ([...x.map((q) => [a, q] as const), ...y.map((q) => [b, q] as const)].some(([m, q]) => q.unit === a.quantity.unit && !wholeOf(m, q))) return false;
  return x.some((q) => q.value >= 2 && !(q.value >= 1900 && q.value <= 2100) && y.some((o) => o.unit === q.unit && o.value === q.value));
}

/** "She was 77.": an age told of a pronoun alone, at the start of its sentence. */
const PRONOUN_AGE_BEFORE = /^\s*(?:He|She)\s+(?:was|is)\s+$/;

/**
 * Two ages each told of a pronoun alone ("She was 77." / "She was 78."), in articles whose first person named is one person:
 * the ages of the person the story is about (an obituary's last line).
 */
function agesOfLead(a: NumberMention, b: NumberMention): boolean {
  const lead = (m: NumberMention) => {
    const first = m.analysed.entities.find((e) => e.value.kind === 'person');
    return first ? surnameOf(normalizeName(first.value.text)) : null;
  };
  // The age told of the lead alone ("She was 77.", "The 53-year-old grew up…"), or of the lead by name ("Ms. Ruiz, 52,"); two
  // ages named each by a name are agesOfOne's.
  const told = (m: NumberMention) => {
    const before = m.sentence.slice(0, m.quantity.start);
    if (PRONOUN_AGE_BEFORE.test(before) || (THE_AGE_BEFORE.test(before) && VERB_AFTER_AGE.test(m.sentence.slice(m.quantity.end)))) return 'alone';
    // "shot a 36-year-old man …" and, later, "The man, identified as Ivo Marsh, …": the lead, unnamed where the age is told.
    const unnamed = A_PERSON_AFTER_AGE.exec(m.sentence.slice(m.quantity.end))?.[1];
    if (unnamed !== undefined && m.analysed.sentences.some((s) => identifiedAs(s, unnamed) === lead(m))) return 'alone';
    const named = NAME_BEFORE_AGE.exec(before)?.[1];
    return named !== undefined && surnameOf(normalizeName(named)) === lead(m) ? 'named' : null;
  };
  const [x, y] = [told(a), told(b)];
  return x !== null && y !== null && (x === 'alone' || y === 'alone') && lead(a) !== null && lead(a) === lead(b);
}
/** Who a story may tell an age of before naming them. */
const UNNAMED_PERSON = 'man|woman|boy|girl|driver|suspect|victim';
/** "a 36-year-old man": a person the age is told of, unnamed there. */
const A_PERSON_AFTER_AGE = new RegExp(`^\\s+(${UNNAMED_PERSON})\\b`);
/** "The man, identified as Ivo Marsh,": the person a later sentence names. */
const IDENTIFIED_AS = new RegExp(`\\bThe\\s+(${UNNAMED_PERSON}),?\\s+(?:later\\s+)?(?:identified|named)\\s+as\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]+)`, 'u');

/** The surname of the person a sentence names as "the man" (or woman…) an age was told of; null when it names nobody so. */
function identifiedAs(sentence: string, person: string): string | null {
  const named = IDENTIFIED_AS.exec(sentence);
  return named && named[1] === person ? surnameOf(normalizeName(named[2])) : null;
}

/** "The 53-year-old grew up…": an age opening the sentence as its subject, a verb after it. */
const THE_AGE_BEFORE = /^\s*The\s+$/;
const VERB_AFTER_AGE = /^\s+(?:was|is|has|had|said|says|grew|won|will|would|became|served|spent|joined|lives|told|\p{Ll}+ed)\b/u;
/** "Ms. Ruiz, 52,": the name an age is told beside. */
const NAME_BEFORE_AGE = /(\p{Lu}[\p{L}'’-]+),\s+$/u;

/** A figure in digits is a precise detail (money and shares most); a small number in words rarely is. */
function numberSubstance(group: NumberMention[]): number {
  const { quantity, text, sentence } = group[0];
  // A figure inside a quotation is a figure of speech as often as a fact ("100 percent support").
  if (group.some((m) => insideQuotes(m.sentence, m.quantity.start))) return 0;
  if (RANGE.test(sentence.slice(0, quantity.start)) || RANGE.test(sentence.slice(quantity.end))) return 0;
  // "about an hour away", "a mile from the plant": one of a unit, told in passing, whatever it is read as in smaller units.
  if (!/\d/.test(text)) return quantity.value >= 3 && quantity.unit !== 'count' && !/^(?:an?|one)\s/i.test(text) ? 0.6 : 0;
  if (quantity.value < 2) return 0.3;
  if (quantity.unit === 'years old') return 1.2;
  return ['USD', 'EUR', 'GBP', 'percent', 'percentage point'].includes(quantity.unit) ? 2.4 : 2;
}

function ratio(a: NumberMention, b: NumberMention): number {
  return Math.max(a.quantity.value, b.quantity.value) / Math.min(a.quantity.value, b.quantity.value);
}

/** Digits of a figure that, swapped, tell one figure copied wrong beside any other figure. */
const SURE_SWAPPED_DIGITS = 3;

/** A figure's significant digits, zeros at the end aside: 4.2 million is "42", 1,580 is "158". */
const significantDigits = (value: number) => String(value).replace('.', '').replace(/^0+|0+$/g, '');

/**
 * Two figures in digits, of one order of magnitude, whose digits are the same ones in another order ("37" / "73", "$4.2 million"
 * / "$2.4 million"): the slip of a figure copied wrong, far likelier than two things counted with the same digits. Not a share
 * or a tally, where the digits swapped are often the other side's ("54% for, 45% against").
 */
function transposed(a: NumberMention, b: NumberMention): boolean {
  if (a.quantity.unit === 'percent' || a.quantity.unit === 'tally' || !/\d/.test(a.text) || !/\d/.test(b.text)) return false;
  const [x, y] = [significantDigits(a.quantity.value), significantDigits(b.quantity.value)];
  const sorted = (digits: string) => [...digits].sort().join('');
  return (
    x !== y &&
    x.length >= 2 &&
    x.length === y.length &&
    sorted(x) === sorted(y) &&
    Math.floor(Math.log10(a.quantity.value)) === Math.floor(Math.log10(b.quantity.value))
  );
}

/**
 * The aside a figure stands in, set off by commas after a name ("Coombs, an 11-year veteran of the office, stopped…"): it
 * tells what someone is, not what happened on the sentence's day. [start, end] in the sentence, or null.
 */
function asideAround(sentence: string, start: number, end: number): [number, number] | null {
  const open = sentence.lastIndexOf(',', start);
  const close = sentence.indexOf(',', end);
  if (open < 0 || close < 0 || !/^,\s+(?:a|an)\s/i.test(sentence.slice(open, start + 1)) || !/\p{Lu}[\p{L}.'’-]*$/u.test(sentence.slice(0, open))) return null;
  return [open, close];
}
/** Each figure's days, read once: every pair of figures compared asks for them. */
const daysRead = new WeakMap<NumberMention, DateMention[]>();

/**
 * Right before a day, that something lasts until it or is to be done by it: "through Jan. 30", "until March 1", "to report to
 * prison by Jan. 15" (not when a count stood: "was 35 percent contained by Tuesday evening").
 */
const RUNS_TO_BEFORE = /(?:\b(?:through|thru|until|till)|\b(?:to\s+(?!\d)\p{L}+|will|must|shall|due)\b[^,;.]*\sby)\s+(?:the\s+)?$/iu;

/**
 * The days, or the week, a mention's sentence names ("Wednesday night", "on March 3", "last week"): when what it counts
 * happened. Not the day of another thing ("the 217-208 vote came after he missed a March 28 deadline").
 */
function daysOf(m: NumberMention): DateMention[] {
  const read = daysRead.get(m);
  if (read) return read;
  // The words beside the figure, and its own noun, name what it is of ("the March 3 vote was 8-5", "the 8-5 vote").
  const beside = new Set([...wordsBeside(m), stem(singularNoun(m.quantity.unit))]);
  const ofAnother = (d: DateMention) => {
    const thing = thingDated(m.sentence, d);
    return thing !== null && !words(thing).some((w) => beside.has(stem(w)));
  };
  const aside = asideAround(m.sentence, m.quantity.start, m.quantity.end);
  const inSentence = m.analysed.dates
    // The day someone told the figure ("officials said Monday night") is not the day of what it counts.
    // A day something runs to ("funds the government through Jan. 30") is not the day of the figure either.
    .filter((d) => d.index === m.index && (isDay(d.value) || d.value.normalized.startsWith('week of ')) && !ofAnother(d.value) && !toldOn(m.sentence, d.value) && !RUNS_TO_BEFORE.test(m.sentence.slice(0, d.value.start)) && (!aside || (d.value.start >= aside[0] && d.value.end <= aside[1])))
    .map((d) => d.value);
  // "30% contained as of Monday evening, and 950 firefighters were there by Tuesday morning": a day of the figure's own clause is its day.
  const [clauseStart, clauseEnd] = clauseAround(m.sentence, m.quantity.start, m.quantity.end);
  const ownClause = inSentence.filter((d) => d.start >= clauseStart && d.end <= clauseEnd);
  const days = ownClause.length > 0 ? ownClause : inSentence;
  daysRead.set(m, days);
  return days;
}

/** Where one clause of a sentence ends and the next starts: a semicolon, or a comma before "and", "but" or "while". */
const CLAUSE_BREAK = /;\s*|,\s+(?:and|but|while|whereas)\s+/g;

/** [start, end] of the clause holding a span of the sentence. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let [from, to] = [0, sentence.length];
  for (const { index } of sentence.matchAll(CLAUSE_BREAK)) {
    if (index < start) from = index;
    else if (index >= end && to === sentence.length) to = index;
  }
  return [from, to];
}

/**
 * Counts dated to different days are of different events (the march of one night, the vigil of another): two figures
 * compare only when their sentences name a day in common, or one dates its figure to a day the other's article also
 * names somewhere, or the other's article names no day at all (or neither sentence names a day).
 */
function sameDays(a: NumberMention, b: NumberMention, anchors: string[]): boolean {
  if (otherPeriods(a, b)) return false;
  const [x, y] = [daysOf(a), daysOf(b)];
  const meet = (days: DateMention[], others: DateMention[]) => days.some((d) => others.some((o) => sameDay(d, o, anchors) && !otherPartsOfDay(d, o)));
  if (x.length > 0 && y.length > 0) return meet(x, y);
  const [dated, other] = x.length > 0 ? [x, b] : [y, a];
  // The other figure dated to a month that holds the day ("30-20 in February", "28-22 on Feb. 11") is of that day, as far as it tells.
  if (dated.length > 0 && periodsOf(other).some((period) => dated.some((d) => d.normalized.startsWith(`${period}-`)))) return true;
  // An article that names no day at all gives no sign of another day: only one naming other days does.
  const otherDays = other.analysed.dates.filter((d) => isDay(d.value) && !toldOn(d.sentence, d.value) && !RUNS_TO_BEFORE.test(d.sentence.slice(0, d.value.start))).map((d) => d.value);
  return dated.length === 0 || otherDays.length === 0 || meet(dated, otherDays);
}

/** The part of a day a date names: a count "as of Tuesday morning" is not the count "as of Tuesday evening". */
const PART_OF_DAY = /\b(?:(morning)|(afternoon)|(evening|night|overnight))\b/i;
const partOfDay = (d: DateMention) => PART_OF_DAY.exec(d.text)?.slice(1).findIndex(Boolean) ?? -1;
const otherPartsOfDay = (a: DateMention, b: DateMention) => partOfDay(a) >= 0 && partOfDay(b) >= 0 && partOfDay(a) !== partOfDay(b);

/** After a date, a clause of that time: "since 2007, when a quake killed 500". */
const WHEN_AFTER = /^,?\s+when\b/i;

/** Right before a date: the start of a count to date ("31 cases since late October"). */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late)[-\s]+)?$/i;

/**
 * The months and years a mention's sentence names ("in April", "in 2023", "last year"): the period a figure is of; with
 * `sinceAsPeriod` false, not the day a count to date starts from.
 */
function periodsOf(m: FactMention, { sinceAsPeriod = true } = {}): string[] {
  const at = m.sentence.indexOf(m.text);
  // "down from 71 seats in 2022": the year of another figure of the sentence.
  const ofOtherFigure = (d: DateMention) => m.analysed.quantities.some((q) => q.index === m.index && q.value.start !== at && q.value.end <= d.start && /^\s+in\s+$/.test(m.sentence.slice(q.value.end, d.start)));
  // "Social Alliance, in power since 2018, won 29.7 per cent": a start told in an aside, of whom the figure is.
  const sinceInAside = (d: DateMention) => SINCE_BEFORE.test(m.sentence.slice(0, d.start)) && /,[^,]*$/.test(m.sentence.slice(0, d.start)) && at > d.end && /^[^,]*,/.test(m.sentence.slice(d.end, at));
  return m.analysed.dates
    // A record's date is no period of the figure, unless a clause of that time follows ("the deadliest since 2007, when a quake killed 500").
    .filter((d) => d.index === m.index && /^\d{4}(?:-\d\d)?$/.test(d.value.normalized) && (!RECORD_SINCE.test(m.sentence.slice(0, d.value.start)) || WHEN_AFTER.test(m.sentence.slice(d.value.end))))
    .filter((d) => (sinceAsPeriod || !SINCE_BEFORE.test(m.sentence.slice(0, d.value.start))) && !ofOtherFigure(d.value) && !sinceInAside(d.value))
    .map((d) => d.value.normalized);
}

/** Figures of two periods ("4.6% in April", "4.1% in March"; "in 2023", "this year"): their sentences name months or years, none within another. */
function otherPeriods(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [periodsOf(a), periodsOf(b)];
  return x.length > 0 && y.length > 0 && !x.some((p) => y.some((q) => p.startsWith(q) || q.startsWith(p)));
}

/** A hedge before the figure ("by about 3%", "up from nearly 40"), as `HEDGE` reads one, or "as many as". */
const HEDGED = `(?:(?:${HEDGE_WORDS}|as much as|as many as)\\s+)?`;
/** A figure a change starts from: "up from $2,000", "down 31 percent from 10.8 million", "down from the current 11", "rise to $3,000 from $2,000". */
const FORMER_BEFORE = new RegExp(`\\b(?:up|down)\\s+(?:[^,.;]{1,30}?\\s+)?from\\s+(?:the\\s+(?:current|previous|earlier|old)\\s+)?${HEDGED}$|\\b${CHANGE_VERB}\\b[^,.;]{0,60}\\bfrom\\s+${HEDGED}$`, 'i');
/** "from eleven hours to ten": the figure a change starts from, with where it goes after it. */
const FORMER_THEN = /^\s+to\s/i;
/** The size of a change: "raises the credit by $1,000", "fell by about 3%". */
const CHANGE_BEFORE = new RegExp(`\\b${CHANGE_VERB}\\b[^,.;]{0,40}\\bby\\s+${HEDGED}$`, 'i');

/** "12 feet above flood stage", "two votes short of a majority": how far a figure lies from another, not a level. */
const MARGIN_AFTER = /^\s+(?:above|below|beyond|short\s+of|higher\s+than|lower\s+than|ahead\s+of|behind)\b/i;
/** "the council's forecast predicted demand of 81,500 megawatts": a figure foreseen, not the one that came. */
const FORECAST_BEFORE = /\b(?:forecasts?|forecasted|predicted|predicts|predicting|projected|projects|projecting|projections?)\b[^.;]{0,60}$/i;

/** Right before a count: a verb adding or taking away what it counts ("added 38,000 jobs", "shed about 900 positions"). */
const COUNTED_CHANGE_BEFORE = /\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|shed(?:s|ding)?|los(?:es|ing|t)|creat(?:es|ed|ing)|eliminat(?:es|ed|ing))\s+(?:(?:about|nearly|some|roughly|almost|around|more\s+than|fewer\s+than|an\s+estimated)\s+)?$/i;
/** A figure told with what it would or will do: "3.1 million people would lose vouchers". */
const FORESEEN_AFTER = /^\s+(?:would|will|could)\s+\p{Ll}/u;
const foreseen = (m: NumberMention) => FORESEEN_AFTER.test(m.sentence.slice(m.quantity.end));

/**
 * What a figure is in its sentence: where a change started, the size of the change, a threshold, a limit, the whole a
 * part is of, a margin from another figure, a forecast, or a level (the rest).
 */
type FigureRole = 'former' | 'change' | 'threshold' | 'limit' | 'whole' | 'margin' | 'forecast' | 'level';
function figureRole(m: NumberMention): FigureRole {
  const before = m.sentence.slice(0, m.quantity.start);
  // "won 31 of the 50 state contests", "41 of the state's 55 sheriffs", "six of nine counts": the whole a part is of, not what was won.
  // "Her cabin was one of 187 homes destroyed": one thing among them, the whole told as the count it is.
  if (WHOLE_BEFORE.test(before) && !ONE_AMONG_BEFORE.test(before)) return 'whole';
  // "22 kilometres below the surface" is how deep, not how far from another level.
  if (MARGIN_AFTER.test(m.sentence.slice(m.quantity.end)) && !DEPTH_AFTER.test(m.sentence.slice(m.quantity.end))) return 'margin';
  if (FORECAST_BEFORE.test(before)) return 'forecast';
  if (FORMER_BEFORE.test(before) || (/\bfrom\s+$/i.test(before) && FORMER_THEN.test(m.sentence.slice(m.quantity.end)))) return 'former';
  if (THRESHOLD_AFTER.test(m.sentence.slice(m.quantity.end)) || THRESHOLD_BEFORE.test(before)) return 'threshold';
  if (LIMIT_BEFORE.test(before)) return 'limit';
  return CHANGE_BEFORE.test(before) ? 'change' : 'level';
}
const ONE_AMONG_BEFORE = /\b(?:one|1)\s+of\s+(?:the\s+)?$/i;
const WHOLE_BEFORE = new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_UNDER_HUNDRED}|all|most|many|some|several|half|none|each|both)\\s+of\\s+(?:(?:the|its|their|her|his|(?:the\\s+)?[\\p{L}.-]+['’]s)\\s+)?$`, 'iu');
/** "the 30 needed to override", "requires three-fifths, or 30 votes", "must pay $3 million": what a thing takes, not what it got. */
const THRESHOLD_AFTER = /^(?:\s+[\p{L}-]+)?\s+(?:needed|required|necessary)\b/iu;
const THRESHOLD_BEFORE = /\b(?:requir(?:es?|ed|ing)|needs?|needed|needing|must|ha(?:s|ve) to)\b[^.;]{0,50}$/i;

/**
 * "capped at 500 hectares", "a limit of $10,000", "the speed limit there is 50 mph": the most a rule allows, not how much of it someone
 * has; so is what a vessel or a hall may hold ("licensed to carry 70 people", "a capacity of 70", "built to seat 400").
 */
const LIMIT_BEFORE = /\b(?:capped\s+at|(?:a|the|its|their)\s+(?:cap|limit|maximum|ceiling|capacity)\s+of|limited\s+to|(?:licensed|certified|permitted|allowed|rated|designed|built)\s+to\s+(?:carry|hold|seat|accommodate)|(?:cap|limit|maximum|ceiling)\b[^,.;:]{0,40}?\b(?:is|was|are|were|stands\s+at|set\s+at))\s+$/i;

/** Words either side of a figure that tell what it is of. */
const BESIDE_WORDS = 4;

/** Words beside a figure that say nothing of what it counts: a change ("rose"), a span ("year"). */
const SAYS_NOTHING_BESIDE = new RegExp(`^(?:${CHANGE_VERB}|years?|months?|weeks?|days?|times?|total|thousand|million|billion|trillion)$`, 'i');

/** Stems of the lower-case content words right around a figure, its own noun left out: "treated for minor injuries". */
function wordsBeside(m: NumberMention): string[] {
  const unit = stem(singularNoun(m.quantity.unit));
  const near = [...m.sentence.slice(0, m.quantity.start).trim().split(/\s+/).slice(-BESIDE_WORDS), ...m.sentence.slice(m.quantity.end).trim().split(/\s+/).slice(0, BESIDE_WORDS)];
  // A name ("the Colts") is in every sentence of the story.
  const lower = near.filter((token) => /^[a-z]/.test(token)).flatMap((token) => words(token)).filter((w) => isContentTerm(w) && !SAYS_NOTHING_BESIDE.test(w));
  return lower.map(stem).filter((t) => t !== unit);
}

/** Figures that may count one thing: one unit, or people and something they are ("seven people", "nine passengers"). */
function ofOneThing(a: NumberMention, b: NumberMention): boolean {
  // Whole numbers only: "a 5.4-strength quake" counts no people.
  return countsAlike(a.quantity.unit, b.quantity.unit) && (a.quantity.unit === b.quantity.unit || (Number.isInteger(a.quantity.value) && Number.isInteger(b.quantity.value)));
}

/** Words before a count of times that tell what was done (names aside): "voted 37 times", "pressed her three times". */
const DEED_WORDS_BEFORE = 6;
function repeatsOfOneDeed(a: NumberMention, b: NumberMention): boolean {
  const deedWords = (m: NumberMention) =>
    new Set(contentTerms(m.sentence.slice(0, m.quantity.start).split(/\s+/).slice(-DEED_WORDS_BEFORE).filter((w) => !/^\p{Lu}/u.test(w)).join(' ')).map((w) => oneDeed(stem(baseForm(w)))));
  const theirs = deedWords(b);
  return [...deedWords(a)].some((w) => theirs.has(w));
}

/** After a span, where it is served: "eight years in federal prison", "10 years behind bars", "a 12-year prison sentence". */
const PRISON_AFTER = /^\s+(?:in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?:prison|jail|custody)|behind\s+bars)\b|^\s+(?:prison|jail)\s+(?:term|sentence)\b/i;
/** Before a span, the sentence passed: "was sentenced on Wednesday to eight years", not a maximum ("faces up to 20 years"). */
const SENTENCED_TO_BEFORE = /\bsentenced\s+(?:[\p{L},]+\s+){0,4}to\s+$/iu;
const MAXIMUM_BEFORE = /\b(?:up\s+to|maximum(?:\s+of)?|as\s+many\s+as|faces?|facing|could|would|asked\s+for|sought|seeking|recommended)\s+(?:\S+\s+){0,3}$/i;

/** A prison term passed: a span served in prison, or one someone was sentenced to. */
function prisonTerm(m: NumberMention): boolean {
  const before = m.sentence.slice(0, m.quantity.start);
  return SPAN_SECONDS[m.quantity.unit] !== undefined && !MAXIMUM_BEFORE.test(before) && (PRISON_AFTER.test(m.sentence.slice(m.quantity.end)) || SENTENCED_TO_BEFORE.test(before));
}

/** A span the word right after it reckons from something: only a span is so ("$210,000 before he dropped out" is a sum). */
const spanReckoned = (m: NumberMention, word: RegExp) => SPAN_SECONDS[m.quantity.unit] !== undefined && word.test(m.sentence.slice(m.quantity.end));

/** A span after another thing the sentence tells: "four years later she won by 17 points" is the gap between two events. */
const later = (m: NumberMention) => spanReckoned(m, /^\s*(?:later|after|afterwards?)\b/i);

/** A span back from now or from another thing: "eight years ago" is a point in time. */
const ago = (m: NumberMention) => spanReckoned(m, /^\s*(?:ago|earlier|before)\b/i);

/** Two spans in two units of one thing ("an 18-month investigation", "a two-year investigation"), of different lengths. */
function spansOfOne(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [SPAN_SECONDS[a.quantity.unit], SPAN_SECONDS[b.quantity.unit]];
  if (!x || !y || x === y || a.quantity.value * x === b.quantity.value * y) return false;
  const thing = (m: NumberMention) => /^[-\s]*([\p{L}-]+)/u.exec(m.sentence.slice(m.quantity.end))?.[1].toLowerCase() ?? null;
  return thing(a) !== null && thing(a) === thing(b);
}

/** Before a distance: the depth it is ("at a depth of about 10 kilometers"). */
const DEPTH_BEFORE = new RegExp(`\\bdepth\\s+of\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** After a distance: it is how deep something is ("22 kilometres below the surface", "6 miles deep"). */
const DEPTH_AFTER = /^\s+(?:deep\b|(?:below|beneath|under)\s+(?:the\s+)?(?:surface|ground|seabed|sea\s+floor|earth))/i;
/** Before a height: the one an aircraft cruised at ("cruising at", "a cruising altitude of"), not one it climbed or dropped to. */
const CRUISING_BEFORE = new RegExp(`\\bcruis(?:ing|ed)\\s+(?:at\\s+|altitude\\s+of\\s+)(?:an\\s+altitude\\s+of\\s+)?(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** A height in feet or metres an aircraft cruised at. */
const altitude = (m: NumberMention) => (m.quantity.unit === 'foot' || m.quantity.unit === 'meter') && CRUISING_BEFORE.test(m.sentence.slice(0, m.quantity.start));

/** Units of length a depth is told in. */
const DISTANCES = new Set(['kilometer', 'km', 'mile', 'meter', 'foot', 'feet']);
/** A distance told as how deep something is. */
const depth = (m: NumberMention) => DISTANCES.has(m.quantity.unit) && (DEPTH_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || DEPTH_AFTER.test(m.sentence.slice(m.quantity.end)));

/** Right after a count: a part of it told bare ("14 seats, including nine in Rovensk"). */
const PART_INCLUDED_AFTER = new RegExp(`^,?\\s+(?:including|among\\s+them|of\\s+which|of\\s+whom)\\s+(\\d[\\d,]*|${NUMBER_UNDER_HUNDRED})\\b(?!\\s*(?:%|percent\\b|(?!(?:in|at|from|on|across|for)\\b)\\p{L}))`, 'iu');
/** Whether an article gives a figure as a part, told bare, of a count of the same noun. */
function partIncluded(article: AnalysedArticle, m: NumberMention): boolean {
  return article.quantities.some(({ value: q, sentence }) => {
    if (q.unit !== m.quantity.unit) return false;
    const part = PART_INCLUDED_AFTER.exec(sentence.slice(q.end))?.[1];
    return part !== undefined && (/\d/.test(part) ? Number(part.replace(/,/g, '')) : smallNumber(part)) === m.quantity.value;
  });
}

/** Before a sum: it is what damage came to ("put the damage estimate at", "damage of about", "damages totaled"). */
const DAMAGE_BEFORE = new RegExp(`\\bdamages?\\b(?:\\s+(?:estimate|bill|toll))?[^,.;]{0,30}?\\b(?:at|of|to|totall?ing|totall?ed|reached|hit)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** After a sum: what it is ("$2 million in damage", "$5 million worth of damage"). */
const DAMAGE_AFTER = /^\s+(?:in|of|worth\s+of)\s+(?:[\p{L}-]+\s+)?damages?\b/iu;
/** A sum told as what damage came to. */
const damageSum = (m: NumberMention) => DAMAGE_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || DAMAGE_AFTER.test(m.sentence.slice(m.quantity.end));

/** Right before a count of shots: they were fired ("fired three shots", "discharged two rounds"). */
const FIRED_BEFORE = new RegExp(`\\b(?:fired|fires|firing|discharged|shot|squeezed\\s+off|let\\s+off)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');

/** Happenings a span joined to them tells the length of: "a 13-day strike", "a three-week trial". */
const HAPPENINGS = new Set(['strike', 'walkout', 'lockout', 'shutdown', 'standoff', 'siege', 'trial', 'hearing', 'search', 'manhunt', 'blackout', 'outage', 'closure', 'war', 'protest', 'occupation', 'filibuster', 'session', 'debate', 'journey', 'voyage', 'mission', 'delay', 'detention', 'ordeal', 'stalemate', 'deadlock', 'hunger', 'sit-in', 'blockade', 'campaign']);
/**
 * Right before a span: a verb of how long something went on ("lasted eleven days", "a standoff lasting six hours", an order that
 * "remained in effect for 6 hours" or "was lifted after six hours", hostages "held for 47 days").
 */
const LASTED_BEFORE = new RegExp(`\\b(?:lasted|lasting|lasts|spanned|stretched\\s+(?:on\\s+)?(?:for\\s+)?|went\\s+on\\s+for|(?:remained|stayed)\\s+in\\s+(?:effect|force|place)\\s+for|(?:was|were)\\s+lifted\\s+after|held(?:\\s+(?:captive|hostage))?\\s+for)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** Right after a span: the state it is the length of ("41 days of captivity", "six weeks of talks"). */
const SPAN_OF_AFTER = /^\s+of\s+(?:captivity|detention|talks|negotiations|fighting|deliberations?|protests?)\b/i;
/** Right before a span: how long something was out of use ("were down for eight days", "offline for eleven days"). */
const DOWN_FOR_BEFORE = new RegExp(`\\b(?:down|offline|out\\s+of\\s+(?:service|action|use)|shut|closed|suspended|halted|dark)\\s+for\\s+(?:the\\s+)?(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** Right after a span: what was out of use over it ("for the 11 days the main systems were down"). */
const DOWN_AFTER = /^\s+(?:that\s+|when\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:was|were)\s+(?:down|offline|shut|closed|out\s+of\s+service)\b/iu;
/** A span telling how long a happening went on, or how long something was out of use. */
const lasted = (m: NumberMention) =>
  SPAN_SECONDS[m.quantity.unit] !== undefined &&
  ((JOINED_SPAN.test(m.text) && HAPPENINGS.has(/^\s+([\p{L}-]+)/u.exec(m.sentence.slice(m.quantity.end))?.[1].toLowerCase() ?? '')) ||
    LASTED_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ||
    SPAN_OF_AFTER.test(m.sentence.slice(m.quantity.end)) ||
    DOWN_FOR_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ||
    DOWN_AFTER.test(m.sentence.slice(m.quantity.end)));

/** Money spent, then the span it is spent over: "would spend the money over five years", "the payout will be spread across ten years". */
const SPENT_OVER_BEFORE = /\b(?:spen[dt]|spending|paid\s+out|pay\s+out|payouts?|invest(?:ed|ing)?|cost)\b[^.;:]{0,40}\b(?:over|across)\s+(?:the\s+next\s+)?$/i;
const spentOverRead = new WeakMap<NumberMention, boolean>();
const spentOver = (m: NumberMention) => {
  let read = spentOverRead.get(m);
  if (read === undefined) spentOverRead.set(m, (read = SPAN_SECONDS[m.quantity.unit] !== undefined && SPENT_OVER_BEFORE.test(m.sentence.slice(0, m.quantity.start))));
  return read;
};

/** A span joined to the noun it measures by a hyphen: "12-year", "six-month". */
const JOINED_SPAN = /-\p{L}+$/u;

/** Articles at most this many days apart give a person's age of the same year. */
const SAME_AGE_DAYS = 31;

/** Two articles both dated, at most `days` apart. */
function writtenWithin(a: NumberMention, b: NumberMention, days: number): boolean {
  const [x, y] = [a.analysed.article.publishedAt, b.analysed.article.publishedAt];
  return !!x && !!y && Math.abs(Date.parse(x) - Date.parse(y)) <= days * 86_400_000;
}

/** Verbs of money that do not end in "-ed": "paid", "spent", "cost". */
const SUM_VERBS = new Set(['paid', 'pays', 'pay', 'spent', 'spends', 'spend', 'cost', 'costs', 'won', 'wins', 'lost', 'loses', 'owes', 'owed', 'got', 'gets', 'gave', 'gives', 'put', 'puts', 'contribute', 'contributes', 'invest', 'invests', 'raise', 'raises', 'borrow', 'borrows', 'pledge', 'pledges', 'seek', 'seeks', 'demand', 'demands', 'ask', 'asks', 'owe', 'award', 'awards', 'charge', 'charges', 'fine', 'fines']);

/** Hedges and articles right before a figure. */
const HEDGES_BEFORE = new RegExp(`(?:\\b(?:${HEDGE_WORDS}|just|only|a|an|the|some)\\s+)+$`, 'i');

/** What is held of those counted, between the verb and the figure: "exposed the records of 2.3 million patients" is done to the patients. */
const RECORDS_OF = /\s+(?:the\s+|their\s+)?(?:(?:personal|private|medical|financial|health)\s+)?(?:records|data|information|details|files|accounts)\s+(?:of|on|for|belonging\s+to)\s*$/i;

/** The verb right before a figure, hedges and articles aside: "raised about $17 million", "reported raising $21 million", "waited for 9 hours". */
function verbBefore(m: NumberMention): string | null {
  const words = m.sentence.slice(0, m.quantity.start).replace(HEDGES_BEFORE, '').replace(RECORDS_OF, '').trim().split(/\s+/);
  // "fined it $3.6 million", "fined Gulfmark $3.6 million": the verb before whom it was done to.
  if (words.length > 1 && /^(?:it|him|her|them|us|\p{Lu}[\p{L}’'-]*)$/u.test(words[words.length - 1])) words.pop();
  // "deliberated for about 14 hours": a span's "for" stands between the verb and the figure.
  if (words.length > 1 && SPAN_SECONDS[m.quantity.unit] && /^for$/i.test(words[words.length - 1])) words.pop();
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  // "required patients to wait 72 hours": a verb after "to" is one too.
  const infinitive = words[words.length - 2]?.toLowerCase() === 'to' && /^[a-z]{3,}$/.test(last);
  return /^[a-z]+(?:ed|ing)$/.test(last) || SUM_VERBS.has(last) || infinitive ? last : null;
}

/** One word in two forms: "cost" / "costs" / "costing", "vote" / "voted". */
function wordsAlike(x: string, y: string): boolean {
  const base = (w: string) => stem(words(w)[0] ?? w);
  return x === y || base(x) === base(y) || inflected(x, y);
}

/**
 * One verb, or verbs outlets use for one deed ("passed a $9 billion budget" / "approved a $9.2 billion budget"); an irregular
 * past tense is its verb ("agreed to pay $3 million" / "paid $3.2 million").
 */
function verbsOfOneDeed(x: string | null, y: string | null): boolean {
  if (x === null || y === null) return false;
  const [u, v] = [baseForm(x), baseForm(y)];
  return wordsAlike(u, v) || oneDeed(stem(u)) === oneDeed(stem(v));
}

/** Two figures told by one verb right before them ("apprehended 9,200 people" / "apprehended 9,900 migrants"). */
function sameVerbBefore(a: NumberMention, b: NumberMention): boolean {
  return verbsOfOneDeed(verbBefore(a), verbBefore(b));
}

/** A verb in the past tense after what is counted, past "of the …" and "have": "members of the union walked off", "workers have struck". */
const VERB_AFTER = /^(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:(?:have|had|has)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ed|struck|went|left|fled|quit|took)\b/u;

function verbAfter(m: NumberMention): string | null {
  return VERB_AFTER.exec(m.sentence.slice(m.quantity.end))?.[1] ?? null;
}

/** A share told by the state it is of, right after it: "22% contained", "60 percent completed". */
const STATE_AFTER_SHARE = /^\s+(\p{Ll}{3,}ed)\b(?!\s+(?:by|to|with|that|than)\b)/u;

/** Two shares of one state ("22% contained" / "35 percent contained"): one measure of one thing, whatever else the sentences tell. */
function sharesOfOneState(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [a, b].map(stateOfShare);
  return x !== null && x === y;
}

/** The state a share is of: told after it ("22% contained"), or by its noun ("containment at 20%", "20 percent containment"). */
const STATE_NOUNS: Record<string, string> = { containment: 'contained', completion: 'completed' };
const STATE_NOUN_BEFORE = new RegExp(`\\b(containment|completion)\\s+(?:(?:was|is|stood|stands|reached|hit|of|at|to)\\s+){1,2}(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
const STATE_NOUN_AFTER = /^\s+(containment|completion)\b/i;
function stateOfShare(m: NumberMention): string | null {
  if (m.quantity.unit !== 'percent') return null;
  const after = m.sentence.slice(m.quantity.end);
  const noun = STATE_NOUN_BEFORE.exec(m.sentence.slice(0, m.quantity.start))?.[1] ?? STATE_NOUN_AFTER.exec(after)?.[1];
  return noun !== undefined ? STATE_NOUNS[noun.toLowerCase()] : (STATE_AFTER_SHARE.exec(after)?.[1] ?? null);
}

/** Two counts of things that did one deed, told right after them ("walked off", "struck"). */
function sameVerbAfter(a: NumberMention, b: NumberMention): boolean {
  return verbsOfOneDeed(verbAfter(a), verbAfter(b));
}

/** Words after a sum that do not say what it is. */
const NOT_WHAT_A_SUM_IS = new Set(['in', 'of', 'to', 'for', 'from', 'on', 'at', 'by', 'and', 'or', 'a', 'an', 'the', 'per', 'each', 'over', 'after', 'before', 'with', 'that', 'which', 'this', 'last', 'next', 'more', 'less', 'than', 'as', 'was', 'is', 'were', 'are', 'will', 'would', 'has', 'had', 'have', 'it', 'but', 'into', 'under', 'since', 'until', 'during', 'annually', 'apiece', 'total']);

/** After a sum, cash held: "in cash on hand", "on hand", "in the bank", "in cash". */
const CASH_AFTER = /^\s+(?:(?:in\s+)?cash(?:\s+on\s+hand)?|on\s+hand|in\s+the\s+bank)\b/i;

/** Those a vehicle carried: "carrying 47 passengers", "with 49 people on board", "Forty-nine people were aboard". */
const CARRYING_BEFORE = new RegExp(`\\b(?:carrying|carried|carries|(?:packed|crammed|overloaded|laden)\\s+with)\\s+(?:(?:${HEDGE_WORDS}|at\\s+least|more\\s+than)\\s+)?$`, 'i');
const ABOARD_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:were|was|are|is)\s+)?(?:aboard|on\s+board)\b/u;
/** What a vessel carries besides people. */
const CARGO = new Set(['vehicle', 'car', 'truck', 'trailer', 'container', 'ton', 'tonne', 'pound', 'animal', 'horse', 'cow', 'sheep', 'head']);
const aboard = (m: NumberMention) => ABOARD_AFTER.test(m.sentence.slice(m.quantity.end)) || CARRYING_BEFORE.test(m.sentence.slice(0, m.quantity.start));

/**
 * A crowd counted: "a crowd of more than 11,000", "estimated the crowd at about 6,000", "About 2,000 people took part", "1,000
 * demonstrators who filled the square", "rallying about 600 supporters", "addressed some 300 people".
 */
const CROWD_BEFORE = new RegExp(
  `(?:\\bcrowds?\\s+(?:of|at|(?:estimated|put|numbering|numbered)(?:\\s+at)?)|\\b(?:rall(?:y|ies|ied|ying)|address(?:es|ed|ing)?|drew|draws|drawing))\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`,
  'i',
);
const CROWD_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:who\s+)?(?:turned\s+out|took\s+part|attended|rallied|marched|gathered|showed\s+up|filled|packed|lined)\b/u;
/** A bail: "released on $50,000 bond", "posting $250,000 bail", "bail was set at $1 million", "a $2 million cash bond". */
const BAIL_AFTER = /^\s+(?:cash\s+|surety\s+)?(?:bail|bond)\b/i;
const BAIL_BEFORE = /\b(?:bail|bond)\s+(?:was\s+|is\s+|had\s+been\s+)?(?:set\s+at|of|at)\s+$/i;
/** Earlier in the clause, a figure asked for: "asked the judge to set bail at", "had sought". */
const ASKED_BEFORE = /\b(?:ask(?:ed|s|ing)?|urg(?:ed|es|ing)|request(?:ed|s|ing)?|sought|seek(?:s|ing)?|recommend(?:ed|s|ing)?|want(?:ed|s)?)\b[^.;,]{0,60}$/i;
const bail = (m: NumberMention) => BAIL_AFTER.test(m.sentence.slice(m.quantity.end)) || BAIL_BEFORE.test(m.sentence.slice(0, m.quantity.start));
/** A fine: "a $250,000 fine", "a civil penalty of $40,000", "was fined $150,000". */
const FINE_AFTER = /^\s+(?:civil\s+)?(?:fine|penalty)\b/i;
const FINE_BEFORE = new RegExp(`\\b(?:fined|(?:fine|penalty)\\s+of)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
const fine = (m: NumberMention) => FINE_AFTER.test(m.sentence.slice(m.quantity.end)) || FINE_BEFORE.test(m.sentence.slice(0, m.quantity.start));
/** Units a fall is measured in. */
const FALL_UNITS = new Set(['meter', 'foot']);
/** Right before a height: a fall down it ("plunged 200 metres", "fell about 30 feet"). */
const FELL_BEFORE = new RegExp(`\\b(?:plunged|plunging|fell|falling|dropped|dropping|tumbled|tumbling|plummeted|plummeting)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** Right before a height: a river's peak ("crested at", "peaked at about"). */
const CRESTED_BEFORE = new RegExp(`\\b(?:crest(?:ed|ing)|peak(?:ed|ing))\\s+at\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** A height named as a fall: "a 120-metre drop", "a 40-foot fall". */
const FALL_NAMED = /-\p{L}+\s+(?:drop|fall|plunge)$/u;
/** Right before a span: it is what a deed took ("It took more than six hours", "took four hours"). */
const TOOK_BEFORE = new RegExp(`\\b(?:took|take|takes|taking)\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** Right after a span a deed took: the deed ("to free the last of the passengers"). */
const TO_DEED_AFTER = /^\s+to\s+(\p{Ll}+)\b/u;
/** The deed a span is the time it took, as a stem ("free" of "took four hours to free everyone"), or null. */
function deedTaken(m: NumberMention): string | null {
  const deed = SPAN_SECONDS[m.quantity.unit] !== undefined && TOOK_BEFORE.test(m.sentence.slice(0, m.quantity.start)) ? TO_DEED_AFTER.exec(m.sentence.slice(m.quantity.end))?.[1] : undefined;
  return deed === undefined ? null : stem(deed);
}
/** Units of speed. */
const SPEEDS = new Set(['km/h', 'mph', 'knot']);
/** Right before a speed: something going at it ("was travelling at about", "going", "doing"), not a limit set. */
const TRAVELLING_BEFORE = new RegExp(`\\b(?:travell?(?:ing|ed)|going|went|driving|drove|moving|speeding|doing|sailing|flying)\\s+(?:at\\s+)?(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
/** A sum offered for help: "a $250,000 reward", "a reward of $500,000", "a bounty of $10,000". */
/** A tariff rate: "25% tariffs", "a 10 percent duty on steel", "tariffs of 25%", "a levy of 15 per cent". */
const TARIFF_AFTER = /^\s+(?:(?:import|export|retaliatory|blanket|new|additional|punitive)\s+)?(?:tariffs?|duty|duties|levy|levies)\b/i;
const TARIFF_BEFORE = new RegExp(`\\b(?:tariffs?|duty|duties|levy|levies)\\s+(?:of|at)\\s+(?:(?:${HEDGE_WORDS}|up\\s+to)\\s+)?$`, 'i');
const tariffRate = (m: NumberMention) => TARIFF_AFTER.test(m.sentence.slice(m.quantity.end)) || TARIFF_BEFORE.test(m.sentence.slice(0, m.quantity.start));
const REWARD_AFTER = /^\s+(?:cash\s+)?(?:reward|bounty)\b/i;
const REWARD_BEFORE = new RegExp(`\\b(?:reward|bounty)\\s+of\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
const reward = (m: NumberMention) => REWARD_AFTER.test(m.sentence.slice(m.quantity.end)) || REWARD_BEFORE.test(m.sentence.slice(0, m.quantity.start));
/** A jury's time out: "after six hours of deliberation", "deliberated for nine hours", "deliberations lasted about two days". */
const DELIBERATION_AFTER = /^\s+of\s+(?:jury\s+)?deliberations?\b/i;
const DELIBERATION_BEFORE = new RegExp(`\\bdeliberat(?:ed|ing|ions?)\\s+(?:(?:lasted|took|spanned|for)\\s+)?(?:(?:${HEDGE_WORDS})\\s+)?$`, 'i');
const deliberation = (m: NumberMention) => SPAN_SECONDS[m.quantity.unit] !== undefined && (DELIBERATION_AFTER.test(m.sentence.slice(m.quantity.end)) || DELIBERATION_BEFORE.test(m.sentence.slice(0, m.quantity.start)));
/**
 * A winning margin in votes: "212 votes ahead of", "a 187-vote edge", "won by 212 votes", "a margin of 128 votes". One of an
 * early count ("unofficial returns had her ahead by 203 votes") is another stage's margin than the final one.
 */
const VOTE_MARGIN_AFTER = /^\s+(?:edge|margin|lead|victory|win)\b/i;
const VOTE_MARGIN_BEFORE = new RegExp(`\\b(?:won|wins|winning|lost|loses|losing|leads?|leading|led|trail(?:s|ed|ing)?|ahead|behind|margin\\s+of|edge\\s+of|lead\\s+of)\\s+(?:by\\s+)?(?:(?:${HEDGE_WORDS}|just|only)\\s+)?$`, 'i');
const EARLY_COUNT = /\b(?:unofficial|preliminary|initial|election[-\s]night|first\s+count|original\s+count|before\s+the\s+recount)\b/i;
const voteMargin = (m: NumberMention) => {
  if (m.quantity.unit !== 'vote') return null;
  const margin = MARGIN_AFTER.test(m.sentence.slice(m.quantity.end)) || /-votes?\s+(?:edge|margin|lead|victory|win)$/i.test(m.text) || VOTE_MARGIN_AFTER.test(m.sentence.slice(m.quantity.end)) || VOTE_MARGIN_BEFORE.test(m.sentence.slice(0, m.quantity.start));
  return margin ? (EARLY_COUNT.test(ownStretch(m)) ? 'early margin' : 'margin') : null;
};
/** The figure's stretch of its sentence: from the figure before it to the one after it. */
function ownStretch(m: NumberMention): string {
  const others = m.analysed.quantities.filter((q) => q.index === m.index && q.value.start !== m.quantity.start).map((q) => q.value);
  const start = Math.max(0, ...others.filter((q) => q.end <= m.quantity.start).map((q) => q.end));
  const end = Math.min(m.sentence.length, ...others.filter((q) => q.start >= m.quantity.end).map((q) => q.start));
  return m.sentence.slice(start, end);
}
const inCrowd = (m: NumberMention) => CROWD_BEFORE.test(m.sentence.slice(0, m.quantity.start)) || CROWD_AFTER.test(m.sentence.slice(m.quantity.end));

/** Two sums each named by a noun right after it, the nouns unlike ("$2 million bond" / "$1.8 million alarm project"). */
export function namedApart(a: Figure, b: Figure): boolean {
  const [x, y] = [nounAfter(a), nounAfter(b)];
  return x !== null && y !== null && !wordsAlike(x, y);
}

/**
 * What a figure is, named right before it: "a margin of 137 votes", "a deficit of $2 billion", "a turnout of 41 percent",
 * "Turnout was 58 percent", "put turnout at 61 percent", "turnout stood at 58%", "reported revenue of $3.4 billion", "Revenue fell
 * 19% to $3.1 billion", "a margin of error of plus or minus 3.1 points".
 */
const NAMED_AS_BEFORE = new RegExp(
  `\\b(margin\\s+of\\s+(?:sampling\\s+)?error|margin|lead|majority|deficit|surplus|shortfall|turnout|backlog|revenue|sales|premium)\\s+(?:of|was|is|at|stood\\s+at|reached|(?:rose|fell|grew|dropped|declined|climbed|jumped|slid)\\s+(?:by\\s+)?(?:[\\d.]+\\s*(?:%|percent)\\s+)?to)\\s+(?:plus\\s+or\\s+minus\\s+)?(?:(?:${HEDGE_WORDS})\\s+)?$`,
  'i',
);
// A share naming a thing by the noun after it names it too: "a 31% premium" is what "a premium of 27 percent" is.
const namedAs = (m: NumberMention) => NAMED_AS_BEFORE.exec(m.sentence.slice(0, m.quantity.start))?.[1].toLowerCase().replace(/\s+/g, ' ') ?? (shareNamingNoun(m) ? nounAfter(m) : null);

/** The noun right after a sum, or what it is in: "a $12,500 fine", "a $2 million settlement", "$430,000 in consulting fees". */
function nounAfter(m: Figure): string | null {
  // "$2.4 million in cash on hand", "$2.9 million in the bank": the cash something holds.
  if (CASH_AFTER.test(m.sentence.slice(m.quantity.end))) return 'cash';
  // "$430,000 in consulting fees", "$2 billion in grants": what the sum is in, by its last word.
  const inWhat = IN_WHAT_AFTER.exec(m.sentence.slice(m.quantity.end));
  // "$2.3 million in county funds" is "$2.8 million in county money": whose money, named two ways.
  if (inWhat && !NOT_WHAT_A_SUM_IS.has(inWhat[1]) && !NOT_WHAT_A_SUM_IS.has(inWhat[2] ?? '')) return MONEY_WORDS.has(inWhat[2] ?? '') ? `${inWhat[1]} money` : (inWhat[2] ?? inWhat[1]);
  const word = /^\s+([a-z]+)\b/.exec(m.sentence.slice(m.quantity.end))?.[1] ?? null;
  return word !== null && !NOT_WHAT_A_SUM_IS.has(word) ? word : null;
}

/**
 * A sum named by the same words right after it: three words, two of them in lower case at least ("a $1.5 billion maritime
 * security package"), or a name of two words or more that the other's name ends with ("the $3.8 billion disaster relief
 * package" / "the $2.4 billion relief package, which…").
 */
const NAMING_WORDS = 3;
function namedBySameWords(a: NumberMention, b: NumberMention): boolean {
  const naming = (m: NumberMention) => /^(?:\s+[a-z][a-z-]*){1,3}/.exec(m.sentence.slice(m.quantity.end))?.[0].trim().split(/\s+/) ?? [];
  const [x, y] = [naming(a), naming(b)];
  if (x.length === NAMING_WORDS && x.join(' ') === y.join(' ') && x.filter((w) => !NOT_WHAT_A_SUM_IS.has(w)).length >= 2) return true;
  // The words before the first that is no name ("relief package that" names a "relief package").
  const name = (words: string[]) => {
    const end = words.findIndex((w) => NOT_WHAT_A_SUM_IS.has(w));
    return end < 0 ? words : words.slice(0, end);
  };
  const [shorter, longer] = [name(x), name(y)].sort((p, q) => p.length - q.length);
  return shorter.length >= 2 && longer.slice(-shorter.length).join(' ') === shorter.join(' ');
}

/** "in consulting fees", "in grants" after a sum: one or two words in lower case. */
const IN_WHAT_AFTER = /^\s+in\s+([a-z]+)(?:\s+([a-z]+))?\b/;
/** Words for money itself, which say only whose it is with the word before them. */
const MONEY_WORDS = new Set(['funds', 'money', 'dollars']);

/** "a 3 percent raise", "the 4% tariff": a share that, with its article, names a thing by the noun after it. */
// Not a bare change ("a 12% increase" of what is told elsewhere: two outlets may measure two things).
const shareNamingNoun = (m: NumberMention) =>
  m.quantity.unit === 'percent' && /\b(?:a|an|the|its|their|his|her)\s+$/i.test(m.sentence.slice(0, m.quantity.start)) && !bareChange(m);
const bareChange = (m: NumberMention) => m.quantity.unit === 'percent' && BARE_CHANGE_AFTER.test(m.sentence.slice(m.quantity.end));
const BARE_CHANGE_AFTER = /^\s+(?:increase|decrease|rise|drop|fall|jump|gain|decline|growth|reduction|change|surge|dip)\b/i;

/** Whom a sum went to, right after it: "gave $1.1 million to charity", "donated $1.6 million to charities". */
function recipientAfter(m: NumberMention): string | null {
  const recipient = /^\s+to\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?([a-z]+)\b/.exec(m.sentence.slice(m.quantity.end))?.[1];
  return recipient ? singularNoun(recipient) : null;
}

/**
 * Two figures of one unit told by one word for what they are: a verb right before ("raised about $17 million",
 * "reported raising $21 million"; "lasted about 45 seconds", "lasted 15 seconds") or, for sums, a noun right after
 * ("was fined $14,000", "paid a $12,500 fine") or whom it went to ("to charity", "to charities"), for a share the noun it
 * names ("a 3 percent raise" / "a 4% raise"): likely one amount.
 */
function sameWordForFigure(a: NumberMention, b: NumberMention): boolean {
  if (a.quantity.unit !== b.quantity.unit) return false;
  // A span joined to its noun ("serving a 12-year sentence") is what the noun is, not what the verb did ("served four years");
  // the noun may be the other's verb ("a 48-hour waiting period" / "to wait 72 hours").
  const wordFor = (m: NumberMention) => (SPAN_SECONDS[m.quantity.unit] && JOINED_SPAN.test(m.text) ? nounAfter(m) : verbBefore(m));
  const words = (m: NumberMention) =>
    [wordFor(m), ...(CURRENCIES.has(m.quantity.unit) ? [nounAfter(m), recipientAfter(m)] : []), ...(shareNamingNoun(m) ? [nounAfter(m)] : [])].filter((w): w is string => w !== null);
  return words(a).some((x) => words(b).some((y) => wordsAlike(x, y)));
}

/** How far apart two bounds of one direction may be for one to round the other. */
const ROUNDED_BOUND_SPREAD = 1.25;

/**
 * `bounded` gives a one-sided bound ("more than 40", "up to 300") that is `precise`, a bare figure,
 * rounded to a round number in its direction (48 → "more than 40"): one figure. A bound further off
 * ("more than 6%" for 8.5%) is another figure.
 */
function withinBound(bounded: NumberMention, precise: NumberMention): boolean {
  const bound = boundOf(bounded);
  // "more than 1.2 million" and "more than a million": a bound the other rounds, a little, in its direction is one figure
  // too; "at least 1,800" and "more than 1,000" are two.
  const spread = Math.max(precise.quantity.value, bounded.quantity.value) / Math.min(precise.quantity.value, bounded.quantity.value);
  if (hedged(precise) && (boundOf(precise)?.join() !== bound?.join() || spread > ROUNDED_BOUND_SPREAD)) return false;
  const [value, limit] = [precise.quantity.value, bounded.quantity.value];
  if (!bound || (bound[1] !== Infinity && bound[0] !== 0)) return false;
  return roundedTo(value, limit, bound[1] === Infinity ? 'down' : 'up');
}

/** "nearly 300" holds 297: a bound from above that likely reaches the figure (300 is 297 rounded up; 240 is too far below). */
function nearlyHolds(bounded: NumberMention, precise: NumberMention): boolean {
  const hedge = hedgeOf(bounded);
  if (!hedge || hedge.bound[1] !== 1 || hedge.bound[0] === 0 || hedged(precise)) return false;
  const [value, limit] = [precise.quantity.value, bounded.quantity.value];
  return value >= limit * hedge.likely[0] && roundedTo(value, limit, 'up');
}

/**
 * "more than a dozen trips" beside "23 trips": a bound in dozens is a way of saying "many", not a figure; an exact count it
 * keeps does not contradict it ("more than 6 percent" beside "8.5%" may: a figure is bounded to the digit).
 */
function dozensBoundHolds(bounded: NumberMention, exact: NumberMention): boolean {
  const bound = boundOf(bounded);
  if (!bound || !IN_DOZENS.test(bounded.text) || hedged(exact) || (bound[0] !== 0 && bound[1] !== Infinity)) return false;
  return bound[1] === Infinity ? exact.quantity.value > bounded.quantity.value : exact.quantity.value < bounded.quantity.value;
}

/** Two estimates whose likely values overlap, more than at one end ("about 4,800" / "roughly 4,760"; not "about 21,000" / "about 19,000"). */
function likelyWithin(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [a, b].map(likelyRange);
  return x[0] < y[1] && y[0] < x[1];
}

/**
 * Two hedged figures whose likely values overlap ("more than 7,000", "about 7,400"), or a hedged figure and a precise one
 * it likely stands for ("nearly 50 miles", "47 miles"; "more than a dozen", "fourteen"); not "more than 30" and "more than 40".
 */
function likelyOverlap(a: NumberMention, b: NumberMention): boolean {
  // One hedge is enough: a bare figure's range is itself, and a count in dozens is loose enough to hold it.
  if (!hedged(a) && !hedged(b)) return false;
  const [x, y] = [a, b].map(likelyRange);
  return x[0] <= y[1] && y[0] <= x[1];
}

/** The values a figure likely stands for, by its hedge and the digits it is written to. */
const likelyRange = (m: NumberMention) => hedgedRange(hedgeOfFigure(m), m.quantity.value, m.quantity.text);

const oneSided = (bound: [number, number]) => bound[0] >= 1 || bound[1] <= 1;

/** A figure told bare beyond the one-sided bound the other tells ("$1.2 million" beyond "nearly $1 million"): no writing of it. */
function bareBeyondBound(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [hedgeOf(a), hedgeOf(b)];
  if ((x === undefined) === (y === undefined)) return false;
  const [bound, bare] = x ? [a, b] : [b, a];
  const reach = (x ?? y)!.bound;
  return oneSided(reach) && (bare.quantity.value < bound.quantity.value * reach[0] || bare.quantity.value > bound.quantity.value * reach[1]);
}

/** A bare figure beside a hedged one, outside where the hedge likely reaches ("nearly nine hours" is not "6 hours"). */
function bareBeyondLikely(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [hedgeOf(a), hedgeOf(b)];
  if ((x === undefined) === (y === undefined)) return false;
  const [hedgedOne, bare] = x ? [a, b] : [b, a];
  const likely = (x ?? y)!.likely;
  return bare.quantity.value < hedgedOne.quantity.value * likely[0] || bare.quantity.value > hedgedOne.quantity.value * likely[1];
}

/**
 * Two bounds no figure meets ("nearly 17 hours" and "more than 21 hours"). A bound beside a bare figure far beyond it is often
 * of another count ("more than 900 branches" of a bank, "worked in 600 branches"): that stays to the other checks; one just
 * beyond it ("more than 12 million customers" / "11.2 million customers") is the same count told two ways that cannot both hold.
 */
function boundsExclude(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [hedgeOf(a), hedgeOf(b)];
  if ((x === undefined) !== (y === undefined) && ratio(a, b) <= CLOSE_SUMS) return bareBeyondBound(a, b);
  if (!x || !y || (!oneSided(x.bound) && !oneSided(y.bound))) return false;
  // An estimate beside a bound reaches as far as estimates likely do ("about 1.2 million" is not "nearly 1.9 million").
  const [rx, ry] = [x, y].map((h) => (oneSided(h.bound) ? h.bound : h.likely));
  const [va, vb] = [a.quantity.value, b.quantity.value];
  return va * rx[1] < vb * ry[0] || vb * ry[1] < va * rx[0];
}

/** A lower bound and an upper bound both can hold ("a day or more", "up to two days"): no figure of one contradicts the other. */
function boundsAgree(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [boundOf(a), boundOf(b)];
  const lower = x?.[1] === Infinity ? a : y?.[1] === Infinity ? b : null;
  const upper = x?.[0] === 0 ? a : y?.[0] === 0 ? b : null;
  return lower !== null && upper !== null && lower !== upper && lower.quantity.value <= upper.quantity.value;
}

/** The words before a figure that may hedge it; "over" of a span money is spent over ("spend it over five years") is no bound. */
const hedgeOfFigure = (m: NumberMention) => (spentOver(m) ? '' : hedgeBefore(m.sentence, m.quantity.start, m.quantity.end));

/**
 * Two figures told with one upper bound ("up to 26 weeks" / "up to 20 weeks") whose likely values do not meet: each outlet gives
 * the cap itself, and the caps differ. Two lower bounds ("more than 400" / "more than 540") are as often a count that rose
 * between two outlets' reports: listed only.
 */
function likelyApartUnderOneBound(a: NumberMention, b: NumberMention): boolean {
  const [x, y] = [hedgeOf(a), hedgeOf(b)];
  if (!x || x !== y || x.bound[0] !== 0) return false;
  const [va, vb] = [a.quantity.value, b.quantity.value];
  return va * x.likely[1] < vb * x.likely[0] || vb * x.likely[1] < va * x.likely[0];
}

function hedged(m: NumberMention): boolean {
  return HEDGE.test(hedgeOfFigure(m));
}

/** A figure given as an estimate either way ("about", "some", "an estimated"), not as a bound. */
function estimate(m: NumberMention): boolean {
  const bound = boundOf(m);
  return bound !== undefined && bound[0] < 1 && bound[1] > 1;
}

/** The values a hedged figure allows, as shares of it ("more than": [1, Infinity]); undefined for a bare figure. */
function boundOf(m: NumberMention): [number, number] | undefined {
  return hedgeOf(m)?.bound;
}

/** The hedge before a figure, with the values it allows and those it likely means; undefined for a bare figure. */
function hedgeOf(m: NumberMention): (typeof HEDGE_RANGES)[number] | undefined {
  const before = hedgeOfFigure(m);
  return HEDGE_RANGES.find((hedge) => hedge.before.test(before));
}

function commonValue(quantity: Quantity): boolean {
  return quantity.value < 100 || MEASURES.has(quantity.unit);
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  // "nearly 90 faculty members" and "nearly 90 professors": one specific count named two ways (where their surroundings agree).
  if (a.unit !== b.unit) return a.value === b.value && a.value >= 10 && !MEASURES.has(a.unit) && !MEASURES.has(b.unit);
  if (roughlyEqual(a, b)) return true;
  // "29 other leaders" counts everyone but the person the sentence names.
  return (a.excludesOne && a.value + 1 === b.value) || (b.excludesOne && b.value + 1 === a.value);
}
