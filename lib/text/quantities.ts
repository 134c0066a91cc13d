import nlp from 'compromise';

/** A quantity as written, its value with scale applied, and what it measures or counts. */
export interface Quantity {
  text: string;
  value: number;
  /** "USD", "EUR", "GBP", "percent", or the singular noun counted ("leader", "member"); never empty. */
  unit: string;
  /** Written as "N other …": the count excludes someone the sentence names beside it. */
  excludesOne: boolean;
  start: number;
  end: number;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_WORDS = /^\s*(dollars|euros|pounds)\b/i;
const PERCENT = /^\s*(%|percent\b|per cent\b|percentage points?\b)/i;
/** Words between a number and the noun it counts: "30 [NATO] leaders", "four [new] battle groups". */
const COUNTED_NOUN = /^(\s+other)?((?:\s+[\p{L}’'.-]+){1,4})/u;
const OF_PHRASE = /^\s+of\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(\d[\d,]*|[a-z]+-?[a-z]*)\s+([a-z][a-z-]+)/u;

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
/** A number in digits (with an optional scale word) or in words ("twenty-one", "two hundred"). */
const NUMBER = new RegExp(
  `[$€£]?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(thousand|million|billion|trillion|bn)\\b)?|\\b(?:${NUMBER_WORD})(?:(?:\\s+and\\s+|[\\s-]+)(?:${NUMBER_WORD}))*\\b`,
  'giu',
);

/**
 * Quantities of a sentence: figures in digits or words, with scale applied ("$13.6 billion" =
 * 13.6e9 USD; compromise reads the words: "Twenty-one" = 21); the unit is the currency, a percent
 * sign, or the noun counted. Years, "one" as a pronoun, and spans in `skip` (dates) are left out.
 */
export function quantities(sentence: string, skip: { start: number; end: number }[] = []): Quantity[] {
  const out: Quantity[] = [];
  for (const match of sentence.matchAll(NUMBER)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (skip.some((s) => start < s.end && end > s.start)) continue;
    if (/^(?:1[89]|20)\d\d$/.test(raw) || /[\d,.]/.test(sentence[end] ?? '') && /\d/.test(sentence[end + 1] ?? '')) continue;
    const value = match[1] ? Number(match[1].replace(/,/g, '') + (match[2] ?? '')) * (match[3] ? SCALE[match[3].toLowerCase()] : 1) : wordsValue(raw);
    if (value === null || !Number.isFinite(value)) continue;
    const unit = unitOf(sentence, start, end, raw);
    if (!unit) continue;
    out.push({ text: sentence.slice(start, unit.end), value, unit: unit.name, excludesOne: unit.excludesOne, start, end: unit.end });
  }
  return out;
}

function wordsValue(words: string): number | null {
  const value = (nlp(words).numbers().get() as number[])[0];
  return typeof value === 'number' ? value : null;
}

function unitOf(sentence: string, start: number, end: number, raw: string): { name: string; end: number; excludesOne: boolean } | null {
  const currency = CURRENCY_SYMBOLS[sentence[start - 1] ?? ''] ?? CURRENCY_SYMBOLS[raw[0]];
  const after = sentence.slice(end);
  if (currency) return { name: currency, end, excludesOne: false };
  const word = CURRENCY_WORDS.exec(after);
  if (word) return { name: { dollars: 'USD', euros: 'EUR', pounds: 'GBP' }[word[1].toLowerCase()]!, end: end + word[0].length, excludesOne: false };
  const percent = PERCENT.exec(after);
  if (percent) return { name: 'percent', end: end + percent[0].length, excludesOne: false };
  const of = OF_PHRASE.exec(after);
  if (of && isCountedNoun(of[2])) return { name: singular(of[2]), end, excludesOne: false };
  const counted = COUNTED_NOUN.exec(after);
  if (!counted) return null;
  // The counted noun ends the short noun phrase after the number ("30 NATO leaders", "four new battle groups").
  const phraseStart = (counted[1] ?? '').length;
  let noun: { word: string; end: number } | null = null;
  for (const { 0: written, index } of counted[2].matchAll(/\S+/g)) {
    const word = written.replace(/[^\p{L}]+$/u, '');
    const tagged = nlp(word);
    if (tagged.has('(#Preposition|#Conjunction|#Determiner|#PastTense|#Copula|#Adverb|#Pronoun|#Modal)')) break;
    if (isCountedNoun(word)) {
      noun = { word, end: end + phraseStart + index + word.length };
      if (tagged.has('#Plural')) break;
    }
    if (word !== written) break;
  }
  if (!noun) return null;
  return { name: singular(noun.word), end: noun.end, excludesOne: Boolean(counted[1]) };
}

/** A common noun (not a verb or preposition): "leaders", "people", "members". */
function isCountedNoun(word: string): boolean {
  if (!/^[a-z][a-z-]+$/.test(word)) return false;
  const doc = nlp(word);
  return doc.has('#Noun') && !doc.has('#Pronoun') && !doc.has('#Date') && !doc.has('#Value');
}

function singular(noun: string): string {
  const doc = nlp(noun);
  return doc.has('#Plural') ? doc.nouns().toSingular().text() : noun;
}
