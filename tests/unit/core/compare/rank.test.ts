import { describe, expect, it } from 'vitest';
import type { Ranked } from '../../../../lib/core/compare/difference';
import { rankDifferences, SHOWN_CARDS } from '../../../../lib/core/compare/rank';
import type { DifferenceKind, DifferenceStatus } from '../../../../lib/core/types';
import { analysed } from './fixtures';

const articles = [
  analysed('reading', 'The ferry operator cancelled every crossing on Monday. Divers searched the harbour. The mayor visited the docks.'),
  analysed('b', 'The ferry operator cancelled every crossing on Monday. Divers searched the harbour for the missing boat. Officials counted 14 trawlers lost.'),
  analysed('c', 'Storm winds closed the port on Monday. Officials counted 14 trawlers lost. A relief fund opened.'),
];

/** A difference drawn on the sentence of article `ids[0]` that holds `word`. */
function draft(kind: DifferenceKind, status: DifferenceStatus, ids: string[], word: string, substance: number): Ranked {
  const values = ids.map((id) => {
    const sentence = articles.find((a) => a.article.id === id)!.sentences.find((s) => s.includes(word)) ?? `${word}.`;
    return { articleId: id, source: id, text: word, normalized: word, sentence };
  });
  const missingFrom = status === 'consensus' ? [] : articles.map((a) => a.article.id).filter((id) => !ids.includes(id));
  return { difference: { kind, status, label: word, values, missingFrom }, salience: 1, substance };
}

describe('rankDifferences', () => {
  it('names articles with neither outlet nor headline by their place in the comparison, never all alike', () => {
    const nameless = articles.map((a) => ({ ...a, article: { ...a.article, source: null } }));
    const [card] = rankDifferences(nameless, [draft('number', 'partial', ['b', 'c'], '14 trawlers', 2)]);
    expect(card.label).toMatch(/^Only article 2, article 3: /);
    const [conflict] = rankDifferences(nameless, [draft('number', 'conflict', ['reading', 'b'], 'Monday', 4)]);
    expect(conflict.label).toMatch(/^this article: .* · article 2: /);
    // An article the guard left out keeps its place: the third article compared stays "article 3".
    const onlyC = draft('number', 'partial', ['c'], '14 trawlers', 2);
    const [kept] = rankDifferences([nameless[0], nameless[2]], [{ ...onlyC, difference: { ...onlyC.difference, missingFrom: ['reading'] } }], nameless);
    expect(kept.label).toMatch(/^Only article 3: /);
  });

  it('does not show "only" some outlets give a detail that an article the guard left out gives too', () => {
    const onlyB = draft('number', 'partial', ['b'], '14 trawlers', 3);
    const twoCompared = { ...onlyB, difference: { ...onlyB.difference, missingFrom: ['reading'] } };
    const [kept] = rankDifferences([articles[0], articles[1]], [twoCompared], articles);
    expect(kept).toMatchObject({ status: 'partial', shown: false });
    const [shown] = rankDifferences([articles[0], articles[1]], [twoCompared], [articles[0], articles[1]]);
    expect(shown.shown).toBe(true);
  });

  it('marks the value of an outlet that may only say it in other words', () => {
    const reading = analysed('reading', 'About 8,150 people left the valley on Monday, officials said.');
    const other = analysed('b', 'About 8,000 people left the valley on Monday.');
    const value = { articleId: 'reading', source: 'reading', text: '8,150 people', normalized: '8150 person', sentence: reading.sentences[0] };
    const onlyReading: Ranked = { difference: { kind: 'number', status: 'partial', label: '8,150 people', values: [value], missingFrom: ['b'] }, salience: 1, substance: 3 };
    const [card] = rankDifferences([reading, other], [onlyReading]);
    expect(card.values.map((v) => [v.articleId, v.inOtherWords ?? false])).toEqual([['reading', false], ['b', true]]);
    expect(card.label).toMatch(/b may say it in other words/);
  });

  it('counts an outlet whose headline gives the detail as reporting it', () => {
    const reading = analysed('reading', 'Donors opened a relief fund of $2 million for the crews. The harbour stayed shut.');
    const titled = (title: string) => {
      const other = analysed('b', 'Donors opened a relief fund for the crews. The harbour stayed shut.');
      return [reading, { ...other, article: { ...other.article, title } }];
    };
    const value = { articleId: 'reading', source: 'reading', text: '$2 million', normalized: '2000000 USD', sentence: reading.sentences[0] };
    const onlyReading: Ranked = { difference: { kind: 'number', status: 'partial', label: '$2 million', values: [value], missingFrom: ['b'] }, salience: 1, substance: 3 };
    const [silent] = rankDifferences(titled('Harbour shut after the storm'), [onlyReading]);
    expect(silent.missingFrom).toEqual(['b']);
    const [inHeadline] = rankDifferences(titled('Donors give $2 million to storm crews'), [onlyReading]);
    expect(inHeadline.missingFrom).toEqual([]);
    expect(inHeadline.values.map((v) => v.sentence)).toContain('Donors give $2 million to storm crews');
  });

  it('reads a headline in title case for its figures, and shows the headline as written', () => {
    const reading = analysed('reading', 'The ferry line reopened for the first time in nearly two decades. The harbour stayed calm.');
    const other = analysed('b', 'The ferry line reopened on Monday. The harbour stayed calm.');
    const value = { articleId: 'reading', source: 'reading', text: 'two decades', normalized: '20 year', sentence: reading.sentences[0] };
    const onlyReading: Ranked = { difference: { kind: 'number', status: 'partial', label: 'two decades', values: [value], missingFrom: ['b'] }, salience: 1, substance: 3 };
    const title = 'Ferry Line Reopens for First Time in Nearly Two Decades';
    const [found] = rankDifferences([reading, { ...other, article: { ...other.article, title } }], [onlyReading]);
    expect(found.missingFrom).toEqual([]);
    expect(found.values.find((v) => v.articleId === 'b')).toMatchObject({ text: 'Two Decades', sentence: title });
  });

  it('ranks conflicts first and numbers every difference from 1, the shown ones first', () => {
    const ranked = rankDifferences(articles, [
      draft('number', 'partial', ['b', 'c'], '14 trawlers', 2),
      draft('number', 'consensus', ['reading', 'b', 'c'], 'Monday', 0),
      { ...draft('number', 'conflict', ['b', 'c'], 'Monday', 4) },
    ]);
    expect(ranked.map((d) => d.status)).toEqual(['conflict', 'partial', 'consensus']);
    expect(ranked.map((d) => d.rank)).toEqual([1, 2, 3]);
    expect(ranked.map((d) => d.shown)).toEqual([true, true, false]);
  });

  it('shows what two outlets report and another leaves out before what one outlet alone gives, and tops up to three', () => {
    const ranked = rankDifferences(articles, [
      draft('quote', 'partial', ['c'], 'relief fund', 3),
      draft('number', 'partial', ['b', 'c'], '14 trawlers', 1.5),
    ]);
    expect(ranked[0].label).toMatch(/14 trawlers/);
    expect(ranked.filter((d) => d.shown)).toHaveLength(2);
  });

  it('shows at most one card per sentence and never what has no substance', () => {
    const ranked = rankDifferences(articles, [
      draft('number', 'partial', ['b', 'c'], '14 trawlers', 2),
      draft('person', 'partial', ['b', 'c'], 'Officials', 1.5),
      draft('date', 'partial', ['reading', 'b'], 'mayor', 0),
    ]);
    expect(ranked.filter((d) => d.shown).map((d) => d.kind)).toEqual(['number']);
    // Two conflicts of one sentence are two things the outlets disagree on.
    const twoConflicts = rankDifferences(articles, [draft('number', 'conflict', ['reading', 'b'], 'Monday', 4), draft('date', 'conflict', ['reading', 'b'], 'Monday', 4)]);
    expect(twoConflicts.filter((d) => d.shown).map((d) => d.kind)).toEqual(['number', 'date']);
  });

  it('does not put before the reader a detail a silent outlet may say in other words', () => {
    const ranked = rankDifferences(articles, [draft('claim', 'partial', ['b'], 'missing boat', 3)]);
    // "Divers searched the harbour" in the reading article echoes b's sentence.
    expect(ranked[0].shown).toBe(false);
  });

  it('shows at most SHOWN_CARDS, a few of each kind', () => {
    const kinds: DifferenceKind[] = ['number', 'date', 'quote', 'person', 'claim'];
    const many = Array.from({ length: 20 }, (_, i) => draft(kinds[i % kinds.length], 'conflict', ['b', 'c'], `value ${i}`, 4));
    const shown = rankDifferences(articles, many).filter((d) => d.shown);
    expect(shown).toHaveLength(SHOWN_CARDS);
    expect(shown.filter((d) => d.kind === 'number').length).toBeLessThanOrEqual(3);
  });

  it('tops up a short list with a quote one outlet alone gives, not with a figure', () => {
    const ranked = rankDifferences(articles, [draft('number', 'partial', ['c'], 'relief fund', 3), draft('quote', 'partial', ['b'], 'missing boat', 3)]);
    expect(ranked.find((d) => d.kind === 'number')!.shown).toBe(false);
  });

  it('names on the card an outlet that reports the detail in another form', () => {
    const withFigure = [
      analysed('reading', 'Officials counted 14 trawlers lost in the storm.'),
      analysed('b', 'Fourteen trawlers sank, the coastguard said.'),
      analysed('c', 'A relief fund opened for the fishing families.'),
    ];
    const value = { articleId: 'reading', source: 'reading', text: '14 trawlers', normalized: '14 trawler', sentence: withFigure[0].sentences[0] };
    const [card] = rankDifferences(withFigure, [{ difference: { kind: 'number', status: 'partial', label: '14', values: [value], missingFrom: ['b', 'c'] }, salience: 1, substance: 2 }]);
    expect(card.missingFrom).toEqual(['c']);
    expect(card.values.map((v) => v.articleId)).toEqual(['reading', 'b']);
    expect(card.label).toMatch(/^Only reading, b:/);
  });

  it('puts on a conflict card an outlet said to give neither value that surely gives one', () => {
    const sides = [
      analysed('reading', 'The relief fund holds $650 million, officials said.'),
      analysed('b', 'It uses $650 million moved from other accounts.'),
      analysed('c', 'The relief fund holds $600 million, officials said.'),
    ];
    const value = (id: string, text: string) => ({ articleId: id, source: id, text, normalized: `${text.replace(/\D/g, '')}000000 USD`, sentence: sides.find((a) => a.article.id === id)!.sentences[0] });
    const [card] = rankDifferences(sides, [{ difference: { kind: 'number', status: 'conflict', label: 'USD', values: [value('reading', '$650 million'), value('c', '$600 million')], missingFrom: ['b'] }, salience: 1, substance: 4 }]);
    expect(card.missingFrom).toEqual([]);
    expect(card.values.map((v) => v.articleId)).toEqual(['reading', 'c', 'b']);
    // An outlet naming the person gives no side of a conflict of roles.
    const roles = [
      analysed('reading', 'Lena Brandt, then the harbour master, signed the order.'),
      analysed('b', 'Lena Brandt spoke at the opening on Friday.'),
      analysed('c', 'Lena Brandt, then the deputy harbour master, signed the order.'),
    ];
    const role = (id: string, text: string) => ({ articleId: id, source: id, text, normalized: 'Lena Brandt', sentence: roles.find((a) => a.article.id === id)!.sentences[0] });
    const [rolesCard] = rankDifferences(roles, [{ difference: { kind: 'person', status: 'conflict', label: 'Lena Brandt', values: [role('reading', 'harbour master'), role('c', 'deputy harbour master')], missingFrom: ['b'] }, salience: 1, substance: 4 }]);
    expect(rolesCard.missingFrom).toEqual(['b']);
  });

  it('keeps from the reader a detail an outlet may give in other words, naming it as neither silent nor reporting it', () => {
    const withParaphrase = [
      analysed('reading', 'The mayor opened the new bridge on Friday.'),
      analysed('b', '“We will rebuild the harbour wall before the storms,” Mia Lund said on Friday.'),
      analysed('c', 'Lund promised the harbour wall would be rebuilt before winter storms.'),
    ];
    const value = { articleId: 'b', source: 'b', text: 'We will rebuild the harbour wall before the storms', normalized: 'Mia Lund', sentence: withParaphrase[1].sentences[0] };
    const [card] = rankDifferences(withParaphrase, [{ difference: { kind: 'quote', status: 'partial', label: 'Lund', values: [value], missingFrom: ['reading', 'c'] }, salience: 1, substance: 3 }]);
    expect(card.shown).toBe(false);
    expect(card.missingFrom).toEqual(['reading']);
    expect(card.label).toMatch(/^b \(c may say it in other words\): Mia Lund:/);
  });

  it('keeps from the reader a quote whose speaker every outlet without it has say something in its own words', () => {
    const quoted = '“Nobody in this valley should wait three hours for an ambulance,” Councillor Ruth Odell said.';
    const retold = [
      analysed('reading', `The county approved a second ambulance station on Tuesday. ${quoted}`),
      analysed('b', `The county approved a second ambulance station on Tuesday. ${quoted}`),
      analysed('c', 'The county approved a second ambulance station on Tuesday. Odell argued that rural families had been left behind for years.'),
    ];
    const value = (id: string, at: number) => ({ articleId: id, source: id, text: 'Nobody in this valley should wait three hours for an ambulance', normalized: 'Ruth Odell', sentence: retold[at].sentences[1] });
    const card = (silent: typeof retold[number]) =>
      rankDifferences([retold[0], retold[1], silent], [{ difference: { kind: 'quote', status: 'partial', label: 'Odell', values: [value('reading', 0), value('b', 1)], missingFrom: [silent.article.id] }, salience: 1, substance: 3 }])[0];
    // "c" has her speak, in words that may retell this statement or tell another: not called silent before the reader.
    expect(card(retold[2]).shown).toBe(false);
    // Two asides between her name and her verb.
    expect(card(analysed('c', 'The county approved a second ambulance station on Tuesday. Ruth Odell, D-Marsh County, one of two members who voted no, said rural families had been left behind.')).shown).toBe(false);
    // Pressing or questioning someone is speaking too.
    expect(card(analysed('c', 'The county approved a second ambulance station on Tuesday. Odell pressed the health director on why rural calls take longer.')).shown).toBe(false);
    expect(card(analysed('c', 'The county approved a second ambulance station on Tuesday. Odell charged that the county had ignored rural calls for years.')).shown).toBe(false);
    // Charged with a crime is no speaking.
    expect(card(analysed('c', 'The county approved a second ambulance station on Tuesday. Odell was charged with speeding last year.')).shown).toBe(true);
    // An outlet that only names her, without having her say anything, is silent about what she said.
    expect(card(analysed('c', 'The county approved a second ambulance station on Tuesday. Odell chairs the health board.')).shown).toBe(true);
  });

  it('names a speaker whose words several outlets quote on the quote’s card only, not on a card of their name too', () => {
    const said = 'The head of the pilots’ union, Ivo Brandt, said the union had “grave doubts about whether the new schedule can be run safely” and would consult members.';
    const articles = [analysed('reading', `The ferry line cut 40 crossings on Monday. ${said}`), analysed('b', `The ferry line cut 40 crossings on Monday. ${said}`), analysed('c', 'The ferry line cut 40 crossings on Monday, citing a shortage of crews.')];
    const value = (id: string, text: string, normalized: string) => ({ articleId: id, source: id, text, normalized, sentence: said });
    const quote = { kind: 'quote' as const, status: 'partial' as const, label: 'Ivo Brandt', values: ['reading', 'b'].map((id) => value(id, 'grave doubts about whether the new schedule can be run safely', 'Ivo Brandt')), missingFrom: ['c'] };
    const person = { kind: 'person' as const, status: 'partial' as const, label: 'Ivo Brandt', values: ['reading', 'b'].map((id) => value(id, 'Ivo Brandt', 'Ivo Brandt')), missingFrom: ['c'] };
    const ranked = rankDifferences(articles, [{ difference: person, salience: 2, substance: 3 }, { difference: quote, salience: 1, substance: 2.2 }]);
    expect(ranked.filter((d) => d.shown).map((d) => d.kind)).toEqual(['quote']);
  });

  it('keeps from the reader a quote whose speaker an outlet without it has speak by the office the others give them', () => {
    const quoted = '“The plan is one draft among several,” spokeswoman Ines Varga said on Monday.';
    const told = [analysed('reading', `The agency's staffing memo leaked on Monday. ${quoted}`), analysed('b', `The agency's staffing memo leaked on Monday. ${quoted}`)];
    const value = (id: string, at: number) => ({ articleId: id, source: id, text: 'The plan is one draft among several', normalized: 'Ines Varga', sentence: told[at].sentences[1] });
    const card = (silent: ReturnType<typeof analysed>) =>
      rankDifferences([...told, silent], [{ difference: { kind: 'quote', status: 'partial', label: 'Varga', values: [value('reading', 0), value('b', 1)], missingFrom: [silent.article.id] }, salience: 1, substance: 3 }])[0];
    expect(card(analysed('c', "The agency's staffing memo leaked on Monday, with a spokeswoman saying it was only an early version.")).shown).toBe(false);
    // Another spokeswoman, named, is no sign of this one.
    expect(card(analysed('c', "The agency's staffing memo leaked on Monday. Spokeswoman Ada Pryor said the agency would not comment.")).shown).toBe(true);
  });

  it('takes a bare family name two people of the story share as maybe the other one, not as naming this one', () => {
    const family = [
      analysed('reading', 'Governor Ada Crane opened the pier. Her son, Tom Crane, cut the ribbon and thanked the builders.'),
      analysed('b', 'Governor Ada Crane opened the pier. Tom Crane cut the ribbon.'),
      analysed('c', 'The pier opened on Monday. Crane said it was overdue.'),
    ];
    const value = { articleId: 'reading', source: 'reading', text: 'Tom Crane', normalized: 'Tom Crane', sentence: family[0].sentences[1] };
    const [card] = rankDifferences(family, [{ difference: { kind: 'person', status: 'partial', label: 'Tom Crane', values: [value], missingFrom: ['b', 'c'] }, salience: 1, substance: 1 }]);
    // "b" names him in full; "c" writes "Crane", which may be his mother: neither silent nor naming him.
    expect(card.values.map((v) => v.articleId)).toEqual(['reading', 'b', 'c']);
    expect(card.label).toMatch(/\(c may say it in other words\)/);
    expect(card.shown).toBe(false);
  });

  it('takes an outlet quoting another part of a statement as quoting the statement', () => {
    const statement = [
      analysed('reading', '“We will close the pier. The budget cannot carry another repair season,” Mia Lund said.'),
      analysed('b', '“We will close the pier,” Lund said.'),
      analysed('c', '“The budget cannot carry another repair season,” Mia Lund said on Friday.'),
    ];
    const value = { articleId: 'b', source: 'b', text: 'We will close the pier', normalized: 'Mia Lund', sentence: statement[1].sentences[0] };
    const [card] = rankDifferences(statement, [{ difference: { kind: 'quote', status: 'partial', label: 'Lund', values: [value], missingFrom: ['reading', 'c'] }, salience: 1, substance: 3 }]);
    expect(card.status).toBe('consensus');
    expect(card.values.map((v) => v.articleId)).toEqual(['b', 'reading', 'c']);
  });

  it('does not let a conflict take the place of a detail of its kind, nor count it when topping up a short list', () => {
    const ranked = rankDifferences(articles, [
      draft('person', 'conflict', ['b', 'c'], 'Monday', 4),
      draft('person', 'partial', ['b', 'c'], 'trawlers', 3),
      draft('quote', 'partial', ['b'], 'missing boat', 3),
    ]);
    expect(ranked.filter((d) => d.shown).map((d) => `${d.kind} ${d.status}`)).toEqual(['person conflict', 'person partial', 'quote partial']);
  });
  it('makes one card of one detail found twice, each outlet\'s writing grouped apart and then found in the other', () => {
    const ranked = rankDifferences(articles, [draft('number', 'partial', ['b', 'c'], '14 trawlers', 3), draft('number', 'partial', ['c', 'b'], '14 trawlers', 2)]);
    expect(ranked).toHaveLength(1);
  });

  it('shows four sure conflicts of figures before other cards, and a fifth where the list has room or in place of the last detail only some outlets give', () => {
    const words = ['Monday', 'trawlers', 'lost', 'Divers', 'harbour'];
    const figures = words.map((word) => draft('number', 'conflict', ['b', 'c'], word, 4));
    expect(rankDifferences(articles, figures).filter((d) => d.shown).map((d) => d.values[0].text)).toEqual(words);
    const quotes = ['Alpha', 'Beta', 'Gamma'].map((word) => draft('quote', 'partial', ['b', 'c'], word, 3));
    const dates = ['Delta', 'Epsilon'].map((word) => draft('date', 'partial', ['b', 'c'], word, 3));
    const full = rankDifferences(articles, [...figures, ...quotes, ...dates]).filter((d) => d.shown);
    expect(full).toHaveLength(SHOWN_CARDS);
    expect(full.filter((d) => d.status === 'conflict').map((d) => d.values[0].text)).toEqual(words);
    expect(full.filter((d) => d.status !== 'conflict').map((d) => d.values[0].text)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('tops up a short list with the words of someone not yet on a card before a second quote of one speaker', () => {
    const quoted = [
      analysed('reading', 'The ferry operator cancelled every crossing on Monday.'),
      analysed('b', 'The ferry operator cancelled every crossing on Monday. Ada Berg praised the volunteer divers. Berg thanked the lifeboat crews. Berg promised a new harbour wall.'),
      analysed('c', 'The ferry operator cancelled every crossing on Monday. Ivo Lund warned that tolls would rise.'),
    ];
    const quote = (id: string, word: string, speaker: string, substance: number): Ranked => {
      const sentence = quoted.find((a) => a.article.id === id)!.sentences.find((s) => s.includes(word))!;
      const values = [{ articleId: id, source: id, text: sentence, normalized: speaker, sentence }];
      return { difference: { kind: 'quote', status: 'partial', label: word, values, missingFrom: quoted.map((a) => a.article.id).filter((other) => other !== id) }, salience: 1, substance };
    };
    const cards = rankDifferences(quoted, [quote('b', 'divers', 'Ada Berg', 3), quote('b', 'lifeboat', 'Ada Berg', 2.9), quote('b', 'wall', 'Ada Berg', 2.8), quote('c', 'tolls', 'Ivo Lund', 2)]);
    expect(cards.filter((c) => c.shown).map((c) => c.values[0].normalized)).toEqual(['Ada Berg', 'Ada Berg', 'Ivo Lund']);
  });

  it('shows two sure conflicts of who said what, and no third', () => {
    const ranked = rankDifferences(articles, [draft('person', 'conflict', ['b', 'c'], 'Monday', 4), draft('person', 'conflict', ['b', 'c'], 'trawlers', 4), draft('person', 'conflict', ['b', 'c'], 'lost', 4)]);
    expect(ranked.filter((d) => d.shown).map((d) => d.values[0].text)).toEqual(['Monday', 'trawlers']);
  });

  it('puts beside "not reported" the silent outlet’s nearest sentence, where one comes close', () => {
    const outlets = [
      analysed('reading', 'Families waited all night by the gates. The regional fire service pulled 14 miners from the flooded quarry by noon.'),
      analysed('b', 'Families waited by the gates. The fire service thanked volunteers who had dug through the long cold night.'),
      analysed('c', 'Crews pulled 14 miners from the quarry by noon. Families cheered.'),
      analysed('d', 'A school nearby stayed shut. Buses ran late.'),
    ];
    const values = [outlets[0], outlets[2]].map((a) => ({ articleId: a.article.id, source: a.article.id, text: '14 miners', normalized: '14 miner', sentence: a.sentences.find((s) => s.includes('14 miners'))! }));
    const [card] = rankDifferences(outlets, [{ difference: { kind: 'number', status: 'partial', label: '14 miners', values, missingFrom: ['b', 'd'] }, salience: 2, substance: 3 }]);
    expect(card).toMatchObject({ status: 'partial', shown: true, missingFrom: ['b', 'd'] });
    expect(card.closest).toEqual([{ articleId: 'b', sentence: 'The fire service thanked volunteers who had dug through the long cold night.' }]);
  });

  it('puts an outlet that gives a conflict’s value only in other words on the card as such, not among the silent', () => {
    const a = analysed('reading', 'The pump failed just under nine minutes after the dive began, the operator said.');
    const b = analysed('b', 'The pump failed about four minutes after the dive began, the operator said.');
    const c = analysed('c', 'The pump stopped roughly 530 seconds after the dive began.');
    const value = (article: typeof a, text: string, normalized: string) => ({ articleId: article.article.id, source: article.article.id, text, normalized, sentence: article.sentences[0] });
    const conflict: Ranked = {
      difference: { kind: 'number', status: 'conflict', label: 'minute', values: [value(a, 'nine minutes', '9 minute'), value(b, 'four minutes', '4 minute')], missingFrom: ['c'] },
      salience: 1,
      substance: 4,
    };
    const [card] = rankDifferences([a, b, c], [conflict]);
    expect(card.missingFrom).toEqual([]);
    expect(card.values.map((v) => [v.articleId, v.inOtherWords ?? false])).toEqual([['reading', false], ['b', false], ['c', true]]);
    expect(card.label).toMatch(/c \(in other words\)/);
  });
});
