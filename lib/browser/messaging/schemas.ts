import { z } from 'zod/mini';

// zod/mini, not zod: the same checks at a fraction of the size in every receiving context, the
// content script among them. Extension pages and workers forbid eval, so zod must not try to
// compile validators with `new Function`.
z.config({ jitless: true });

/** Bounds on what crosses between contexts: page-derived data is never trusted to be small. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Title, byline and source. */
export const MAX_SHORT_TEXT_CHARS = 2_000;
export const MAX_EXCERPT_CHARS = 5_000;

const text = (max: number) => z.string().check(z.maxLength(max));
const nonEmptyText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const shortText = z.nullable(text(MAX_SHORT_TEXT_CHARS));

export const articleSchema = z.object({
  id: nonEmptyText(4_000),
  title: shortText,
  byline: shortText,
  source: shortText,
  url: z.nullable(text(4_000)),
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  lang: z.nullable(text(50)),
  excerpt: z.nullable(text(MAX_EXCERPT_CHARS)),
  text: text(MAX_TEXT_CHARS),
  readerable: z.boolean(),
});

/** What the content script returns: the article, and what the reader should know about it. */
export const extractionSchema = z.object({
  article: articleSchema,
  note: z.nullable(text(1_000)),
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
  url: nonEmptyText(4_000),
});

/** An empty request: the message's name says it all. */
export const emptyRequestSchema = z.strictObject({});

/** Background → offscreen document (Chrome): extract the article of a fetched page, which needs a DOM. */
export const extractHtmlRequestSchema = z.object({
  html: text(20_000_000),
  url: z.url().check(z.maxLength(4_000)),
});
