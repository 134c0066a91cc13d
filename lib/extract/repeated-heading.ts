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
const BY_PREFIX = /^(?:by|from|written by|words by)\s+/i;

export function headingRepeatTest(context: HeadingContext): (line: string) => boolean {
  const titles = context.titles.map((t) => (t ? comparable(t) : '')).filter((t) => wordCount(t) >= 2);
  const byline = context.byline ? comparable(context.byline.replace(BY_PREFIX, '')) : null;
  const pageUrl = context.pageUrl ? comparable(context.pageUrl) : null;
  return (line) => {
    const text = comparable(line);
    if (!text) return false;
    if (text === pageUrl) return true;
    if (byline && comparable(line.replace(BY_PREFIX, '')) === byline) return true;
    return wordCount(text) <= MAX_HEADLINE_WORDS && titles.some((title) => isHeadline(text, title));
  };
}

function isHeadline(text: string, title: string): boolean {
  if (text === title) return true;
  if (text.endsWith(` ${title}`) && wordCount(text) - wordCount(title) <= MAX_BREADCRUMB_WORDS) return true;
  return title.startsWith(`${text} `) && text.length >= title.length * 0.6;
}
