import { describe, expect, it } from 'vitest';
import { distractors } from '../../../../lib/node/bench/matching';
import type { CorpusRecord } from '../../../../lib/core/types';
import { seededRandom } from '../../../../lib/node/measure';

const record = (id: string, source: string, text: string): CorpusRecord => ({ id, source, url: null, title: `Headline of ${id}`, publishedAt: '2022-03-15', text });
const BASE = [
  record('a', 'Outlet A', 'alpha beta gamma delta epsilon zeta'),
  record('b', 'Outlet B', 'one two three four five six seven eight'),
  record('c', 'Outlet C', 'red green blue'),
];

describe('the matching benchmark’s distractors', () => {
  it('are the same for the same seed', () => {
    expect(distractors(BASE, 20, seededRandom(5))).toEqual(distractors(BASE, 20, seededRandom(5)));
    expect(distractors(BASE, 20, seededRandom(5))).not.toEqual(distractors(BASE, 20, seededRandom(6)));
  });

  it('take a shared article’s length and outlets, and only the corpus’s words', () => {
    const words = new Set(BASE.flatMap((r) => r.text.split(' ')));
    const generated = distractors(BASE, 50, seededRandom(1));
    expect(generated.map((r) => r.id)).toEqual(Array.from({ length: 50 }, (_, n) => `generated:${n}`));
    for (const r of generated) {
      expect(BASE.map((b) => b.text.split(' ').length)).toContain(r.text.split(' ').length);
      for (const word of r.text.split(' ')) expect(words.has(word)).toBe(true);
      expect(BASE.map((b) => b.source)).toContain(r.source);
      expect(r.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
