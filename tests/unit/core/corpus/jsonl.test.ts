import { describe, expect, it } from 'vitest';
import { parseCorpusJsonl } from '../../../../lib/core/corpus/jsonl';

describe('parseCorpusJsonl', () => {
  it('reports bad lines by number, skips them, and keeps every good one', () => {
    const content = [
      '{"id": "a", "story": "s", "source": "X", "url": null, "title": "T", "publishedAt": "2021-04-02", "text": "Body."}',
      '',
      'not json',
      '{"id": "b", "text": ""}',
      '[1, 2]',
      '{"id": "c", "text": "Other body.", "publishedAt": "April"}',
    ].join('\n');
    const { records, errors } = parseCorpusJsonl(content);
    expect(records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(records[0]).toEqual({ id: 'a', source: 'X', url: null, title: 'T', publishedAt: '2021-04-02', text: 'Body.' });
    expect(records[1].publishedAt).toBeNull();
    expect(errors).toEqual([
      { line: 3, reason: 'not valid JSON' },
      { line: 4, reason: 'missing "text"' },
      { line: 5, reason: 'not a JSON object' },
    ]);
  });
});
