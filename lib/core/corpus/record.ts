import { z } from 'zod/mini';
import type { Article, CorpusRecord } from '../types';

// zod/mini, not zod: the same checks at a fraction of the size in every context that validates,
// the content script among them. Extension pages and workers forbid eval, so zod must not try to
// compile validators with `new Function`.
z.config({ jitless: true });

/** Bounds on an article's fields, wherever it comes from: page-derived or imported data is never trusted to be small. */
export const MAX_TEXT_CHARS = 2_000_000;
/** Title, byline and source. */
export const MAX_SHORT_TEXT_CHARS = 2_000;
export const MAX_EXCERPT_CHARS = 5_000;
/** Id and address. */
export const MAX_ID_CHARS = 4_000;

export const boundedText = (max: number) => z.string().check(z.maxLength(max));
export const nonEmptyText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
export const shortText = z.nullable(boundedText(MAX_SHORT_TEXT_CHARS));

/** A corpus record with its bounds: what the CLI and import read from corpus files, and the core of the article message. */
export const corpusRecordSchema = z.object({
  id: nonEmptyText(MAX_ID_CHARS),
  source: shortText,
  url: z.nullable(boundedText(MAX_ID_CHARS)),
  title: shortText,
  publishedAt: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  text: boundedText(MAX_TEXT_CHARS),
}) satisfies z.ZodMiniType<CorpusRecord>;

/** The corpus fields of an article (an extracted Article, a stored article): anything else it carries is left out. */
export function corpusRecordOf(article: CorpusRecord): CorpusRecord {
  const { id, source, url, title, publishedAt, text } = article;
  return { id, source, url, title, publishedAt, text };
}

/** Whether two records hold the same article as stored: every record field equal. */
export function sameRecord(a: CorpusRecord, b: CorpusRecord): boolean {
  const [x, y] = [corpusRecordOf(a), corpusRecordOf(b)];
  return (Object.keys(x) as (keyof CorpusRecord)[]).every((field) => x[field] === y[field]);
}

/** A corpus record as an Article to match or compare: a readerable page with no byline or excerpt. */
export function articleOf(record: CorpusRecord, lang: string | null = null): Article {
  return { ...corpusRecordOf(record), byline: null, lang, excerpt: null, readerable: true };
}

/**
 * A corpus record from parsed JSON (a line of a corpus file, an item of a JSON array, an extracted
 * article), or the reason it is not one. Files are read leniently: a blank or non-string optional
 * field is null, a date with a time keeps its day, a date in any other form is null; extra fields
 * (a gold `story` label) are left out.
 */
export function toCorpusRecord(value: unknown): CorpusRecord | string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id.trim()) return 'missing "id"';
  if (typeof v.text !== 'string' || !v.text.trim()) return 'missing "text"';
  const optional = (key: string) => (typeof v[key] === 'string' && (v[key] as string).trim() ? (v[key] as string) : null);
  const publishedAt = optional('publishedAt');
  const parsed = corpusRecordSchema.safeParse({
    id: v.id,
    source: optional('source'),
    url: optional('url'),
    title: optional('title'),
    publishedAt: publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : null,
    text: v.text,
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = String(issue.path[0]);
  return issue.code === 'too_big' ? `"${field}" is longer than ${Number(issue.maximum).toLocaleString('en')} characters` : `"${field}" is not valid`;
}

/**
 * The longest text compared. Matching and analysis grow faster than linearly with length (2 MB of
 * text took over 30 s), while news articles run to a few thousand words; past this, the article is
 * compared on its opening part and the reader is told.
 */
export const MAX_COMPARED_CHARS = 40_000;

/** The article cut to MAX_COMPARED_CHARS at a paragraph (else sentence, else word) break, and whether it was cut. */
export function withinComparisonLimit(article: Article): { article: Article; cut: boolean } {
  if (article.text.length <= MAX_COMPARED_CHARS) return { article, cut: false };
  const head = article.text.slice(0, MAX_COMPARED_CHARS);
  const breakAt = [head.lastIndexOf('\n\n'), head.search(/[.!?][^.!?]*$/) + 1, head.lastIndexOf(' ')].find((at) => at > MAX_COMPARED_CHARS / 2);
  return { article: { ...article, text: head.slice(0, breakAt ?? MAX_COMPARED_CHARS).trimEnd() }, cut: true };
}

export const CUT_NOTE = `This article is very long: Crosscheck compared its first ${MAX_COMPARED_CHARS.toLocaleString('en')} characters.`;
