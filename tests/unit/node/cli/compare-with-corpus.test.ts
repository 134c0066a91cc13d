import { describe, expect, it } from 'vitest';
import type { SearchableCorpus } from '../../../../lib/core/engine';
import type { Article } from '../../../../lib/core/types';
import { compareWithCorpus } from '../../../../lib/node/cli/compare-with-corpus';

const article = (id: string, lang: string | null, text: string): Article => ({ id, title: null, byline: null, source: id, url: null, publishedAt: null, lang, excerpt: null, text, readerable: true });

describe('compareWithCorpus on an article not in English', () => {
  it('keeps the coverage found by shared names and terms but compares no details', async () => {
    const other = article('b', null, 'Die Ministerin Anna Berg hat am Montag in Hamburg den neuen Hafenplan vorgestellt. Der Plan kostet €40 Millionen.');
    const corpus: SearchableCorpus = {
      size: 1,
      match: async () => [{ id: 'b', source: 'b', title: null, url: null, publishedAt: null, score: 0.9, relation: 'same-story' as const, why: { sharedEntities: ['Anna Berg'], sharedTerms: [], daysApart: null } }],
      records: async (ids) => (ids.includes('b') ? [other] : []),
    };
    const reading = article('a', 'de', 'Die Ministerin Anna Berg hat am Montag in Hamburg den Hafenplan vorgestellt. Der Plan kostet €60 Millionen.');
    const result = await compareWithCorpus(reading, corpus);
    expect(result.related).toHaveLength(1);
    expect(result.differences).toEqual([]);
  });
});
