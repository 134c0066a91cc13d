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

  it('does not show a conflict of claims: a negation in one of two alike sentences is not sure', () => {
    const ranked = compareClaims([
      analysed('a0', 'Pelosi said the State of the Union address would be held on Tuesday as scheduled.'),
      analysed('a1', 'Pelosi said the State of the Union address would not be held on Tuesday as scheduled.'),
    ]);
    expect(ranked.map((r) => [r.difference.status, r.substance])).toEqual([['conflict', 0]]);
  });

  it('does not call an outlet silent about a claim it tells in other word forms with the same figure', () => {
    const found = compare(
      'Investigators at the Daily Ledger questioned 40 witnesses over six weeks. The council met on Monday. The mayor resigned.',
      'The council met on Monday. The mayor resigned. Reporting relied on questioning of 40 witnesses, the newspaper’s investigation found.',
      'The council met on Monday. The mayor resigned.',
    );
    const own = found.filter((d) => d.status === 'partial');
    expect(own.map((d) => [d.values[0].articleId, d.missingFrom])).toEqual([
      ['a0', ['a2']],
      ['a1', ['a2']],
    ]);
  });

  it('lists one claim told as paused by one outlet and as ended by another as a conflict', () => {
    const ranked = compareClaims([
      analysed('a0', 'Brightmoor, the grocery chain, this week put on hold plans to build its new Dayton warehouse.'),
      analysed('a1', 'Brightmoor said it would abandon plans to build its new Dayton warehouse.'),
    ]);
    expect(ranked.map((r) => [r.difference.status, r.substance])).toEqual([['conflict', 0]]);
    const same = compareClaims([
      analysed('b0', 'Brightmoor, the grocery chain, this week put on hold plans to build its new Dayton warehouse.'),
      analysed('b1', 'Brightmoor said it had paused plans to build its new Dayton warehouse.'),
    ]);
    expect(same.map((r) => r.difference.status)).not.toContain('conflict');
  });
});
