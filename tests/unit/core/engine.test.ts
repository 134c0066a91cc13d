import { describe, expect, it } from 'vitest';
import { compareWithCorpus, MAX_COMPARED_CHARS, withinComparisonLimit, type Corpus } from '../../../lib/core/engine';
import type { Article } from '../../../lib/core/types';

const article = (text: string): Article => ({ id: 'a', title: null, byline: null, source: null, url: null, publishedAt: null, lang: null, excerpt: null, text, readerable: true });

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

describe('compareWithCorpus on an article not in English', () => {
  it('keeps the coverage found by shared names and terms but compares no details', () => {
    const stored = (id: string, lang: string | null, text: string) => ({ ...article(text), id, lang, source: id });
    const other = stored('b', null, 'Die Ministerin Anna Berg hat am Montag in Hamburg den neuen Hafenplan vorgestellt. Der Plan kostet €40 Millionen.');
    const corpus: Corpus = { match: () => [{ id: 'b', source: 'b', title: null, url: null, publishedAt: null, score: 0.9, relation: 'same-story' as const, why: { sharedEntities: ['Anna Berg'], sharedTerms: [], daysApart: null } }], article: () => ({ ...other, termIds: [], termCounts: [], entityIds: [], leadWeekdays: 0 }) };
    const reading = stored('a', 'de', 'Die Ministerin Anna Berg hat am Montag in Hamburg den Hafenplan vorgestellt. Der Plan kostet €60 Millionen.');
    const result = compareWithCorpus(reading, corpus);
    expect(result.related).toHaveLength(1);
    expect(result.differences).toEqual([]);
  });
});
