import { describe, expect, it } from 'vitest';
import { explicitSpeaker, insideQuotes, quotes } from '../../../../lib/core/text/quotes';

describe('quotes', () => {
  it('finds quotes with speakers after and before them', () => {
    expect(quotes('“We are still finalizing the trip,” said Ms. Psaki.')).toEqual([
      expect.objectContaining({ text: 'We are still finalizing the trip', speaker: 'Psaki' }),
    ]);
    expect(quotes('Stoltenberg said in a statement that "North America and Europe must stand together."')[0]).toMatchObject({
      speaker: 'Stoltenberg',
    });
  });

  it('gives a quote to a speaker whose name begins with a capital outside ASCII', () => {
    expect(quotes('"The bridge will hold," said Levent Çelik.')[0]).toMatchObject({ speaker: 'Levent Çelik' });
    expect(quotes('"We have nowhere left to go," Ćosić said.')[0]).toMatchObject({ speaker: 'Ćosić' });
  });

  it('reads quotations in single marks in a text that has no double ones, past apostrophes inside words and after plurals', () => {
    const found = quotes("Harbour pilot Ann Lee spoke to crews at dawn. 'We can't move the ships' anchors until noon,' she said. 'It's the worst surge the dockers' union has seen,' said Ray Cole. The '90s were calmer.");
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["We can't move the ships' anchors until noon", 'Ann Lee'],
      ["It's the worst surge the dockers' union has seen", 'Ray Cole'],
    ]);
    // An emoji before a quotation (two units of the text) does not shift its marks.
    expect(quotes("Fans posted 🎉 all night. 'We will stay here until the club is saved,' said Ray Cole.").map((q) => q.text)).toEqual(['We will stay here until the club is saved']);
    // Single marks inside a text quoting in double ones are quotes inside quotes.
    expect(quotes('"He told me \'stay home,\' and I did," said Ray Cole.').map((q) => q.text)).toEqual(["He told me 'stay home,' and I did"]);
  });

  it('takes the person after a body and a title in lower case for the one a pronoun points to ("Cal Fire battalion chief Tom Alvarez")', () => {
    const [found] = quotes('Harbour Gas chief executive Ann Lee addressed the residents. “We will pay for every repair,” she said.');
    expect(found.speaker).toBe('Ann Lee');
  });

  it('does not take an office a verb of addressing acts on ("accused the mayor of “…”") for the speaker', () => {
    const told = 'Mayor Ida Brandt proposed raising ferry fares on Tuesday.\n\nThe crews union responded within hours. Its president, Ivo Marsh, called the plan unfair and accused the mayor of "taxing islanders to pay for consultants."';
    expect(quotes(told)[0].speaker).not.toBe('Ida Brandt');
  });

  it('keeps the named speaker where the attribution adds who heard it (", according to one person who attended")', () => {
    const heard = quotes('"Nobody on this board is above the harbour rules," Ida Brandt, the board chair, told members on Monday, according to one person who attended.');
    expect(heard[0]).toMatchObject({ speaker: 'Ida Brandt', attributed: true });
  });

  it('takes the name after a role in lower case ("said selectman X", "said county commissioner X"), or before the verb past its body ("X of the city police said"), as an attributed speaker', () => {
    expect(quotes('"The pier stays shut until the inspectors are done," said alderwoman Ida Brandt.')[0]).toMatchObject({ speaker: 'Ida Brandt', attributed: true });
    expect(quotes('"The pier stays shut until the inspectors are done," said county commissioner Ida Brandt.')[0]).toMatchObject({ speaker: 'Ida Brandt', attributed: true });
    // …and the name before the verb past the body the speaker is of.
    expect(quotes('"The pier stays shut until the inspectors are done," Capt. Ida Brandt of the harbour police said at a briefing.')[0]).toMatchObject({ speaker: 'Ida Brandt', attributed: true });
  });

  it('takes the one who hails, touts or decries something as the quoted words for its speaker', () => {
    expect(quotes('Mayor Ivo Marsh hailed the ferry pact as "the best deal this port has ever signed."')[0]).toMatchObject({ speaker: 'Ivo Marsh', attributed: true });
    expect(quotes('Councillor Ida Brandt decried the levy as "a tax on every family that fishes."')[0]).toMatchObject({ speaker: 'Ida Brandt' });
  });

  it('does not take the speaker of a clause joined after the quote ("…,” and Y said) for the quote’s', () => {
    expect(quotes('Mayor Ida Brandt said the vote was “a setback we can recover from,” and Harbour Master Ivo Marsh said the ferry would run.')[0]).toMatchObject({
      speaker: 'Ida Brandt',
    });
    expect(quotes('The plan was “a setback we can recover from,” but Ivo Marsh said the ferry would run.')[0].speaker).not.toBe('Ivo Marsh');
  });

  it('gives a quote after "and Y said" to Y, with straight marks as with curly ones, and words going on to the first speaker', () => {
    const two = 'Mayor Ida Brandt called the levy "a tax on the fleet," and Sen. Ivo Marsh said the council cared more about "filling its own coffers than mending the pier."';
    expect(quotes(two).map((q) => q.speaker)).toEqual(['Ida Brandt', 'Ivo Marsh']);
    expect(quotes(two.replace(/"([^"]*)"/g, '“$1”')).map((q) => q.speaker)).toEqual(['Ida Brandt', 'Ivo Marsh']);
    const goesOn = 'Mayor Ida Brandt said the council was "out of touch" in pushing "a levy that drives the fleet away."';
    expect(quotes(goesOn)[0]).toMatchObject({ text: 'a levy that drives the fleet away.', speaker: 'Ida Brandt' });
    expect(quotes(goesOn.replace(/"([^"]*)"/g, '“$1”'))[0]).toMatchObject({ speaker: 'Ida Brandt' });
  });

  it('does not carry the speaker before on to a quote in a sentence about another person the article names', () => {
    const told = 'Mayor Ida Roe signed the levy. "The boats will run," said Ivo Marsh, who runs the ferry union. Roe thanked the council in a statement for "keeping the harbour alive."';
    expect(quotes(told)[1].speaker).toBeNull();
  });

  it('gives no speaker to words the sentence says someone else owns ("his pledge to “…”")', () => {
    const cited = quotes('Writing for the court, Judge Ada Marsh said the mayor’s remarks, including his pledge to “keep the ferries for residents only,” showed the rule’s aim.');
    expect(cited[0]).toMatchObject({ speaker: null, attributed: false });
  });

  it('gives a quote after "He praised Ms. X, a …, saying" to the one he stands for, not to the one praised nor to the aside', () => {
    const told = 'Senator Paul Brandt toured the flooded harbour on Tuesday. He praised Ms. Okafor, a Republican, saying, "The mayor is doing a superb job, and she has every boat she needs."';
    expect(quotes(told)[0].speaker).toBe('Paul Brandt');
  });

  it('takes "answered" for a verb of speech: a reply is its speaker\'s, not the questioner\'s', () => {
    const told = '"Where are the ferry logs now?" Councillor Hal Brody asked. "I can\'t say from memory, Councillor," Nina Varga answered.';
    expect(quotes(told)[1].speaker).toBe('Nina Varga');
  });

  it('joins a quote split by its attribution, straight or curly', () => {
    const [quote] = quotes('"We have been aligned to date," Psaki said. "That does not happen by accident."');
    expect(quote).toMatchObject({ text: 'We have been aligned to date … That does not happen by accident.', speaker: 'Psaki' });
  });

  it('gives a quote "the governor said" to the one person the article names with that office before it', () => {
    const [quote] = quotes('Mayor Ida Marsh opened the pier on Friday. "This town waited long enough for it," the mayor said.');
    expect(quote).toMatchObject({ speaker: 'Ida Marsh', attributed: true });
    // Two mayors named: whose words these are cannot be told.
    expect(quotes('Mayor Ida Marsh met Mayor Tom Ruiz on Friday. "This town waited long enough for it," the mayor said.')[0].speaker).toBeNull();
    // A police or fire chief too.
    expect(quotes('Fire Chief Ana Ruiz toured the pier on Friday. "Nobody should sail from here until spring," the chief said.')[0]).toMatchObject({ speaker: 'Ana Ruiz', attributed: true });
    // One holder named in full, then by the family name alone.
    expect(quotes('Fire Chief Ana Ruiz toured the pier on Friday. Chief Ruiz closed the dock. "Nobody should sail from here until spring," the chief said.')[0].speaker).toBe('Ana Ruiz');
    // "said the mayor was …" tells what was said of her: she is no speaker.
    const told = quotes('Mayor Ida Marsh opened the pier on Friday. Councillor Tom Ruiz of Elmford called the pier "a monument to waste" and said the mayor was "years late to a mess she made herself."');
    expect(told.map((q) => q.speaker)).not.toContain('Ida Marsh');
  });

  it('gives a quote to whoever issued the statement that has it, and to the person after a chain of roles', () => {
    expect(quotes('On Monday, Mrs. Ada Fenn released a brief statement saying that "the audit settles nothing at all."')[0]).toMatchObject({ speaker: 'Ada Fenn', attributed: true });
    expect(quotes('"The vote was never close on the merits," said Harbour Daily columnist and Labour strategist Ivo Park.')[0].speaker).toBe('Ivo Park');
    expect(quotes('"We asked for more, and we still want it," said Acting Harbour House Chief of Staff Ned Barlow.')[0].speaker).toBe('Ned Barlow');
  });

  it('takes neither a name after a preposition nor the subject of what was said for the speaker', () => {
    const [quote] = quotes('The mayor turned to the row over Judge Ida Marsh, saying that Councillors had "set out to ruin a decent woman."');
    expect(quote.speaker).toBeNull();
  });

  it('takes no name or slogan in quotes, every word capitalised, for speech, nor as more of a quote', () => {
    const found = quotes('"She never misses a council meeting," said Ida Marsh, 71, who carried a "Keep Our Harbour Open" sign.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['She never misses a council meeting', 'Ida Marsh']]);
  });

  it('gives a quote a colon introduces to the person the sentence opens with, or to the source of a statement it names', () => {
    expect(quotes('Ivo Marsh, who runs the ferry union, blasted the mayor on X: “The levy will sink every small boat in the harbour.”')[0]).toMatchObject({ speaker: 'Ivo Marsh', attributed: true });
    expect(quotes('At the pier on Friday, an aide read a statement from Mr. Marsh: “I will decide by June whether to run for the council.”')[0].speaker).toBe('Marsh');
    expect(quotes('Mayor Ida Brandt signed an order that reads: “No vessel shall dock after dark without a permit.”')[0].speaker).toBeNull();
    expect(quotes('The levy has three parts: “a fee, a fare rise and a cap on berths.”')[0].speaker).toBeNull();
  });

  it('resolves a pronoun to the person the sentence before has speak, not to one named earlier in a list', () => {
    const told = 'In a dissent joined by Judges Ann Lee and Ida Roe, Judge Tom Ray said the levy ignored the charter. “The court writes a new law today,” he wrote.';
    expect(quotes(told)[0].speaker).toBe('Tom Ray');
  });

  it('resolves a pronoun to the person a reply is told as coming from ("drew a sharp reply from Judge Ivo Marsh")', () => {
    const told = 'The lawyer’s answer drew a sharp reply from Judge Ivo Marsh. "That is a strange thing for a harbour board to argue," he said.';
    expect(quotes(told)[0].speaker).toBe('Ivo Marsh');
    // A name after another preposition is no speaker.
    expect(quotes('The lawyer turned to the map from Ivo Marsh. "That is a strange thing for a harbour board to argue," he said.')[0].speaker).not.toBe('Ivo Marsh');
  });

  it('resolves a pronoun to a person named with where they are from ("Mayor Ivo Marsh of Port Ellery")', () => {
    const told = 'Mayor Ida Brandt of Lakemoor called the ruling "a good day for the harbour towns."\n\nMayor Ivo Marsh of Port Ellery said the ruling was fair. "We have won the first round," he said.';
    expect(quotes(told).map((q) => q.speaker)).toEqual(['Ida Brandt', 'Ivo Marsh']);
  });

  it('resolves a pronoun after a sentence whose subject is an office alone to the one person named with it, and never to one of the other sex', () => {
    const text = '“The levy is fair,” said Noor Haddad, a spokeswoman for Governor Tomas Brandt. The governor has stood by the plan. “I will sign it again,” he told reporters.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Noor Haddad', 'Tomas Brandt']);
    // No office to point to: a woman the aside tells of is no "he".
    expect(quotes('“The levy is fair,” said Noor Haddad, a spokeswoman for the party. Lawmakers left early. “I will sign it again,” he told reporters.')[1].speaker).toBeNull();
  });

  it('does not take a name after the same pronoun in its sentence for the one the pronoun points to', () => {
    const text = 'Harbour master Ivo Brandt did not say what the board would do next. Asked whether he would fine Mr. Adler again, he said only that “every option remains open.”';
    expect(quotes(text)[0].speaker).toBe('Ivo Brandt');
  });

  it('takes the person after a role that names a body of its own ("said the Harbour Board chairman, Ivo Brandt") for the speaker', () => {
    expect(quotes('“The levy stays where it is,” said the Harbour Board chairman, Ivo Brandt of Elmford.')[0]).toMatchObject({ speaker: 'Ivo Brandt', attributed: true });
  });

  it('does not carry the speaker before on to a quote whose sentence names someone else', () => {
    const text = '“The pier will reopen by spring,” said Ida Roe, a dock foreman.\n\nThe harbour board welcomed the plan, with chairman Tomas Adler praising “a fair deal for every boat owner.”';
    expect(quotes(text).map((q) => q.speaker)).toEqual(['Ida Roe', null]);
  });

  it('does not take a pronoun leading what was said ("said she would…") for the speaker', () => {
    const told = 'Judge Ada Holt, 50, would replace Judge Otto Frame, who is retiring. Standing beside her, Mr. Lund called her “a judge’s judge” and said she would “apply the harbour law as written.”';
    expect(quotes(told).map((q) => q.speaker)).not.toContain('Ada Holt');
  });

  it('does not take a name leading what was said ("said Ms. Lund had…") for the speaker', () => {
    const told = 'A harbour official, speaking on condition of anonymity, said Ms. Lund had raised the levy only because of the storms, and that “nobody here protects the ferry line.”';
    expect(quotes(told)[0].speaker).toBeNull();
    expect(quotes('At the pier, said Mayor Ada Lund, “the ferry will run again by June, we promise that.”')[0].speaker).toBe('Ada Lund');
    // "said only that Mr. Lund deserved…": an unnamed speaker's words about the person named.
    expect(quotes('The harbour board’s chairman said only that Mr. Lund deserved “the same fair hearing as any skipper.”')[0].speaker).toBeNull();
  });

  it('names the body an attribution gives the words to where it names no person', () => {
    expect(quotes('“Owners should stop using these lifts at once,” the commission said in its notice.')[0]).toMatchObject({ speaker: null, body: 'commission' });
    expect(quotes('The company said in a statement: “We regret the delay and will refund every fare.”')[0]).toMatchObject({ speaker: null, body: 'company' });
    expect(quotes('“Owners should stop using these lifts at once,” Ada Fenn said.')[0].body).toBeUndefined();
  });

  it('resolves a pronoun to the person a sentence opens on ("For Ann Lee, …"), though a preposition leads the name', () => {
    const told = '“The ferry left without him,” said Sam Ray, whose son is still on the island.\n\nFor Ann Lee, the wait is nearly over. “His bed is made,” she said.';
    expect(quotes(told).map((q) => q.speaker)).toEqual(['Sam Ray', 'Ann Lee']);
    // A name after a preposition mid-sentence is no subject.
    expect(quotes(told.replace('For Ann Lee, the wait is nearly over.', 'The wait is nearly over for Ann Lee.'))[1].speaker).toBe('Sam Ray');
    // …and a speaker before of the other sex, by first name or title anywhere before, does not carry on.
    expect(quotes(told.replace('For Ann Lee, the wait is nearly over.', 'The wait is nearly over for Ann Lee.').replace('Sam Ray', 'Tom Ray'))[1].speaker).toBeNull();
    // …with a title before the name ("For Ms. Lee, …").
    expect(quotes(told.replace('For Ann Lee', 'For Ms. Lee').replace('said Sam Ray', 'said Ida Ray'))[1].speaker).toBe('Lee');
    expect(quotes(`Mr. Ray spoke first.\n\n${'x '.repeat(200)}.\n\n${told.replace('For Ann Lee, the wait is nearly over.', 'The wait is nearly over for Ann Lee.').replace('said Sam Ray', 'said Ray')}`).map((q) => q.speaker)).toEqual(['Ray', null]);
  });

  it('does not resolve "he" to a person the sentence before titles as a woman, nor "she" to one titled as a man', () => {
    const told = 'The levy Ms. Brandt proposed adds $2 million for ferries, according to her aide, Ivo Marsh. “No fare will rise this year,” he said.';
    expect(quotes(told)[0].speaker).toBe('Ivo Marsh');
    expect(quotes(told.replace('he said', 'she said'))[0].speaker).toBe('Brandt');
  });

  it('reads doubled apostrophes as a closing mark and resolves a pronoun to the person named before', () => {
    const found = quotes(
      '“His goal is to meet face to face,’’ the press secretary, Jen Psaki, said.\n\nPresident Joe Biden spoke next.\n\n“We are on day nineteen,” he said.',
    );
    expect(found.map((q) => q.speaker)).toEqual(['Jen Psaki', 'Joe Biden']);
  });

  it('resolves a pronoun to the person of the sentence right after a quote that ends with its own full stop', () => {
    const found = quotes('When the chair, Ida Marsh, asked how the pier would be paid for, the mayor pointed to “savings elsewhere.” Tom Reed interrupted. “That is not a plan, it is a wish,” he said.');
    expect(found.map((q) => q.speaker)).toEqual(['Tom Reed']);
  });

  it('never takes a time opening a sentence ("Early May") for the person a pronoun points to', () => {
    const found = quotes('“We found four crates on the deck,” the captain said. Early May, the coast guard had seized a trawler. “It was the biggest find this year,” he said.');
    expect(found.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('ends a quote\'s attribution where its own sentence ends, and reads "called it" as attribution', () => {
    // The next sentence's speaker said something else.
    const closed = quotes('Tarrow Rail said in a statement that it halted the trains "for the safety of every passenger." Its chief executive, Ivo Marsh, said he had met the minister.');
    expect(closed.map((q) => q.speaker)).toEqual(['Tarrow Rail']);
    const carriedOn = quotes('“The shop was looted twice this month alone.” said Rhea Doukas, who runs a bakery.');
    expect(carriedOn.map((q) => q.speaker)).toEqual(['Rhea Doukas']);
    const called = quotes('“We will finish the levee,” Mayor Ines Caro said. Councillor Abel Rusk called the plan “a promise with no money behind it.”');
    expect(called.map((q) => q.speaker)).toEqual(['Ines Caro', 'Abel Rusk']);
  });

  it('resolves a pronoun before a quote though a verb of speech after it names nobody, and reads "shot back" as attribution', () => {
    const found = quotes('Councillor Abel Rusk, who had backed the levee, changed his mind. He called the plan “a promise with no money behind it” and said the vote should wait.');
    expect(found.map((q) => q.speaker)).toEqual(['Abel Rusk']);
    expect(quotes('Ivo Marsh praised the plan. Mayor Ines Caro shot back: “A plan with no money is only a wish.”')).toEqual([
      expect.objectContaining({ speaker: 'Ines Caro', attributed: true }),
    ]);
  });

  it('continues a quote across paragraphs when the next one closes it', () => {
    const [quote] = quotes('“We have been incredibly aligned to date.\n\nThat does not happen by accident.”');
    expect(quote.text).toBe('We have been incredibly aligned to date. That does not happen by accident.');
  });

  it('ignores scare quotes of a few words and takes the speaker, not the one spoken to', () => {
    expect(quotes('NATO will hold an “extraordinary summit” in Brussels.')).toEqual([]);
    expect(quotes('“He tried to silence me,” the journalist told Fox News’ Megyn Kelly.')[0].speaker).toBeNull();
  });

  it('takes the subject of the attribution, not a name inside a relative clause or a party-state aside', () => {
    const [quote] = quotes('Council Leader Maria Olsen, D-Ore., who beat Tom Berg in the primary, said in a statement: "We will fund the new bridge this year."');
    expect(quote.speaker).toBe('Maria Olsen');
    // A town's abbreviation inside the relative clause does not start the attribution after it.
    const [town] = quotes('Ruth Kell, who runs the St. Paul-based tenants group Fair Rent Now, said the council had "never once asked the renters."');
    expect(town.speaker).toBe('Ruth Kell');
  });

  it('resolves "he" to the last person named outside the quotes, however long the quote before it', () => {
    const before = `“${'The bridge is safe and the inspectors agree with us. '.repeat(12).trim()}” the engineers wrote.`;
    const found = quotes(`${before}\n\nCouncil Leader Maria Olsen disagreed.\n\nMayor Tom Berg spoke next.\n\n“We will close it for repairs in May,” he said.`);
    expect(found[found.length - 1].speaker).toBe('Tom Berg');
  });

  it('resolves "she" to a person first named with where they are from ("Ada Vinter of Lisle"), not to the speaker before', () => {
    const found = quotes('Ada Vinter of Lisle lost her shop in the flood. “The river rose in an hour,” said Tomas Berg, a county engineer. Vinter said she hopes the levee is rebuilt. “Nobody here wants to move,” she said.');
    expect(found.map((q) => q.speaker)).toEqual(['Tomas Berg', 'Vinter']);
  });

  it('does not take a programme named in quotes after "told" for more of the quote', () => {
    const [quote] = quotes('“We will close the bridge for repairs in May,” Tom Berg told “Morning Report.”');
    expect(quote.text).toBe('We will close the bridge for repairs in May');
  });

  it('does not take a name in the possessive for the speaker', () => {
    const [quote] = quotes('The report said that Harlow’s testimony “opens a new chapter in the long inquiry into the port.”');
    expect(quote.speaker).toBeNull();
    const [other] = quotes('Harlow’s spokeswoman Ida Berg said “the senator will answer every question in time.”');
    expect(other.speaker).toBe('Ida Berg');
    // A pronoun points to the subject a name owns, named or not: "Mr. Harlow's lawyer, Ida Berg, …" is Ida Berg.
    const lawyer = (subject: string) => quotes(`Tom Harlow pleaded not guilty. ${subject} spoke to reporters after the hearing. “This case should never have been brought,” he said.`)[0].speaker;
    expect(lawyer('Mr. Harlow’s lead lawyer, Ivo Berg,')).toBe('Ivo Berg');
    expect(lawyer('Mr. Harlow’s lead lawyer')).toBeNull();
  });
});

describe('insideQuotes', () => {
  it('reads a place in a sentence as inside a quote by the marks before it, a mark closing a quote carried over opening none', () => {
    const split = 'We walked out for them," said Ada Roe, who spent the 16-day strike on the picket line.';
    expect(insideQuotes(split, split.indexOf('16-day'))).toBe(false);
    const whole = '"We stayed out 16 days," said Ada Roe.';
    expect(insideQuotes(whole, whole.indexOf('16 days'))).toBe(true);
    const later = 'She called it "a strike of 16 days" on Friday.';
    expect(insideQuotes(later, later.indexOf('16 days'))).toBe(true);
    expect(insideQuotes(later, later.indexOf('Friday'))).toBe(false);
  });
});

describe('explicitSpeaker: the speaker only when the attribution says so plainly', () => {
  it('takes the subject of a speech verb beside the quote, with its titles and asides', () => {
    expect(explicitSpeaker(', said Gov. Lena Brandt', 'after')).toBe('Lena Brandt');
    // A word of a name that spells a verb of speech ("the United States attorney") is no verb.
    expect(explicitSpeaker(' the United States attorney in Orlan, Lena Brandt, said in a statement.', 'after')).toBe('Lena Brandt');
    // A title with its field ("Secretary of State", "Commissioner for the Interior") before the name.
    expect(explicitSpeaker(', Secretary of State Lena Brandt said.', 'after')).toBe('Lena Brandt');
    expect(explicitSpeaker(', said Commissioner for the Interior Lena Brandt.', 'after')).toBe('Lena Brandt');
    // A name before a job is whom the speaker works for.
    expect(explicitSpeaker(', said Brandt spokesman Ivo Marsh', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(', said the harbour master, Captain Ivo Marsh', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(', said her nephew, Ivo Marsh.', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(', said Brandt’s nephew, Ivo Marsh.', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(' Ivo Marsh, the harbour master, told reporters on Friday', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(', an emotional Ms. Brandt said', 'after')).toBe('Brandt');
    expect(explicitSpeaker('The port authority’s spokeswoman, Dana Kerr, later said that ', 'before')).toBe('Dana Kerr');
    expect(explicitSpeaker('Senator Ola Vik of Norland said ', 'before')).toBe('Ola Vik');
    // A role in lower case right before the name, and a party-state aside after an appositive.
    expect(explicitSpeaker(', said harbour board chairman Ivo Marsh.', 'after')).toBe('Ivo Marsh');
    expect(explicitSpeaker(', the levy’s sponsor, Sen. Lena Brandt, R-Calder, said on Friday.', 'after')).toBe('Lena Brandt');
  });

  it('gives no speaker for an unnamed aide or official of a person the article names, but lets an institution speak', () => {
    const [aide] = quotes('Mayor Ana Ortiz left early. "The budget will pass by the end of the month," an Ortiz campaign aide said.');
    expect(aide).toMatchObject({ speaker: null, attributed: false });
    const [office] = quotes('"We will not change the schedule at this stage," said a Ferrovia spokesman, adding that Ortiz agreed.');
    expect(office.speaker).toBe('Ferrovia');
    const [herself] = quotes('Mayor Ana Ortiz left early. "The budget will pass by the end of the month," Ortiz told aides.');
    expect(herself.speaker).toBe('Ortiz');
    // An office the article names no holder of speaks as a body: no named person's words.
    expect(quotes('The majority leader said the harbour bill would "bring the ferry jobs home for good."')[0]).toMatchObject({ speaker: null, body: 'majority leader' });
    // Her campaign speaking as a body: no word of hers.
    const [campaign] = quotes('Mayor Ana Ortiz left early. The Ortiz campaign called the audit a "routine check that found nothing wrong."');
    expect(campaign.speaker).toBeNull();
  });

  it('does not take a name another verb of the subject acts on for the speaker ("Lund thanked Mr. Ray … but said")', () => {
    const [quote] = quotes('The harbour board met on Monday. Mayor Ivo Lund thanked Mr. Ray for the new boats but said the town wanted “a ferry, not a promise.”');
    expect(quote.speaker).not.toBe('Ray');
  });

  it('gives a verb joined to another by "and" the subject opening the sentence, not a name the first verb acted on', () => {
    const [quote] = quotes('Ada Moss thanked her family and her running mate, state Sen. Tom Ray, and promised to be “a mayor for every street.”');
    expect(quote.speaker).toBe('Ada Moss');
    // …as has one joined by "and" alone, however the sentence opens.
    const [turned] = quotes('The tensest moment came when Ada Moss, a retired judge, turned to Tom Ray and said: “You have never run anything bigger than a ferry.”');
    expect(turned.speaker).toBe('Ada Moss');
  });

  it('gives a family name two people share to the one of them named in full before the quote, not to one named after', () => {
    const told = (after: string) => quotes(`Mayor Ivo Lund met the harbour board on Monday. “The ferry will run by June,” Lund declared. ${after}`)[0].speaker;
    expect(told('His wife, Ada Lund, toured the pier.')).toBe('Ivo Lund');
    // A family name only one person has stays as the attribution writes it; two people of that name before the quote leave it unsure.
    expect(told('The board toured the pier.')).toBe('Lund');
    expect(quotes('Ada Lund and her husband Ivo Lund toured the pier. “The ferry will run by June,” Lund declared.')[0].speaker).toBe('Lund');
  });

  it('gives a quote opened by a participle ("…, calling it “…”") to the subject of the sentence', () => {
    const [vetoed] = quotes('Harbour master Lena Brandt vetoed the levy on Friday, calling it "a tax on every fisherman in the bay."');
    expect(vetoed).toMatchObject({ speaker: 'Lena Brandt', attributed: true });
    const [attacked] = quotes('Councillor Ivo Marsh attacked the levy, saying it had been "written for the ferry owners alone."');
    expect(attacked).toMatchObject({ speaker: 'Ivo Marsh', attributed: true });
    // Another name between the subject and the participle: whose words they are is not plain.
    const [met] = quotes('Lena Brandt met Ivo Marsh on Friday, calling the talks "a waste of everyone’s time and money."');
    expect(met.attributed).toBe(false);
    // A surname right after the verb is the one it acts on, not the subject: not the speaker.
    const [ordered] = quotes('Judge Brandt sentenced him. Brandt also ordered Marsh to repay the levy, calling the scheme "a theft from every fisherman in the bay."');
    expect(ordered.speaker).not.toBe('Marsh');
  });

  it('gives words quoted from a thing a clause is about (a law, a plan) no speaker, though a person speaks earlier in the sentence', () => {
    const [rule] = quotes('Harbour master Lena Brandt said the port had broken its lease, which requires tenants to leave "within thirty days of any written notice."');
    expect(rule).toMatchObject({ speaker: null, attributed: false });
    const [her] = quotes('Harbour master Lena Brandt said the port had broken its lease, calling the breach "a failure of the most basic kind."');
    expect(her.speaker).toBe('Lena Brandt');
  });

  it('takes no name spoken to, spoken about or after a preposition; of two speakers, the one the last verb gives the words to', () => {
    expect(explicitSpeaker('A spokesman for Mayor Lena Brandt said ', 'before')).toBeNull();
    expect(explicitSpeaker('The harbour master said Lena Brandt told him ', 'before')).toBe('Lena Brandt');
    expect(explicitSpeaker('Ivo Marsh said the harbour master told him ', 'before')).toBeNull();
    expect(explicitSpeaker(', Sen. Lena Brandt and Gov. Ivo Marsh said in a joint statement.', 'after')).toBeNull();
    expect(explicitSpeaker('Rather than wait, the mayor said ', 'before')).toBeNull();
    expect(explicitSpeaker(' the letter to Chairman Ivo Marsh reads', 'after')).toBeNull();
  });
});

describe('quotes: attributed only when the attribution names the speaker plainly', () => {
  it('marks a plain attribution and its standalone continuation, not a name the speaker is described by', () => {
    const found = quotes('“We will open the bridge in May,” Lena Brandt said.\n\n“It will carry trams as well.”\n\nThe plan, a rival of Ivo Marsh said, would “never survive the winter floods.”');
    expect(found.map((q) => [q.speaker, q.attributed])).toEqual([
      ['Lena Brandt', true],
      ['Lena Brandt', true],
      // "a rival of Ivo Marsh" is unnamed: no speaker rather than Marsh or the last speaker.
      [null, false],
    ]);
  });

  it('does not join a quote to the next when that one is another person’s, named or not', () => {
    const speakers = (text: string) => quotes(text).map((q) => [q.text, q.speaker]);
    expect(speakers('“The ferry will run all winter,” Lena Brandt said. “The council has made no such promise,” a spokesman for Mayor Ivo Marsh said.')).toEqual([
      ['The ferry will run all winter', 'Lena Brandt'],
      ['The council has made no such promise', null],
    ]);
    expect(speakers('“The ferry will run all winter,” Brandt said, but Mayor Ivo Marsh disagreed: “We cannot pay for that this year.”')).toEqual([
      ['The ferry will run all winter', 'Brandt'],
      ['We cannot pay for that this year.', 'Ivo Marsh'],
    ]);
    expect(speakers('“The ferry will run all winter,” Lena Brandt said. “It will carry trams as well,” she added.')).toEqual([['The ferry will run all winter … It will carry trams as well', 'Lena Brandt']]);
    // A verb of speech before the next quote's words gives it its own speaker ("agreed", "maintained", "denied"…).
    expect(speakers('“The ferry will run all winter,” Lena Brandt said. Mayor Ivo Marsh agreed the plan was “costly but long overdue for the harbour” and signed it.')).toEqual([
      ['The ferry will run all winter', 'Lena Brandt'],
      ['costly but long overdue for the harbour', 'Ivo Marsh'],
    ]);
  });

  it('does not join words a person rejects to their own next quote across a clause of indirect speech', () => {
    const speakers = (text: string) => quotes(text).map((q) => [q.text, q.speaker]);
    expect(speakers('Councillor Ivo Marsh dismissed claims that the levy “drives every trawler out of the bay,” saying the fleet had grown for three years. “The harbour has never been busier,” he said.')).toEqual([
      ['drives every trawler out of the bay', null],
      ['The harbour has never been busier', 'Ivo Marsh'],
    ]);
  });

  it('takes the speaker of an attribution past an aside that tells what someone else announced, and past a title in lower case', () => {
    expect(quotes('Chief Dana Orr, speaking after Mayor Tom Bell announced the inquiry, said: "Every question will get an answer from us."')[0]).toMatchObject({ speaker: 'Dana Orr', attributed: true });
    expect(quotes('"Every question will get an answer from us," said state Sen. Ruth Calder, who wrote the bill.')[0]).toMatchObject({ speaker: 'Ruth Calder', attributed: true });
    expect(quotes('"Every question will get an answer from us," said Harriers president Ivo Brandt.')[0]).toMatchObject({ speaker: 'Ivo Brandt', attributed: true });
    // The body whose title it is, in lower case: "said school board President", "said union President".
    expect(quotes('"We close two schools or we cut forty teachers," said school board President Lena Okoro, who backed the plan.')[0]).toMatchObject({ speaker: 'Lena Okoro', attributed: true });
    expect(quotes('"Nobody crosses this line," said union President Sam Dutta.')[0]).toMatchObject({ speaker: 'Sam Dutta', attributed: true });
  });
});
