import { describe, expect, it } from 'vitest';
import { analyse } from '../../../../lib/core/text/analyse';
import { entities } from '../../../../lib/core/text/entities';

const kinds = (sentence: string) => Object.fromEntries(entities(sentence).map((e) => [e.text, e.kind]));

describe('entities', () => {
  it('classifies people, organisations and places', () => {
    const found = kinds('Ukrainian President Volodymyr Zelensky met NATO and the European Union in Brussels.');
    expect(found['Volodymyr Zelensky']).toBe('person');
    expect(found.NATO).toBe('organization');
    expect(found['European Union']).toBe('organization');
    expect(found.Brussels).toBe('place');
  });

  it('reads the story\'s first word after a dateline as any sentence\'s first word, no name ("HALVERN, Ore. (AP) — Roughly…")', () => {
    const lead = analyse({ id: 'a', source: null, title: null, publishedAt: '2026-03-10', text: 'HALVERN, Ore. (AP) — Roughly 640 nurses walked out of Lakeview Hospital on Monday.' });
    expect(lead.entities.map((e) => e.value.text)).not.toContain('Roughly');
    expect(lead.entities.map((e) => e.value.text)).toContain('Lakeview Hospital');
  });

  it('takes one word owning what a person has ("Ferrante\'s office") for a person', () => {
    expect(kinds('They met late at night in Ferrante\'s office.').Ferrante).toBe('person');
    // A body owning its offices is no person.
    expect(kinds('They met at the Harbour Authority\'s office.')['Harbour Authority']).not.toBe('person');
  });

  it('does not take months, demonyms, numbers or interjections for names', () => {
    const found = kinds('Twenty-one Russian troops left in March, and it’s O.K. with Psaki.');
    expect(Object.keys(found)).not.toContain('March');
    expect(Object.keys(found)).not.toContain('Russian');
    expect(Object.keys(found)).not.toContain('Twenty-one');
    expect(Object.keys(found)).not.toContain('O.K.');
  });

  it('keeps a party word before a name out of the person, and takes it alone for the party', () => {
    expect(kinds('Democrat Nora Blake beat Republican Carl Ames on Tuesday.')).toMatchObject({ 'Nora Blake': 'person', 'Carl Ames': 'person' });
    expect(kinds('The race pits Democratic Sen. Kay Doran against a newcomer.')).toEqual({ Democratic: 'organization', 'Kay Doran': 'person' });
    expect(kinds('The Republican National Committee met in Ohio.')).toMatchObject({ 'Republican National Committee': 'organization' });
  });

  it('reads titled names as people and stops a person at "of"', () => {
    expect(kinds('House Speaker Paul D. Ryan of Wisconsin spoke.')['Paul D. Ryan']).toBe('person');
    expect(kinds('said Estonian Prime Minister Kaja Kallas.')['Kaja Kallas']).toBe('person');
  });

  it('finds no names in a headline written in title case', () => {
    expect(entities('Obama Gun Control Proposals Unveiled In Washington')).toEqual([]);
  });

  it('does not take an award named after a person for a person', () => {
    const found = kinds('Marta Lind won a Gemma Award last year and hosted the Gemma Awards twice.');
    expect(found['Marta Lind']).toBe('person');
    expect(found['Gemma Award']).toBeNull();
    expect(found['Gemma Awards']).toBeNull();
  });

  it('does not take a storm named like a person for a person', () => {
    expect(entities('Hurricane Mirela destroyed the pier, and Governor Ana Ruiz visited.').map((e) => e.text)).not.toContain('Hurricane Mirela');
  });

  it('takes a first name and a family name the tagger reads as a place word for a person, but not a street or county', () => {
    expect(kinds('Tom Hill spoke at the harbour meeting.')['Tom Hill']).toBe('person');
    expect(kinds('The ferry levy was opposed by Ann Marsh at the meeting.')['Ann Marsh']).toBe('person');
    expect(kinds('The ferry levy was opposed by Karen Osei-Hill at the meeting.')['Karen Osei-Hill']).toBe('person');
    expect(kinds('Rain flooded Chester County on Monday.')['Chester County']).toBe('place');
    expect(kinds('Harbour organizer Lee Park spoke first.')['Lee Park']).toBe('person');
    expect(kinds('Rain flooded Washington Park on Monday.')['Washington Park']).toBe('place');
  });

  it('takes names listed before a plural of places for places, though one looks like a first name ("Marion and Lorain counties")', () => {
    const found = kinds('Ballots were recounted in Marion and Lorain counties on Friday.');
    expect([found['Marion'], found['Lorain']]).toEqual(['place', 'place']);
    expect(kinds('Crews worked in Warren, Stanley and Union counties.')['Stanley']).toBe('place');
  });

  it('takes a name led by Port, Fort, Mount or Lake for a place, though a first name follows', () => {
    expect(kinds('The ferry docked 40 miles south of Port Eliza on Monday.')['Port Eliza']).toBe('place');
    expect(kinds('The ferry sailed from Port Arthur at dawn.')['Port Arthur']).toBe('place');
    expect(kinds('Fans gathered at Lake Mabel for the race.')['Lake Mabel']).toBe('place');
  });

  it('takes a name the sentence has speak for a person, though the tagger does not know its first name', () => {
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, her deputy.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('Campaign spokeswoman Tvisha Okonjo told reporters the numbers were final.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, the guild’s president.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, the harbour levy.')['Tvisha Okonjo']).not.toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, chief economist at a port bank.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, a fellow at a port institute.')['Tvisha Okonjo']).toBe('person');
    // An office told beside the name, before it after a comma too.
    expect(kinds('“The numbers speak for themselves,” said the port’s mayor, Tvisha Okonjo, on Monday.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, the province’s governor.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” the province’s governor, Tvisha Okonjo, told reporters.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, the port’s chief information security officer.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” the archive’s director, Tvisha Okonjo, told reporters.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('Archive director Tvisha Okonjo said the numbers were final.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, head of the regional flood service.')['Tvisha Okonjo']).toBe('person');
    expect(kinds('“The numbers speak for themselves,” said Tvisha Okonjo, the regional hydrologist.')['Tvisha Okonjo']).toBe('person');
    // A firm speaks too: a name said to speak is someone only where the sentence tells whose or what they are.
    expect(kinds('Trend Micro said users should install the patch.')['Trend Micro']).not.toBe('person');
  });
});
