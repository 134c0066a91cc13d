import { STOPWORDS } from './stopwords';

/** In English prose about a third of the words are function words; in German or Spanish almost none of these are. */
const MIN_ENGLISH_SHARE = 0.2;
/** Too few words to tell: taken as English, as most articles Crosscheck sees are. */
const MIN_WORDS = 30;

/**
 * Whether an article is English, which the details' rules (names, quotes, dates, figures) are
 * written for: a declared language other than English says no; otherwise the share of English
 * function words in the text decides.
 */
export function readsAsEnglish(text: string, lang: string | null = null): boolean {
  if (lang && !/^en\b/i.test(lang.trim())) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  return words.filter((w) => STOPWORDS.has(w)).length / words.length >= MIN_ENGLISH_SHARE;
}
