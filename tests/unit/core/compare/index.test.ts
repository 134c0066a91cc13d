import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../../lib/core/compare';

const article = (id: string, text: string) => ({ id, source: id, title: null, publishedAt: '2022-03-15', text });

describe('compareArticles', () => {
  it('returns nothing without coverage', () => {
    expect(compareArticles(article('a', 'Biden met 30 leaders.'), [])).toEqual([]);
  });

  it('tells a quotation worded two ways only by a figure of a conflict on that conflict\'s card, not on a card of its own', () => {
    const found = compareArticles(article('a', 'Marsh told the crowd that Ortega had "voted 41 times to cut school funding" during his years on the council.'), [
      article('b', '"He has voted 14 times to cut school funding. That is in the minutes," Marsh said at the forum.'),
      article('c', 'Marsh focused on schools, saying Ortega had voted 41 times to cut school funding.'),
    ]);
    expect(found.filter((d) => d.status === 'conflict').map((d) => d.kind)).toEqual(['number']);
  });

  it('does not put a count of people harmed on a conflict of another count as an outlet\'s other words', () => {
    const found = compareArticles(article('a', 'The ferry ran aground Sunday night, killing three people and injuring more than 90. The ferry was carrying 114 passengers and six crew members.'), [
      article('b', 'Three people died and about 90 were hurt when the ferry ran aground Sunday night. More than 120 people were aboard.'),
      article('c', 'The ferry was carrying 126 passengers and a crew of six when it ran aground Sunday night. Some 90 people were treated at hospitals.'),
    ]);
    const passengers = found.find((d) => d.status === 'conflict' && d.values.some((v) => v.text === '114 passengers'));
    expect(passengers?.values.map((v) => v.text)).not.toContain('90');
  });

  it('sets the jobs a closure ends against each other whenever each outlet says they go, with an outlet counting them as employees on the card', () => {
    const found = compareArticles(article('a', 'Keswick Mills said Tuesday it will close its paper mill in Dunmore by the end of June, eliminating 320 jobs. The mill opened in 1961.'), [
      article('b', 'Keswick Mills will shut its Dunmore paper mill on June 30, the company said Tuesday. Union leaders said the closure leaves 320 employees out of work in a town of 9,000.'),
      article('c', 'Keswick Mills plans to close its mill in Dunmore in September 2022, eliminating 410 jobs, the company said on Tuesday. It shut a box plant in Hale in 2019, cutting about 150 jobs.'),
    ]);
    const jobs = found.find((d) => d.status === 'conflict' && d.kind === 'number');
    expect(jobs?.values.map((v) => v.text).sort()).toEqual(['320 employees', '320 jobs', '410 jobs']);
    expect(jobs?.shown).toBe(true);
  });

  it('does not put a sum named by another noun on a conflict of sums as an outlet\'s other words, nor as a side', () => {
    const found = compareArticles(article('a', 'Ferry captain Ivo Brek was arrested Thursday at the pier. He is being held on $2 million bond.'), [
      article('b', 'Ferry captain Ivo Brek was arrested Thursday at the pier. He is being held on a $2.5 million bond.'),
      article('c', 'Ferry captain Ivo Brek was arrested Thursday at the pier. The port board voted to delay the $1.8 million radar project.'),
    ]);
    const bond = found.find((d) => d.status === 'conflict' && d.values.some((v) => v.text === '$2 million'));
    expect(bond?.values.map((v) => v.text)).toEqual(['$2 million', '$2.5 million']);
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

  it('shows who said a quotation, where outlets name two people, as one card that stands for both names', () => {
    const line = '“We lost the bridge, but we did not lose a single worker,”';
    const found = compareArticles(article('a', `The Orrin bridge collapsed during repairs on Monday. ${line} the site manager, Karen Lund, told reporters.`), [
      article('b', `A bridge under repair in Orrin collapsed on Monday. ${line} county engineer Paul Dreyer said at the scene.`),
      article('c', `The Orrin bridge fell into the river on Monday while crews worked on it. ${line} Karen Lund, the site manager, said.`),
    ]);
    const shown = found.filter((d) => d.shown);
    expect(shown.map((d) => [d.kind, d.status])).toEqual([['person', 'conflict']]);
    expect(shown[0].values.map((v) => v.text)).toEqual(['Karen Lund', 'Paul Dreyer', 'Karen Lund']);
    // The quotation the outlets share is given to neither.
    expect(found.find((d) => d.kind === 'quote')?.label).toBe('All report: “We lost the bridge, but we did not lose a single worker”');
  });

  it('does not list a figure as only some outlets’ where each outlet called silent gives a side of a conflict holding it', () => {
    const found = compareArticles(article('a', 'The council approved the harbour budget on Monday. Auditors say it would lift port fees by $4.6 million over five years.'), [
      article('b', 'The council approved a $4.6 million harbour budget on Monday.'),
      article('c', 'On Monday, the council approved a $3.9 million harbour budget.'),
    ]);
    expect(found.filter((d) => d.kind === 'number' && d.status === 'conflict').map((d) => d.values.map((v) => v.text).sort())).toEqual([['$3.9 million', '$4.6 million', '$4.6 million']]);
    expect(found.filter((d) => d.status === 'partial' && d.values.some((v) => v.text === '$4.6 million'))).toEqual([]);
  });

  it('does not call silent about who said a quotation an outlet that has one speaker’s office say it in its own words', () => {
    const found = compareArticles(article('a', 'Harbour Master Ida Roe resigned on Tuesday. “The harbour master deeply regrets the cost of these trips and will repay every cent,” said Tomas Berg, a port authority spokesman.'), [
      article('b', 'Harbour Master Ida Roe quit on Tuesday. A port authority spokesman said Roe deeply regretted what the trips cost and would pay back every cent.'),
      article('c', 'Harbour Master Ida Roe stepped down on Tuesday. “The harbour master deeply regrets the cost of these trips and will repay every cent,” her lawyer, Mia Lund, said.'),
    ]);
    const [whoSaid] = found.filter((d) => d.kind === 'person' && d.status === 'conflict');
    expect(whoSaid.values.map((v) => v.normalized)).toEqual(['Tomas Berg', 'Mia Lund']);
    expect(whoSaid.missingFrom).toEqual([]);
  });

  it('takes an office told as speaking ("with a port authority spokesman arguing that…") for speaking', () => {
    const found = compareArticles(article('a', 'Harbour Master Ida Roe resigned on Tuesday. “The harbour master deeply regrets the cost of these trips and will repay every cent,” said Tomas Berg, a port authority spokesman.'), [
      article('b', 'Harbour Master Ida Roe quit on Tuesday, with a port authority spokesman arguing that Roe regretted what the trips cost.'),
      article('c', 'Harbour Master Ida Roe stepped down on Tuesday. “The harbour master deeply regrets the cost of these trips and will repay every cent,” her lawyer, Mia Lund, said.'),
    ]);
    const [whoSaid] = found.filter((d) => d.kind === 'person' && d.status === 'conflict');
    expect(whoSaid.missingFrom).toEqual([]);
  });

  it('takes "a department spokesman" for any department’s spokesman in an outlet that names the department otherwise', () => {
    const found = compareArticles(article('a', 'Harbour Master Ida Roe resigned on Tuesday. Tomas Berg, a department spokesman, said in a statement that “the harbour master deeply regrets the cost of these trips and will repay every cent.”'), [
      article('b', 'Harbour Master Ida Roe quit on Tuesday. A DPW spokesman said Roe regretted what the trips cost and would pay back every cent.'),
      article('c', 'Harbour Master Ida Roe stepped down on Tuesday. Her lawyer, Mia Lund, said in a statement that “the harbour master deeply regrets the cost of these trips and will repay every cent.”'),
    ]);
    const [whoSaid] = found.filter((d) => d.kind === 'person' && d.status === 'conflict');
    expect(whoSaid.missingFrom).toEqual([]);
  });

  it('does not put an outlet giving the same figure of another noun on a conflict of figures', () => {
    const found = compareArticles(article('a', 'About 20 inspectors searched the port authority offices on Monday.\n\nThe port is one of roughly 12 harbors with no such rules.'), [
      article('b', 'A dozen inspectors arrived at the port authority offices on Monday morning.'),
      article('c', 'Inspectors searched the port authority offices on Monday.\n\nThe port is one of about a dozen harbors that set no such rules.'),
    ]);
    const conflict = found.find((d) => d.status === 'conflict' && d.kind === 'number');
    expect(conflict?.values.map((v) => v.articleId)).toEqual(['a', 'b']);
    expect(conflict?.missingFrom).toEqual(['c']);
  });

  it.each(['Hale', 'Haynes'])('does not call an outlet naming one of two speakers of a quotation silent about who said it (Robert %s)', (surname) => {
    const found = compareArticles(article('a', `The tribunal upheld the fishing ban on 40 harbours on Monday.\n\nJudge Robert ${surname} dissented, arguing the tribunal should have waited.`), [
      article('b', `The tribunal upheld the fishing ban on 40 harbours on Monday.\n\n“The majority has put its own wishes above the plain text of the statute,” Judge Robert ${surname} wrote in dissent.`),
      article('c', 'The tribunal upheld the fishing ban on 40 harbours on Monday.\n\nIn her dissent, Judge Maria Lopez wrote that “the majority has put its own wishes above the plain text of the statute.”'),
    ]);
    const who = found.find((d) => d.kind === 'person' && d.status === 'conflict');
    expect(who?.values.map((v) => v.text)).toEqual([`Robert ${surname}`, 'Maria Lopez']);
    expect(who?.missingFrom).toEqual([]);
  });

  it('puts an outlet giving a count loosely on a conflict of counts, in its sentence of that count', () => {
    const found = compareArticles(article('a', 'The Lund campaign reported $31.5 million in cash on hand, according to its filing, and said 412,000 donors had given.'), [
      article('b', 'The Lund campaign said 390,000 donors gave this quarter.\n\nIt ended September with $31.5 million in cash on hand.'),
      article('c', 'Lund drew gifts from more than 400,000 people.\n\nIt finished September with $26.5 million in cash on hand.'),
    ]);
    const donors = found.find((d) => d.status === 'conflict' && d.values.some((v) => v.text === '390,000 donors'));
    expect(donors?.values.map((v) => [v.articleId, v.sentence, v.inOtherWords ?? false]).find(([id]) => id === 'c')).toEqual(['c', 'Lund drew gifts from more than 400,000 people.', true]);
    expect(donors?.missingFrom).toEqual([]);
  });

  it('does not make a month of another event an outlet’s side of a conflict of days', () => {
    const found = compareArticles(article('a', 'Governor Ann Solis signed the levy on Jan. 27.\n\nA court kept a block on the levy on Friday.'), [
      article('b', 'A court kept the block on the levy on Friday.\n\nThe levy has been frozen since a county judge halted it in February.'),
      article('c', 'A court kept a block on the levy on Friday.\n\nGovernor Ann Solis signed the levy on Feb. 3.'),
    ]);
    const days = found.find((d) => d.kind === 'date' && d.status === 'conflict');
    expect(days?.values.map((v) => v.articleId)).toEqual(['a', 'c']);
    expect(days?.missingFrom).toEqual(['b']);
  });

  it('labels a quotation by the words every outlet quoting it in full gives, not by one outlet going on', () => {
    const found = compareArticles(article('a', '“A fare that doubles in a year is not a fare, it is a toll,” said Ada Vinter, a ferry rider. “We could have fought harder.”'), [
      article('b', '“A fare that doubles in a year is not a fare, it is a toll,” Ms. Vinter said. “My rent rose 11 percent this year.”'),
    ]);
    const labels = found.filter((d) => d.kind === 'quote').map((d) => d.label);
    expect(labels).toContain('All report: Ada Vinter: “A fare that doubles in a year is not a fare, it is a toll”');
  });

  it('does not call an outlet silent about words two outlets give to two people when it quotes part of them', () => {
    const found = compareArticles(article('a', '“We are meeting every safety rule the coast guard has set for us,” said Ida Marsh, a spokeswoman for the ferry line.'), [
      article('b', '“We are meeting every safety rule the coast guard has set for us,” the captain, Tomas Berg, said.'),
      article('c', 'In a statement, the ferry line said it was meeting “every safety rule” set by the coast guard.'),
    ]);
    const whoSaid = found.find((d) => d.kind === 'person' && d.status === 'conflict');
    expect(whoSaid?.missingFrom).toEqual([]);
  });

  it('does not call an outlet silent about a quotation worded two ways when it names the speaker, who may say it in its words', () => {
    const found = compareArticles(article('a', '“I will ask the harbour board to stand down, and I expect it to listen,” Anna Berg told the crowd.'), [
      article('b', '“I will not ask the harbour board to stand down, that is its right,” Anna Berg told reporters.'),
      article('c', 'Anna Berg said she would ask the board to step aside.'),
    ]);
    const worded = found.find((d) => d.kind === 'quote' && d.status === 'conflict');
    expect(worded?.missingFrom).toEqual([]);
  });

  it('puts an outlet that tells a vote as unanimous on the tally conflict’s card with that word, not with a sentence much like a side’s', () => {
    const found = compareArticles(article('a', 'In a statement released Monday, the harbour board, which voted 7-0 to approve the lease, said the pier would reopen in May.'), [
      article('b', 'A divided harbour board voted 5-2 on Monday to approve the lease for the old pier.'),
      article('c', 'The harbour board unanimously approved the lease on Monday. In a statement released Monday, it said the pier would reopen in May.'),
    ]);
    const tally = found.find((d) => d.kind === 'number' && d.status === 'conflict');
    expect(tally?.values.find((v) => v.articleId === 'c')?.text).toBe('unanimously');
  });

  it('puts an outlet that gives an age as "has died at 77" on the age conflict’s card, as a side', () => {
    const found = compareArticles(article('a', 'Ferry captain Ada Vinter died on Sunday in Lisle. She was 77.'), [
      article('b', 'Ferry captain Ada Vinter died on Sunday in Lisle. She was 76.'),
      article('c', 'Ferry captain Ada Vinter has died at 77. She died on Sunday in Lisle.'),
    ]);
    const ages = found.find((d) => d.kind === 'number' && d.status === 'conflict');
    expect(ages?.values.map((v) => [v.articleId, v.text])).toEqual([['a', '77'], ['b', '76'], ['c', '77']]);
  });

  it('does not put another year\'s figure on a conflict as an outlet\'s looser writing of one told without a year', () => {
    const lead = "Mayor Ana Ruiz won a second term in Sunday's election in Ostrava, beating Karel Brno by a wide margin. ";
    const found = compareArticles(article('a', `${lead}Turnout was 71.3 percent, the election board said.`), [
      article('b', `${lead}Turnout was about 66 percent, the election board said.`),
      article('c', `${lead}Turnout rose by almost seven percentage points from the 64.2 per cent recorded in 2018, a sign of how badly voters wanted change.`),
    ]);
    const turnout = found.find((d) => d.status === 'conflict' && d.values.some((v) => v.text === '71.3 percent'));
    expect(turnout?.values.map((v) => v.articleId)).toEqual(['a', 'b']);
    // …nor the other way round.
    const then = found.find((d) => d.values.some((v) => v.text === '64.2 per cent'));
    expect(then?.values.map((v) => v.articleId)).toEqual(['c']);
  });

  it('does not set a part an outlet gives beside its whole ("14 seats, including nine in the capital") against another outlet\'s whole', () => {
    const found = compareArticles(article('a', 'The Green Party won 14 seats, including nine in Ostrava.'), [
      article('b', 'The Green Party, which won 14 seats, will join the talks.'),
      article('c', 'The Green Party took nine seats in Ostrava alone.'),
    ]);
    expect(found.filter((d) => d.status === 'conflict')).toEqual([]);
  });

  it('does not put the same day told of another deed on a conflict of days as an outlet\'s side', () => {
    const dated = (id: string, text: string, publishedAt: string) => ({ ...article(id, text), publishedAt });
    const lead = 'An inquiry found that neglect at two care homes in Wendmoor contributed to dozens of deaths. ';
    const found = compareArticles(dated('a', `${lead}Gareth Pennick, the council's social care director, resigned on Wednesday morning, hours before the report was made public.`, '2026-12-02'), [
      dated('b', `${lead}Gareth Pennick's December 1 resignation came a day before the report's release.`, '2026-12-03'),
      dated('c', `${lead}Dame Ada Lowe, who chaired the inquiry, published her findings yesterday after hearing from 180 witnesses.`, '2026-12-03'),
    ]);
    const resignation = found.find((d) => d.kind === 'date' && d.status === 'conflict');
    expect(resignation?.values.map((v) => v.articleId)).toEqual(['a', 'b']);
  });
});
