import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allArticles, countArticles, getArticle, putArticles, toStoredArticle } from '../../../../../lib/browser/store/articles';
import { exportJsonl } from '../../../../../lib/browser/store/export';
import { importFiles, MAX_REJECTIONS_KEPT, type ImportProgress } from '../../../../../lib/browser/store/import/import-files';
import { describeRejection } from '../../../../../lib/browser/store/import/report';
import { freshStore, summitReport, unrelatedReport } from '../support';

beforeEach(freshStore);

const jsonl = (...lines: string[]) => lines.join('\n');
const line = (value: unknown) => JSON.stringify(value);
const parseHtml = (html: string) => parseHTML(html).document as unknown as Document;

describe('importing corpus files', () => {
  it('stores the valid lines of a JSONL file and names each bad line with its reason', async () => {
    const file = new File(
      [
        jsonl(
          line(summitReport('a', 'Wire One')),
          '{"id": "b", "text": "unterminated',
          line({ ...summitReport('c', 'Wire Two'), text: '' }),
          '',
          line({ title: 'no id', text: 'Body.' }),
          line(summitReport('a', 'Wire Three')),
          line(unrelatedReport('d')),
          '[1, 2]',
        ),
      ],
      'news.jsonl',
    );
    const report = await importFiles([file]);
    expect(report.failure).toBeNull();
    expect(report.stored).toBe(2);
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [2, 'not valid JSON'],
      [3, 'missing "text"'],
      [5, 'missing "id"'],
      [6, 'duplicate id "a" (first seen at news.jsonl, line 1)'],
      [8, 'not a JSON object'],
    ]);
    expect(describeRejection(report.rejected[0])).toBe('news.jsonl, line 2: not valid JSON');
    expect((await allArticles()).map((a) => [a.id, a.source, a.origin]).sort()).toEqual([
      ['a', 'Wire One', 'imported'],
      ['d', 'Garden Gazette', 'imported'],
    ]);
  });

  it('counts lines across the pieces a large file is streamed in', async () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => (i % 997 === 500 ? 'broken' : line({ id: `n${i}`, text: `Report number ${i} on the Brussels summit. ${'x'.repeat(60)}` })));
    const report = await importFiles([new File([jsonl(...lines)], 'big.jsonl')]);
    expect(report.rejected.map((r) => r.line)).toEqual([501, 1498, 2495]);
    expect(report.stored).toBe(2_997);
    expect(await countArticles()).toBe(2_997);
  });

  it('counts every bad line but keeps only the first ones in the report', async () => {
    const lines = Array.from({ length: MAX_REJECTIONS_KEPT + 50 }, () => 'not json');
    const report = await importFiles([new File([jsonl(...lines, line(summitReport('ok', 'Wire One')))], 'noisy.jsonl')]);
    expect(report.rejectedCount).toBe(MAX_REJECTIONS_KEPT + 50);
    expect(report.rejected).toHaveLength(MAX_REJECTIONS_KEPT);
    expect(report.rejected.at(-1)?.line).toBe(MAX_REJECTIONS_KEPT);
    expect(report.stored).toBe(1);
  });

  it('reports progress while reading, then while saving, up to the totals', async () => {
    const progress: ImportProgress[] = [];
    const file = new File([jsonl(line(summitReport('a', 'Wire One')), line(summitReport('b', 'Wire Two')))], 'two.jsonl');
    await importFiles([file], { onProgress: (p) => progress.push(p) });
    expect(progress[0]).toEqual({ phase: 'reading', done: 0, total: file.size });
    expect(progress).toContainEqual({ phase: 'reading', done: file.size, total: file.size });
    expect(progress.at(-1)).toEqual({ phase: 'saving', done: 2, total: 2 });
  });

  it('reads a JSON array item by item, a bundle, an HTML page and a text file', async () => {
    const array = new File([line([summitReport('j1', 'Wire One'), { id: 'j2' }])], 'items.json');
    const html = new File(
      [`<!doctype html><html><head><title>Biden in Brussels</title><meta property="og:site_name" content="Page Post"></head><body><article><h1>Biden in Brussels</h1>${summitReport('x', 'x').text.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`],
      'page-story.html',
    );
    const text = new File([summitReport('t', 'T').text], 'notes.txt');
    const report = await importFiles([array, html, text, new File(['{not json'], 'broken.json'), new File(['x'], 'picture.png')], { parseHtml });
    expect(report.rejected.map(describeRejection)).toEqual([
      'items.json, item 2: missing "text"',
      'broken.json: not valid JSON',
      'picture.png: not a corpus file (use .jsonl, .json, .html or .txt)',
    ]);
    expect((await allArticles()).map((a) => a.id).sort()).toEqual(['j1', 'notes', 'page-story']);
    expect((await getArticle('page-story'))?.text).toContain('NATO leaders');
  });

  it('leaves the store exactly as it was when saving fails', async () => {
    await putArticles([toStoredArticle(unrelatedReport('kept'), 'imported')]);
    const articles = await import('../../../../../lib/browser/store/articles');
    const spy = vi.spyOn(articles, 'putArticles').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const report = await importFiles([new File([line(summitReport('a', 'Wire One'))], 'a.jsonl')]);
    spy.mockRestore();
    expect(report).toEqual({ stored: 0, rejected: [], rejectedCount: 0, failure: expect.stringMatching(/Nothing was imported.*QuotaExceededError/) });
    expect((await allArticles()).map((a) => a.id)).toEqual(['kept']);
  });

  it('exports every stored article as JSONL that imports back to the same corpus', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'compared'), toStoredArticle(unrelatedReport('b'), 'imported')]);
    const exported = await (await exportJsonl()).text();
    const lines = exported.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l).sort())).toEqual([
      ['id', 'publishedAt', 'source', 'text', 'title', 'url'],
      ['id', 'publishedAt', 'source', 'text', 'title', 'url'],
    ]);
    await freshStore();
    const report = await importFiles([new File([exported], 'export.jsonl')]);
    expect(report.stored).toBe(2);
    expect((await getArticle('a'))?.text).toBe(summitReport('a', 'Wire One').text);
  });
});
