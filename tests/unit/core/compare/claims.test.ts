import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../../lib/core/compare/claims';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => compareClaims(texts.map((t, i) => analysed(`a${i}`, t))).map((r) => r.difference);

describe('compareClaims', () => {
  it('reports a claim two of three outlets make as partial', () => {
    const found = compare(
      'Vice President Kamala Harris visited Poland and Romania last week. Biden travels to Brussels.',
      'Last week Vice President Kamala Harris had visited Poland and Romania. Biden goes to Brussels.',
      'Biden travels to Brussels for the summit.',
    );
    const harris = found.find((d) => /Harris/.test(d.label));
    expect(harris).toMatchObject({ kind: 'claim', status: 'partial', missingFrom: ['a2'] });
  });

  it('reports aligned sentences of opposite polarity as a conflict', () => {
    const found = compare(
      'Pelosi said the State of the Union address would be held on Tuesday as scheduled.',
      'Pelosi said the State of the Union address would not be held on Tuesday as scheduled.',
    );
    expect(found).toEqual([expect.objectContaining({ status: 'conflict' })]);
  });

  it('does not align sentences that only share the story’s names', () => {
    const found = compare('Biden met NATO leaders in Brussels about sanctions.', 'Biden praised NATO for its unity against Russia in Europe.');
    expect(found.filter((d) => d.values.length > 1)).toEqual([]);
  });
});
