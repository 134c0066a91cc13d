import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { MAX_EXCERPT_CHARS, MAX_SHORT_TEXT_CHARS } from '../corpus/record';
import type { Article } from '../types';
import { cleanArticleElement, cleanBlocks } from './clean-article';
import { cutAtWord } from './cut-at-word';
import { removeDateline } from './dateline';
import { readMetadata } from './metadata';
import { MAX_DEPTH, nestedDeeperThan, TOO_DEEP_NOTE } from './nesting-depth';
import { elementToBlocks } from './paragraphs';
import { limitDocumentSize, MAX_ELEMENTS } from './size-limit';
import { withoutSiteSuffix } from './title';

export interface ExtractOptions {
  id: string;
  /** The page's address, when known (the document's own URL is used otherwise). */
  url?: string | null;
  /** Elements read at most before the rest of the page is cut (default MAX_ELEMENTS). */
  maxElements?: number;
}

export interface Extraction {
  article: Article;
  /** Something the reader should know about this extraction (the page was cut, or extraction failed). */
  note: string | null;
}

/** The article of a page (see `extractArticle`). */
export function extractFromDocument(doc: Document, options: ExtractOptions): Article {
  return extractArticle(doc, options).article;
}

/**
 * Extracts the article of a page: Readability on a clone (it mutates what it is given, and the
 * page itself must never be touched), then general cleaning rules, then metadata. Never throws:
 * a failure, or a page too deeply nested for Readability to finish, gives an empty,
 * non-readerable article and a note that says why.
 */
export function extractArticle(doc: Document, options: ExtractOptions): Extraction {
  try {
    return extract(doc, options);
  } catch (error) {
    return { article: emptyArticle(options), note: `Extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function extract(doc: Document, options: ExtractOptions): Extraction {
  // Checked on the page itself, before anything reads or clones it.
  if (nestedDeeperThan(doc.documentElement, MAX_DEPTH)) return { article: emptyArticle(options), note: TOO_DEEP_NOTE };
  const pageUrl = options.url ?? webAddress(doc.URL);
  const metadata = readMetadata(doc, pageUrl);
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const cut = limitDocumentSize(clone, maxElements);
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true }).parse();

  const documentTitle = clean(doc.title);
  const readabilityTitle = clean(parsed?.title);
  // Readability takes a declared title verbatim; only a title it derived from <title> may keep a site suffix.
  const title = readabilityTitle && !metadata.title ? withoutSiteSuffix(readabilityTitle, documentTitle) : (readabilityTitle ?? metadata.title);
  const byline = clean(parsed?.byline) ?? metadata.byline;
  let lines: string[] = [];
  if (parsed?.content) {
    cleanArticleElement(parsed.content as Element);
    lines = cleanBlocks(elementToBlocks(parsed.content, pageUrl), {
      titles: [title, metadata.title, documentTitle],
      byline,
      pageUrl: metadata.url,
    });
  }
  const { paragraphs, dateline } = removeDateline(lines);
  const text = paragraphs.join('\n\n');
  // Page metadata can be any length; the message schema refuses an article with a field over its limit.
  const article: Article = {
    id: options.id,
    title: cutAtWord(title, MAX_SHORT_TEXT_CHARS),
    byline: cutAtWord(byline, MAX_SHORT_TEXT_CHARS),
    source: cutAtWord(metadata.source ?? dateline?.agency ?? null, MAX_SHORT_TEXT_CHARS),
    url: metadata.url,
    publishedAt: metadata.publishedAt,
    lang: clean(parsed?.lang) ?? metadata.lang,
    excerpt: cutAtWord(clean(parsed?.excerpt) ?? paragraphs[0]?.slice(0, 300) ?? null, MAX_EXCERPT_CHARS),
    text,
    readerable: readerable && text.length > 0,
  };
  const note = cut ? `This page is very large: only its first ${maxElements.toLocaleString('en')} elements were read.` : null;
  return { article, note };
}

/** The document's own address when it is a web page's (not `about:blank`, not a file). */
function webAddress(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function emptyArticle(options: ExtractOptions): Article {
  return {
    id: options.id, title: null, byline: null, source: null, url: options.url ?? null,
    publishedAt: null, lang: null, excerpt: null, text: '', readerable: false,
  };
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
