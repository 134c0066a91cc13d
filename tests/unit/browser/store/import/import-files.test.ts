import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allArticles, countArticles, getArticle, putArticles, toStoredArticle } from '../../../../../lib/browser/store/articles';
import { exportPage } from '../../../../../lib/browser/store/export';
import { importFiles as importFilesWith, MAX_REJECTIONS_KEPT, type ImportOptions } from '../../../../../lib/browser/store/import/import-files';
import type { ImportFile } from '../../../../../lib/browser/store/import/read-file';
import { describeRejection } from '../../../../../lib/browser/store/import/report';
import { importArticles } from '../../../../../lib/browser/store/requests';
import { IMPORT_BATCH_ARTICLES } from '../../../../../lib/browser/messaging/schemas';
import { freshStore, summitReport, unrelatedReport } from '../support';

beforeEach(freshStore);

/** Imports as the options page does, each batch saved by what the background runs for it. */
const importFiles = (files: ImportFile[], options: Partial<ImportOptions> = {}) => importFilesWith(files, { save: importArticles, batchArticles: IMPORT_BATCH_ARTICLES, ...options });

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

  it('saves in batches as it reads, reporting bytes read and articles saved up to the totals', async () => {
    const progress: { bytesRead: number; stored: number }[] = [];
    const batches: number[] = [];
    const file = new File([jsonl(...['a', 'b', 'c', 'd', 'e'].map((id) => line(summitReport(id, 'Wire One'))))], 'five.jsonl');
    await importFiles([file], {
      batchArticles: 2,
      save: async (records) => batches.push(await importArticles(records)),
      onProgress: ({ bytesRead, totalBytes, stored }) => {
        expect(totalBytes).toBe(file.size);
        progress.push({ bytesRead, stored });
      },
    });
    expect(batches).toEqual([2, 2, 1]);
    expect(progress[0]).toEqual({ bytesRead: 0, stored: 0 });
    expect(progress.at(-1)).toEqual({ bytesRead: file.size, stored: 5 });
    expect(await countArticles()).toBe(5);
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

  it('says nothing was imported when the first batch cannot be saved, and leaves the store as it was', async () => {
    await putArticles([toStoredArticle(unrelatedReport('kept'), 'imported')]);
    const save = vi.fn(async () => {
      throw new Error('there is no room left for Crosscheck on this computer');
    });
    const report = await importFiles([new File([line(summitReport('a', 'Wire One'))], 'a.jsonl')], { save });
    expect(report).toEqual({ stored: 0, rejected: [], rejectedCount: 0, failure: 'Nothing was imported: the articles could not be saved (there is no room left for Crosscheck on this computer).' });
    expect((await allArticles()).map((a) => a.id)).toEqual(['kept']);
  });

  it('keeps the batches saved before saving failed, says how many, and reads no further', async () => {
    let calls = 0;
    const save = async (records: Parameters<typeof importArticles>[0]) => {
      if (++calls === 2) throw new Error('the disk is full');
      return importArticles(records);
    };
    const file = new File([jsonl(...['a', 'b', 'c', 'd', 'e'].map((id) => line(summitReport(id, 'Wire One'))), 'broken line')], 'five.jsonl');
    const report = await importFiles([file], { save, batchArticles: 2 });
    expect(report.stored).toBe(2);
    expect(report.failure).toBe('Only the first 2 articles were imported; the rest could not be saved (the disk is full).');
    expect(report.rejectedCount).toBe(0); // the last line was never read
    expect((await allArticles()).map((a) => a.id)).toEqual(['a', 'b']);
    expect(calls).toBe(2);
  });

  it('exports every stored article as JSONL that imports back to the same corpus', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'compared'), toStoredArticle(unrelatedReport('b'), 'imported')]);
    const exported = (await exportPage(null)).lines;
    const lines = exported.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l).sort())).toEqual([
      ['id', 'publishedAt', 'source', 'text', 'title', 'url'],
      ['id', 'publishedAt', 'source', 'text', 'title', 'url'],
    ]);
    expect((await exportPage(null, 1)).next).toBe('a');
    expect(await exportPage('a', 1)).toEqual({ lines: exported.split('\n')[1] + '\n', next: 'b' });
    expect(await exportPage('b', 1)).toEqual({ lines: '', next: null });
    await freshStore();
    const report = await importFiles([new File([exported], 'export.jsonl')]);
    expect(report.stored).toBe(2);
    expect((await getArticle('a'))?.text).toBe(summitReport('a', 'Wire One').text);
  });
});
