import type { AnalysedArticle } from '../text/analyse';
import type { Quantity } from '../text/quantities';
import { contextAround } from './align';
import { compareFacts, type FactMention } from './facts';
import type { Ranked } from './difference';

/** Units that measure rather than count: equal values in them say nothing about being one fact. */
const MEASURES = new Set(['USD', 'EUR', 'GBP', 'percent', 'count', 'years old', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'mile', 'time']);

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
  return compareFacts(articles, mentions, {
    kind: 'number',
    equivalent: (a, b) => sameQuantity(a.quantity, b.quantity),
    comparable: (a, b) => a.quantity.unit === b.quantity.unit,
    contextThreshold: 0.3,
    label: (group) => `${group[0].quantity.unit}: ${[...new Set(group.map((m) => m.text))].join(' / ')}`,
    // Figures written in digits are precise details; small numbers in words rarely are.
    precision: (group) => (group.some((m) => /\d/.test(m.text)) ? 0.5 : 0),
  });
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
  return Number(a.value.toPrecision(digits)) === Number(b.value.toPrecision(digits));
}

/** Digits as written: "13.56" → 4, "13.6" → 3, "500" → 3; numbers in words are exact. */
function significantDigits(text: string): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/[,.]/g, '').replace(/^0+/, '');
  return digits ? Math.max(1, Math.min(15, digits.length)) : 15;
}
