import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../../lib/core/compare';

const article = (id: string, text: string) => ({ id, source: id, title: null, publishedAt: '2022-03-15', text });

describe('compareArticles', () => {
  it('returns nothing without coverage', () => {
    expect(compareArticles(article('a', 'Biden met 30 leaders.'), [])).toEqual([]);
  });

  it('lists conflicts first, then partial details, then consensus', () => {
    const found = compareArticles(article('a', 'The president will take 19 executive actions on guns. Biden met Harris on Tuesday.'), [
      article('b', 'The president will take 23 executive actions on guns. Biden spoke on Tuesday.'),
    ]);
    const order = { conflict: 0, partial: 1, consensus: 2 };
    expect(found[0].status).toBe('conflict');
    expect(found.map((d) => order[d.status])).toEqual([...found.map((d) => order[d.status])].sort());
  });

  it('caps partial names so passing mentions do not flood the list', () => {
    const places = Array.from({ length: 12 }, (_, i) => ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon', 'Dublin', 'Oslo', 'Athens', 'Budapest'][i]);
    const found = compareArticles(article('a', `Biden toured ${places.join(', ')}.`), [article('b', 'Biden stayed home.'), article('c', 'Biden rested.')]);
    expect(found.filter((d) => d.kind === 'place' && d.status === 'partial').length).toBeLessThanOrEqual(3);
  });
});
