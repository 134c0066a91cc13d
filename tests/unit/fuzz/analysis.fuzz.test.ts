import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedRecords } from '../../../lib/node/corpus-files';
import { compareArticles } from '../../../lib/core/compare';
import { buildBundle } from '../../../lib/core/corpus/bundle';
import { parseCorpusJsonl } from '../../../lib/core/corpus/jsonl';
import { Matcher } from '../../../lib/core/match/matcher';
import { DIFFERENCE_KINDS, DIFFERENCE_STATUSES, type CorpusRecord } from '../../../lib/core/types';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hostileText } from './arbitraries';

let seeds: CorpusRecord[];
let matcher: Matcher;

beforeAll(async () => {
  seeds = await seedRecords();
  matcher = new Matcher(buildBundle(seeds).index);
});

const randomArticle = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  source: fc.option(hostileText.map((t) => t.slice(0, 40)), { nil: null }),
  title: fc.option(hostileText.map((t) => t.slice(0, 120)), { nil: null }),
  publishedAt: fc.option(fc.constantFrom('2022-03-15', '1970-01-01', '2099-12-31'), { nil: null }),
  text: hostileText,
});

describe('analysis, comparison and matching on random text', () => {
  it('compare: never throws and every difference is well-formed', () => {
    fc.assert(
      fc.property(randomArticle, fc.array(randomArticle, { minLength: 1, maxLength: 3 }), (target, coverage) => {
        const unique = coverage.map((c, i) => ({ ...c, id: `${c.id}#${i}` }));
        const ids = new Set([target.id, ...unique.map((c) => c.id)]);
        for (const difference of compareArticles(target, unique)) {
          expect(DIFFERENCE_KINDS).toContain(difference.kind);
          expect(DIFFERENCE_STATUSES).toContain(difference.status);
          for (const value of difference.values) expect(ids.has(value.articleId)).toBe(true);
          for (const id of difference.missingFrom) expect(ids.has(id)).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('compare: a real article against random text never throws', () => {
    fc.assert(
      fc.property(randomArticle, (noise) => {
        const differences = compareArticles(seeds[0], [noise]);
        for (const d of differences) for (const v of d.values) expect(typeof v.sentence).toBe('string');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('match: never throws, never lists the article itself, and scores are finite', () => {
    fc.assert(
      fc.property(randomArticle, (article) => {
        const related = matcher.match({ ...article, byline: null, lang: null, excerpt: null, url: null, readerable: true });
        for (const r of related) {
          expect(r.id).not.toBe(article.id);
          expect(Number.isFinite(r.score)).toBe(true);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);

  it('corpus JSONL: every non-empty line is either a record or a reported error with its number', () => {
    const line = fc.oneof(
      hostileText.map((t) => t.replace(/\n/g, ' ')),
      fc.record({ id: fc.string({ maxLength: 8 }), text: hostileText, publishedAt: fc.constantFrom('2022-03-15', 'yesterday', 7) }).map((r) => JSON.stringify(r)),
      fc.constantFrom('{"id":"x","text":"ok"}', '[]', 'null', '{"id":1,"text":"t"}', '{"id":"y"}', '{'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const content = lines.join('\n');
        const { records, errors } = parseCorpusJsonl(content);
        const nonEmpty = content.split('\n').filter((l) => l.trim()).length;
        expect(records.length + errors.length).toBe(nonEmpty);
        for (const error of errors) expect(error.line).toBeGreaterThanOrEqual(1);
        for (const record of records) expect(record.text.trim()).not.toBe('');
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, FUZZ_TIMEOUT_MS);
});
