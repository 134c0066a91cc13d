import { z } from 'zod';

// Extension pages and workers forbid eval, so zod must not try to compile validators with `new Function`.
z.config({ jitless: true });

/** Bounds on what crosses between contexts: page-derived data is never trusted to be small. */
export const MAX_TEXT_CHARS = 2_000_000;
const shortText = z.string().max(2_000).nullable();

export const articleSchema = z.object({
  id: z.string().min(1).max(4_000),
  title: shortText,
  byline: shortText,
  source: shortText,
  url: z.string().max(4_000).nullable(),
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  lang: z.string().max(50).nullable(),
  excerpt: z.string().max(5_000).nullable(),
  text: z.string().max(MAX_TEXT_CHARS),
  readerable: z.boolean(),
});

/** What the content script returns: the article, and what the reader should know about it. */
export const extractionSchema = z.object({
  article: articleSchema,
  note: z.string().max(1_000).nullable(),
});

export const compareTabRequestSchema = z.object({
  tabId: z.number().int().nonnegative(),
  /** Compare even when the page does not look like an article. */
  force: z.boolean(),
});

export const detailsRequestSchema = z.object({
  tabId: z.number().int().nonnegative(),
});

export const highlightRequestSchema = z.object({
  sentence: z.string().min(1).max(5_000).nullable(),
});

export const feedUrlRequestSchema = z.object({
  url: z.string().min(1).max(4_000),
});

/** An empty request: the message's name says it all. */
export const emptyRequestSchema = z.object({}).strict();

/** Background → offscreen document (Chrome): extract the article of a fetched page, which needs a DOM. */
export const extractHtmlRequestSchema = z.object({
  html: z.string().max(20_000_000),
  url: z.string().url().max(4_000),
});
