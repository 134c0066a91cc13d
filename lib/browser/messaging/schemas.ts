import { z } from 'zod/mini';
import { boundedText, corpusRecordSchema, MAX_EXCERPT_CHARS, MAX_ID_CHARS, MAX_SHORT_TEXT_CHARS, nonEmptyText, shortText } from '../../core/corpus/record';
import { KEEP_FEED_DAYS_CHOICES } from '../store/retention';

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

/** Stop following a feed, deleting the articles it brought if asked. */
export const unsubscribeRequestSchema = z.object({
  url: nonEmptyText(MAX_ID_CHARS),
  deleteArticles: z.boolean(),
});

/** Most articles an import sends the background at once (see `importArticlesRequestSchema`). */
export const IMPORT_BATCH_ARTICLES = 500;

/** Options page → background: store these imported articles, all or none. */
export const importArticlesRequestSchema = z.object({
  records: z.array(corpusRecordSchema).check(z.maxLength(IMPORT_BATCH_ARTICLES)),
});

/** Options page → background: delete one article, one source's articles ('' for no source), or all. */
export const deleteArticlesRequestSchema = z.union([
  z.strictObject({ id: nonEmptyText(MAX_ID_CHARS) }),
  z.strictObject({ sourceKey: boundedText(MAX_SHORT_TEXT_CHARS) }),
  z.strictObject({ all: z.literal(true) }),
]);

/** Options page → background: the reader's new choices, only those given changing (the store keeps the poll interval within its bounds). */
export const changeSettingsRequestSchema = z.strictObject({
  remember: z.optional(z.boolean()),
  pollMinutes: z.optional(z.number()),
  keepFeedDays: z.optional(z.literal(KEEP_FEED_DAYS_CHOICES)),
});

/** Options page → background: the next page of the export, after the article with this id (null: from the start). */
export const exportPageRequestSchema = z.object({
  after: z.nullable(nonEmptyText(MAX_ID_CHARS)),
});

/** An empty request: the message's name says it all. */
export const emptyRequestSchema = z.strictObject({});

/** Background → offscreen document (Chrome): extract the article of a fetched page, which needs a DOM. */
export const extractHtmlRequestSchema = z.object({
  html: boundedText(20_000_000),
  url: z.url().check(z.maxLength(MAX_ID_CHARS)),
});
