import { describe, expect, it } from 'vitest';
import { articleOf, corpusRecordOf, sameRecord, MAX_COMPARED_CHARS, MAX_TEXT_CHARS, toCorpusRecord, withinComparisonLimit } from '../../../../lib/core/corpus/record';
import type { Article } from '../../../../lib/core/types';

const article = (text: string): Article => ({ id: 'a', title: null, byline: null, source: null, url: null, publishedAt: null, lang: null, excerpt: null, text, readerable: true });

describe('toCorpusRecord', () => {
  it('reads optional fields leniently and leaves out fields that are not the record’s', () => {
    expect(toCorpusRecord({ id: 'a', story: 's1', source: '  ', url: 7, title: 'Summit', publishedAt: '2022-03-15T09:00:00Z', text: 'Body.' })).toEqual({
      id: 'a',
      source: null,
      url: null,
      title: 'Summit',
      publishedAt: '2022-03-15',
      text: 'Body.',
    });
    expect(toCorpusRecord({ id: 'a', text: 'Body.', publishedAt: 'last Tuesday' })).toMatchObject({ publishedAt: null });
  });

  it('says why a value is not a record', () => {
    expect(toCorpusRecord([1])).toBe('not a JSON object');
    expect(toCorpusRecord({ id: ' ', text: 'Body.' })).toBe('missing "id"');
    expect(toCorpusRecord({ id: 'a', text: 3 })).toBe('missing "text"');
  });

  it('holds a record to the same bounds as the article message', () => {
    expect(toCorpusRecord({ id: 'a', text: 'x'.repeat(MAX_TEXT_CHARS + 1) })).toBe('"text" is longer than 2,000,000 characters');
    expect(toCorpusRecord({ id: 'a', title: 'T'.repeat(2_001), text: 'Body.' })).toBe('"title" is longer than 2,000 characters');
  });
});

describe('corpusRecordOf and articleOf', () => {
  it('convert an article to its record and back, the extraction fields given their defaults', () => {
    const extracted = { ...article('Body.'), byline: 'By A. Writer', lang: 'en', excerpt: 'Body', readerable: false };
    const record = corpusRecordOf(extracted);
    expect(record).toEqual({ id: 'a', source: null, url: null, title: null, publishedAt: null, text: 'Body.' });
    expect(articleOf(record, 'en')).toEqual({ ...record, byline: null, lang: 'en', excerpt: null, readerable: true });
  });
});

describe('withinComparisonLimit', () => {
  it('leaves an ordinary article as it is', () => {
    const short = article('One paragraph.\n\nAnother.');
    expect(withinComparisonLimit(short)).toEqual({ article: short, cut: false });
  });

  it('cuts a very long article at a paragraph break within the limit', () => {
    const paragraph = `${'The summit went on. '.repeat(40).trim()}`;
    const long = article(Array.from({ length: 100 }, () => paragraph).join('\n\n'));
    const { article: cut, cut: wasCut } = withinComparisonLimit(long);
    expect(wasCut).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(MAX_COMPARED_CHARS);
    expect(cut.text.length).toBeGreaterThan(MAX_COMPARED_CHARS / 2);
    expect(long.text.startsWith(cut.text)).toBe(true);
    expect(cut.text.endsWith(paragraph)).toBe(true);
  });

  it('cuts text without breaks at the limit', () => {
    const { article: cut } = withinComparisonLimit(article('x'.repeat(MAX_COMPARED_CHARS * 3)));
    expect(cut.text).toHaveLength(MAX_COMPARED_CHARS);
  });
});

describe('sameRecord', () => {
  const record = { id: 'a', source: 'Harbour Post', url: 'https://harbour.example/a', title: 'Pier reopens', publishedAt: '2024-05-02', text: 'The pier reopened on Thursday.' };

  it('is true for the same fields, whatever else an article carries, and false when one field differs', () => {
    expect(sameRecord(record, { ...record, byline: 'A. Writer', readerable: true } as typeof record)).toBe(true);
    expect(sameRecord(record, { ...record, text: 'The pier reopened on Friday.' })).toBe(false);
    expect(sameRecord(record, { ...record, publishedAt: null })).toBe(false);
  });
});
