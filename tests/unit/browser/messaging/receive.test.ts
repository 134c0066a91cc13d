import { describe, expect, it } from 'vitest';
import { acceptMessage } from '../../../../lib/browser/messaging/receive';
import {
  articleSchema,
  changeSettingsRequestSchema,
  compareTabRequestSchema,
  deleteArticlesRequestSchema,
  emptyRequestSchema,
  extractHtmlRequestSchema,
  extractionSchema,
  highlightRequestSchema,
  IMPORT_BATCH_ARTICLES,
  importArticlesRequestSchema,
} from '../../../../lib/browser/messaging/schemas';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';

describe('acceptMessage', () => {
  it('accepts valid data from the extension’s own pages', () => {
    expect(acceptMessage('compareTab', compareTabRequestSchema, ORIGIN, `${ORIGIN}popup.html`, { tabId: 3, force: false })).toEqual({ tabId: 3, force: false });
  });

  it('refuses messages from web pages, other extensions and unknown senders', () => {
    for (const sender of ['https://evil.example/', 'chrome-extension://otherextension/popup.html', undefined]) {
      expect(() => acceptMessage('compareTab', compareTabRequestSchema, ORIGIN, sender, { tabId: 3, force: false })).toThrow(/unexpected sender/);
    }
  });

  it('refuses malformed data', () => {
    for (const data of [null, {}, { tabId: -1, force: false }, { tabId: '3', force: false }, { tabId: 3 }]) {
      expect(() => acceptMessage('compareTab', compareTabRequestSchema, ORIGIN, `${ORIGIN}popup.html`, data)).toThrow(/malformed/);
    }
  });
});

describe('articleSchema', () => {
  const article = { id: 'a', title: null, byline: null, source: null, url: null, publishedAt: '2022-03-15', lang: 'en', excerpt: null, text: 'Body.', readerable: true };

  it('accepts an extracted article', () => {
    expect(articleSchema.parse(article)).toEqual(article);
  });

  it('refuses oversize text and malformed dates', () => {
    expect(articleSchema.safeParse({ ...article, text: 'x'.repeat(2_000_001) }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, publishedAt: 'last Tuesday' }).success).toBe(false);
  });
});

describe('the other schemas keep their limits', () => {
  it('refuses what each receiving end must not see', () => {
    expect(compareTabRequestSchema.safeParse({ tabId: 1.5, force: false }).success).toBe(false);
    expect(highlightRequestSchema.safeParse({ sentence: null }).success).toBe(true);
    expect(highlightRequestSchema.safeParse({ sentence: '' }).success).toBe(false);
    expect(highlightRequestSchema.safeParse({ sentence: 'x'.repeat(5_001) }).success).toBe(false);
    expect(emptyRequestSchema.safeParse({}).success).toBe(true);
    expect(emptyRequestSchema.safeParse({ extra: 1 }).success).toBe(false);
    expect(extractHtmlRequestSchema.safeParse({ html: '<p>x</p>', url: 'https://news.example/a' }).success).toBe(true);
    expect(extractHtmlRequestSchema.safeParse({ html: '<p>x</p>', url: 'not a url' }).success).toBe(false);
    expect(extractionSchema.safeParse({ article: { id: '' }, note: null }).success).toBe(false);
  });

  it('lets the pages change the store only in the ways the options page offers', () => {
    const record = { id: 'a', source: null, url: null, title: null, publishedAt: null, text: 'Body.' };
    expect(importArticlesRequestSchema.safeParse({ records: Array(IMPORT_BATCH_ARTICLES).fill(record) }).success).toBe(true);
    expect(importArticlesRequestSchema.safeParse({ records: Array(IMPORT_BATCH_ARTICLES + 1).fill(record) }).success).toBe(false);
    expect(importArticlesRequestSchema.safeParse({ records: [{ ...record, id: '' }] }).success).toBe(false);
    for (const which of [{ id: 'a' }, { sourceKey: '' }, { all: true }]) expect(deleteArticlesRequestSchema.safeParse(which).success).toBe(true);
    for (const which of [{}, { all: false }, { id: '' }, { id: 'a', all: true }]) expect(deleteArticlesRequestSchema.safeParse(which).success).toBe(false);
    expect(changeSettingsRequestSchema.safeParse({ keepFeedDays: 'forever', remember: false }).success).toBe(true);
    expect(changeSettingsRequestSchema.safeParse({ keepFeedDays: 12 }).success).toBe(false);
    expect(changeSettingsRequestSchema.safeParse({ pollMinutes: Number.NaN }).success).toBe(false);
    expect(changeSettingsRequestSchema.safeParse({ other: 1 }).success).toBe(false);
  });
});
