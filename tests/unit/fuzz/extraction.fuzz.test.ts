import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../lib/core/extract/html';
import { parsePlainText } from '../../../lib/core/extract/plain-text';
import { articleSchema } from '../../../lib/browser/messaging/schemas';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hostileText, randomPage } from './arbitraries';

const CASE_BUDGET_MS = 2_000;

describe('extraction on random and malformed input', () => {
  it('never throws, stays bounded, and returns a well-formed article from any HTML', () => {
    fc.assert(
      fc.property(randomPage, (html) => {
        const started = performance.now();
        const { document } = parseHTML(html);
        const article = extractFromDocument(document as unknown as Document, { id: 'fuzz', url: 'https://example.com/a' });
        expect(performance.now() - started).toBeLessThan(CASE_BUDGET_MS);
        expect(articleSchema.safeParse(article).success).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('never throws on plain text and returns a well-formed article', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const article = parsePlainText(text, 'fuzz');
        expect(articleSchema.safeParse(article).success).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});
