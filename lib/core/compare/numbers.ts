import type { AnalysedArticle } from '../text/analyse';
import type { Quantity } from '../text/quantities';
import { contextAround, similarity } from './align';
import { compareFacts, type FactMention } from './facts';
import { HEDGE } from './presence';
import type { Ranked } from './difference';

/** Units that measure rather than count: equal values in them say nothing about being one fact. */
const MEASURES = new Set(['USD', 'EUR', 'GBP', 'percent', 'count', 'years old', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'mile', 'time']);

/** Units too general to say two counts are of one thing: people, money, time. */
const GENERIC_UNITS = new Set([...MEASURES, 'person', 'people', 'member', 'official', 'other', 'thing', 'way', 'case', 'count']);
/** Two counts of one thing differ by less than this factor; further apart, they are counts of different things. */
const CLOSE_COUNTS = 1.5;
const SAME_MAGNITUDE = 3;
const MAX_CONFLICT_RATIO = 2;
const ROUND_FIGURE_DIGITS = 2;
const ROUND_FIGURE_SPREAD = 0.05;
const ZEROS_SPREAD = 0.015;
const SAME_SURROUNDINGS = 0.1;
/** How far an approximate figure may be from a precise one it stands for. */
const HEDGED_SPREAD = 0.05;

interface NumberMention extends FactMention {
  quantity: Quantity;
}

/**
 * Figures. One value is one fact whatever its writing: words or digits, rounding ("$13.6 billion"
 * and "$13.56 billion"), and "29 other leaders" beside the one who makes 30.
 */
export function compareNumbers(articles: AnalysedArticle[]): Ranked[] {
  const mentions: NumberMention[] = articles.flatMap((analysed) =>
    analysed.quantities.map(({ value, sentence, index }) => ({
      analysed,
      index,
      sentence,
      quantity: value,
      context: contextAround(sentence, value.start, value.end),
      text: value.text,
      normalized: `${value.value} ${value.unit}`,
    })),
  );
  const valuesOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    const key = `${m.analysed.article.id}\u0000${m.quantity.unit}`;
    valuesOf.set(key, (valuesOf.get(key) ?? new Set()).add(m.quantity.value));
  }
  // The article gives no other count of the unit of the same order of magnitude.
  const onlyCount = (m: NumberMention) =>
    [...valuesOf.get(`${m.analysed.article.id}\u0000${m.quantity.unit}`)!].every((v) => v === m.quantity.value || Math.max(v, m.quantity.value) / Math.min(v, m.quantity.value) > SAME_MAGNITUDE);
  return compareFacts(articles, mentions, {
    kind: 'number',
    // A small count or a measure ("eight years", "12 percent") recurs for unrelated things: across
    // articles it is one fact only where its surroundings say so.
    equivalent: (a, b) =>
      sameQuantity(a.quantity, b.quantity) &&
      // "eight years ago" is a point in time, "eight years in office" a span: not one fact.
      ago(a) === ago(b) &&
      (a.analysed === b.analysed || !commonValue(a.quantity) || similarity(a.context, b.context) >= SAME_SURROUNDINGS),
    // Two figures for one thing are close: "12,000" against "15,000", not "$10 million" against "$30 million".
    comparable: (a, b) => a.quantity.unit === b.quantity.unit && Math.max(a.quantity.value, b.quantity.value) <= MAX_CONFLICT_RATIO * Math.min(a.quantity.value, b.quantity.value),
    contextThreshold: 0.3,
    // "1.6 million women" and "1.5 million women": the one count of a specific thing each article gives.
    sameSubject: (a, b) =>
      !GENERIC_UNITS.has(a.quantity.unit) &&
      onlyCount(a) &&
      onlyCount(b) &&
      Math.min(a.quantity.value, b.quantity.value) >= 10 &&
      Math.max(a.quantity.value, b.quantity.value) / Math.min(a.quantity.value, b.quantity.value) <= CLOSE_COUNTS,
    // "roughly $141 million" against "$139 million": an approximate figure within a few percent does not contradict.
    looselyEqual: (a, b) => (hedged(a) || hedged(b)) && Math.abs(a.quantity.value - b.quantity.value) / Math.max(a.quantity.value, b.quantity.value) <= HEDGED_SPREAD,
    label: (group) => `${group[0].quantity.unit}: ${[...new Set(group.map((m) => m.text))].join(' / ')}`,
    // Figures written in digits are precise details; small numbers in words rarely are.
    precision: (group) => (group.some((m) => /\d/.test(m.text)) ? 0.5 : 0),
    substance: numberSubstance,
  });
}

/** "between 16 and 18", "12 to 16": one end of a range is not a figure of its own. */
const RANGE = /\b(?:between\s+\S+\s+and|from\s+\S+\s+to)\s+$|^\s*(?:and|to|-|–)\s+\d/;

/** A figure in digits is a precise detail (money and shares most); a small number in words rarely is. */
function numberSubstance(group: NumberMention[]): number {
  const { quantity, text, sentence } = group[0];
  // A figure inside a quotation is a figure of speech as often as a fact ("100 percent support").
  if (group.some((m) => insideQuotes(m.sentence, m.quantity.start))) return 0;
  if (RANGE.test(sentence.slice(0, quantity.start)) || RANGE.test(sentence.slice(quantity.end))) return 0;
  if (!/\d/.test(text)) return quantity.value >= 3 && quantity.unit !== 'count' ? 0.6 : 0;
  if (quantity.value < 2) return 0.3;
  if (quantity.unit === 'years old') return 1.2;
  return ['USD', 'EUR', 'GBP', 'percent'].includes(quantity.unit) ? 2.4 : 2;
}

function ago(m: NumberMention): boolean {
  return /^\s*(?:ago|earlier|before)\b/i.test(m.sentence.slice(m.quantity.end));
}

function hedged(m: NumberMention): boolean {
  return HEDGE.test(m.sentence.slice(0, m.quantity.start));
}

function commonValue(quantity: Quantity): boolean {
  return quantity.value < 100 || MEASURES.has(quantity.unit);
}

function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

export function sameQuantity(a: Quantity, b: Quantity): boolean {
  // "nearly 90 faculty members" and "nearly 90 professors": one specific count named two ways.
  if (a.unit !== b.unit) return a.value === b.value && a.value >= 10 && !MEASURES.has(a.unit) && !MEASURES.has(b.unit);
  if (roughlyEqual(a, b)) return true;
  // "29 other leaders" counts everyone but the person the sentence names.
  return (a.excludesOne && a.value + 1 === b.value) || (b.excludesOne && b.value + 1 === a.value);
}

/** Equal once the more precise figure is rounded to the precision of the other. */
function roughlyEqual(a: Quantity, b: Quantity): boolean {
  const digits = Math.min(significantDigits(a.text), significantDigits(b.text));
  if (Number(a.value.toPrecision(digits)) === Number(b.value.toPrecision(digits))) return true;
  // A round figure ("$43 million") stands for a precise one within a few percent ("$43,885,310", "nearly $44 million");
  // a figure ending in zeros ("$43,000") for one within a percent or so ("$43,350"), not for "640" against "600".
  const spread = Math.abs(a.value - b.value) / Math.max(a.value, b.value);
  return (digits <= ROUND_FIGURE_DIGITS && spread <= ROUND_FIGURE_SPREAD) || ((endsInZeros(a.text) || endsInZeros(b.text)) && spread <= ZEROS_SPREAD);
}

const endsInZeros = (text: string) => /\d0{3}(?![\d.])|\d,000\b/.test(text);

/** Digits as written: "13.56" → 4, "13.6" → 3, "500" → 3; numbers in words are exact. */
function significantDigits(text: string): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/[,.]/g, '').replace(/^0+/, '');
  return digits ? Math.max(1, Math.min(15, digits.length)) : 15;
}
