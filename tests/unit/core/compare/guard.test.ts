import { describe, expect, it } from 'vitest';
import { comparableCoverage } from '../../../../lib/core/compare/guard';
import { analysed } from './fixtures';

const reading = analysed('reading', 'Storm winds closed the port of Harwick on Monday, and Mayor Elin Dahl ordered the ferries to stay in harbour. Coast guard chief Piet Moss said 14 trawlers were lost.', '2022-03-15');

describe('comparableCoverage', () => {
  it('keeps coverage that shares a statement or the names of the story', () => {
    const sameEvent = analysed('b', 'Mayor Elin Dahl ordered the ferries to stay in harbour after storm winds closed the port.', '2022-03-16');
    const sameNames = analysed('c', 'Elin Dahl and Piet Moss met the families; Dahl thanked Moss and the crews of Harwick.', null);
    expect(comparableCoverage([reading, sameEvent, sameNames]).map((a) => a.article.id)).toEqual(['reading', 'b', 'c']);
  });

  it('leaves out coverage weeks away, or sharing neither a statement nor the names of the story', () => {
    const later = analysed('b', 'Mayor Elin Dahl ordered the ferries to stay in harbour after storm winds closed the port.', '2022-05-02');
    const unrelated = analysed('c', 'A new bakery opened on the high street, selling bread and cakes to early customers.', null);
    expect(comparableCoverage([reading, later, unrelated]).map((a) => a.article.id)).toEqual(['reading']);
  });
});
