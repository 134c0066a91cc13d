import { z } from 'zod/mini';
import { boundedText, corpusRecordSchema, MAX_EXCERPT_CHARS, MAX_ID_CHARS, nonEmptyText, shortText } from '../../core/corpus/record';

// Importing corpus/record also configures zod/mini for extension contexts (no `new Function`).

/** An extracted page, as the content script and the offscreen document send it: a corpus record with what extraction adds. */
export const articleSchema = z.extend(corpusRecordSchema, {
  byline: shortText,
  lang: z.nullable(boundedText(50)),
  excerpt: z.nullable(boundedText(MAX_EXCERPT_CHARS)),
  readerable: z.boolean(),
});

/** What the content script returns: the article, and what the reader should know about it. */
export const extractionSchema = z.object({
  article: articleSchema,
  note: z.nullable(boundedText(1_000)),
});

const tabId = z.int().check(z.nonnegative());

export const compareTabRequestSchema = z.object({
  tabId,
  /** Compare even when the page does not look like an article. */
  force: z.boolean(),
});

export const detailsRequestSchema = z.object({
  tabId,
});

export const highlightRequestSchema = z.object({
  sentence: z.nullable(nonEmptyText(5_000)),
});

export const feedUrlRequestSchema = z.object({
  url: nonEmptyText(MAX_ID_CHARS),
});

/** An empty request: the message's name says it all. */
export const emptyRequestSchema = z.strictObject({});

/** Background → offscreen document (Chrome): extract the article of a fetched page, which needs a DOM. */
export const extractHtmlRequestSchema = z.object({
  html: boundedText(20_000_000),
  url: z.url().check(z.maxLength(MAX_ID_CHARS)),
});
