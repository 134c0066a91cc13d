import type { Article } from '../types';
import { isBoilerplateLine } from './boilerplate';
import { splitDateline } from './dateline';

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
  let paragraphs = body
    .split(separator)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !isBoilerplateLine(p));

  let title: string | null = null;
  if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0])) {
    title = paragraphs[0];
    paragraphs = paragraphs.slice(1);
  }
  let source: string | null = null;
  if (paragraphs.length > 0) {
    const dateline = splitDateline(paragraphs[0]);
    source = dateline.agency;
    paragraphs[0] = dateline.rest;
  }
  const text = paragraphs.join('\n\n');
  return {
    id,
    title,
    byline: null,
    source,
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
