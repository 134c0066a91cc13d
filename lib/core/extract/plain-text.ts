import type { Article } from '../types';
import { cleanLines } from './clean-article';
import { removeDateline } from './dateline';

/**
 * Plain-text articles, as the seeds are stored: an optional first-line marker ` date YYYY-MM-DD`,
 * an optional headline line, then paragraphs separated by blank lines (or by single newlines when
 * the file has no blank lines at all).
 */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*/;
const MAX_HEADLINE_WORDS = 20;

export function parsePlainText(raw: string, id: string): Article {
  let body = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  let publishedAt: string | null = null;
  const marker = DATE_MARKER.exec(body);
  if (marker) {
    publishedAt = marker[1];
    body = body.slice(marker[0].length);
  }
  const separator = /\n\s*\n/.test(body) ? /\n\s*\n/ : /\n/;
  const lines = body
    .split(separator)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p);
  let cleaned = cleanLines(lines, { titles: [], byline: null, pageUrl: null });

  let title: string | null = null;
  if (cleaned.length > 1 && looksLikeHeadline(cleaned[0])) {
    title = cleaned[0];
    cleaned = cleaned.slice(1);
  }
  const { paragraphs, dateline } = removeDateline(cleaned);
  const text = paragraphs.join('\n\n');
  return {
    id,
    title,
    byline: null,
    source: dateline?.agency ?? null,
    url: null,
    publishedAt,
    lang: null,
    excerpt: paragraphs[0]?.slice(0, 300) ?? null,
    text,
    readerable: text.length > 0,
  };
}

/** A headline is short and, unlike a sentence, does not end with a full stop. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(' ').length;
  return words <= MAX_HEADLINE_WORDS && !/[.!?:"”’]$/.test(line);
}
