import { nameWords } from '../corpus/features';
import { stem, termSpellings, WORD, words } from '../text/terms';
import { escapeRegExp } from '../text/regexp';

/** At most this many names and terms are given as reasons. */
export const REASONS_SHOWN = 8;

/** Calendar words are capitalised but name no one ("March", "Thursday"). */
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** What the query says, as the reader sees it: its names as mentioned, and its text. */
export interface QueryWording {
  names: string[];
  text: string;
}

/** A shared name word: its part of the name cosine, and the candidate's spelling when only a variant of it is shared. */
export interface SharedWord {
  weight: number;
  variant?: string;
}

/**
 * The query's names that the candidate also names, as the query writes them, one entry per name
 * ("Joe Biden", not joe and biden), most telling first (by their share of the name cosine). A name
 * shared only through a spelling variant reads "Zelenskiy ~ Zelensky". `shared` maps the query's
 * entity words to what they share; `spelledInCandidate` gives how the candidate writes a variant.
 */
export function sharedNames(mentions: string[], shared: Map<string, SharedWord>, spelledInCandidate: (variant: string) => string): string[] {
  const candidates = distinctNames(mentions).map(({ name, count }) => {
    const allWords = nameWords(name);
    const sharedWords = allWords.filter((word) => shared.has(word) && !CALENDAR_WORDS.has(word));
    return { name, count, length: allWords.length, sharedWords, score: sharedWords.reduce((sum, word) => sum + shared.get(word)!.weight, 0) };
  });
  // Equal shares: the name sharing more words, then the fuller name ("Joe Biden" over "Biden"), then the more mentioned.
  candidates.sort((a, b) => b.score - a.score || b.sharedWords.length - a.sharedWords.length || b.length - a.length || b.count - a.count);
  const covered = new Set<string>();
  const out: string[] = [];
  for (const { name, sharedWords } of candidates) {
    if (out.length === REASONS_SHOWN) break;
    if (sharedWords.every((word) => covered.has(word))) continue;
    sharedWords.forEach((word) => covered.add(word));
    const respelled = name.replace(WORD, (token) => {
      const variant = shared.get(words(token)[0])?.variant;
      return variant ? spelledInCandidate(variant) : token;
    });
    out.push(respelled === name ? name : `${name} ~ ${respelled}`);
  }
  return out;
}

/**
 * Shared stemmed matching terms (`stems`, most telling first) as the query's `text` spells them,
 * leaving out the shared name words: names are given as names ("Joe Biden", not "biden"). A
 * number has no other spelling and is shown as it is.
 */
export function readableTerms(stems: string[], text: string, sharedNameWords: Iterable<string>): string[] {
  const ofNames = new Set([...sharedNameWords].map(stem));
  const spellings = termSpellings(text);
  return stems
    .filter((term) => !ofNames.has(term))
    .slice(0, REASONS_SHOWN)
    .map((term) => spellings.get(term) ?? term);
}

/** Each name once (whatever its case), with how often it is mentioned, calendar words trimmed off its ends. */
function distinctNames(mentions: string[]): { name: string; count: number }[] {
  const byKey = new Map<string, { name: string; count: number }>();
  for (const mention of mentions) {
    const name = trimCalendarWords(mention);
    if (!name) continue;
    const key = name.toLowerCase();
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { name, count: 1 });
  }
  return [...byKey.values()];
}

function trimCalendarWords(name: string): string {
  const tokens = name.split(/\s+/);
  const isCalendar = (token: string | undefined) => token !== undefined && CALENDAR_WORDS.has(words(token)[0] ?? '');
  while (isCalendar(tokens[0])) tokens.shift();
  while (isCalendar(tokens[tokens.length - 1])) tokens.pop();
  return tokens.join(' ');
}

/** How a text writes a (lower-case, folded) word, e.g. "Zelensky"; capitalised when it is not found. */
export function spelledIn(text: string, word: string): string {
  const escaped = escapeRegExp(word);
  // The word was folded from a plural or possessive: "Brussels" and "Zelensky's" are found as "Brussels" and "Zelensky".
  const found = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped}s?)(?:['’]s?)?(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  return found ? found[1] : word.charAt(0).toUpperCase() + word.slice(1);
}

/** At most this many unusual spellings are kept per article. */
const MAX_SPELLINGS = 24;

/**
 * The words of an article's names as it writes them, where `spelledIn` could not guess them from
 * the folded word by capitalising it ("NATO", "McCain", "Brussels" for brussel), space-separated,
 * each once: what explanations need of a corpus article in place of its text.
 */
export function unusualSpellings(mentions: string[]): string {
  const kept = new Set<string>();
  for (const mention of mentions) {
    for (const [token] of mention.matchAll(WORD)) {
      const written = token.replace(/['’]s?$/, '');
      const folded = words(written)[0];
      if (folded && written !== folded.charAt(0).toUpperCase() + folded.slice(1)) kept.add(written);
      if (kept.size === MAX_SPELLINGS) return [...kept].join(' ');
    }
  }
  return [...kept].join(' ');
}
