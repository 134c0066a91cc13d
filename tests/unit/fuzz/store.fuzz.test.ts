import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseFeedEntries } from '../../../lib/core/feeds/parse-feed';
import { allArticles, putArticles, toStoredArticle } from '../../../lib/browser/store/articles';
import { importFiles as importFilesWith } from '../../../lib/browser/store/import/import-files';
import type { ImportFile } from '../../../lib/browser/store/import/read-file';
import { importArticles } from '../../../lib/browser/store/requests';
import { IMPORT_BATCH_ARTICLES } from '../../../lib/browser/messaging/schemas';
import { freshStore, summitReport } from '../browser/store/support';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hostileText } from './arbitraries';

beforeEach(freshStore);

/** Imports as the options page does, each batch saved by what the background runs for it. */
const importFiles = (files: ImportFile[]) => importFilesWith(files, { save: importArticles, batchArticles: IMPORT_BATCH_ARTICLES });

const jsonlLine = fc.oneof(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text: hostileText, title: fc.option(hostileText, { nil: null }) }).map((r) => JSON.stringify(r)),
  hostileText.map((t) => t.replace(/\n/g, ' ')),
  fc.constantFrom('{', '[]', 'null', '{"id":"x"}', '{"text":"no id"}', '{"id":7,"text":"t"}'),
);

describe('import and feeds on random input', () => {
  it('import: every non-empty line is stored or reported, and the store holds exactly what was reported stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(jsonlLine, { maxLength: 15 }), async (lines) => {
        await freshStore();
        const content = lines.join('\n');
        const report = await importFiles([new File([content], 'fuzz.jsonl')]);
        const nonEmpty = content.split('\n').filter((l) => l.trim()).length;
        expect(report.stored + report.rejectedCount).toBe(nonEmpty);
        expect((await allArticles()).length).toBe(report.stored);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('feeds: any text either parses into entries or is refused with a readable reason', () => {
    const xmlish = fc.oneof(
      hostileText,
      hostileText.map((t) => `<rss><channel><title>${t}</title><item><title>${t}</title><link>${t}</link><description>${t}</description></item></channel></rss>`),
      hostileText.map((t) => `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${t}</title><link href="${t}"/><content>${t}</content></entry></feed>`),
    );
    fc.assert(
      fc.property(xmlish, (xml) => {
        try {
          for (const entry of parseFeedEntries(xml, 'https://feed.example/rss').entries) expect(typeof entry.text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/feed/i);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});

describe('a full disk', () => {
  it('a save that runs out of quota stores nothing, keeps what was there, and says why', async () => {
    await putArticles([toStoredArticle(summitReport('kept', 'Wire One'), 'imported')]);
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify(summitReport(`new-${i}`, 'Wire Two')));
    // IndexedDB refuses a write part-way through the transaction, as a browser does when storage is full.
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'articles' && ++writes > 20) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      const report = await importFiles([new File([lines.join('\n')], 'big.jsonl')]);
      expect(report.stored).toBe(0);
      expect(report.failure).toMatch(/^Nothing was imported: the articles could not be saved \(there is no room left for Crosscheck on this computer: delete articles/);
    } finally {
      spy.mockRestore();
    }
    expect((await allArticles()).map((a) => a.id)).toEqual(['kept']);
  });
});
