import { describe, expect, it } from 'vitest';
import { cardLabel, clauseAround } from '../../../../lib/core/compare/card-label';
import type { DraftDifference } from '../../../../lib/core/compare/difference';

const value = (articleId: string, text: string, sentence: string, normalized = text) => ({ articleId, source: articleId, text, normalized, sentence });
const outlet = (id: string) => ({ a: 'Harbour Post', b: 'Coast Daily', c: 'Valley News' })[id] ?? id;

describe('cardLabel', () => {
  it('says a conflict as each outlet wrote it', () => {
    const conflict: DraftDifference = {
      kind: 'number',
      status: 'conflict',
      label: '',
      values: [value('a', '12,000 people', 'About 12,000 people were evacuated.'), value('b', '15,000 residents', 'Some 15,000 residents left.')],
      missingFrom: ['c'],
    };
    expect(cardLabel(conflict, outlet)).toBe('Harbour Post: “About 12,000 people were evacuated.” · Coast Daily: “Some 15,000 residents left.”');
  });

  it('says who said the words in dispute, and the words, not the sentence around each name', () => {
    const who: DraftDifference = {
      kind: 'person',
      status: 'conflict',
      label: 'Ada Fenn / Otis Brandt: “We will not close the harbour before the holidays”',
      values: [value('a', 'Senator Ada Fenn', '“The plan keeps the ferries running,” Senator Ada Fenn said.', 'Ada Fenn'), value('b', 'Brandt', '“We will not close the harbour before the holidays,” Brandt said.', 'Otis Brandt')],
      missingFrom: [],
    };
    expect(cardLabel(who, outlet)).toBe('Harbour Post: Ada Fenn · Coast Daily: Otis Brandt — “We will not close the harbour before the holidays”');
    // Outlets naming one speaker are one side.
    const three = { ...who, values: [...who.values, value('c', 'Ms. Fenn', '“We will not close the harbour before the holidays,” Ms. Fenn said.', 'Ada Fenn')] };
    expect(cardLabel(three, outlet)).toBe('Harbour Post, Valley News: Ada Fenn · Coast Daily: Otis Brandt — “We will not close the harbour before the holidays”');
  });

  it('says who alone reports a detail, and a quote with its speaker, never a word list', () => {
    const quote: DraftDifference = { kind: 'quote', status: 'partial', label: '', values: [value('b', 'We will rebuild the wall', 'x', 'Mia Lund')], missingFrom: ['a', 'c'] };
    expect(cardLabel(quote, outlet)).toBe('Only Coast Daily: Mia Lund: “We will rebuild the wall”');
    const person: DraftDifference = { kind: 'person', status: 'partial', label: 'Piet Moss', values: [value('a', 'Piet Moss', 'Coast guard chief Piet Moss spoke.')], missingFrom: ['b'] };
    expect(cardLabel(person, outlet)).toBe('Only Harbour Post name Piet Moss: “Coast guard chief Piet Moss spoke.”');
  });
});

describe('cardLabel with outlets quoting part of a statement', () => {
  it('gives the fullest wording and says who quotes only part of it', () => {
    const quote: DraftDifference = {
      kind: 'quote',
      status: 'partial',
      label: '',
      values: [value('a', 'The pier is safe again. We owe that to the divers who worked all winter', 'x', 'Mia Lund'), value('b', 'The pier is safe again', 'y', 'Mia Lund')],
      missingFrom: ['c'],
    };
    expect(cardLabel(quote, outlet)).toBe('Only Harbour Post, Coast Daily (in part): Mia Lund: “The pier is safe again. We owe that to the divers who worked all winter”');
  });
});

describe('cardLabel with outlets that may say it in other words', () => {
  it('names them apart, neither as reporting the detail nor as silent', () => {
    const quote: DraftDifference = {
      kind: 'quote',
      status: 'partial',
      label: '',
      values: [value('b', 'We will rebuild the wall', 'x', 'Mia Lund'), { ...value('c', 'Lund vowed to rebuild it', 'Lund vowed to rebuild it.', 'Mia Lund'), inOtherWords: true }],
      missingFrom: ['a'],
    };
    expect(cardLabel(quote, outlet)).toBe('Coast Daily (Valley News may say it in other words): Mia Lund: “We will rebuild the wall”');
  });

  it('does not say "All name" a person an outlet may not mean', () => {
    const person: DraftDifference = {
      kind: 'person',
      status: 'consensus',
      label: 'Tom Crane',
      values: [value('a', 'Tom Crane', 'Tom Crane cut the ribbon.'), value('b', 'Tom Crane', 'Tom Crane spoke.'), value('c', 'Crane', 'Crane said it was overdue.')],
      missingFrom: [],
    };
    expect(cardLabel(person, outlet)).toBe('All name Tom Crane: “Tom Crane cut the ribbon.”');
    const maybe = { ...person, values: person.values.map((v) => (v.articleId === 'c' ? { ...v, inOtherWords: true as const } : v)) };
    expect(cardLabel(maybe, outlet)).toBe('Harbour Post, Coast Daily (Valley News may say it in other words) name Tom Crane: “Tom Crane cut the ribbon.”');
  });
});

describe('clauseAround', () => {
  it('cuts a long sentence to seven words each side of the value, with ellipses where it goes on', () => {
    const sentence = 'After a long night of talks in the old town hall the council finally agreed to spend $4 million on the sea wall, which had cracked in two places during the winter storms of last year.';
    expect(clauseAround(sentence, '$4 million')).toBe('…hall the council finally agreed to spend $4 million on the sea wall, which had cracked…');
  });

  it('finds the value where it is written as a whole, not inside a year or a longer figure', () => {
    const sentence = 'The guild, which opened its first hall in 2019 after years of planning, counted 9 of the 14 members present at the vote on Friday.';
    // The year before it is another figure: the clause starts after it (the whole "of the 14" stays with the part).
    expect(clauseAround(sentence, '9')).toBe('…years of planning, counted 9 of the 14 members present at the…');
  });

  it('stops short of another figure beside the value, which would read as the card\'s', () => {
    const held = 'Ms. Arvid, 41, had been held for 390 days after border police detained her at a bus station in the capital while she was filming.';
    expect(clauseAround(held, '41')).toBe('Ms. Arvid, 41,…');
    const crash = 'The helicopter went down about 8:15 p.m. in steep terrain roughly 40 miles north of the capital, near the village of Orlan, officials said on Wednesday.';
    expect(clauseAround(crash, '40 miles')).toBe('…in steep terrain roughly 40 miles north of the capital, near the village…');
  });

  it('keeps the value against the word it is written to', () => {
    const tremor = 'A magnitude-6.3 tremor rattled the coastal valley early on Sunday, cutting power to thousands of homes across two districts.';
    expect(clauseAround(tremor, '6.3')).toBe('A magnitude-6.3 tremor rattled the coastal valley early on…');
  });
});
