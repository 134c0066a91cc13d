import { editDistance, normalizeName, surnameOf } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceKind, DifferenceValue } from '../types';
import { contentTerms } from '../text/terms';
import { sameDate } from './dates';

/**
 * Whether an article reports a detail in any form, read from its full text, before it is called
 * silent about it: a surname or an initial for a full name, an acronym with or without dots, a
 * figure in words or rounded, a relative date for a calendar one, part of a quote.
 */
export function reportsDetail(article: AnalysedArticle, kind: DifferenceKind, values: DifferenceValue[]): boolean {
  const check = PRESENCE[kind];
  return check !== undefined && values.some((value) => check(article, value));
}

const PRESENCE: Partial<Record<DifferenceKind, (article: AnalysedArticle, value: DifferenceValue) => boolean>> = {
  person: (article, value) => surnameWritten(article.article.text, value.normalized) || surnameWritten(article.article.text, value.text),
  organization: (article, value) => nameWritten(article.article.text, value.text) || nameWritten(article.article.text, value.normalized),
  place: (article, value) => nameWritten(article.article.text, value.text) || nameWritten(article.article.text, value.normalized),
  number: (article, value) => figureWritten(article, value),
  date: (article, value) => dateWritten(article, value),
  quote: (article, value) => quoteWritten(article, value.text),
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name's family name ("Smith" of "Robert Smith", "Mr. Smith"), anywhere in the text, or misspelt by a letter or two. */
function surnameWritten(text: string, name: string): boolean {
  const surname = surnameOf(normalizeName(name).replace(/,/g, ''));
  if (surname.length < 3) return false;
  if (nameWritten(text, surname)) return true;
  if (surname.length < 6) return false;
  const allowed = surname.length >= 8 ? 2 : 1;
  return normalizedText(text).words.some((word) => word[0] === surname[0] && Math.abs(word.length - surname.length) <= allowed && editDistance(word, surname) <= allowed);
}

/** Texts in the comparable form of names, computed once per text. */
const normalizedTexts = new Map<string, { normalized: string; words: string[] }>();
const MAX_NORMALIZED_CACHED = 64;

function normalizedText(text: string): { normalized: string; words: string[] } {
  let found = normalizedTexts.get(text);
  if (!found) {
    const normalized = normalizeName(text);
    found = { normalized, words: [...new Set(normalized.match(/[\p{L}']+/gu) ?? [])] };
    if (normalizedTexts.size >= MAX_NORMALIZED_CACHED) normalizedTexts.delete(normalizedTexts.keys().next().value!);
    normalizedTexts.set(text, found);
  }
  return found;
}

/** A name as written, or with its dots, accents and "the" dropped ("F.B.I." = "FBI"). */
function nameWritten(text: string, name: string): boolean {
  const key = normalizeName(name);
  if (key.length < 2) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, 'u').test(normalizedText(text).normalized);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HEDGE = /\b(?:about|around|roughly|nearly|almost|approximately|some|more than|over|at least|fewer than|less than|up to|close to|upward of|estimated)\s*$/i;

/**
 * A figure is reported when another article gives the same value (rounded, hedged within 5%, in
 * digits or in words) for anything: a figure two outlets share is rarely two different facts.
 */
function figureWritten(article: AnalysedArticle, value: DifferenceValue): boolean {
  const [amount] = value.normalized.split(' ');
  const target = Number(amount);
  if (!Number.isFinite(target)) return false;
  const hedged = HEDGE.test(value.sentence.slice(0, Math.max(0, value.sentence.indexOf(value.text))));
  for (const { value: quantity, sentence } of article.quantities) {
    if (quantity.value === target) return true;
    const theirsHedged = HEDGE.test(sentence.slice(0, quantity.start));
    if ((hedged || theirsHedged) && target > 0 && Math.abs(quantity.value - target) / target <= 0.05) return true;
  }
  const text = article.article.text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
  if (Number.isInteger(target) && target >= 10 && new RegExp(`(?<![\\d.])${target}(?![\\d])`).test(text)) return true;
  const word = NUMBER_WORDS[target];
  if (word !== undefined && target >= 2 && new RegExp(`\\b${word}\\b`, 'i').test(article.article.text)) return true;
  return vaguelyWritten(article.article.text, target, value.normalized.split(' ').slice(1).join(' '));
}

/** "hundreds of thousands of immigrants" for 700,000 immigrants, "a decade" for 10 years. */
const VAGUE_AMOUNTS: [RegExp, number, number][] = [
  [/\bhundreds of thousands of (\w+)/gi, 1e5, 1e6],
  [/\btens of thousands of (\w+)/gi, 1e4, 1e5],
  [/\b(?<!of )thousands of (\w+)/gi, 1e3, 1e4],
  [/\b(?<!of )hundreds of (\w+)/gi, 100, 1000],
  [/\bdozens of (\w+)/gi, 24, 100],
  [/\bmillions of (\w+)/gi, 1e6, 1e7],
  [/\ba (decade)\b/gi, 10, 10],
];

function vaguelyWritten(text: string, amount: number, unit: string): boolean {
  for (const [pattern, low, high] of VAGUE_AMOUNTS) {
    for (const [, noun] of text.matchAll(pattern)) {
      const counted = noun.toLowerCase().replace(/s$/, '');
      if (amount >= low && amount <= high && (counted === unit || (counted === 'decade' && unit === 'year'))) return true;
    }
  }
  return false;
}

const YEARS_AGO = /\b(\w+|\d+)\s+years?\s+ago\b/gi;

/** A date is reported by the same day in any writing, or a month or year that holds it. */
function dateWritten(article: AnalysedArticle, value: DifferenceValue): boolean {
  const anchors = article.article.publishedAt ? [article.article.publishedAt] : [];
  const day = value.normalized;
  const bare = (d: string) => d.replace(/^(?:week|weekend) of /, '');
  for (const { value: date } of article.dates) {
    if (sameDate(date.normalized, day, anchors)) return true;
    // "next month" for "May 17", "2013" for "March 2013", "this month" for "last week": the coarser writing reports the finer one.
    if (/^\d{4}(?:-\d\d)?$/.test(date.normalized) && bare(day).startsWith(date.normalized) && bare(day).length > date.normalized.length) return true;
    if (/^\d{4}(?:-\d\d)?$/.test(day) && bare(date.normalized).startsWith(day)) return true;
  }
  // "four years ago" against "2013".
  const published = article.article.publishedAt;
  if (published && /^\d{4}$/.test(day)) {
    for (const [, count] of article.article.text.matchAll(YEARS_AGO)) {
      const n = /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS.indexOf(count.toLowerCase());
      if (n > 0 && Number(published.slice(0, 4)) - n === Number(day)) return true;
    }
  }
  return false;
}

const QUOTE_WINDOW = 5;

/** Words of a text for finding a quote in it: lower case, no punctuation, curly apostrophes straight. */
function quoteTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? []
  );
}

/** Share of a quote's content terms one sentence must carry to be its paraphrase. */
const PARAPHRASE_SHARE = 0.5;
const PARAPHRASE_MIN_TERMS = 3;
/** Quotes longer than this (in content terms) are passages, not one statement to paraphrase. */
const PARAPHRASE_MAX_TERMS = 20;

/**
 * Any five words in a row of the quote (all of a shorter one) appear in the text, quoted or not,
 * or one sentence carries most of a short quote's content terms (a paraphrase).
 */
function quoteWritten(article: AnalysedArticle, quote: string): boolean {
  return wordsWritten(article.article.text, quote) || paraphrased(article, quote);
}

/** One sentence of the article carries most content terms of the quote, or of one of its sentences (a long quote reported in part). */
function paraphrased(article: AnalysedArticle, quote: string): boolean {
  const parts = [quote, ...quote.split(/(?<=[.!?])\s+|\s*…\s*|\.{3}\s*/)];
  return parts.some((part) => {
    const terms = new Set(contentTerms(part));
    if (terms.size < PARAPHRASE_MIN_TERMS || terms.size > PARAPHRASE_MAX_TERMS) return false;
    return article.terms.some((sentence) => [...terms].filter((t) => sentence.has(t)).length >= Math.max(PARAPHRASE_MIN_TERMS, PARAPHRASE_SHARE * terms.size));
  });
}

function wordsWritten(text: string, quote: string): boolean {
  const words = quoteTokens(quote);
  if (words.length === 0) return false;
  const haystack = ` ${quoteTokens(text).join(' ')} `;
  const size = Math.min(QUOTE_WINDOW, words.length);
  for (let i = 0; i + size <= words.length; i++) {
    if (haystack.includes(` ${words.slice(i, i + size).join(' ')} `)) return true;
  }
  return false;
}
