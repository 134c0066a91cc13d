import { describe, expect, it } from 'vitest';
import { evidenceOf, reportedAs, reportsDetail, whereReported } from '../../../../lib/core/compare/presence';
import type { DifferenceKind } from '../../../../lib/core/types';
import { analysed } from './fixtures';

/** Whether `text` (published on 2022-03-15) reports a value written as `value`, normalized as `normalized`, in `sentence`. */
const reports = (kind: DifferenceKind, text: string, value: string, normalized: string, sentence = value) =>
  reportsDetail(analysed('silent', text), kind, [{ articleId: 'other', source: 'other', text: value, normalized, sentence }]);

describe('reportsDetail: an outlet is not silent about a detail it gives in another form', () => {
  it('finds a person by family name, a nickname or title beside it, a suffix left off, or a letter swapped', () => {
    expect(reports('person', 'Mr. Harlow declined to comment.', 'Robert Harlow', 'Robert Harlow')).toBe(true);
    expect(reports('person', 'Bob Harlow declined to comment.', 'Robert Harlow', 'Robert Harlow')).toBe(true);
    expect(reports('person', 'Judge Whitfield ruled on Friday.', 'Anne M. Whitfield Jr.', 'Anne M. Whitfield Jr.')).toBe(true);
    expect(reports('person', 'Councillor Pelligrini spoke first.', 'Ana Pellegrini', 'Ana Pellegrini')).toBe(true);
    expect(reports('person', 'The mayor declined to comment.', 'Robert Harlow', 'Robert Harlow')).toBe(false);
    // A person with two family names, named by the first one.
    expect(evidenceOf(analysed('silent', 'Ines Marta Soler, the harbour chief, warned of more storms.'), 'person', [{ articleId: 'other', source: 'other', text: 'Ines Marta Soler Vidal', normalized: 'Ines Marta Soler Vidal', sentence: 'Ines Marta Soler Vidal spoke.' }])).toBe('weak');
    expect(evidenceOf(analysed('silent', 'Ana Torres, the harbour chief, warned of more storms.'), 'person', [{ articleId: 'other', source: 'other', text: 'Ana Torres Vidal', normalized: 'Ana Torres Vidal', sentence: 'Ana Torres Vidal spoke.' }])).toBe('weak');
    expect(evidenceOf(analysed('silent', 'Ana Torres Ruiz, the harbour chief, warned of more storms.'), 'person', [{ articleId: 'other', source: 'other', text: 'Ana Torres Vidal', normalized: 'Ana Torres Vidal', sentence: 'Ana Torres Vidal spoke.' }])).toBe(null);
  });

  it('finds a family name Chinese and Korean names put first, and a double surname with or without its hyphen', () => {
    expect(reports('person', 'Chief Kim told reporters the fire was out.', 'Kim Min-jun', 'Kim Min-jun')).toBe(true);
    expect(reports('person', 'President Xi spoke on Friday.', 'Xi Jinping', 'Xi Jinping')).toBe(true);
    expect(reports('person', 'Fire Chief Ana Smith Ortega said the roof fell.', 'Ana Smith-Ortega', 'Ana Smith-Ortega')).toBe(true);
    expect(reports('person', 'Chief Park told reporters the fire was out.', 'Kim Min-jun', 'Kim Min-jun')).toBe(false);
  });

  it('does not take a family name a letter apart for the person when it is someone else’s, named in full', () => {
    expect(reports('person', 'Warehouse manager Dana Morgan said staff were sent home.', 'Dan Moran', 'Dan Moran')).toBe(false);
    expect(reports('person', 'Fire chief Dan Morgan said the blaze was out.', 'Dan Moran', 'Dan Moran')).toBe(true);
  });

  it('finds an organisation with or without the dots of its acronym', () => {
    expect(reports('organization', 'The FBI opened an inquiry.', 'F.B.I.', 'F.B.I.')).toBe(true);
    expect(reports('organization', 'The F.B.I. opened an inquiry.', 'FBI', 'FBI')).toBe(true);
  });

  it('finds a figure in words, rounded, hedged within a few percent, or as a vague amount of the same thing', () => {
    expect(reports('number', 'Three ferries were cancelled.', '3 ferries', '3 ferry')).toBe(true);
    expect(reports('number', 'The port handled 41,200 containers.', '41,200 containers', '41200 container')).toBe(true);
    expect(reports('number', 'About 8,000 people left the valley.', '8,150 people', '8150 people', 'Officials said 8,150 people left.')).toBe(true);
    // A hedged figure with no noun after it, in a sentence about the same thing.
    expect(reports('number', 'Turnout in the harbour primary topped 600,000, a record.', '612,000 ballots', '612000 ballot', 'About 612,000 ballots were cast in the harbour primary.')).toBe(true);
    // The noun counted before the vague amount.
    expect(reports('number', 'The group collected signatures from tens of thousands of people.', '90,000 signatures', '90000 signature')).toBe(true);
    expect(reports('number', 'Hundreds of thousands of commuters were stranded.', '400,000 commuters', '400000 commuter')).toBe(true);
    // A crowd told by what it did ("Thousands turned out"); a hedged count of people told by another noun, of the same thing.
    expect(reports('number', 'Thousands turned out at the harbour on Sunday to mourn the crew.', '2,000 people', '2000 person')).toBe(true);
    expect(reports('number', 'Thousands of boats sail from the harbour.', '2,000 people', '2000 person')).toBe(false);
    const eligible = 'About 1,900 people in the harbour jails would be eligible for release.';
    expect(reports('number', 'Nearly 2,000 inmates in the harbour jails would be eligible at once.', '1,900 people', '1900 person', eligible)).toBe(true);
    expect(reports('number', 'The case started a decade ago.', '10-year-old case', '10 year')).toBe(true);
    // A span of years hedged by the decade it passes or falls short of.
    expect(reports('number', 'The ferryman spent more than a decade in a labour camp.', '12 years', '12 year')).toBe(true);
    expect(reports('number', 'The ferryman spent nearly a decade in a labour camp.', '9 years', '9 year')).toBe(true);
    expect(reports('number', 'It was the harshest winter in a generation.', 'three decades', '30 year')).toBe(true);
    expect(reports('number', 'It was the harshest winter in a generation.', '60 years', '60 year')).toBe(false);
    expect(reports('number', 'The ferryman spent more than a decade in a labour camp.', '25 years', '25 year')).toBe(false);
    expect(reports('number', 'The crowd, put at 1,200,000 by the police, filled the square.', '1.2 million people', '1200000 people')).toBe(true);
    expect(reports('number', 'The port handled 39,800 containers.', '41,200 containers', '41200 container')).toBe(false);
    // A share rounded is the same share only of the same thing.
    const jobless = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: '4.1 percent', normalized: '4.1 percent', sentence: 'The harbour jobless rate rose to 4.1 percent in January.' }]);
    expect(jobless('The yield on the harbour bond slipped to 4.08 percent.')).toBeNull();
    expect(jobless('The harbour jobless rate climbed to 4.08 percent in January.')).toBe('weak');
    // One sum in two currencies, of the same thing, within what rates allow.
    const trade = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: '£28.4 billion', normalized: '28400000000 GBP', sentence: 'Trade between the two islands reached £28.4 billion last year.' }]);
    expect(trade('Two-way trade with the islands was worth roughly $36 billion last year.')).toBe('weak');
    expect(trade('Two-way trade with the islands was worth roughly $90 billion last year.')).toBeNull();
    expect(trade('The islands spent roughly $36 billion on defence in 2019.')).toBeNull();
    // A count told by naming each one counted.
    const counties = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: 'four counties', normalized: '4 county', sentence: 'Cases have been identified in four counties in the north.' }]);
    expect(counties('Cases have been confirmed in Harrow, Lisle, Dunmore and Pike counties.')).toBe('strong');
    expect(counties('Cases have been confirmed in Harrow, Lisle and Dunmore counties.')).toBeNull();
    // A failed vote's tally, reversed, is no writing of a carried one.
    expect(evidenceOf(analysed('silent', 'A motion to wait a year failed, 3-6.'), 'number', [{ articleId: 'other', source: 'other', text: '6-3', normalized: '6003 tally', sentence: 'The board voted 6-3 to merge the schools.' }])).not.toBe('strong');
    // An age is exact: one year apart is no rounding.
    expect(reports('number', 'She was 78.', '77', '77 years old', 'She was 77.')).toBe(false);
    // The hour of a clock time is no count ("just before 11 p.m." is not 11 shots).
    expect(reports('number', 'Just before 11 p.m., the door swung open.', '11 shots', '11 shot')).toBe(false);
    expect(reports('number', 'At 10 o’clock the ferry left; 11 passengers stayed behind.', '11 passengers', '11 passenger')).toBe(true);
    // A small count told loosely, of the same thing: "several", "a few", "some hours"; not beyond what the word allows.
    const weak = (text: string, value: string, normalized: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: value, normalized, sentence: `Divers found ${value}.` }]);
    expect(weak('Divers found several rusted anchors near the wreck.', 'four rusted anchors', '4 anchor')).toBe('weak');
    expect(weak('The ferryman was questioned several times.', 'three times', '3 time')).toBe('weak');
    expect(weak('The hull was raised some hours later.', 'five hours', '5 hour')).toBe('weak');
    expect(weak('A few divers stayed on deck.', 'three divers', '3 diver')).toBe('weak');
    expect(weak('Divers found several rusted anchors near the wreck.', '40 anchors', '40 anchor')).toBe(null);
    expect(weak('A few divers stayed on deck.', 'three anchors', '3 anchor')).toBe(null);
    // A span of a few units told without their number.
    expect(evidenceOf(analysed('silent', 'The ferry could be out of service for weeks.'), 'number', [{ articleId: 'other', source: 'other', text: 'three weeks', normalized: '3 week', sentence: 'The ferry could be out for three weeks.' }])).toBe('weak');
    expect(evidenceOf(analysed('silent', 'The ferry could be out of service for weeks.'), 'number', [{ articleId: 'other', source: 'other', text: '30 weeks', normalized: '30 week', sentence: 'The ferry could be out for 30 weeks.' }])).toBe(null);
    // A small count whose noun the sentence leaves to what came before ("Four of the rescued"), in a sentence about the same thing.
    const bare = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: 'four sailors', normalized: '4 sailor', sentence: 'Four sailors were treated for hypothermia at the harbour clinic.' }]);
    expect(bare('Four of the rescued were treated for hypothermia at the clinic.')).toBe('weak');
    expect(bare('4 were treated for hypothermia at the harbour clinic, the coast guard said.')).toBe('weak');
    expect(bare('Four of the boats sank near the harbour.')).toBe(null);
  });

  it('finds a date written as a weekday, inside a named month, or as years ago', () => {
    expect(reports('date', 'The ferry sank on Sunday.', 'March 13', '2022-03-13')).toBe(true);
    expect(reports('date', 'The inquiry opens next month.', 'April 20', '2022-04-20', 'The inquiry opens on April 20.')).toBe(true);
    expect(reports('date', 'The bridge was built four years ago.', '2018', '2018')).toBe(true);
    expect(reports('date', 'The ferry sank in February.', 'March 13', '2022-03-13')).toBe(false);
    // Published on Tuesday, March 15: "later this week" holds no Monday; "earlier this week" does.
    expect(reports('date', 'A second claim is expected later this week.', 'Monday', '2022-03-14', 'The first claim was filed on Monday.')).toBe(false);
    expect(reports('date', 'A first claim was filed earlier this week.', 'Monday', '2022-03-14', 'The first claim was filed on Monday.')).toBe(true);
  });

  it('finds a month written as a season relative to the publication date (2022-03-15)', () => {
    expect(reports('date', 'The mayor first met the builders last summer.', 'July 2021', '2021-07')).toBe(true);
    expect(reports('date', 'The mayor first met the builders last summer.', 'August 4, 2021', '2021-08-04')).toBe(true);
    expect(reports('date', 'Work on the pier resumes this spring.', 'April', '2022-04')).toBe(true);
    // Last winter ran from December 2021 into February 2022.
    expect(reports('date', 'The pier froze last winter.', 'January', '2022-01')).toBe(true);
    // Not another year's summer, not another season.
    expect(reports('date', 'The mayor first met the builders last summer.', 'July 2020', '2020-07')).toBe(false);
    expect(reports('date', 'The mayor first met the builders last fall.', 'July 2021', '2021-07')).toBe(false);
    // The season to come: next fall is this year's, next winter begins this December.
    expect(reports('date', 'The new fees apply beginning next fall.', 'Oct. 1', '2022-10-01')).toBe(true);
    expect(reports('date', 'The new fees apply beginning next fall.', 'Oct. 1, 2023', '2023-10-01')).toBe(false);
    expect(reports('date', 'The pier closes next winter.', 'January 2023', '2023-01')).toBe(true);
    expect(evidenceOf(analysed('silent', 'The mayor first met the builders last summer.'), 'date', [{ articleId: 'other', source: 'other', text: 'July 2021', normalized: '2021-07', sentence: 'July 2021' }])).toBe('weak');
  });

  it('gives the season, the years ago or the weekend as the writing of a date, in the sentence that has it', () => {
    const writing = (text: string, value: string, normalized: string) => {
      const found = reportedAs(analysed('silent', text), 'date', [{ articleId: 'other', source: 'other', text: value, normalized, sentence: `The pier reopened on ${value}.` }]);
      return found && [found.value.text, found.value.sentence];
    };
    expect(writing('The pier reopened to boats and walkers. Crews finished the work this spring.', 'April 2', '2022-04-02')).toEqual(['this spring', 'Crews finished the work this spring.']);
    expect(writing('The pier reopened to boats and walkers. It was last rebuilt four years ago.', '2018', '2018')).toEqual(['four years ago', 'It was last rebuilt four years ago.']);
    // March 12, 2022 was a Saturday.
    expect(writing('Crews worked all week. The harbour pier reopened over the weekend.', 'March 12', '2022-03-12')).toEqual(['weekend', 'The harbour pier reopened over the weekend.']);
  });

  it('finds part of a quote, quoted or not, and a close paraphrase of a short one', () => {
    const quote = 'We will rebuild the harbour wall before the winter storms arrive';
    expect(reports('quote', 'She said they would “rebuild the harbour wall before the winter” if funds allowed.', quote, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Lund promised the harbour wall would be rebuilt before winter storms.', 'We will rebuild the harbour wall before the storms', 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Lund spoke about the budget for schools.', quote, 'Mia Lund')).toBe(false);
    // A few words quoted in another inflection: "keep the harbour open" of "we are keeping the harbour open".
    expect(reports('quote', 'The plan would "keep the harbour open" all winter, the council said.', 'Today we are keeping the harbour open', 'Mia Lund')).toBe(true);
    // A short clause of a longer quotation that is part of the quote; not one of stock words.
    const standing = 'Every ballot will be counted, and when it is, we’ll still be standing. This race was about whether the harbour wants someone who will govern.';
    expect(reports('quote', 'Lund said she was confident. “When the count is done, we’ll still be standing,” she said.', standing, 'Mia Lund')).toBe(true);
    expect(reports('quote', '“When the count is done, and I think that, we can talk,” Lund said.', 'Every ballot will be counted, and I think that is right', 'Mia Lund')).toBe(false);
  });

  it('does not take words an outlet added to a quote in brackets for the speaker’s own', () => {
    const quote = 'This vote tells the [North Valley Fishing Cooperative] members that we will not abandon them';
    const sure = (text: string) => evidenceOf(analysed('silent', text), 'quote', [{ articleId: 'other', source: 'other', text: quote, normalized: 'Mia Lund', sentence: quote }]);
    expect(sure('The bill helps the North Valley Fishing Cooperative members, the council said.')).not.toBe('strong');
    expect(sure('Lund said the vote "tells the members that we will not abandon them."')).toBe('strong');
  });

  it('takes a paraphrase for a quote only where the speaker is named and what was said, not the names, is shared', () => {
    const quote = 'We will rebuild the harbour wall before the storms';
    // The same words about the wall, said by someone else.
    expect(reports('quote', 'The engineer Pia Holm said the harbour wall would be rebuilt before the storms.', quote, 'Mia Lund')).toBe(false);
    // Only the names of the quote are shared.
    expect(reports('quote', 'Lund spoke in Port Ellery about the Harbour Board.', 'I am ready to serve the people of Port Ellery and the Harbour Board', 'Mia Lund')).toBe(false);
  });

  it('reads a quoted fragment with the words its sentence leads into it with, to find it retold', () => {
    const quote = 'weighs every permit on the merits';
    const sentence = 'The clerk, Ivo Brandt, hit back, telling reporters the board "weighs every permit on the merits."';
    const retelling = 'Clerk Ivo Brandt pushed back on Monday, saying the board judged each permit on its merits and that fees played no part.';
    expect(reports('quote', retelling, quote, 'Ivo Brandt', sentence)).toBe(true);
    // The fragment alone shares too little with the retelling's clause.
    expect(reports('quote', retelling, quote, 'Ivo Brandt')).toBe(false);
    // A clause saying much besides is another statement.
    expect(reports('quote', 'Ivo Brandt said the board judged the new harbour fees, the ferry timetable and each permit on Monday.', quote, 'Ivo Brandt', sentence)).toBe(false);
  });

  it('takes the speaker said to do something with a phrase of one sentence of the quote as a report in other words', () => {
    const quote = 'The council is cutting the ferry subsidy to pay for its stadium. I think it is a grave error.';
    // "ferry subsidy" in a sentence where Lund acts, or one going on with "She" after it.
    expect(reports('quote', 'Ms. Lund accused the council of raiding the ferry subsidy.', quote, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Ms. Lund spoke on Tuesday. She warned that the ferry subsidy was being raided.', quote, 'Mia Lund')).toBe(true);
    // The two words apart, or the phrase in a sentence where the speaker does nothing, is not the statement.
    expect(reports('quote', 'Ms. Lund said the subsidy for the old ferry was never enough.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'The ferry subsidy was cut last year, records show, and Lund’s office declined to comment.', quote, 'Mia Lund')).toBe(false);
    // Two of its words joined by a small word ("cost of living"), the same small word between them.
    const living = 'They talk about the cost of living, but they never lift a finger.';
    expect(reports('quote', 'Lund said the board had ignored the cost of living for years.', living, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Lund said the cost of the new board offices was a scandal, and living there was hard.', living, 'Mia Lund')).toBe(false);
  });

  it('takes the speaker known by the office the quote’s sentence gives, or a spokesperson’s body, saying it in other words', () => {
    const quote = 'We will never sell our old ferry just to pay for a stadium';
    const bySheriff = `"${quote}," said county Sheriff Ivo Marten.`;
    expect(reports('quote', 'The sheriff said the county would not sell its old ferry.', quote, 'Ivo Marten', bySheriff)).toBe(true);
    // Someone named with the office may be the one speaking; the office saying something else reports nothing.
    expect(reports('quote', 'Sheriff Ana Roos spoke first. The sheriff said the county would not sell its old ferry.', quote, 'Ivo Marten', bySheriff)).toBe(false);
    expect(reports('quote', 'The sheriff said the county would repaint the harbour wall.', quote, 'Ivo Marten', bySheriff)).toBe(false);
    // "Harbour Board spokeswoman Ida Voss": the board speaks for her.
    const byBoard = `"${quote}," Harbour Board spokeswoman Ida Voss said.`;
    expect(reports('quote', 'The Harbour Board said it would not sell its old ferry.', quote, 'Ida Voss', byBoard)).toBe(true);
    expect(reports('quote', 'The Harbour Board said it would not sell its old ferry.', quote, 'Ivo Marten', bySheriff)).toBe(false);
  });

  it('takes a clause of indirect speech that says little but words of the quote as a report in other words', () => {
    const quote = 'I phoned Ilse an hour ago and apologised to her … The harbour board has decided, and I accept that.';
    // "told the crew that she had phoned …": the clause's words are the quote's, the names and the setting aside.
    const told = analysed('silent', 'Lund told the crew that she had phoned Ilse Brek to apologise.');
    expect(evidenceOf(told, 'quote', [{ articleId: 'other', source: 'other', text: quote, normalized: 'Mia Lund', sentence: quote }])).toBe('weak');
    // One clause of several ("… and that …"), and a word of the quote set off in quotation marks.
    expect(reports('quote', 'Mia Lund said the tender was late and that the board had decided.', quote, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Lund told the crew she had phoned Ilse Brek to apologise, and Mayor Ann Roos promised a full review of the harbour rules.', quote, 'Mia Lund')).toBe(true);
    // The speaker set off by an aside and "who" ("Mia Lund, a Democrat, who said…").
    expect(reports('quote', 'The review is led by Mia Lund, the harbour chair, who said she had phoned Ilse Brek to apologise.', quote, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'Lund called the ruling a "grave" betrayal.', 'This ruling is the gravest betrayal of the fleet I have seen', 'Mia Lund')).toBe(true);
    // A clause that denies what the quote says, or says more besides, is another statement; so is one the speaker does not say.
    expect(reports('quote', 'Lund told the crew that she had not phoned Ilse Brek to apologise.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'Lund said the board had decided to close the northern pier by spring and sell the old ferry.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'The crew said the harbour board had decided.', quote, 'Mia Lund')).toBe(false);
    // A clause set off with a participle ("…, describing it as…"), and a word told in another inflection.
    expect(reports('quote', 'Lund said she would stand by it, describing the vote as a matter of principle.', 'I voted on principle and I stand by it', 'Mia Lund')).toBe(true);
    // "accused" tells who spoke, as "said" does.
    expect(reports('quote', 'Lund accused him of betraying the fleet who elected him.', 'betrayed the fleet that sent him to the council', 'Mia Lund')).toBe(true);
    // A second verb of the speaker after ", and"; "not just" denies nothing; "wealthy" is one word with "wealthiest".
    const likened = 'Lund accused him of having opposed the same regulations he will now police, and likened him to a fox in a henhouse.';
    expect(reports('quote', likened, 'He spent twenty years opposing the very rules he will now enforce. The fox is guarding the henhouse.', 'Mia Lund')).toBe(true);
    expect(reports('quote', likened, 'He spent twenty years opposing the very rules he will now enforce. The fox is not just guarding the henhouse. The fox now owns it.', 'Mia Lund')).toBe(true);
    // A clause of the quote that denies nothing, beside one that does; who the speaker is, set off after the name.
    const options = 'This is a bitter day for the harbour. We are weighing all of our options, and we will not let the board close the pier.';
    expect(reports('quote', 'Lund said the council was weighing its options.', options, 'Mia Lund')).toBe(true);
    const concede =
      'The people of this harbour deserve an answer, and I won’t concede a vote this close until every legal ballot is counted. We built this campaign from nothing against the whole machine in this town, and we are not going to stop now.';
    expect(reports('quote', 'Lund, who spent nearly $3 million of her own money on the race, said she would not concede until every ballot was counted.', concede, 'Mia Lund')).toBe(true);
    // A question told as "asked whether…", by a speaker named with where they are from.
    expect(reports('quote', 'Rep. Mia Lund of Corby asked Marsh whether he would resign if he missed the deadline.', 'If you miss that deadline, will you resign?', 'Mia Lund')).toBe(true);
    // Most of the quote's words kept in order, the tense and person shifted, in a clause that says little besides.
    const letGo = 'We are not going to let this go';
    expect(reports('quote', 'Mia Lund, the harbour master, said they were not going to let it go.', letGo, 'Mia Lund')).toBe(true);
    // Not what the quote denies, nor words of it lost among many others.
    expect(reports('quote', 'Mia Lund, the harbour master, said they were going to let it go.', letGo, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'Lund said they were not going to let the old pier and its berths go to a buyer from out of town.', letGo, 'Mia Lund')).toBe(false);
    // A second statement joined by "and suggested that…" is a clause of its own.
    expect(reports('quote', 'Lund said she would not concede until every ballot was counted and suggested that the poll books had failed in two precincts.', concede, 'Mia Lund')).toBe(true);
    const levy = 'Today the council chose tax breaks for the wealthiest people in the harbour over the pilots, nurses and road crews who keep this town running';
    expect(reports('quote', 'Lund vetoed the levy, accusing the council of favouring the wealthy over pilots and nurses.', levy, 'Mia Lund')).toBe(true);
    // Who the speaker is, told before the name ("The port's finance chief, Mia Lund, said…"), is not what was said;
    // what was said may also come before the name.
    const guards = 'The new levy guards every household on the island, owner or tenant, against the next flood';
    expect(reports('quote', 'The port authority’s finance chief, Mia Lund, said the levy guarded island households against floods.', guards, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'The levy guards island households against floods, the port’s finance chief, Mia Lund, said on Friday.', guards, 'Mia Lund')).toBe(true);
    expect(reports('quote', 'The port authority’s finance chief, Mia Lund, said the ferry timetable would change in spring.', guards, 'Mia Lund')).toBe(false);
  });

  it('takes an abbreviation both write, or one writes for the other’s words, as a shared phrase', () => {
    const quote = 'Right now, for the crew, it is going to be repairs and rest before the next race';
    expect(reports('quote', 'Skipper Mia Lund said the boat was sound and the crew just needed some R and R.', quote, 'Mia Lund')).toBe(true);
    const listed = 'She wouldn’t be on the DL if the regatta had more than two weeks to run.';
    expect(reports('quote', 'Ms. Lund said she wouldn’t have put the sailor on the DL had the boat still been racing.', listed, 'Mia Lund')).toBe(true);
    // Capitals that do not stand for the quote's words, or the speaker saying nothing, are not the statement.
    expect(reports('quote', 'Skipper Mia Lund said the crew needed some help from the RNLI.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'The crew got some R and R, Lund’s office confirmed later.', quote, 'Mia Lund')).toBe(false);
  });

  it('does not take a shared phrase about someone else for the statement', () => {
    // The quote is about the mayor; the outlet has Lund say those words of the council.
    const quote = 'If Mayor Jon Berg still cannot back the harbour levy after this week, the town council should replace him at once.';
    expect(reports('quote', 'Ms. Lund said the council would never support the harbour levy.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'Ms. Lund said Mr. Berg would never support the harbour levy.', quote, 'Mia Lund')).toBe(true);
  });

  it('counts a figure the speaker’s sentence repeats as one more word of the statement it shares', () => {
    const quote = 'The pier is probably the only project that can win 120 votes on the council';
    expect(reports('quote', 'Councillor Mia Lund predicted the pier could win 120 votes.', quote, 'Mia Lund')).toBe(true);
    // The same words without the figure are too few; the figure alone, or beside another number, is not the statement.
    expect(reports('quote', 'Councillor Mia Lund predicted the pier could win a majority.', quote, 'Mia Lund')).toBe(false);
    expect(reports('quote', 'Councillor Mia Lund said 1,120 people came to the pier.', quote, 'Mia Lund')).toBe(false);
  });
});

describe('whereReported: the sentence of the outlet that reports a detail in another form', () => {
  const value = (text: string, normalized: string, sentence = text) => [{ articleId: 'other', source: 'other', text, normalized, sentence }];

  it('gives the outlet’s own sentence and its writing of the figure, the name or the quote', () => {
    const article = analysed('silent', 'The storm hit the coast overnight. Three ferries were cancelled on Tuesday. Mr. Harlow declined to comment.');
    expect(whereReported(article, 'number', value('3 ferries', '3 ferry'))).toMatchObject({ articleId: 'silent', text: 'Three ferries', sentence: 'Three ferries were cancelled on Tuesday.' });
    expect(whereReported(article, 'person', value('Robert Harlow', 'Robert Harlow'))).toMatchObject({ sentence: 'Mr. Harlow declined to comment.' });
    expect(whereReported(article, 'number', value('40 ferries', '40 ferry'))).toBeNull();
  });
});

describe('evidenceOf: strong when the same value, name or words are written, weak when only close', () => {
  const evidence = (kind: DifferenceKind, text: string, value: string, normalized: string, sentence = value) =>
    evidenceOf(analysed('silent', text), kind, [{ articleId: 'other', source: 'other', text: value, normalized, sentence }]);

  it('takes the same figure, day, family name or run of quoted words as strong', () => {
    expect(evidence('number', 'The port handled 41,200 containers.', '41,200 containers', '41200 container')).toBe('strong');
    // The words given to someone else by the outlet's own attribution: weak, whose they are is in doubt.
    const counted = 'Every legal ballot will be counted in every county';
    expect(evidence('quote', '“Every legal ballot will be counted,” board chairman Harold Finch said.', counted, 'Mia Lund')).toBe('weak');
    expect(evidence('quote', '“Every legal ballot will be counted,” Lund said.', counted, 'Mia Lund')).toBe('strong');
    expect(evidence('date', 'The ferry sank on Sunday.', 'March 13', '2022-03-13')).toBe('strong');
    expect(evidence('person', 'Mr. Harlow declined to comment.', 'Robert Harlow', 'Robert Harlow')).toBe('strong');
    expect(evidence('quote', 'She said they would “rebuild the harbour wall before the winter” if funds allowed.', 'We will rebuild the harbour wall before the winter storms arrive', 'Mia Lund')).toBe('strong');
    // The words in the outlet's own voice, neither quoted nor near the speaker's name, may be a stock phrase of its own.
    const levy = 'The evidence is clear that a landing levy drives the small boats away from the harbour';
    expect(evidence('quote', 'Harbour economists have long warned that a landing levy drives the small boats away.', levy, 'Mia Lund')).toBe('weak');
    expect(evidence('quote', 'Lund, an economist, has long warned that a landing levy drives the small boats away.', levy, 'Mia Lund')).toBe('strong');
    expect(evidence('quote', 'Economists agree. “A landing levy drives the small boats away,” one said.', levy, 'Mia Lund')).toBe('strong');
    // The speaker only mentioned in the sentence before, not saying anything, does not make the words theirs.
    expect(evidence('quote', 'The rule passed with the support of Mia Lund. It was written because a landing levy drives the small boats away.', levy, 'Mia Lund')).toBe('weak');
    expect(evidence('quote', 'Mia Lund spoke against the rule. She said a landing levy drives the small boats away.', levy, 'Mia Lund')).toBe('strong');
  });

  it('takes a hedged or vague amount, a coarser date, a misspelt or shared family name and a paraphrase as weak', () => {
    expect(evidence('number', 'About 8,000 people left the valley.', '8,150 people', '8150 people', 'Officials said 8,150 people left.')).toBe('weak');
    expect(evidence('number', 'Hundreds of thousands of commuters were stranded.', '400,000 commuters', '400000 commuter')).toBe('weak');
    expect(evidence('number', 'Dozens of people were moved to a shelter.', '40 people', '40 person')).toBe('weak');
    expect(evidence('number', 'The plan adds several dozen inspectors at the port.', '58 inspectors', '58 inspector')).toBe('weak');
    expect(evidence('number', 'The plan adds several dozen inspectors at the port.', '158 inspectors', '158 inspector')).toBe(null);
    // A tally written out in digits, wherever the sentence puts it, though nothing reads it as a vote.
    expect(evidence('number', 'She took the chair after a 134-46 show of hands.', '134-46', '134046 tally')).toBe('strong');
    expect(evidence('number', 'She took the chair after a 134-460 show of hands.', '134-46', '134046 tally')).toBeNull();
    // The losing side of a tally, counted: "two dissented" for "9-2".
    expect(evidence('number', 'The board approved the fare rise. Two trustees dissented.', '9-2', '9002 tally')).toBe('weak');
    expect(evidence('number', 'The board approved the fare rise. Two trustees spoke first.', '9-2', '9002 tally')).toBe(null);
    // People counted in parts and as a whole, either way round.
    expect(evidence('number', 'The ferry carried 212 passengers and nine crew members.', '221 people', '221 person', 'The ferry, with 221 people aboard, ran aground.')).toBe('weak');
    expect(evidence('number', 'The ferry, with 221 people aboard, ran aground.', '212 passengers', '212 passenger', 'The ferry carried 212 passengers and nine crew members.')).toBe('weak');
    expect(evidence('number', 'The ferry, with 230 people aboard, ran aground.', '212 passengers', '212 passenger', 'The ferry carried 212 passengers and nine crew members.')).toBe(null);
    expect(evidence('number', 'The blast injured scores of others.', '53 people', '53 person')).toBe('weak');
    // A crowd told by what it came to do, of whoever it is made; not a figure of another measure.
    expect(evidence('number', 'Hundreds of protesters filled the hall.', '350 students', '350 student')).toBe('weak');
    expect(evidence('number', 'Hundreds of protesters filled the hall.', '350 miles', '350 mile')).toBe(null);
    // A chain's places of trade named two ways.
    const pulled = 'The grocer pulled the cereal from all 212 of its stores on Sept. 30.';
    expect(evidence('number', 'The grocer pulled the cereal from its more than 200 locations last week.', '212 stores', '212 store', pulled)).toBe('weak');
    // A count of things, not people nor a measure, is the same count wherever it is told.
    expect(evidence('number', 'The grocer, which has more than 200 locations in the state, denied wrongdoing.', '212 stores', '212 store', 'The grocer ran 212 stores during that period.')).toBe('weak');
    expect(evidence('number', 'Its depot is more than 200 miles from the port.', '212 miles', '212 mile', 'The grocer trucked cereal 212 miles during that period.')).toBeNull();
    // A figure in words with its noun left out, in a sentence about the same thing; a small one says too little.
    const capped = 'The deal caps early-grade classes at 26 students.';
    expect(evidence('number', 'Early-grade classes are capped at twenty-six.', '26 students', '26 student', capped)).toBe('weak');
    expect(evidence('number', 'Early-grade classes were cut back twenty-six months after the strike.', '26 students', '26 student', capped)).toBe(null);
    expect(evidence('number', 'Early-grade classes are capped at nine.', '9 students', '9 student', 'The deal caps early-grade classes at 9 students.')).toBe(null);
    expect(evidence('date', 'The inquiry opens next month.', 'April 20', '2022-04-20', 'The inquiry opens on April 20.')).toBe('weak');
    // A share or age told by the part of its decade, in a sentence about the same thing.
    const polled = 'A survey last week put the harbour levy at 12% support among boat owners.';
    expect(evidence('number', 'Support for the harbour levy among boat owners is in the low teens, a survey found.', '12%', '12 percent', polled)).toBe('weak');
    expect(evidence('number', 'Support for the harbour levy among boat owners is in the high teens, a survey found.', '12%', '12 percent', polled)).toBeNull();
    expect(evidence('number', 'The harbour master, a man in his mid-40s, was charged on Friday.', '45', '45 years old', 'The harbour master, 45, was charged.')).toBe('weak');
    expect(evidence('number', 'The harbour master was charged on Friday. Rents doubled in the 1940s.', '45', '45 years old', 'The harbour master, 45, was charged.')).toBeNull();
    // A tally told as its two counts.
    const ruled = 'The harbour court ruled 5-2 on Tuesday that the pier must close.';
    expect(evidence('number', 'Five justices ruled the pier must close. Two justices dissented.', '5-2', '5002 tally', ruled)).toBe('weak');
    expect(evidence('number', 'Five justices ruled the pier must close.', '5-2', '5002 tally', ruled)).toBeNull();
    expect(evidence('number', 'Seven council members voted in favor and five opposed.', '7-5', '7005 tally', 'The council voted 7-5 to close the pier.')).toBe('weak');
    expect(evidence('number', 'Twenty-two members voted in favor and 17 against.', '22-17', '22017 tally', 'The board voted 22-17 to close the pier.')).toBe('weak');
    // The ayes alone, told as those who voted for it.
    expect(evidence('number', 'Twenty-two members voted Monday to close the pier.', '22-17', '22017 tally', 'The board voted 22-17 to close the pier.')).toBe('weak');
    expect(evidence('number', 'Twenty-two members spoke against the pier.', '22-17', '22017 tally', 'The board voted 22-17 to close the pier.')).toBeNull();
    // A count of those who voted one way is a side of the tally.
    expect(evidence('number', 'The court ruled 5-2 that the pier must close.', '5 justices', '5 justice', 'The 5 justices in the majority said the pier must close.')).toBe('weak');
    expect(evidence('number', 'The court ruled 5-2 that the pier must close.', '4 justices', '4 justice', 'The 4 justices in the majority said the pier must close.')).toBeNull();
    // A tally in words is the tally; a vote told as unanimous may be one with none against.
    expect(evidence('number', 'The three-to-two ruling closes the pier.', '3-2', '3002 tally', 'The court ruled 3-2 to close the pier.')).toBe('strong');
    expect(evidence('number', 'The board voted unanimously to close the pier.', '7-0', '7000 tally', 'The board voted 7-0 to close the pier.')).toBe('weak');
    expect(evidence('number', 'The board voted unanimously to close the pier.', '6-1', '6001 tally', 'The board voted 6-1 to close the pier.')).toBeNull();
    // A change told by where it went from and to; a span told by two times of day.
    const lost = 'The port has lost more than 160 pilots since 2019.';
    expect(evidence('number', 'The port has about 1,740 licensed pilots, down from more than 1,900 in 2019.', '160 pilots', '160 pilot', lost)).toBe('weak');
    expect(evidence('number', 'The port has about 1,740 licensed pilots and 1,900 berths.', '160 pilots', '160 pilot', lost)).toBeNull();
    // A change told as a multiple of the same thing, not another multiple.
    const traffic = 'Ferry traffic at the port rose from about 900 crossings to more than 2,100 crossings a year.';
    expect(evidence('number', 'Ferry traffic at the port more than doubled on her watch.', '900 crossings', '900 crossing', traffic)).toBe('weak');
    expect(evidence('number', 'Ferry traffic at the port more than tripled on her watch.', '900 crossings', '900 crossing', traffic)).toBeNull();
    // A figure at one end of a change, for an outlet telling the size of the change, of the same thing.
    const punctual = 'The share of Harlow ferries leaving on time fell from 81 percent to 74 percent last year.';
    expect(evidence('number', 'Harlow ferries leaving on time dropped seven points last year.', '74 percent', '74 percent', punctual)).toBe('weak');
    expect(evidence('number', 'Harlow ferries leaving on time dropped nine points last year.', '74 percent', '74 percent', punctual)).toBeNull();
    // A day as the span between it and publication (2022-03-15): a deadline either way round.
    expect(evidence('date', 'The court gave the council six weeks to redraw the wards.', 'April 26', '2022-04-26', 'The council must redraw the wards by April 26.')).toBeNull();
    expect(evidence('date', 'The court told the council to redraw the wards within six weeks.', 'April 26', '2022-04-26', 'The council must redraw the wards by April 26.')).toBe('weak');
    expect(evidence('number', 'The harbour fund runs out on March 31 unless the council acts.', '16 days', '16 day', 'With 16 days left before the fund runs out, the council met.')).toBe('weak');
    expect(evidence('number', 'The harbour fund runs out on May 31 unless the council acts.', '16 days', '16 day', 'With 16 days left before the fund runs out, the council met.')).toBeNull();
    // "by the end of June" is "by July 1" (or "by June 30") told as a span's end, either way round; not another bound.
    expect(evidence('date', 'The board wants a vote on the levy by the end of June.', 'July 1', '2022-07-01', 'The board wants a vote on the levy by July 1.')).toBe('weak');
    expect(evidence('date', 'The board wants a vote on the levy by July 1.', 'the end of June', '2022-06', 'The board wants a vote on the levy by the end of June.')).toBe('weak');
    expect(evidence('date', 'The board will meet again after the end of June.', 'July 1', '2022-07-01', 'The board wants a vote on the levy by July 1.')).toBeNull();
    // How long something to come will last: "will reopen the pier for three weeks" ends April 5; a span that was is no deadline.
    expect(evidence('number', 'The council will reopen the pier until April 5.', 'three weeks', '3 week', 'The council said it will reopen the pier for three weeks.')).toBe('weak');
    expect(evidence('number', 'The council will reopen the pier until April 5.', 'three weeks', '3 week', 'The pier was closed for three weeks last year.')).toBeNull();
    // "N days to apply" counts to a deadline too (published March 15: 30 days on is April 14).
    expect(evidence('date', 'Boat owners have 30 days to apply for the harbour grants.', 'April 14', '2022-04-14', 'Boat owners may apply until April 14.')).toBe('weak');
    expect(evidence('date', 'Boat owners have 30 days to repaint their hulls.', 'April 14', '2022-04-14', 'Boat owners may apply until April 14.')).toBeNull();
    // And back: "three weeks ago" for a day 21 days before publication.
    expect(evidence('date', 'The pier collapsed three weeks ago, the council said.', 'Feb. 22', '2022-02-22', 'The pier collapsed on Feb. 22.')).toBe('weak');
    expect(evidence('date', 'The pier collapsed three weeks ago, the council said.', 'Jan. 22', '2022-01-22', 'The pier collapsed on Jan. 22.')).toBeNull();
    // A share and its part, told one by the other, of one whole.
    const held = 'The council froze $12 million, about 15 percent of the port authority’s $80 million budget.';
    const parts = 'The council froze $12 million of the port authority’s funds. The authority has a budget of $80 million a year.';
    expect(evidence('number', parts, '15 percent', '15 percent', held)).toBe('weak');
    expect(evidence('number', 'The council froze 15 percent of the port authority’s $80 million budget.', '$12 million', '12000000 USD', parts)).toBe('weak');
    expect(evidence('number', parts.replace('$80 million', '$90 million'), '15 percent', '15 percent', held)).toBeNull();
    // A span written as what it measures ("a 30-day truce") is that thing's, not a deadline of the same length.
    const truce = 'The council demanded a 30-day truce in the harbour.';
    expect(evidence('number', 'It asked the harbour master to report back within 30 days.', '30-day', '30 day', truce)).not.toBe('strong');
    expect(evidence('number', 'The council wants the harbour truce to last 30 days.', '30-day', '30 day', truce)).toBe('strong');
    expect(evidence('number', 'Lund was sentenced to 3 1/2 years for the theft.', '3-1/2 year', '3.5 year', 'Lund served a 3-1/2 year sentence.')).toBe('strong');
    // A cut of jobs told as a share of the workforce, counted in the next sentence.
    const cut = 'The ferry line will cut about 300 jobs.';
    const workforce = 'The ferry line is laying off roughly 6% of its employees. It had about 5,200 workers last year.';
    expect(evidence('number', workforce, '300 jobs', '300 job', cut)).toBe('weak');
    expect(evidence('number', workforce.replace('5,200', '9,200'), '300 jobs', '300 job', cut)).toBeNull();
    expect(evidence('number', workforce.replace('employees', 'routes'), '300 jobs', '300 job', cut)).toBeNull();
    // A bound told after the figure ("or more") reads as one told before it, in the silent outlet as in a conflict.
    const waits = 'Drivers on the ferry detour waited 45 minutes on Monday.';
    expect(evidence('number', 'Drivers on the ferry detour waited 40 minutes or more on Monday.', '45 minutes', '45 minute', waits)).toBe('weak');
    expect(evidence('number', 'Drivers on the ferry detour waited 30 minutes or less on Monday.', '45 minutes', '45 minute', waits)).toBeNull();
    // A lower bound that rounds the figure down: "more than three decades" for 36 years, not for 46.
    const served = 'Lund is retiring after more than three decades at sea.';
    expect(evidence('number', 'Lund, who has served 36 years, retires in May.', 'three decades', '30 year', served)).toBe('weak');
    expect(evidence('number', 'Lund, who has served 46 years, retires in May.', 'three decades', '30 year', served)).toBeNull();
    // A sum told by where it went from and to: the change, the change as a share, or the start as a multiple.
    const pier = 'The cost of the new pier has risen from $4.2 million to $7.4 million since 2019.';
    expect(evidence('number', pier, '$3.2 million', '3200000 USD', 'The pier is $3.2 million over budget.')).toBe('weak');
    expect(evidence('number', pier, '76 percent', '76 percent', 'The pier cost 76 percent more than planned.')).toBe('weak');
    expect(evidence('number', pier, '$2.1 million', '2100000 USD', 'The pier is $2.1 million over budget.')).toBeNull();
    expect(evidence('number', 'The cost of the new pier has nearly doubled since 2019.', '$4.2 million', '4200000 USD', pier)).toBe('weak');
    expect(evidence('number', 'The cost of the new pier has nearly tripled since 2019.', '$4.2 million', '4200000 USD', pier)).toBeNull();
    const hearing = 'The vote came after a hearing that lasted eight hours.';
    expect(evidence('number', 'The hearing began at 2 p.m. and ended after 10 p.m.', 'eight hours', '8 hour', hearing)).toBe('weak');
    expect(evidence('date', 'The levy funds the ferry through the end of May.', 'May 30', '2022-05-30', 'It keeps the ferry funded through May 30.')).toBe('weak');
    // The same bound ("through") on the coarser date, however little else the sentences share; not another one.
    expect(evidence('date', 'The bill pays for the harbour through the end of May and adds berths.', 'May 30', '2022-05-30', 'Agencies stay open through May 30, officials said.')).toBe('weak');
    expect(evidence('date', 'The bill was drafted at the end of May with new berths.', 'May 30', '2022-05-30', 'Agencies stay open through May 30, officials said.')).toBeNull();
    // A deadline ("vote by the end of September") is no looser writing of a day something starts, however alike the sentences.
    const hearings = 'Chairman Ned Vole said hearings on Judge Ada Holt could start Sept. 5, with a final vote before October.';
    const silent = analysed('silent', 'Chairman Ned Vole said he expected the full council to vote on Judge Ada Holt by the end of September.', '2018-07-18');
    expect(evidenceOf(silent, 'date', [{ articleId: 'other', source: 'other', text: 'Sept. 5', normalized: '2018-09-05', sentence: hearings }])).toBeNull();
    // A year holding the month, in a sentence alike only in placing its date ("the end of"), tells of another thing.
    expect(evidence('date', 'Laid-off crews keep their health coverage through the end of 2022.', 'the end of March', '2022-03', 'The ferry line expects to finish the cuts by the end of March.')).toBeNull();
    // The start of a year is its first day, however differently the sentences go on.
    expect(evidence('date', 'Ferry fares fall in stages, with the first cut at the start of next year.', 'Jan. 1', '2023-01-01', 'The change will be phased in over four years, beginning Jan. 1.')).toBe('weak');
    expect(evidence('person', 'Councillor Pelligrini spoke first.', 'Ana Pellegrini', 'Ana Pellegrini')).toBe('weak');
    // A full name transliterated otherwise, its family name's first letter too.
    expect(evidence('person', 'The envoy met Gen. Yusuf Qasimov on Monday.', 'Yousuf Kasimov', 'Yousuf Kasimov')).toBe('weak');
    expect(evidence('person', 'The envoy met Gen. Anwar Qasimov on Monday.', 'Yousuf Kasimov', 'Yousuf Kasimov')).toBeNull();
    expect(evidence('person', 'Jane Harlow, his sister, said Mr. Harlow had left.', 'Robert Harlow', 'Robert Harlow')).toBe('weak');
    expect(evidence('quote', 'Lund promised the harbour wall would be rebuilt before winter storms.', 'We will rebuild the harbour wall before the storms', 'Mia Lund')).toBe('weak');
  });

  it('gives a figure written bare as written, not the nearest count of its unit in the sentence', () => {
    const silent = analysed('silent', 'The ferry was carrying 1,240 passengers when 1,135 of them fell ill on Sunday.');
    const ill = { articleId: 'other', source: 'other', text: '1,135 passengers', normalized: '1135 passenger', sentence: 'Some 1,135 passengers fell ill on Sunday.' };
    expect(reportedAs(silent, 'number', [ill])?.value.text).toBe('1,135');
    const words = analysed('silent', 'Three of the nine other riders were hurt on Sunday.');
    expect(reportedAs(words, 'number', [{ ...ill, text: '3 riders', normalized: '3 rider', sentence: 'Three riders were hurt on Sunday.' }])?.value.text).toBe('Three');
  });

  it('puts beside a figure told loosely the sentence counting the same kind of thing near it, not the likest sentence', () => {
    const silent = analysed('silent', 'Lund drew gifts from more than 400,000 people.\n\nIt finished September with $26.5 million in cash on hand.');
    const donors = { articleId: 'other', source: 'other', text: '412,000 donors', normalized: '412000 donor', sentence: 'The Lund campaign reported $31.5 million in cash on hand, according to its filing, and said 412,000 donors had given.' };
    expect(reportedAs(silent, 'number', [donors])?.value.sentence).toBe('Lund drew gifts from more than 400,000 people.');
    // Nothing near enough: the likest sentence.
    expect(reportedAs(silent, 'number', [{ ...donors, text: '912,000 donors', normalized: '912000 donor' }])?.value.sentence ?? null).not.toBe('Lund drew gifts from more than 400,000 people.');
  });

  it('of two counts as near a figure, puts beside it the one told most alike', () => {
    const silent = analysed('silent', 'In 2023 the ferry line cut 300 jobs, or 6 percent of its crews.\n\nShares of the ferry line fell about 6 percent in late trading on Tuesday.');
    const slid = { articleId: 'other', source: 'other', text: '5.8%', normalized: '5.8 percent', sentence: 'Shares of the ferry line slid 5.8% in late trading.' };
    expect(reportedAs(silent, 'number', [slid])?.value.sentence).toBe('Shares of the ferry line fell about 6 percent in late trading on Tuesday.');
  });

  it('takes a coarser date only in a sentence about the same thing, and the same day wherever it is written', () => {
    // "this year" in a line on something else is no writing of the day an e-mail was sent.
    expect(evidence('date', 'Sales were weak this year. The mayor sent the e-mail on Sunday.', 'March 13', '2022-03-13', 'The mayor sent the e-mail on March 13.')).toBe('strong');
    expect(evidence('date', 'Sales were weak this year.', 'March 13', '2022-03-13', 'The mayor sent the e-mail on March 13.')).toBe(null);
    expect(evidence('date', 'The mayor sent a weekend e-mail to staff.', 'March 13', '2022-03-13', 'The mayor sent the e-mail on March 13.')).toBe('weak');
  });

  it('takes the same small count of another thing for no evidence, and of people for some of them as weak', () => {
    expect(evidence('number', 'With just over four weeks to go, the race is tight.', 'four teenage girls', '4 girl', 'He approached four teenage girls.')).toBe(null);
    expect(evidence('number', 'Seven employees were trapped inside.', 'seven people', '7 person', 'Officers freed seven people.')).toBe('weak');
    // The card points to the sentence with that count, not to another count of the same value.
    const found = reportedAs(analysed('silent', 'The siege lasted seven hours. Seven employees were trapped inside.'), 'number', [
      { articleId: 'other', source: 'other', text: 'seven people', normalized: '7 person', sentence: 'Officers freed seven people.' },
    ]);
    expect(found?.value.sentence).toBe('Seven employees were trapped inside.');
  });

  it('points to the sentence giving a span in another unit, with its own writing of it', () => {
    const found = reportedAs(analysed('silent', 'The mayor served two terms before the scandal. Investigators spent six years on the case.'), 'number', [
      { articleId: 'other', source: 'other', text: '72 months', normalized: '72 month', sentence: 'The inquiry lasted 72 months.' },
    ]);
    expect(found).toMatchObject({ evidence: 'strong', value: { text: 'six years', sentence: 'Investigators spent six years on the case.' } });
  });

  it('takes the place of the last of a count ("the fourth port it has closed") as weak evidence of the count', () => {
    const closed = 'The company has now closed four ports.';
    expect(evidence('number', 'Lisle is the fourth port the company has closed.', 'four ports', '4 port', closed)).toBe('weak');
    expect(evidence('number', 'Lisle is the fourth town on the line.', 'four ports', '4 port', closed)).toBeNull();
  });

  it('takes a total told after what it counts as weak evidence', () => {
    const took = 'Seven bidders took part in the auction.';
    expect(evidence('number', 'The other bidders in the room, seven in all, kept quiet.', 'Seven bidders', '7 bidder', took)).toBe('weak');
    expect(evidence('number', 'The bidders (7 altogether) came early.', 'Seven bidders', '7 bidder', took)).toBe('weak');
    // A total of something else.
    expect(evidence('number', 'The bidders waited while the lots, seven in all, were shown.', 'Seven bidders', '7 bidder', took)).toBeNull();
  });

  it('takes a relative change told by the two counts it was between as weak evidence', () => {
    const fell = 'Burglaries in Lisle fell 20 percent last year.';
    expect(evidence('number', 'Police logged 400 burglaries last year, down from 500 the year before.', '20 percent', '20 percent', fell)).toBe('weak');
    expect(evidence('number', 'Burglaries dropped from 500 to 400, police said.', '20 percent', '20 percent', fell)).toBe('weak');
    expect(evidence('number', 'Police logged 450 burglaries last year, down from 500 the year before.', '20 percent', '20 percent', fell)).toBeNull();
    // A share that is no change is not told by two counts.
    expect(evidence('number', 'Police logged 400 burglaries last year, down from 500 the year before.', '20 percent', '20 percent', 'Burglaries made up 20 percent of crimes.')).toBeNull();
  });

  it('takes one sum paid over two periods ("$9 a month", "$108 a year") as weak evidence', () => {
    const monthly = 'The ferry pass would cost about $9 more a month, the board said.';
    expect(evidence('number', 'Riders would pay roughly $108 a year more for a pass.', '$9', '9 USD', monthly)).toBe('weak');
    expect(evidence('number', 'The fare rise adds $108 to the typical annual pass.', '$9', '9 USD', 'The fare rise adds $9 to the typical monthly pass.')).toBe('weak');
    expect(evidence('number', 'Riders would pay roughly $120 a year more for a pass.', '$9', '9 USD', monthly)).toBeNull();
  });

  it('takes one amount told in metric and imperial units as weak evidence', () => {
    expect(evidence('number', 'Agents seized about 31 pounds of heroin.', '14 kilograms', '14 kilogram', 'Agents seized 14 kilograms of heroin.')).toBe('weak');
    expect(evidence('number', 'The ferry sails 62 miles to Lisle.', '100 kilometers', '100 kilometer', 'Lisle is 100 kilometers away.')).toBe('weak');
    expect(evidence('number', 'Agents seized about 40 pounds of heroin.', '14 kilograms', '14 kilogram', 'Agents seized 14 kilograms of heroin.')).toBeNull();
    // An area in square miles for one in acres.
    expect(evidence('number', 'The blaze has grown to about 4.1 square miles.', '2,600 acres', '2600 acre', 'The fire has burned about 2,600 acres.')).toBe('weak');
    expect(evidence('number', 'The blaze has grown to about 6 square miles.', '2,600 acres', '2600 acre', 'The fire has burned about 2,600 acres.')).toBeNull();
    // The outlet's own writing of it is put beside the figure.
    const seized = { articleId: 'other', source: 'other', text: '14 kilograms', normalized: '14 kilogram', sentence: 'Agents seized 14 kilograms of heroin.' };
    expect(reportedAs(analysed('silent', 'The boat was stopped at dawn. Agents seized about 31 pounds of heroin.'), 'number', [seized])?.value.text).toBe('31 pounds');
    // Centimetres in inches, grams in ounces, and a unit glued to its figure.
    expect(evidence('number', 'The river has risen by about 4 inches since May.', '10 centimeters', '10 centimeter', 'The river has risen about 10 centimeters since May.')).toBe('weak');
    expect(evidence('number', 'Customs found about 7 ounces of gold.', '200 grams', '200 gram', 'Customs found 200 grams of gold.')).toBe('weak');
    expect(evidence('number', 'The ferry sails 62 miles to Lisle.', '100km', '100 km', 'Lisle is 100km away.')).toBe('weak');
    // Barrels of oil in gallons (42 to the barrel).
    expect(evidence('number', 'The pipe poured more than 176,000 gallons of crude into the river.', '4,200 barrels', '4200 barrel', 'The pipe spilled roughly 4,200 barrels of oil into the river.')).toBe('weak');
  });

  it('takes a figure of something else for no strong evidence of a small measure with its value, a large sum for strong', () => {
    // Ten seconds is not ten people, nor 12 percent twelve boats.
    expect(evidence('number', 'The storm killed ten people.', '10 seconds', '10 second', 'The shaking lasted 10 seconds.')).toBe(null);
    expect(evidence('number', 'Twelve boats were lost.', '12 percent', '12 percent', 'Catches fell 12 percent.')).not.toBe('strong');
    // A bare figure may be the share written without its sign, or anything else.
    expect(evidence('number', 'Boats: 12 were lost.', '12 percent', '12 percent', 'Catches fell 12 percent.')).toBe('weak');
    expect(evidence('number', 'About ten people were hurt.', '10 seconds', '10 second', 'The shaking lasted just over 10 seconds.')).toBe(null);
    expect(evidence('number', 'It shook for 10 seconds.', '10 seconds', '10 second', 'The shaking lasted 10 seconds.')).toBe('strong');
    // A sum of millions written without its currency sign is the sum.
    expect(evidence('number', 'The money comes from the 1.9 trillion relief package.', '$1.9 trillion', '1900000000000 USD', 'It is part of the $1.9 trillion package.')).toBe('strong');
  });

  it('does not take another quotation sharing only a stock phrase for the quote itself', () => {
    const quote = 'I am very grateful to have received the council’s blessing to protect the old ferry in its passage from the harbour to the open sea';
    expect(evidence('quote', '“I am honoured to have been trusted with steering the old ferry from the harbour to the open sea,” Lund said.', quote, 'Mia Lund')).not.toBe('strong');
    // The same phrase unquoted, or most of the quote quoted, is the quote.
    expect(evidence('quote', 'Lund thanked the council for letting her protect the old ferry from the harbour to the open sea.', quote, 'Mia Lund')).toBe('strong');
    expect(evidence('quote', 'Lund was “very grateful to have received the council’s blessing to protect the old ferry,” she said.', quote, 'Mia Lund')).toBe('strong');
  });

  it('reads a censored word as the word it hides', () => {
    expect(evidence('quote', 'He vowed they would “never pay for that d--n toll.”', 'never pay for that damn toll', 'Ivo Marsh')).toBe('strong');
  });

  it('does not put a detail in the mouth of an outlet on weak evidence', () => {
    const article = analysed('silent', 'Lund promised the harbour wall would be rebuilt before winter storms.');
    expect(whereReported(article, 'quote', [{ articleId: 'other', source: 'other', text: 'We will rebuild the harbour wall before the storms', normalized: 'Mia Lund', sentence: 'x' }])).toBeNull();
  });

  it('does not read a decade or an ordinal as the figure', () => {
    expect(reports('number', 'He was in his 30s when they met.', '30 sources', '30 source')).toBe(false);
    expect(reports('number', 'The 30th anniversary was held.', '30 sources', '30 source')).toBe(false);
    expect(reports('number', 'Reporters spoke to 30 people.', '30 sources', '30 source')).toBe(true);
  });

  it('finds a country in another of its writings, not in a pronoun', () => {
    expect(reports('place', 'Officials in the U.S. said the talks would resume.', 'United States', 'United States')).toBe(true);
    expect(reports('place', 'They told us the talks would resume.', 'United States', 'United States')).toBe(false);
  });

  it('takes a round figure for the precise one, and "N other" beside one for N + 1, as weak evidence', () => {
    const weak = (text: string, value: string, normalized: string) =>
      evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: value, normalized, sentence: value }]);
    expect(weak('They gave $15 million to charity.', '$14,959,450', '14959450 USD')).toBe('weak');
    expect(weak('The paper found four women who told similar stories.', 'three other women', '3 woman')).toBe('weak');
    expect(weak('The paper found six women who told similar stories.', 'three other women', '3 woman')).toBeNull();
  });

  it('reads a span told in another unit: exact as strong, close as weak', () => {
    const span = (text: string, value: string, normalized: string) =>
      evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: value, normalized, sentence: `The hold lasted ${value}.` }]);
    expect(span('The hold lasted two weeks.', '14 days', '14 day')).toBe('strong');
    expect(span('The hold lasted nearly seven weeks.', '47 days', '47 day')).toBe('weak');
    expect(span('The hold lasted three weeks.', '47 days', '47 day')).toBeNull();
  });

  it('takes a span of years told by the year it began or as an anniversary, and a share told in words, as weak evidence', () => {
    const weak = (text: string, value: string, normalized: string, sentence: string) =>
      evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: value, normalized, sentence }]);
    const rents = 'Rents rose by the most in 14 years.';
    expect(weak('Rents rose at the fastest pace since 2008.', '14 years', '14 year', rents)).toBe('weak');
    // Counted to a coming date or the day of writing: a year either way.
    expect(weak('Rents rose at the fastest pace since 2009.', '14 years', '14 year', rents)).toBe('weak');
    expect(weak('Rents rose at the fastest pace since 2010.', '14 years', '14 year', rents)).toBeNull();
    // The last of a count told by its place, in words or digits ("on the 11th ballot" for "11 ballots").
    const ballots = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: '11 ballots', normalized: '11 ballot', sentence: 'The harbour board chose its chair after 11 ballots.' }]);
    expect(ballots('The harbour board chose its chair on the 11th ballot.')).toBe('weak');
    expect(ballots('The harbour board chose its chair on the second ballot.')).toBeNull();
    // A list of places alone counts places of the kind the other outlet counts ("brought by Ohio, Iowa and Utah" for three states).
    const states = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: 'three states', normalized: '3 state', sentence: 'Three states sued the harbour board.' }]);
    expect(states('The suit was brought by Ohio, Iowa and Utah.')).toBe('strong');
    expect(states('The suit was brought by Ohio, Iowa, Utah and Idaho.')).toBeNull();
    // A share or a span joined to its noun is no bare writing of a figure of another unit.
    const bare = (text: string) => evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: '14-year', normalized: '14 year', sentence: 'Ivo Berg is a 14-year veteran of the harbour police.' }]);
    expect(bare('The board cut the overtime budget by 14%.')).toBeNull();
    expect(bare('The board cut 14 of its posts.')).toBe('weak');
    // A term told by the year it began.
    const term = 'Lund, who ran the harbour board for six years, resigned.';
    expect(weak('Lund, a Liberal first elected in 2016, resigned on Monday.', 'six years', '6 year', term)).toBe('weak');
    expect(weak('Lund, a Liberal first elected in 2012, resigned on Monday.', 'six years', '6 year', term)).toBeNull();
    const flood = 'The memorial opened 10 years after the flood.';
    expect(weak('The town marked the 10th anniversary of the flood.', '10 years', '10 year', flood)).toBe('weak');
    expect(weak('The town marked the 5th anniversary of the flood.', '10 years', '10 year', flood)).toBeNull();
    expect(weak('The levee will cost $40 million over the next decade.', '10 years', '10 year', flood)).toBe('weak');
    const share = 'The rule covers 85% of the state’s schools.';
    expect(weak('The rule covers the vast majority of schools in the state.', '85%', '85 percent', share)).toBe('weak');
    expect(weak('The vast majority of parents backed it.', '85%', '85 percent', share)).toBeNull();
    // The same thing counted is enough, however unlike the rest of the sentence.
    expect(weak('By Friday that was the vast majority of schools.', '85%', '85 percent', share)).toBe('weak');
    expect(weak('The rule covers about half of schools in the state.', '85%', '85 percent', share)).toBeNull();
    // A share of those who did something, told in tenths ("nearly nine in 10 voting yes" for "86 percent voting in favor").
    const vote = 'Ferry crews approved the contract, with 86 percent voting in favor.';
    expect(weak('Crews ratified the deal, with nearly nine in 10 voting yes.', '86 percent', '86 percent', vote)).toBe('weak');
    expect(weak('Crews ratified the deal, with nearly nine in 10 harbours backing it.', '86 percent', '86 percent', vote)).toBeNull();
    // A share told in words, of the same thing: by the margin between it and another share of the same race, as the
    // fraction a change comes to, or in tenths.
    const result = 'Ada Fenn won 53.9 percent of the vote to Jo Pike’s 46.1 percent.';
    const fares = 'Ferry fares at the harbour rose 22 percent over the past two years.';
    const lots = 'About 70 percent of the harbour’s residential land is zoned for cottages.';
    const told: [string, string, string, 'weak' | null][] = [
      ['Ada Fenn beat Jo Pike by just under eight points.', '53.9 percent', result, 'weak'],
      ['Ada Fenn beat Jo Pike by twelve points.', '53.9 percent', result, null],
      ['The levy passed by eight points in the harbour wards.', '53.9 percent', result, null],
      ['Ferry fares at the harbour have jumped by more than a fifth since 2023.', '22 percent', fares, 'weak'],
      ['Ferry fares at the harbour have jumped by more than a third since 2023.', '22 percent', fares, null],
      ['Berth fees have jumped by more than a fifth since 2023.', '22 percent', fares, null],
      ['Ferry fares at the harbour lost nearly a fifth of their value over two years.', '19 percent', fares.replace('rose 22', 'fell 19'), 'weak'],
      ['Seven in ten residential lots in the harbour are zoned for cottages.', '70 percent', lots, 'weak'],
      ['Nine in ten residential lots in the harbour are zoned for cottages.', '70 percent', lots, null],
      ['A fifth of residential lots in the harbour are zoned for cottages.', '20 percent', lots.replace('About 70', 'About 20'), 'weak'],
      // A level as a fraction full.
      ['Harlow Reservoir is now little more than a quarter full.', '27 percent', 'Harlow Reservoir stood at 27 percent of capacity.', 'weak'],
      ['Harlow Reservoir is now little more than a quarter full.', '45 percent', 'Harlow Reservoir stood at 45 percent of capacity.', null],
    ];
    for (const [text, value, sentence, expected] of told) expect([text, weak(text, value, value, sentence)]).toEqual([text, expected]);
  });

  it('takes "the former prime minister" for a person given as a former prime minister as weak evidence', () => {
    const former = (text: string) =>
      evidenceOf(analysed('silent', text), 'person', [{ articleId: 'other', source: 'other', text: 'Ivo Marsh', normalized: 'Ivo Marsh', sentence: 'Police arrested supporters of the jailed former prime minister Ivo Marsh.' }]);
    expect(former('The party has marched often since the former prime minister’s arrest.')).toBe('weak');
    expect(former('The party has marched often since the arrests began.')).toBeNull();
  });

  it('takes the office alone for a person given with it as weak evidence, unless the outlet names someone else so', () => {
    const weak = (text: string) =>
      evidenceOf(analysed('silent', text), 'person', [{ articleId: 'other', source: 'other', text: 'Ann Lee', normalized: 'Ann Lee', sentence: 'Gov. Ann Lee vetoed the bill.' }]);
    expect(weak('The state’s governor vetoed the bill on Friday.')).toBe('weak');
    expect(weak('The governor vetoed the bill, and Gov. Tom Ray backed her.')).toBeNull();
    expect(weak('The lieutenant governor vetoed the bill.')).toBeNull();
    expect(weak('Lawmakers passed the bill.')).toBeNull();
    // A prosecutor's or a party leader's office told alone.
    const office = (text: string, sentence: string, name: string) =>
      evidenceOf(analysed('silent', text), 'person', [{ articleId: 'other', source: 'other', text: name, normalized: name, sentence }]);
    expect(office('The county’s district attorney said the verdict was just.', 'District Attorney Ada Fenn said it was just.', 'Ada Fenn')).toBe('weak');
    expect(office('The Senate minority leader called for his resignation.', 'Senate Minority Leader Ivo Marsh called for it.', 'Ivo Marsh')).toBe('weak');
    // A minister of a country's government, set off before the name; not its prime minister.
    const minister = 'Velmar’s foreign minister, Ida Roos, flew with the freed sailors.';
    expect(office('Velmar’s foreign minister, who flew with the sailors, led the talks.', minister, 'Ida Roos')).toBe('weak');
    expect(office('Velmar’s prime minister led the talks.', minister, 'Ida Roos')).toBeNull();
    expect(office('The authority’s inspector general urged it to recover the money.', 'The report, by the ports authority’s inspector general, Ida Roos, found gaps.', 'Ida Roos')).toBe('weak');
    expect(office('The county superintendent of schools will pick the new trustees.', 'The Lisle County superintendent of schools, Ida Roos, will pick them.', 'Ida Roos')).toBe('weak');
    // An office set off after the name without an article ("Ada Fenn, president of Local 12").
    expect(office('The local’s president said members were in shock.', '“We were told at seven,” said Ada Fenn, president of Local 12.', 'Ada Fenn')).toBe('weak');
    // A spokesman or chief of staff named in one outlet is "a spokesman for the governor" or "Lee’s chief of staff" in another.
    const aide = (text: string, sentence: string, name: string) =>
      evidenceOf(analysed('silent', text), 'person', [{ articleId: 'other', source: 'other', text: name, normalized: name, sentence }]);
    expect(aide('A spokesman for the governor said the pardon was lawful.', '“It was lawful,” said Lee spokesman Ivo Marsh.', 'Ivo Marsh')).toBe('weak');
    expect(aide('Lee’s chief of staff conceded the vetting had failed.', 'Her chief of staff, Dana Kerr, conceded it.', 'Dana Kerr')).toBe('weak');
    expect(aide('A spokesman, Tom Ray, said the pardon was lawful.', '“It was lawful,” said Lee spokesman Ivo Marsh.', 'Ivo Marsh')).toBeNull();
    // A lawyer named in one outlet is "her attorney" or "Lee’s lawyer" in another; the district attorney is another office.
    expect(aide('Lee’s lawyer said she had repaid the money.', 'Her attorney, Ivo Marsh, said she acted in good faith.', 'Ivo Marsh')).toBe('weak');
    expect(aide('Her attorney said she acted in good faith.', 'Defense lawyer Ivo Marsh said she acted in good faith.', 'Ivo Marsh')).toBe('weak');
    expect(aide('The district attorney said she acted in good faith.', 'Her attorney, Ivo Marsh, said she acted in good faith.', 'Ivo Marsh')).toBeNull();
    // An office after the name, and the body an outlet gives it: "the panel's chairwoman" is the one of the ports panel.
    const chair = 'Sen. Ada Fenn of Corby, the ports panel’s chairwoman, said the bill would pass.';
    expect(aide('The panel’s Republican chairwoman said she expected a vote in May.', chair, 'Ada Fenn')).toBe('weak');
    expect(aide('A ferry union chairwoman said she expected a vote in May.', chair, 'Ada Fenn')).toBeNull();
    expect(aide('Jo Pike, the party chairwoman for Corby County, said she expected a vote.', chair, 'Ada Fenn')).toBeNull();
    // The office told by its verb after the name ("a Democrat who chairs the Ports Committee").
    const chairs = 'Rep. Ada Fenn, a Democrat who chairs the Ports Committee, said the bill would pass.';
    expect(aide('The Democratic chairwoman of the Ports Committee said the bill would pass.', chairs, 'Ada Fenn')).toBe('weak');
    expect(aide('The chairwoman of the Fisheries Board said the bill would pass.', chairs, 'Ada Fenn')).toBeNull();
    expect(aide('The ports panel’s chairwoman said she expected a vote in May.', 'The bill has the backing of former ports panel chairwoman Ada Fenn.', 'Ada Fenn')).toBeNull();
  });

  it('takes hedged figures whose ranges overlap as weak evidence, only of the same thing', () => {
    const weak = (text: string, value: string, normalized: string, sentence: string) =>
      evidenceOf(analysed('silent', text), 'number', [{ articleId: 'other', source: 'other', text: value, normalized, sentence }]);
    const read = 'Nearly 34% of the ferry crossings were cancelled on Monday.';
    expect(weak('More than 30% of ferry crossings were cancelled.', '34%', '34 percent', read)).toBe('weak');
    expect(weak('More than 30% of the staff voted to strike.', '34%', '34 percent', read)).toBeNull();
    expect(weak('More than 25% of ferry crossings were cancelled.', '34%', '34 percent', read)).toBeNull();
    // "above" bounds a figure as "more than" does.
    const price = 'The median ferry ticket now sells for $61,200, the port said.';
    expect(weak('The median ferry ticket has climbed above $60,000.', '$61,200', '61200 USD', price)).toBe('weak');
    // A count in dozens is rounded to the dozen: "more than a dozen" reaches 14, not 20.
    const arrests = 'Police said 14 people were arrested at the ferry pier.';
    expect(weak('More than a dozen were arrested at the ferry pier, officials said.', '14 people', '14 person', arrests)).toBe('weak');
    expect(weak('More than a dozen were arrested at the ferry pier, officials said.', '20 people', '20 person', arrests.replace('14', '20'))).toBeNull();
  });

  it('does not read the day of a date, a figure in millions or a figure glued to letters as the figure', () => {
    expect(reports('number', 'Last updated: Monday, 28 November, 09:14.', '28 degrees', '28 degree')).toBe(false);
    expect(reports('number', 'Ferries sailed again on Nov. 28.', '28 ferries', '28 ferry')).toBe(false);
    expect(reports('number', 'A 28 million grant was approved.', '28 trucks', '28 truck')).toBe(false);
    expect(reports('number', 'Channel WXR28 covered the storm.', '28 trucks', '28 truck')).toBe(false);
    expect(reports('number', 'Drivers reached 28 mph on the ramp.', '28 miles per hour', '28 mile')).toBe(true);
  });

  it('takes a figure with decimals written with another unit as weak evidence', () => {
    expect(evidence('number', 'His blood-alcohol level was 0.27, the police said.', '0.27 percent', '0.27 percent')).toBe('weak');
    expect(evidence('number', 'His blood-alcohol level was 10.27, the police said.', '0.27 percent', '0.27 percent')).toBeNull();
  });

  it('gives the figure the outlet writes, never another figure of its sentence', () => {
    const article = analysed('silent', 'On 3 March, 40 trucks and 28 vans left the depot.');
    expect(whereReported(article, 'number', [{ articleId: 'other', source: 'other', text: '28 vehicles', normalized: '28 vehicle', sentence: 'x' }])?.text).toBe('28 vans');
  });

  it('finds an organisation or place by its initials, and the initials by the name', () => {
    expect(evidence('place', 'Flights to the UAE were suspended.', 'United Arab Emirates', 'United Arab Emirates')).toBe('strong');
    expect(evidence('organization', 'Flights were grounded by the N.F.A.', 'National Flight Authority', 'National Flight Authority')).toBe('strong');
    expect(evidence('organization', 'The National Flight Authority grounded flights.', 'NFA', 'NFA')).toBe('strong');
    // A lower-case word that spells the initials is no acronym.
    expect(evidence('organization', 'The nfa file was lost.', 'National Flight Authority', 'National Flight Authority')).toBeNull();
  });

  it('takes a name without the city that opens it, or spelt a letter apart, as weak evidence', () => {
    expect(evidence('organization', 'The deal was signed by the Herons on Monday.', 'Dunmore Herons', 'Dunmore Herons')).toBe('weak');
    // A common noun the text also writes in lower case, another city's body, or a sentence's first word is not the name.
    expect(evidence('place', 'The city of Bayview flooded. City workers cleared it.', 'Harbor City', 'Harbor City')).toBeNull();
    expect(evidence('organization', 'The deal was signed by the Ashford Herons.', 'Dunmore Herons', 'Dunmore Herons')).toBeNull();
    expect(evidence('organization', 'Herons fans cheered.', 'Dunmore Herons', 'Dunmore Herons')).toBeNull();
    expect(evidence('organization', 'She was taken to the Lakeside Clinic.', 'Port Avon Lakeside Clinic', 'Port Avon Lakeside Clinic')).toBe('weak');
    expect(evidence('place', 'The quake struck Kermanshahr province.', 'Kermanshar province', 'Kermanshar province')).toBe('weak');
    expect(evidence('place', 'The quake struck Kerman province.', 'Kermanshar province', 'Kermanshar province')).toBeNull();
  });

  it('takes a body named only to describe a person the outlet names as weak evidence', () => {
    const value = (text: string, sentence: string) => [{ articleId: 'other', source: 'other', text, normalized: text, sentence }];
    const silent = analysed('silent', 'Sgt. Nora Velde said the driver fled.');
    expect(evidenceOf(silent, 'organization', value('Ridgeford Police', 'Ridgeford Police Sgt. Nora Velde said the driver fled.'))).toBe('weak');
    expect(evidenceOf(silent, 'organization', value('Ridgeford Police Department', 'Sgt. Nora Velde with the Ridgeford Police Department said so.'))).toBe('weak');
    // The body doing something of its own is a fact of its own.
    expect(evidenceOf(silent, 'organization', value('Ridgeford Police', 'Ridgeford Police closed the road for hours.'))).toBeNull();
    expect(evidenceOf(analysed('silent', 'Sgt. Nora Velde said the driver fled down Main Street.'), 'organization', value('Ridgeford Police', 'Ridgeford Police closed Main Street for hours.'))).toBeNull();
  });

  it('takes a short quotation that is part of the longer one as weak evidence', () => {
    expect(evidence('quote', 'A man shouted, "Stop, stop, please!" as the van rolled on.', 'I looked up and a man was yelling stop, stop, please, wait', 'Ida Berg')).toBe('weak');
    expect(evidence('quote', 'A man shouted, "Stop it now!" as the van rolled on.', 'I looked up and a man was yelling stop, stop, please, wait', 'Ida Berg')).toBeNull();
    // Two words of it, both saying something, quoted in a sentence naming the speaker.
    const levy = "I think plenty of skippers look at this affair and see a double standard … Nobody went to jail over what happened in the previous master's accounts.";
    const told = (who: string) => `${who} said she understood the harbour master's frustration with what she called a "double standard" in how port cases are prosecuted, but she had not yet read the report.`;
    expect(evidence('quote', told('Sen. Ida Berg'), levy, 'Ida Berg')).toBe('weak');
    expect(evidence('quote', told('The mayor'), levy, 'Ida Berg')).toBeNull();
    // …or in a sentence going on from one that has the speaker speak.
    const goingOn = (first: string) => `${first} She also saw a "double standard" in how port cases are prosecuted.`;
    expect(evidence('quote', goingOn('Sen. Ida Berg spoke to reporters on Monday.'), levy, 'Ida Berg')).toBe('weak');
    expect(evidence('quote', goingOn('The report was published on Monday.'), levy, 'Ida Berg')).toBeNull();
    // Two words of it led by "a", quoted where the speaker is named.
    const fine = 'This fine is an outrage to every skipper who has kept the rules for thirty years';
    expect(evidence('quote', 'Sen. Ida Berg said the decision was "an outrage" to voters.', fine, 'Ida Berg')).toBe('weak');
    expect(evidence('quote', 'The mayor said the decision was "an outrage" to voters.', fine, 'Ida Berg')).toBeNull();
    // A single word is as often a term the outlet sets off; a word the quote does not have is no part of it.
    expect(evidence('quote', 'Sen. Ida Berg called the decision an "outrage" on Monday.', fine, 'Ida Berg')).toBeNull();
    expect(evidence('quote', 'Sen. Ida Berg called the fine "unfair" on Monday.', fine, 'Ida Berg')).toBeNull();
    // …but a word the speaker said of how they are is theirs.
    const hurt = 'We are devastated, and we are angry at the board';
    expect(evidence('quote', 'Ida Berg, whose son rows for the club, said she was "devastated."', hurt, 'Ida Berg')).toBe('weak');
    expect(evidence('quote', 'Ida Berg, whose son rows for the club, said she was "furious."', hurt, 'Ida Berg')).toBeNull();
  });

  it("takes the speaker's characterisation of the thing, in words of the quote, as weak evidence", () => {
    const toll = 'This levy is a toll on every family in the valley dressed up as road safety';
    expect(evidence('quote', 'The council backed it, with Sen. Ida Berg describing the levy as a toll on families.', toll, 'Ida Berg')).toBe('weak');
    expect(evidence('quote', 'The council backed it, though Sen. Ida Berg called it a toll on valley families.', toll, 'Ida Berg')).toBe('weak');
    // Another characterisation, or someone else's, is not the statement.
    expect(evidence('quote', 'The council backed it, with Sen. Ida Berg describing the levy as a burden on drivers.', toll, 'Ida Berg')).toBeNull();
    expect(evidence('quote', 'The council backed it, with the mayor describing the levy as a toll on families.', toll, 'Ida Berg')).toBeNull();
  });

  it('in an undated article, takes a month for a day in it, and a weekday or "yesterday" of the same event, as weak evidence', () => {
    const undated = (text: string) => analysed('silent', text, null);
    const day = (text: string, normalized: string, sentence: string) => [{ articleId: 'other', source: 'other', text, normalized, sentence }];
    expect(evidenceOf(undated('She fell ill earlier in December.'), 'date', day('Dec. 2', 'XXXX-12-02', 'She fell ill on Dec. 2.'))).toBe('weak');
    expect(evidenceOf(undated('The singer died late yesterday at her home.'), 'date', day('Thursday', 'thursday', 'The singer died Thursday at her home.'))).toBe('weak');
    expect(evidenceOf(undated('The owner said earlier this week that talks had ended.'), 'date', day('Wednesday', 'wednesday', 'The owner said on Wednesday that talks had ended.'))).toBe('weak');
    // A month of a known year holds the same day written without its year.
    expect(evidenceOf(undated('The deputy was shot on June 24.'), 'date', day('June 2005', '2005-06', 'The deputy was shot in June 2005.'))).toBe('weak');
    // Another event of another day is not it.
    expect(evidenceOf(undated('Her album came out yesterday.'), 'date', day('Thursday', 'thursday', 'The singer died Thursday at her home.'))).toBeNull();
  });

  it('does not take a small count of something else for the figure, nor a stray number word', () => {
    expect(reports('number', 'Two words sum it up.', 'two officials', '2 official')).toBe(false);
    expect(reports('number', 'Two senior officials confirmed it.', 'two officials', '2 official')).toBe(true);
    expect(reports('number', 'Dozens of House members stayed away.', '60 members', '60 member')).toBe(true);
  });
});
