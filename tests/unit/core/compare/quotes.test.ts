import { describe, expect, it } from 'vitest';
import { entityResolver } from '../../../../lib/core/compare/entities';
import { align, compareQuotes, quoteWords } from '../../../../lib/core/compare/quotes';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => {
  const articles = texts.map((t, i) => analysed(`a${i}`, t));
  return compareQuotes(articles, entityResolver(articles)).map((r) => r.difference);
};

describe('compareQuotes', () => {
  it('treats a quote shortened or extended by a few words as one quotation, not a conflict', () => {
    const [quote] = compare(
      '“Our aim is to sit down in person with the ministers of every member state,” Anna Berg said.',
      '“Our aim is to sit down with the ministers of every member state,” Ms. Berg said.',
    );
    expect(quote).toMatchObject({ kind: 'quote', status: 'consensus' });
    expect(quote.values).toHaveLength(2);
  });

  it('flags a quote whose wording changes its meaning: a negation, a figure, or a word replaced', () => {
    const statuses = (a: string, b: string) => compare(a, b).map((d) => d.status);
    expect(statuses('“We will raise the levy on imported steel next year,” Anna Berg said.', '“We will not raise the levy on imported steel next year,” Anna Berg said.')).toEqual([
      'conflict',
    ]);
    expect(statuses('“We expect about 40 ships to leave the harbour this week,” Anna Berg said.', '“We expect about 60 ships to leave the harbour this week,” Anna Berg said.')).toEqual([
      'conflict',
    ]);
    expect(statuses('“The plan is weak and the ministers know it very well,” Anna Berg said.', '“The plan is reckless and the ministers know it very well,” Anna Berg said.')).toEqual([
      'conflict',
    ]);
    // A denial one outlet puts before the sentence the other opens: "Nothing about this vote…" / "This vote…".
    expect(statuses('“Nothing about this vote will change how the harbour is run next year,” Anna Berg said.', '“This vote will change how the harbour is run next year,” Anna Berg said.')).toEqual(['conflict']);
    expect(statuses('“Frankly, this vote will change how the harbour is run next year,” Anna Berg said.', '“This vote will change how the harbour is run next year,” Anna Berg said.')).toEqual(['consensus']);
  });

  it('flags a quotation whose outlets put another day at its start, unless each names one day from its publication date', () => {
    const quoteWith = (id: string, day: string, publishedAt: string) =>
      analysed(id, `“${day} the inspectors walked through every ward of the clinic,” Anna Berg said.`, publishedAt);
    const statuses = (...articles: ReturnType<typeof analysed>[]) => compareQuotes(articles, entityResolver(articles)).map((r) => r.difference.status);
    expect(statuses(quoteWith('a0', 'This morning', '2022-03-15'), quoteWith('a1', 'Yesterday', '2022-03-15'))).toEqual(['conflict']);
    // Listed, not shown: an outlet may have put its own day into a statement it retold a day on.
    const listed = [quoteWith('a0', 'This morning', '2022-03-15'), quoteWith('a1', 'Yesterday', '2022-03-15')];
    expect(compareQuotes(listed, entityResolver(listed))[0].substance).toBe(0);
    expect(statuses(quoteWith('a0', 'On Friday', '2022-03-15'), quoteWith('a1', 'On Monday', '2022-03-15'))).toEqual(['conflict']);
    // Written a day apart, "this morning" and "yesterday" are one day.
    expect(statuses(quoteWith('a0', 'This morning', '2022-03-15'), quoteWith('a1', 'Yesterday', '2022-03-16'))).toEqual(['consensus']);
  });

  it('does not call two passages of one speech a conflict because they share common words', () => {
    const found = compare('“I am not here to be liked by the voters of this great state,” Tom Reed said.', '“I am now ready to serve the voters of this great state,” Tom Reed said.');
    expect(found.map((d) => d.status)).not.toContain('conflict');
  });

  it('keeps apart two statements of one speaker that share only a stock phrase', () => {
    const found = compare(
      '“I am honoured to have been trusted with steering the old ferry from the harbour to the open sea,” Anna Berg said.',
      '“I am very grateful to have received the council’s blessing to protect the old ferry in its passage from the harbour to the open sea,” Anna Berg said.',
    );
    expect(found.map((d) => d.status)).toEqual(['partial', 'partial']);
    expect(found.map((d) => d.missingFrom)).toEqual([['a1'], ['a0']]);
  });

  it('does not flag quoting more, an elision, punctuation or a censored word', () => {
    const found = compare(
      '“We have been incredibly aligned to date, that does not happen by accident. The president is a big believer in diplomacy,” Psaki said. “I am not going to pay for that fucking wall,” Fox said.',
      '“We have been incredibly aligned to date. That does not happen by accident,” Psaki said. “I am not going to pay for that f***ing wall!” Fox said.',
    );
    // The quotations are one each; the sentence only the first outlet quotes is a detail of its own, listed apart.
    expect(found.map((d) => d.status)).toEqual(['consensus', 'partial', 'consensus']);
    expect(found[1]).toMatchObject({ missingFrom: ['a1'], values: [expect.objectContaining({ articleId: 'a0', text: 'The president is a big believer in diplomacy' })] });
  });

  it('does not take a figure one wording adds to a shared stretch for a changed figure', () => {
    const statuses = (a: string, b: string) => compare(a, b).map((d) => d.status);
    expect(statuses('Anna Berg called it “a vanity project sold as a ferry upgrade.”', '“This is a £40 million vanity project sold as a ferry upgrade,” Anna Berg said.')).not.toContain('conflict');
    // A figure in place of another word still is one.
    expect(statuses('“This is a £40 million vanity project sold as a ferry upgrade,” Anna Berg said.', '“This is a £60 million vanity project sold as a ferry upgrade,” Anna Berg said.')).toContain('conflict');
  });

  it('reads a time on the hour with or without its minutes as one wording', () => {
    const found = compare('“The driver gave himself up to officers just after 6 p.m. on the bridge,” Anna Berg said.', '“The driver gave himself up to officers just after 6: 00 p.m. on the bridge,” Anna Berg said.');
    expect(found.map((d) => d.status)).toEqual(['consensus']);
    expect(compare('“The driver gave himself up to officers just after 6 p.m. on the bridge,” Anna Berg said.', '“The driver gave himself up to officers just after 6:30 p.m. on the bridge,” Anna Berg said.').map((d) => d.status)).toEqual(['conflict']);
  });

  it('reads one wording in any house style: contractions, numbers in words or digits, "£5m", "9am", "per cent"', () => {
    const status = (a: string, b: string) => compare(`${a} Anna Berg said.`, `${b} Anna Berg said.`).map((d) => d.status);
    expect(status('“We will not close the harbour road this winter, whatever the council decides,”', '“We won’t close the harbour road this winter, whatever the council decides,”')).toEqual(['consensus']);
    expect(status('“We cannot keep the ferry running for ten more years without help,”', '“We can’t keep the ferry running for 10 more years without help,”')).toEqual(['consensus']);
    expect(status('“The new sea wall will cost £5m and open at 9am on the first of June,”', '“The new sea wall will cost £5 million and open at 9 a.m. on the 1st of June,”')).toEqual(['consensus']);
    expect(status('“Nearly twenty-five per cent of the harbour boats were damaged in the storm,”', '“Nearly 25 percent of the harbour boats were damaged in the storm,”')).toEqual(['consensus']);
    // A pronoun "one" is no figure: two passages of one statement are not a changed figure.
    expect(status('“It is not one decision I wanted to make, but the harbour comes first,”', '“It is not one decision I ever wanted to make, but the harbour comes first,”')).toEqual(['consensus']);
    expect(status('“We will prioritise the neighbourhood centres and the harbour defences this year,”', '“We will prioritize the neighborhood centers and the harbor defenses this year,”')).toEqual(['consensus']);
    // A real change stays one.
    expect(status('“We will close the harbour road for ten more days,”', '“We will close the harbour road for 12 more days,”')).toEqual(['conflict']);
  });

  it('lists a sentence of a quotation some outlets quote and another leaves out, not shown by default', () => {
    const articles = [
      '“The plan is ready. We will not wait for the council any longer,” Dana Whitfield said on Monday.',
      '“The plan is ready,” Dana Whitfield said. “We will not wait for the council any longer.”',
      '“The plan is ready,” Dana Whitfield said.',
    ].map((t, i) => analysed(`a${i}`, t));
    const ranked = compareQuotes(articles, entityResolver(articles));
    const part = ranked.find((r) => r.difference.values.some((v) => v.text.startsWith('We will not wait')))!;
    expect(part.difference).toMatchObject({ status: 'partial', missingFrom: ['a2'] });
    expect(part.difference.values.map((v) => v.articleId).sort()).toEqual(['a0', 'a1']);
    expect(part.substance).toBe(0);
    // An outlet that quotes none of it but gives its words still reports it.
    const paraphrased = [
      '“The plan is ready. We will not wait for the council any longer,” Dana Whitfield said.',
      'Whitfield said the plan is ready and that she would not wait for the council any longer.',
    ].map((t, i) => analysed(`b${i}`, t));
    expect(compareQuotes(paraphrased, entityResolver(paraphrased)).filter((r) => r.difference.values.some((v) => v.text.startsWith('We will not wait')))).toEqual([]);
    // An outlet that only comes close to a sentence is on its card as other words, not left off (the card says "only" the rest give it).
    const close = [
      '“The plan is ready. We will not wait for the council any longer,” Dana Whitfield said.',
      'Dana Whitfield said she would no longer wait on the council.',
      'The council met on Monday.',
    ].map((t, i) => analysed(`c${i}`, t));
    const sentence = compareQuotes(close, entityResolver(close)).find((r) => r.difference.values[0].text.startsWith('We will not wait'))!;
    expect(sentence.difference.missingFrom).toEqual(['c2']);
    expect(sentence.difference.values.map((v) => [v.articleId, v.inOtherWords ?? false])).toEqual([['c0', false], ['c1', true]]);
  });

  it('does not take the full stop of a title inside a quotation for the end of a sentence of it', () => {
    const quoted = compare('“Mr. Hale has run this harbour for 20 years, and he expects to be cleared,” his lawyer, Rosa Vint, said.', 'The harbour board suspended Hale.');
    expect(quoted.map((d) => d.values[0].text)).toEqual(['Mr. Hale has run this harbour for 20 years, and he expects to be cleared']);
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

  it('flags a negation one wording puts into a long shared wording, though each goes on in its own words', () => {
    const [conflict] = compare(
      '“The ruling is wrong, and it is dangerous. I will call the council back into session in March, and we will put this question to the town,” Anna Berg said.',
      '“I will not call a session over this, but when the council returns in March, we will put this question to the town,” Anna Berg said.',
      '“The ruling is wrong, and it is dangerous,” Anna Berg said.',
    );
    expect(conflict.status).toBe('conflict');
    // The third outlet quotes another part of the statement: it is no side of the change.
    expect(conflict.values.map((v) => v.articleId)).toEqual(['a0', 'a1']);
    // A short quotation denied: the negation does not break the passage both quote.
    const denied = compare('“Our council will match the levy, and soon,” Anna Berg said.', '“Our council will not match the levy, at least not yet,” Anna Berg said.');
    expect(denied.map((d) => d.status)).toEqual(['conflict']);
    // "not only" adds to what was said; it does not deny it.
    const added = compare(
      '“We will not only cut the harbour levy next spring, we will scrap the ferry toll,” Anna Berg said.',
      '“We will cut the harbour levy next spring, and the ferry toll goes too,” Anna Berg said.',
    );
    expect(added.map((d) => d.status)).not.toContain('conflict');
  });

  it('does not call a clause one outlet quotes and another leaves out a flipped negation', () => {
    const found = compare(
      '“The port is closed … We do not like the plan, we do not want the plan. We reject the plan.” Anna Berg said.',
      '“The port is closed … We do not want the plan. We reject the plan.” Anna Berg said.',
    );
    expect(found.map((d) => d.status)).toEqual(['consensus']);
    // Its first word recurs: the shorter wording shares the sentence it quotes, not the first word and a gap.
    const later = compare('“That\'s not leadership. That\'s a wish list for the harbour,” Anna Berg said.', '“That\'s a wish list for the harbour,” Anna Berg said.');
    expect(later.map((d) => d.status)).toEqual(['consensus']);
    // One outlet quotes the second of two sentences the other splits around its attribution, whose first it denies.
    const split = compare('“This is not about the ferry,” Anna Berg said. “This is about who runs the harbour when it suits them.”', '“This is about who runs the harbour when it suits them,” she said of Anna Berg’s plan.');
    expect(split.filter((d) => d.status === 'conflict')).toEqual([]);
  });

  it('sees a last word each wording puts before its full stop as replaced', () => {
    const found = compare('“We do not want him here. We reject his message.” Anna Berg said.', '“We do not want him here. We reject his visit.” Anna Berg said.');
    expect(found.map((d) => d.status)).toEqual(['conflict']);
  });

  it('does not dispute who said words one outlet has a speaker read out from someone else', () => {
    const found = compare(
      'Mayor Ida Brandt was charged on Monday with misusing harbour funds. At a news conference, Auditor Tom Ray read from an email the mayor sent last year. “She wrote, ‘Move the levy money into the ferry fund before the audit,’” Mr. Ray said.',
      'Mayor Ida Brandt was charged Monday with misusing harbour funds. Auditor Tom Ray described an email in which Brandt told an aide to “move the levy money into the ferry fund before the audit.”',
    );
    expect(found.filter((d) => d.kind === 'person' && d.status === 'conflict')).toEqual([]);
  });

  it('does not give a quote to one of two people sharing the surname the attribution alone names', () => {
    const [quote] = compare(
      'Anna Berg and her husband Olaf Berg toured the harbour with Olaf Berg’s staff. “We owe everything to the people of this town,” Berg said.',
      'Anna Berg spoke first.',
    );
    expect(quote.label).not.toMatch(/Anna Berg|Olaf Berg/);
  });

  it('gives a quote substance only when an attribution names its speaker plainly, and the outlets agree on who', () => {
    const ranked = (...texts: string[]) => {
      const articles = texts.map((t, i) => analysed(`a${i}`, t));
      return compareQuotes(articles, entityResolver(articles));
    };
    const plain = ranked('“The new ferry terminal will open its doors before the summer season,” Anna Berg said.', 'The port reopened.', 'Ships left.');
    expect(plain[0].substance).toBeGreaterThan(0);
    // A name the sentence only mentions ("a rival of Anna Berg") is not the speaker.
    const described = ranked('The terminal, a rival of Anna Berg said, “will open its doors before the summer season begins here.”', 'The port reopened.', 'Ships left.');
    expect(described.every((r) => r.substance === 0)).toBe(true);
    const disputed = ranked(
      '“The new ferry terminal will open its doors before the summer season,” Anna Berg said.',
      '“The new ferry terminal will open its doors before the summer season,” Tom Reed said.',
      'Ships left.',
    );
    // The quotation itself is no detail of one speaker's; who said it is the conflict.
    expect(disputed.filter((r) => r.difference.status !== 'conflict').every((r) => r.substance === 0)).toBe(true);
  });

  it('gives no speaker to a quotation one outlet gives to a body and another to a person not said to speak for it', () => {
    const speakers = (other: string) => compare('“Owners should stop using these ferry lifts at once,” the commission said in its notice.', other).map((d) => d.values.map((v) => v.normalized));
    expect(speakers('“Owners should stop using these ferry lifts at once,” Lifton spokeswoman Ada Fenn said.')).toEqual([['', '']]);
    // A person who speaks for that body is its voice.
    expect(speakers('“Owners should stop using these ferry lifts at once,” commission spokeswoman Ada Fenn said.')).toEqual([['Ada Fenn', 'Ada Fenn']]);
    // So for someone left unnamed: an official is not the secretary another outlet names, a spokeswoman may be the one it names.
    const unnamed = (other: string) => compare('“Nobody is getting a ferry licence out of this,” said a senior harbour official, who spoke on condition of anonymity.', other).map((d) => d.values.map((v) => v.normalized));
    expect(unnamed('“Nobody is getting a ferry licence out of this,” Harbour Secretary Oren Vale told reporters.')).toEqual([['', '']]);
    expect(unnamed('“Nobody is getting a ferry licence out of this,” said Ida Lund, a senior harbour official.')).toEqual([['Ida Lund', 'Ida Lund']]);
  });

  it('shows one quotation two outlets give to two named people as a conflict of who said it; two statements sharing words stay listed', () => {
    const speakerConflicts = (...texts: string[]) => {
      const articles = texts.map((t, i) => analysed(`a${i}`, t));
      return compareQuotes(articles, entityResolver(articles)).filter((r) => r.difference.status === 'conflict');
    };
    const same = speakerConflicts(
      '“We will not reopen the harbour until every pier has been inspected by engineers,” Mia Lundgren said.',
      '“We will not reopen the harbour until every pier has been inspected by engineers,” Tomas Berg said on Friday.',
    );
    expect(same).toHaveLength(1);
    expect(same[0].difference.kind).toBe('person');
    expect(same[0].difference.values.map((v) => v.text)).toEqual(['Mia Lundgren', 'Tomas Berg']);
    expect(same[0].substance).toBeGreaterThan(0);
    // A family name alone the tagger reads as a place ("Kingston said") is the person the article names in full.
    const byPlaceName = speakerConflicts(
      'Harbour master Ruth Kingston closed the port on Friday. “We will not reopen the harbour until every pier has been inspected by engineers,” Kingston said.',
      '“We will not reopen the harbour until every pier has been inspected by engineers,” Tomas Berg said on Friday.',
    );
    expect(byPlaceName.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Ruth Kingston', 'Tomas Berg']]);
    // An outlet quoting it without a name is on neither side, and not silent about it.
    const third = speakerConflicts(
      '“We will not reopen the harbour until every pier has been inspected by engineers,” Mia Lundgren said.',
      '“We will not reopen the harbour until every pier has been inspected by engineers,” Tomas Berg said on Friday.',
      'The harbour office spoke on Friday. “We will not reopen the harbour until every pier has been inspected by engineers,” she told reporters.',
    );
    expect(third[0].difference.missingFrom).toEqual([]);
    // A pronoun whose person the sentence before has speak names the speaker surely enough; "Of Berg, she said" does not.
    const words = '“We will not reopen the harbour until every pier has been inspected by engineers,”';
    const bySister = (before: string) =>
      speakerConflicts(`${words} Tomas Berg said.`, `The ferry stayed tied up. ${before} ${words} she said.`).map((r) => r.substance);
    expect(bySister('Mia Lundgren, a pilot’s sister, said the crews were furious.')[0]).toBeGreaterThan(0);
    // …so does a sentence before that opens on that person and tells of no other ("Mayor Mia Lundgren, …, was unmoved").
    expect(bySister('Mayor Mia Lundgren, who chairs the port board, was unmoved.')[0]).toBeGreaterThan(0);
    expect(bySister('Mayor Mia Lundgren, who chairs the port board, was unmoved by Erik Sand.')).toEqual([0]);
    // What the person is described as right after the name is no other person ("Mia Lundgren, a Lakemoor Democrat, …").
    expect(bySister('Mia Lundgren, a Lakemoor Democrat, was not done.')[0]).toBeGreaterThan(0);
    expect(bySister('The crews cheered Mia Lundgren, a pilot’s sister.')).toEqual([0]);
    // Two statements an unattributed wording joins into one quotation share a few words only: who said which is no conflict to show.
    const sharing = speakerConflicts(
      '“We will reopen the harbour once every pier has been inspected by engineers,” Mia Lundgren said.',
      'A notice on the gate: “We will reopen the harbour once every pier has been checked and the ferries can sail safely again.”',
      '“Every pier has been checked and the ferries can sail safely again,” Tomas Berg said.',
    );
    expect(sharing).toHaveLength(1);
    expect(sharing[0].substance).toBe(0);
    // A lawyer the attribution names as speaking for the other ("A lawyer for Lundgren, Tomas Berg, said…") is no other speaker.
    const forClient = speakerConflicts(
      'Mia Lundgren owns the ferry line. Lundgren, through a lawyer, said “we will not reopen the harbour until every pier has been inspected by engineers.”',
      'The ferry line belongs to Mia Lundgren. A lawyer for Lundgren, Tomas Berg, said “we will not reopen the harbour until every pier has been inspected by engineers.”',
    );
    expect(forClient).toEqual([]);
    // One the attribution names beside the speaker in another role ("a dissent joined by Lundgren") did not speak for the speaker.
    const joinedBy = speakerConflicts(
      'The harbour board voted 4-3. “The board has made itself the harbour’s landlord,” board member Mia Lundgren wrote in her dissent.',
      'The harbour board voted 4-3. In a dissent joined by board member Mia Lundgren, Tomas Berg wrote that “the board has made itself the harbour’s landlord.”',
    );
    expect(joinedBy.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Mia Lundgren', 'Tomas Berg']]);
    // Each outlet going on with another sentence of the statement: the sentence both give is one quotation.
    const goingOn = speakerConflicts(
      '“The harbour is not a car park,” harbour master Mia Lundgren said on Friday. “The ferries come first.”',
      '“The harbour is not a car park,” board chairman Tomas Berg told reporters. “We will fine every driver.”',
    );
    expect(goingOn.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Mia Lundgren', 'Tomas Berg']]);
    // An outlet that gives the disputed sentence to one person and, later, another part of the statement to the other still
    // tells a different speaker for that sentence.
    const laterPart = speakerConflicts(
      'The ferry line ended its strike. “The harbour is open to every ship again, from tonight,” Mia Lundgren said. “Every crew will be paid for the lost days.”',
      'The ferry line ended its strike. “The harbour is open to every ship again, from tonight,” union chief Tomas Berg told reporters. Later, Mia Lundgren said “every crew will be paid for the lost days.”',
    );
    expect(laterPart.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Mia Lundgren', 'Tomas Berg']]);
    expect(laterPart[0].substance).toBeGreaterThan(0);
  });

  it('shows a short quotation one outlet gives word for word to another named person as a conflict of who said it', () => {
    const articles = [
      'The harbour board met on Monday. “Every pier will be rebuilt by spring,” the harbour master, Mia Lundgren, told reporters.',
      'The harbour board met Monday. “Every pier will be rebuilt by spring,” said Tomas Berg, the board’s chairman.',
    ].map((t, i) => analysed(`a${i}`, t));
    const conflicts = compareQuotes(articles, entityResolver(articles)).filter((r) => r.difference.status === 'conflict');
    expect(conflicts.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Mia Lundgren', 'Tomas Berg']]);
    expect(conflicts[0].substance).toBeGreaterThan(0);
    // Two people sharing a few words of a stock phrase are two statements.
    const stock = [
      'The harbour board met on Monday. “We will keep fighting,” the harbour master, Mia Lundgren, told reporters.',
      'The harbour board met Monday. “We will keep fighting,” said Tomas Berg, the board’s chairman.',
    ].map((t, i) => analysed(`a${i}`, t));
    expect(compareQuotes(stock, entityResolver(stock)).filter((r) => r.difference.status === 'conflict')).toEqual([]);
  });

  it('names each speaker in a conflict of who said it as the outlets naming them write them at their fullest, one name for one speaker', () => {
    const articles = [
      'Kristen Marlowe lost the harbour board race on Tuesday. “The voters have spoken, and I accept it,” Ms. Marlowe said.',
      'Kris Marlowe and Dwayne Tolliver lost the harbour board race on Tuesday. “The voters have spoken, and I accept it,” Tolliver said.',
    ].map((t, i) => analysed(`a${i}`, t));
    const [conflict] = compareQuotes(articles, entityResolver(articles)).filter((r) => r.difference.status === 'conflict');
    expect(conflict.difference.values.map((v) => v.normalized)).toEqual(['Kristen Marlowe', 'Dwayne Tolliver']);
    const three = [
      'Senator Katherine Lowell unveiled the harbour bill on Tuesday. “This is the week we stop waiting,” Ms. Lowell said.',
      'Sen. Kate Lowell unveiled the harbour bill on Tuesday. “This is the week we stop waiting,” Lowell said.',
      'Sen. Katherine Lowell unveiled the harbour bill on Tuesday. “This is the week we stop waiting,” said Sen. Omar Bright, a co-sponsor.',
    ].map((t, i) => analysed(`a${i}`, t));
    const [who] = compareQuotes(three, entityResolver(three)).filter((r) => r.difference.status === 'conflict');
    expect(who.difference.values.map((v) => v.normalized)).toEqual(['Katherine Lowell', 'Katherine Lowell', 'Omar Bright']);
  });

  it('labels a conflict of who said it with the words both outlets give, not one outlet’s longer quote', () => {
    const articles = [
      'The harbour board met on Monday. “Every pier will be rebuilt by spring,” the harbour master, Mia Lundgren, told reporters. “Nobody will lose a berth.”',
      'The harbour board met Monday. “Every pier will be rebuilt by spring,” said Tomas Berg, the board’s chairman.',
    ].map((t, i) => analysed(`a${i}`, t));
    const [conflict] = compareQuotes(articles, entityResolver(articles)).filter((r) => r.difference.status === 'conflict');
    expect(conflict.difference.label).toBe('Mia Lundgren / Tomas Berg: “Every pier will be rebuilt by spring”');
    // Each outlet goes on with words of its own: only the sentence both give is in dispute.
    const goingOn = [
      'The harbour board met on Monday. “Every pier will be rebuilt by spring,” the harbour master, Mia Lundgren, told reporters. “Nobody will lose a berth.”',
      'The harbour board met Monday. “Every pier will be rebuilt by spring,” said Tomas Berg, the board’s chairman. “The cranes arrive in May.”',
    ].map((t, i) => analysed(`a${i}`, t));
    const [both] = compareQuotes(goingOn, entityResolver(goingOn)).filter((r) => r.difference.status === 'conflict');
    expect(both.difference.label).toBe('Mia Lundgren / Tomas Berg: “Every pier will be rebuilt by spring”');
  });

  it('shows as a conflict of who said it a sentence two named people are quoted saying but for one word, each outlet going on differently', () => {
    const who = (first: string, second: string) => {
      const articles = [
        `The harbour board met on Monday. “${first} every family on the waterfront,” said Mia Lundgren, the harbour master. “They trusted the board.”`,
        `The harbour board met Monday. “${second} every family on the waterfront,” the board’s chairman, Tomas Berg, said. “Nobody checked the accounts.”`,
      ].map((t, i) => analysed(`a${i}`, t));
      return compareQuotes(articles, entityResolver(articles))
        .filter((r) => r.difference.status === 'conflict')
        .map((r) => [r.difference.values.map((v) => v.normalized), r.substance > 0]);
    };
    expect(who('This is a betrayal of', 'This was a betrayal of')).toEqual([[['Mia Lundgren', 'Tomas Berg'], true]]);
    // Two words apart are two statements sharing a phrase.
    expect(who('This is a betrayal of', 'This was a gift to')).toEqual([]);
  });

  it('lists as a conflict of who said it a quotation one outlet gives to a person its pronoun points to', () => {
    const articles = [
      'The port board approved the plan. “We will not reopen the harbour until every pier has been inspected by engineers,” Mia Lundgren wrote in the ruling.',
      'The port board approved the plan. Reporters found Tomas Berg, who backed the plan, in the hall. “We will not reopen the harbour until every pier has been inspected by engineers,” he wrote.',
    ].map((t, i) => analysed(`a${i}`, t));
    const ranked = compareQuotes(articles, entityResolver(articles));
    const conflicts = ranked.filter((r) => r.difference.status === 'conflict');
    expect(conflicts.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['Mia Lundgren', 'Tomas Berg']]);
    // Listed: a speaker read from a pronoun is not sure enough to show, when the sentence before neither has that person speak
    // nor opens on them.
    expect(conflicts[0].substance).toBe(0);
    // The quotation is not given to either of them.
    expect(ranked.find((r) => r.difference.kind === 'quote')?.difference.label).not.toMatch(/Lundgren|Berg/);
    // Shown where a third outlet's own attribution gives the words to the person the pronoun points to.
    const named = [...articles, analysed('a2', 'The port board approved the plan. “We will not reopen the harbour until every pier has been inspected by engineers,” Tomas Berg wrote.')];
    const shown = compareQuotes(named, entityResolver(named)).filter((r) => r.difference.status === 'conflict');
    expect(shown.map((r) => r.substance > 0)).toEqual([true]);
  });
});
