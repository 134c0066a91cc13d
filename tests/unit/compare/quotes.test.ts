import { describe, expect, it } from 'vitest';
import { entityResolver } from '../../../lib/compare/entities';
import { align, compareQuotes, quoteWords } from '../../../lib/compare/quotes';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => {
  const articles = texts.map((t, i) => analysed(`a${i}`, t));
  return compareQuotes(articles, entityResolver(articles)).map((r) => r.difference);
};

describe('compareQuotes', () => {
  it('shows a quote worded differently as a conflict, with what changed', () => {
    const [quote] = compare(
      '“His goal is to meet in person face to face with his European counterparts,” Jen Psaki said.',
      '“His goal is to meet face to face with his European counterparts,” Ms. Psaki said.',
    );
    expect(quote).toMatchObject({ kind: 'quote', status: 'conflict' });
    expect(quote.label).toContain('a0 has “person”');
    expect(quote.values).toHaveLength(2);
  });

  it('does not flag quoting more, an elision, punctuation or a censored word', () => {
    const found = compare(
      '“We have been incredibly aligned to date, that does not happen by accident. The president is a big believer in diplomacy,” Psaki said. “I am not going to pay for that fucking wall,” Fox said.',
      '“We have been incredibly aligned to date. That does not happen by accident,” Psaki said. “I am not going to pay for that f***ing wall!” Fox said.',
    );
    expect(found.map((d) => d.status)).toEqual(['consensus', 'consensus']);
  });

  it('keeps quotes of different speakers apart and reports a quote only one outlet carries as partial', () => {
    const found = compare('“We will win this fight together,” Psaki said.', '“We will win this fight together,” Stoltenberg said.\n\n“Russia must stop the war now,” he added.');
    expect(found.map((d) => d.status).sort()).toEqual(['partial', 'partial', 'partial']);
  });
});

describe('align', () => {
  it('counts a sentence one wording carries on past the other’s full stop as changed', () => {
    const { onlyA, onlyB } = align(quoteWords('I think it is corrupt and evidence of collusion.'), quoteWords('I think it is corrupt.'));
    expect(onlyA).toEqual(['and', 'evidence', 'of', 'collusion']);
    expect(onlyB).toEqual([]);
  });
});
