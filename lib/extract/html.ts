import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { isBoilerplateLine } from './boilerplate';
import { splitDateline } from './dateline';
import { isoDay } from './iso-day';
import { readMetadata } from './metadata';
import { elementToParagraphs } from './paragraphs';

export interface ExtractOptions {
  id: string;
  /** The page's address, when known (the document's own URL is used otherwise). */
  url?: string | null;
}

/**
 * Extracts the article of a page. Readability mutates the document it is given, so it always
 * works on a clone: the page itself is never touched.
 */
export function extractFromDocument(doc: Document, options: ExtractOptions): Article {
  const metadata = readMetadata(doc, options.url ?? null);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();

  let paragraphs = parsed?.content ? elementToParagraphs(parsed.content) : [];
  paragraphs = paragraphs.filter((p) => !isBoilerplateLine(p));
  let agency: string | null = null;
  if (paragraphs.length > 0) {
    const dateline = splitDateline(paragraphs[0]);
    agency = dateline.agency;
    paragraphs[0] = dateline.rest;
  }
  const text = paragraphs.join('\n\n');
  return {
    id: options.id,
    title: clean(parsed?.title) ?? metadata.title,
    byline: clean(parsed?.byline) ?? metadata.byline,
    source: metadata.source ?? clean(parsed?.siteName) ?? agency,
    url: metadata.url,
    publishedAt: metadata.publishedAt ?? isoDay(parsed?.publishedTime),
    lang: clean(parsed?.lang) ?? metadata.lang,
    excerpt: clean(parsed?.excerpt) ?? paragraphs[0]?.slice(0, 300) ?? null,
    text,
    readerable: readerable && text.length > 0,
  };
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

