import { comparable, wordCount } from './text-shape';

/**
 * The page's own furniture repeated inside the article: the headline (alone, after breadcrumbs, or
 * as the first part of "Headline | Site"), the byline ("By Jane Doe" or the bare name), the page's
 * own address.
 */
export interface HeadingContext {
  /** Headline candidates: the article title, the document title, og:title. */
  titles: (string | null)[];
  byline: string | null;
  pageUrl: string | null;
}

const MAX_HEADLINE_WORDS = 40;
const MAX_BREADCRUMB_WORDS = 6;
/** Room for breadcrumbs and punctuation around a repeated headline, in characters. */
const LENGTH_SLACK = 80;
const BY_PREFIX = /^(?:by|from|written by|words by) /;

export function headingRepeatTest(context: HeadingContext): (line: string) => boolean {
  const titles = context.titles.map((t) => (t ? comparable(t) : '')).filter((t) => wordCount(t) >= 2);
  const byline = context.byline ? comparable(context.byline).replace(BY_PREFIX, '') : null;
  const pageUrl = context.pageUrl ? comparable(context.pageUrl) : null;
  // Comparing text is the costly part: a line longer than every candidate is story, not furniture.
  const maxLength = Math.max(0, ...[...titles, byline ?? '', pageUrl ?? ''].map((t) => t.length)) + LENGTH_SLACK;
  return (line) => {
    if (line.length > maxLength) return false;
    const text = comparable(line);
    if (!text) return false;
    if (text === pageUrl || (byline && text.replace(BY_PREFIX, '') === byline)) return true;
    return wordCount(text) <= MAX_HEADLINE_WORDS && titles.some((title) => isHeadline(line, text, title));
  };
}

function isHeadline(line: string, text: string, title: string): boolean {
  if (text === title) return true;
  // Breadcrumbs may be glued to the headline ("HomeLatest NewsHeadline").
  const before = wordCount(text) - wordCount(title);
  if (text.endsWith(title) && before <= MAX_BREADCRUMB_WORDS && areLabels(line.trim().split(/\s+/).slice(0, before))) return true;
  return title.startsWith(`${text} `) && text.length >= title.length * 0.6;
}

/**
 * Breadcrumbs are section names, each word capitalised ("Home", "Latest News"); words before the
 * headline's words that include a lower-case one are a phrase ("Proof of the …", "Landscapes of …").
 */
function areLabels(words: string[]): boolean {
  return !words.some((word) => /^\P{L}*\p{Ll}/u.test(word));
}
