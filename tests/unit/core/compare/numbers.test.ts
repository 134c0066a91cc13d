import { describe, expect, it } from 'vitest';
import { compareNumbers } from '../../../../lib/core/compare/numbers';
import { analysed } from './fixtures';

const ranked = (...texts: string[]) => compareNumbers(texts.map((t, i) => analysed(`a${i}`, t)));
const differences = (...texts: string[]) => ranked(...texts).map((r) => r.difference);

describe('compareNumbers', () => {
  it('reports a figure only some articles give as partial', () => {
    const [only] = differences('The bill adds $13.6 billion for Ukraine.', 'The bill passed the Senate.');
    expect(only).toMatchObject({ kind: 'number', status: 'partial', missingFrom: ['a1'] });
    expect(only.values[0].normalized).toBe('13600000000 USD');
  });

  it('does not flag equivalent writings: words and digits, rounding, "N other"', () => {
    const found = differences(
      'Biden will join 30 NATO leaders. Twenty-one of the members agree. The bill adds $13.6 billion.',
      'Zelensky will address Biden and the 29 other NATO leaders. 21 members agree. The bill adds $13.56 billion.',
    );
    expect(found.every((d) => d.status === 'consensus')).toBe(true);
    expect(found).toHaveLength(3);
  });

  it('reports different values for the same thing as a conflict', () => {
    const found = differences(
      'The president will take 19 executive actions on guns without Congress.',
      'The president will take 23 executive actions on guns without Congress.',
    );
    expect(found).toEqual([expect.objectContaining({ status: 'conflict', missingFrom: [] })]);
    expect(found[0].values.map((v) => v.text)).toEqual(['19 executive actions', '23 executive actions']);
  });

  it('does not call values a conflict when one article gives both, or when their contexts differ', () => {
    const both = differences('Aid of $500 million and later $1.2 billion went to Ukraine.', 'Aid of $1.2 billion went to Ukraine.');
    expect(both.some((d) => d.status === 'conflict')).toBe(false);
    const unrelated = differences('The spending bill totals $1.5 trillion.', 'Ukraine received $500 million in military aid.');
    expect(unrelated.some((d) => d.status === 'conflict')).toBe(false);
  });

  it('compares a figure only with the figure another outlet gives for the same thing', () => {
    // Aligned sentences: a conflict.
    expect(differences('Officials said 12,000 people were evacuated from the valley.', 'Officials said 15,000 people were evacuated from the valley.').map((d) => d.status)).toEqual([
      'conflict',
    ]);
    // The nearest figure of the same unit in an unrelated sentence: two facts, no conflict.
    expect(
      differences('Officials said 12,000 people were evacuated from the valley.', 'A concert in the capital drew 15,000 people on Saturday night.').map((d) => d.status),
    ).not.toContain('conflict');
    // The same figure said of different people: no conflict either.
    expect(differences('Senator Ann Lee released 12 years of tax returns.', 'Governor Tom Ruiz released 8 years of tax returns.').map((d) => d.status)).not.toContain('conflict');
  });

  it('takes a round figure for a precise one close to it, but not a figure 6% away', () => {
    expect(differences('The watch cost $43,000, the filing said.', 'The watch cost $43,350, the filing said.').map((d) => d.status)).toEqual(['consensus']);
    expect(differences('The death toll rose to 600, officials said.', 'The death toll rose to 640, officials said.').map((d) => d.status)).toEqual(['conflict']);
  });

  it('keeps an approximate figure a few percent from a precise one listed as a conflict, not put before the reader', () => {
    const found = ranked('The couple earned roughly $263 million from book sales over the decade.', 'The couple earned $259 million from book sales over the decade.');
    const conflict = found.find((r) => r.difference.status === 'conflict');
    expect(conflict?.substance).toBe(0);
  });

  it('does not take "six years ago" and "six years in office" for one fact', () => {
    const found = differences('The plant closed six years ago, the mayor said.', 'The mayor said the plant had been closed for six years.');
    expect(found.some((d) => d.status === 'consensus')).toBe(false);
  });
});
