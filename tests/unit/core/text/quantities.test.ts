import { describe, expect, it } from 'vitest';
import { quantities, roughlyEqual } from '../../../../lib/core/text/quantities';

const read = (sentence: string) => quantities(sentence).map((q) => ({ text: q.text, value: q.value, unit: q.unit }));

describe('quantities', () => {
  it('applies scale and currency', () => {
    expect(read('Congress added $13.6 billion for Ukraine.')).toEqual([{ text: '$13.6 billion', value: 13.6e9, unit: 'USD' }]);
    expect(read('Turnout rose 4.5% and 12 percent.')).toEqual([
      { text: '4.5%', value: 4.5, unit: 'percent' },
      { text: '12 percent', value: 12, unit: 'percent' },
    ]);
  });

  it('reads a plural after an acronym as the noun counted, though the tagger took the two for a name ("800 ANC workers"), and no name particle ("3 van Gogh paintings")', () => {
    expect(read('Police arrested 800 ANC workers overnight.')).toEqual([{ text: '800 ANC workers', value: 800, unit: 'worker' }]);
    expect(read('The museum lent 3 van Gogh paintings.')).toEqual([{ text: '3 van Gogh paintings', value: 3, unit: 'painting' }]);
  });

  it('reads a concentration as one measure however written, not as parts and a billion', () => {
    expect(read('Tests at the harbour found lead as high as 96 parts per billion.')).toEqual([{ text: '96 parts per billion', value: 96, unit: 'ppb' }]);
    expect(read('Samples found 96 ppb of lead and 4 parts per million of copper.')).toEqual([
      { text: '96 ppb', value: 96, unit: 'ppb' },
      { text: '4 parts per million', value: 4, unit: 'ppm' },
    ]);
  });

  it('reads a fraction of a scale, hyphenated or not', () => {
    expect(read('The port will spend three-quarters of a million dollars on signs.')).toEqual([{ text: 'three-quarters of a million dollars', value: 750000, unit: 'USD' }]);
    expect(read('Payments are capped at a quarter-million dollars per berth.')).toEqual([{ text: 'a quarter-million dollars', value: 250000, unit: 'USD' }]);
    expect(read('The port will spend two thirds of a billion dollars.').map((q) => q.value)).toEqual([2e9 / 3]);
  });

  it('reads "a mother of 12" as a count of children', () => {
    expect(read('Ada Brek, a mother of 12, was hurt.')).toEqual([{ text: '12', value: 12, unit: 'child' }]);
    expect(read('The father of three sons spoke.').map((q) => q.unit)).toEqual(['son']);
    expect(read('The sum of 12 was paid.').map((q) => q.unit)).not.toContain('child');
  });

  it('counts residents, inhabitants, individuals and civilians as people', () => {
    expect(read('The aquifer serves 21,000 residents and 9,000 inhabitants of the valley.').map((q) => q.unit)).toEqual(['person', 'person']);
    expect(read('Aid reached an estimated 260,000 civilians in the valley.').map((q) => q.unit)).toEqual(['person']);
    // Rounds fired are shots.
    expect(read('Two officers fired a combined 14 rounds at the harbour.').filter((q) => q.value === 14).map((q) => q.unit)).toEqual(['shot']);
    expect(read('The aquifer serves 21,000 people.').map((q) => q.unit)).toEqual(['person']);
    expect(read('The aquifer serves 21,000 farms.').map((q) => q.unit)).toEqual(['farm']);
  });

  it('reads the part of a whole body that joined the majority as a tally, the rest as its noes, and a part as counting the noun its whole ends on', () => {
    expect(read("Six of the board's nine trustees voted to close the branch.")).toEqual([{ text: "Six of the board's nine trustees voted to close", value: 6003, unit: 'tally' }]);
    expect(read('Four of the 7 judges joined the majority.').map((q) => q.value)).toEqual([4003]);
    // A part of a body that did something else is a count.
    expect(read('Two of the 12 jurors were dismissed.').map((q) => q.unit)).toEqual(['juror', 'juror']);
    // A noun describing the one counted ("ferry berths") is not what is counted.
    expect(read('Only three of the nine ferry berths were open.').map((q) => q.unit)).toEqual(['berth', 'berth']);
  });

  it("counts an indictment's counts as charges, however written", () => {
    expect(read('The clerk was named in a 14-count indictment and faces nine felony counts and two charges of perjury.').map((q) => q.unit)).toEqual(['charge', 'charge', 'charge']);
  });

  it('reads a scale or currency joined to a figure by a hyphen', () => {
    expect(read('They approved a $4.5-billion harbour plan.')).toEqual([{ text: '$4.5-billion', value: 4.5e9, unit: 'USD' }]);
    expect(read('She paid a 2-million-dollar fine.')).toEqual([{ text: '2-million-dollar', value: 2e6, unit: 'USD' }]);
    // Currencies named by their word, a noun after it or not.
    expect(read('The 4.2 billion crown package of cuts was dropped.').map((q) => [q.text, q.unit])).toEqual([['4.2 billion crown', 'crown']]);
    expect(read('Cuts worth 3.8 billion crowns were planned.').map((q) => [q.text, q.unit])).toEqual([['3.8 billion crowns', 'crown']]);
    expect(read('The ticket costs 1,200 yen.').map((q) => [q.text, q.unit])).toEqual([['1,200 yen', 'yen']]);
    // A pound joined to a figure before a noun is a weight, not a sum.
    expect(read('He caught a 12-pound salmon.')).toEqual([{ text: '12-pound salmon', value: 12, unit: 'pound' }]);
  });

  it('reads "m" after a sum as million, not after a bare figure (metres), and a capital "M" after a decimal as million', () => {
    expect(read('The council will spend £5m on roads and $3.2m on bridges.')).toEqual([
      { text: '£5m', value: 5e6, unit: 'GBP' },
      { text: '$3.2m', value: 3.2e6, unit: 'USD' },
    ]);
    expect(read('A 5m wall fell.')).toEqual([]);
    expect(read('The network served 2.6M members.')).toEqual([{ text: '2.6M members', value: 2.6e6, unit: 'member' }]);
    expect(read('A 2.5m fence and 3M, the firm, stood.')).toEqual([]);
  });

  it('reads percentage points apart from percent, a baseline or a change by the figure before it, a count named before, dozens, decades and "one in five"', () => {
    expect(read('Support fell 4 percentage points to 38%.').map((q) => q.unit)).toEqual(['percentage point', 'percent']);
    // A poll's margin of error is in percentage points, however written.
    expect(read('The survey of 640 adults has a 3.9-point margin of error.').map((q) => [q.text, q.unit])).toEqual([['640 adults', 'person'], ['3.9-point', 'percentage point']]);
    expect(read('Its margin of error was 4.2 points.').map((q) => q.unit)).toEqual(['percentage point']);
    // Basis points are hundredths of a percentage point; a quarter or a half of one may be written in words.
    expect(read('The bank cut its rate by 25 basis points, after a 50-basis-point move, a quarter of a percentage point and a half-point rise.').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['25 basis points', 0.25, 'percentage point'],
      ['50-basis-point', 0.5, 'percentage point'],
      ['a quarter of a percentage point', 0.25, 'percentage point'],
      ['a half-point', 0.5, 'percentage point'],
    ]);
    expect(read('The party won 87 seats, up from 64.')).toEqual([
      { text: '87 seats', value: 87, unit: 'seat' },
      { text: '64', value: 64, unit: 'seat' },
    ]);
    // The year of the first end and a hedge on the other may stand between; a comma ends a figure, with no noun after it.
    expect(read('The ferry fleet shrank from 42 boats in 2018 to about 30 this year.')).toEqual([
      { text: '42 boats', value: 42, unit: 'boat' },
      { text: '30', value: 30, unit: 'boat' },
    ]);
    expect(read('Ridership fell to roughly 7,600, officials said.')).toEqual([]);
    expect(read('The deal cuts the cap to 4 pupils per tutor from 7.')).toEqual([
      { text: '4 pupils', value: 4, unit: 'pupil' },
      { text: '7', value: 7, unit: 'pupil' },
    ]);
    expect(read('Fees went from 30 percent to 22.').map((q) => [q.value, q.unit])).toEqual([[30, 'percent'], [22, 'percent']]);
    // A bare figure a count named before it is put at.
    expect(read('Inspectors put the number of barns flooded at 17.')).toEqual([{ text: '17', value: 17, unit: 'barn' }]);
    expect(read('Inspectors put the number of flooded barns at 17.')).toEqual([{ text: '17', value: 17, unit: 'barn' }]);
    expect(read('The number of residents moved rose to about 900.')).toEqual([{ text: '900', value: 900, unit: 'person' }]);
    // …with where it is counted between, and the last plural as what is counted.
    expect(read('The number of mumps cases in Orne County rose to 38 on Friday.')).toEqual([{ text: '38', value: 38, unit: 'case' }]);
    expect(read('The number of goats lost across the valley has climbed to 210.')).toEqual([{ text: '210', value: 210, unit: 'goat' }]);
    // …or what it is tied to, and a name ending in an apostrophe among the words naming it.
    expect(read('The number of Weil’s disease cases tied to St. Brannock’s Hospital in Orne stands at 23.')).toEqual([{ text: '23', value: 23, unit: 'case' }]);
    expect(read('The network has a total of close to 9,000 such links.').map((q) => q.unit)).not.toContain('close');
    // People counted by the jobs they lose count those jobs.
    expect(read('At the mill, 640 workers will lose their jobs.').map((q) => q.unit)).toEqual(['job']);
    expect(read('The mill will lay off about 640 employees.').map((q) => q.unit)).toEqual(['job']);
    expect(read('About 640 workers will be laid off. The mill employs 2,100 workers.').map((q) => q.unit)).toEqual(['job', 'worker']);
    expect(read('At the mill, 640 workers signed the letter.').map((q) => q.unit)).toEqual(['worker']);
    expect(read('A dozen miners and two dozen rescuers came.').map((q) => q.value)).toEqual([12, 24]);
    expect(read('He served two decades in the force.')).toEqual([{ text: 'two decades', value: 20, unit: 'year' }]);
    expect(read('One in five adults smokes.')).toEqual([{ text: 'One in five', value: 20, unit: 'percent' }]);
  });

  it('reads a share or a change of one written as a modifier, a span with its half in hyphens, and pounds of something as a weight', () => {
    expect(read('It adds a 2-percentage-point surcharge and a 3-percent fee.')).toEqual([
      { text: '2-percentage-point', value: 2, unit: 'percentage point' },
      { text: '3-percent', value: 3, unit: 'percent' },
    ]);
    expect(read('It capped a year-and-a-half inquiry.')).toEqual([{ text: 'a year-and-a-half', value: 1.5, unit: 'year' }]);
    expect(read('Agents seized 31 pounds of heroin.')).toEqual([{ text: '31 pounds', value: 31, unit: 'pound' }]);
    expect(read('The fine was 31 pounds.')).toEqual([{ text: '31 pounds', value: 31, unit: 'GBP' }]);
    expect(read('The probe weighed about 420 pounds.')).toEqual([{ text: '420 pounds', value: 420, unit: 'pound' }]);
  });

  it('does not read the number in the name of a group of nations as a count', () => {
    expect(read('Finance ministers of the Group of 20 economies met in Lisle; the Group of Twenty meets again in May.')).toEqual([]);
    expect(read('A group of 7 fishermen met in Lisle.')).toEqual([{ text: '7 fishermen', value: 7, unit: 'fisherman' }]);
    expect(read('The rule covers farms with 40 or more cows.')).toEqual([{ text: '40 or more cows', value: 40, unit: 'cow' }]);
    expect(read('A deputy fired at the truck nine times.')).toEqual([{ text: 'nine times', value: 9, unit: 'shot' }]);
    // How often something was done to someone is counted as what was done: "was cited 14 times" as citations.
    expect(read('The ferry line was cited 14 times by inspectors.').map((q) => q.unit)).toEqual(['citation']);
    expect(read('The clip has been viewed nearly 900,000 times since Friday.').map((q) => q.unit)).toEqual(['view']);
    expect(read('The ferry line received 41 citations from inspectors.').map((q) => q.unit)).toEqual(['citation']);
    expect(read('The ferry sailed 14 times a day.').map((q) => q.unit)).toEqual(['time']);
    expect(read('The ministry unveiled a 2.3 billion dollar relief plan.')).toEqual([{ text: '2.3 billion dollar', value: 2_300_000_000, unit: 'USD' }]);
    expect(read('The airline will shed 300 positions.')).toEqual([{ text: '300 positions', value: 300, unit: 'job' }]);
    // Cents are hundredths of a dollar: "75 cents" is "$0.75".
    expect(read('The toll rises by 75 cents a crossing.')).toEqual([{ text: '75 cents', value: 0.75, unit: 'USD' }]);
    // A senator's aides and staff members are one count of staffers; other members are not.
    expect(read('Twelve former aides wrote to the committee.').map((q) => q.unit)).toEqual(['staffer']);
    expect(read('Ten former staff members wrote to the committee.').map((q) => q.unit)).toEqual(['staffer']);
    expect(read('Ten board members wrote to the committee.').map((q) => q.unit)).toEqual(['member']);
    // Nouns news varies for one another are one unit.
    expect(read('The mission sent 120 observers and 80 soldiers.').map((q) => q.unit)).toEqual(['monitor', 'troop']);
    expect(read('Crews moved 14 ships and 300 employees.').map((q) => q.unit)).toEqual(['vessel', 'worker']);
    expect(read('Tenants have filed 11 suits against the landlord.').map((q) => q.unit)).toEqual(['lawsuit']);
    expect(read('Forty-one nations signed the pact.').map((q) => q.unit)).toEqual(['country']);
    expect(read('More than 120 businesses and 14 firms signed the letter.').map((q) => q.unit)).toEqual(['company', 'company']);
    expect(read('The city hired 181 sworn police officers.').map((q) => q.text)).toEqual(['181 sworn police officers']);
    expect(read('The mayor announced half a dozen new initiatives and 11 rounds of voting ended.').map((q) => [q.value, q.unit])).toEqual([
      [6, 'program'],
      [11, 'ballot'],
    ]);
    // One member of a group who did something is a count of one; "the only way" counts nothing.
    expect(read('The harbour board approved the lease, and Ms. Orr was the lone Republican to vote no.').map((q) => [q.value, q.unit])).toEqual([[1, 'republican']]);
    expect(read('Mr. Tull, the lone member of the board to object, and the only Whig who spoke, left early.').map((q) => [q.text, q.unit])).toEqual([
      ['the lone member of the board', 'member'],
      ['the only Whig', 'whig'],
    ]);
    expect(read('She was the only commissioner who objected, and the only way out was a recount.').map((q) => [q.text, q.unit])).toEqual([['the only commissioner', 'commissioner']]);
    // A ballot's votes in thousands are two counts of votes, not a body's tally cut out of them.
    expect(read('The levy passed 21,480 to 19,033 on Tuesday.').map((q) => [q.value, q.unit])).toEqual([
      [21480, 'vote'],
      [19033, 'vote'],
    ]);
    // A size joined to its noun is no count of it; a magazine's rounds are no shots fired; a name with a figure is no size.
    expect(read('He carried a rifle and three 30-round magazines.').map((q) => [q.value, q.unit])).toEqual([
      [3, 'magazine'],
      [30, 'round'],
    ]);
    expect(read('It is the most used of the three Covid-19 vaccines in the harbour clinics.').map((q) => q.unit)).not.toContain('vaccine');
    expect(read('Four Republicans — Sens. Ann Cole (Ohio) and Ben Ruiz (Iowa) among them — voted no.').map((q) => [q.value, q.unit])).toEqual([[4, 'republican']]);
    expect(read('The ferry captain has died at 77, his family said.').map((q) => [q.text, q.unit])).toEqual([['77', 'years old']]);
    // "of" and the words of its own phrase, not of the next one.
    expect(read('The chain will close 140 of its shops, about 20 percent of its outlets.').map((q) => q.unit)).toEqual(['shop', 'percent']);
    // An emergency line's number is no count.
    expect(read('The first 911 call came in at noon, and 14 people were hurt.').map((q) => q.text)).toEqual(['14 people']);
  });

  it('reads a tally in words or British form, and a span named by one unit, but not a rate or a range of yards', () => {
    expect(read('Councillors voted by seven to two to demand he pay.')).toEqual([{ text: 'seven to two', value: 7002, unit: 'tally' }]);
    expect(read('It passed by 101 votes to 68.')).toEqual([{ text: '101 votes to 68', value: 101068, unit: 'tally' }]);
    expect(read('In a five-to-two decision, the court voided the levy.')).toEqual([{ text: 'five-to-two', value: 5002, unit: 'tally' }]);
    expect(read('The vote, 7 to 4 along party lines, ended the hearing.')).toEqual([{ text: '7 to 4', value: 7004, unit: 'tally' }]);
    expect(read('The levy fell 31 to 19 on Monday.')).toEqual([{ text: '31 to 19', value: 31019, unit: 'tally' }]);
    expect(read('The panel upheld the levy, its members splitting six to three.')).toEqual([{ text: 'six to three', value: 6003, unit: 'tally' }]);
    // A number in words is one figure, not two sides: "twenty-two votes" is a count.
    expect(read('Twenty-two votes were cast for the levy.')).toEqual([{ text: 'Twenty-two votes', value: 22, unit: 'vote' }]);
    // Sides told one after the other, "none" for no votes.
    expect(read('The motion passed by 11 votes in favour to none against, with two abstentions.').filter((q) => q.unit === 'tally')).toEqual([
      { text: '11 votes in favour to none against', value: 11000, unit: 'tally' },
    ]);
    // …the noes first.
    expect(read('The cabinet fell with 131 votes cast against it and 97 in favour.').filter((q) => q.unit === 'tally')).toEqual([
      { text: '131 votes cast against it and 97 in favour', value: 97131, unit: 'tally' },
    ]);
    // The majority and the dissenters counted apart, in one sentence.
    expect(read('Seven judges joined the majority opinion on the harbour case, and two dissented.').filter((q) => q.unit === 'tally')).toEqual([
      { text: 'Seven judges joined the majority opinion on the harbour case, and two dissented', value: 7002, unit: 'tally' },
    ]);
    // The ayes alone, where the rest abstained and nobody voted against; not where someone did.
    expect(read('The harbour board backed the levy by a vote of 14 in favor, with one member abstaining.').filter((q) => q.unit === 'tally')).toEqual([{ text: '14 in favor', value: 14000, unit: 'tally' }]);
    expect(read('The board backed the levy with 14 in favor, with two abstentions and one against.').filter((q) => q.unit === 'tally')).toEqual([]);
    expect(read('Of the residents polled, 14 in favor of the levy spoke first.').filter((q) => q.unit === 'tally')).toEqual([]);
    expect(read('The levy won thirty-one votes for and 19 against.')).toEqual([{ text: 'thirty-one votes for and 19 against', value: 31019, unit: 'tally' }]);
    expect(read('The vote in the pier case is 5-2, with the chief judge dissenting.')).toEqual([{ text: '5-2', value: 5002, unit: 'tally' }]);
    expect(read('The court upheld the ferry levy, 148 to 139.')).toEqual([{ text: '148 to 139', value: 148139, unit: 'tally' }]);
    expect(read('Hours later, the Assembly followed, 61 to 38, along party lines.')).toEqual([{ text: '61 to 38', value: 61038, unit: 'tally' }]);
    // After a verb of voting, however long its object; not a span of hours.
    expect(read('The Senate confirmed Judge Ada Moss to the appeals court 55-43 on Tuesday.')).toEqual([{ text: '55-43', value: 55043, unit: 'tally' }]);
    expect(read('The harbour committee backed Ida Moss 9-4 in late spring.')).toEqual([{ text: '9-4', value: 9004, unit: 'tally' }]);
    expect(read('The bill passed after a 10-12 hour debate.')).toEqual([]);
    // …or joined by "to", the larger side first, though a sum stands in the object.
    expect(read('The board adopted the district, passing the $3.1 million levy plan 6 to 1 after a long night.')).toEqual([
      { text: '$3.1 million', value: 3_100_000, unit: 'USD' },
      { text: '6 to 1', value: 6001, unit: 'tally' },
    ]);
    expect(read('The board adopted the district, passing the $3.1 million levy for grades 1 to 6 after a long night.')).toEqual([{ text: '$3.1 million', value: 3_100_000, unit: 'USD' }]);
    expect(read('Trustees backed the levy by nine votes to four.')).toEqual([{ text: 'nine votes to four', value: 9004, unit: 'tally' }]);
    expect(read('The bill failed to advance, 53-47, on Monday.')).toEqual([{ text: '53-47', value: 53047, unit: 'tally' }]);
    expect(read('The committee’s vote on the ferry levy was 7-4.')).toEqual([{ text: '7-4', value: 7004, unit: 'tally' }]);
    expect(read('The procedural vote on the Harbour Safety and Ferry Funding Act was 51-47.')).toEqual([{ text: '51-47', value: 51047, unit: 'tally' }]);
    expect(read('The final tally was nine to four.')).toEqual([{ text: 'nine to four', value: 9004, unit: 'tally' }]);
    // Votes in thousands are a count, not a tally read out of their digits; the rival's figure set against them counts votes too.
    expect(read('Lund finished with 44,306 votes to 44,119 for Moreau.')).toEqual([
      { text: '44,306 votes', value: 44306, unit: 'vote' },
      { text: '44,119', value: 44119, unit: 'vote' },
    ]);
    expect(read("Lund finished with 44,306 votes to Moreau's 44,119.").map((q) => q.unit)).toEqual(['vote', 'vote']);
    // A figure a count was changed to is no rival's count.
    expect(read('Turnout rose 4 percent to 41,000 this year.').map((q) => q.unit)).toEqual(['percent']);
    expect(read('The June figure was revised up by 8,000 jobs to 93,000.').map((q) => q.unit)).toEqual(['job']);
    expect(read('The count stood at 12,204-9,880 in a tight final vote.').filter((q) => q.unit === 'tally')).toEqual([]);
    expect(read('It passed in a 220-to-212 party-line vote.')).toEqual([{ text: '220-to-212', value: 220212, unit: 'tally' }]);
    expect(read('The board approved it 5-2.')).toEqual([{ text: '5-2', value: 5002, unit: 'tally' }]);
    expect(read('The council passed the levy 7 to 4 on Monday.')).toEqual([{ text: '7 to 4', value: 7004, unit: 'tally' }]);
    expect(read('The council passed the harbour berth levy 7 to 4.')).toEqual([{ text: '7 to 4', value: 7004, unit: 'tally' }]);
    expect(read('The House passed the measure on Friday by 203 to 190.')).toEqual([{ text: '203 to 190', value: 203190, unit: 'tally' }]);
    expect(read('Lawmakers sent it on, passing the House 71-28.')).toEqual([{ text: '71-28', value: 71028, unit: 'tally' }]);
    expect(read('It cleared the Senate 19 to 14 and the House 60 to 39.').map((q) => q.text)).toEqual(['19 to 14', '60 to 39']);
    expect(read('It passed along party lines, 60-39 in the House and 19-14 in the Senate.').map((q) => q.text)).toEqual(['60-39', '19-14']);
    expect(read('The Senate passed a harbour dredging levy bill 22 to 17.')).toEqual([{ text: '22 to 17', value: 22017, unit: 'tally' }]);
    // A change from one figure to another, or a range of a count, is no tally, even in a sentence of a vote.
    expect(read('The board voted 5-2 to raise the fare from 10 to 12 and 3 to 4 members walked out.').filter((q) => q.unit === 'tally').map((q) => q.text)).toEqual(['5-2']);
    // A range of a change is no tally, even in a sentence of a vote.
    expect(read('Voters approved raising the levy by 10 to 15 percent.').filter((q) => q.unit === 'tally')).toEqual([]);
    expect(read('The board voted 5-2 this week.')).toEqual([{ text: '5-2', value: 5002, unit: 'tally' }]);
    // A vote's tally told after an aside, or before the kind of vote it was.
    expect(read('The vote, taken shortly before 2 a.m., was 49 to 51.')).toEqual([{ text: '49 to 51', value: 49051, unit: 'tally' }]);
    expect(read('She won the chair in a 134-46 secret-ballot vote.')).toEqual([{ text: '134-46', value: 134046, unit: 'tally' }]);
    expect(read('The court struck down the map, ruling 4-3 that it was drawn unfairly.')).toEqual([{ text: '4-3', value: 4003, unit: 'tally' }]);
    // A pair set off by a comma in a sentence of a ruling or a vote; not a score.
    expect(read('The high court on Friday upheld the harbour levy, 6-3.')).toEqual([{ text: '6-3', value: 6003, unit: 'tally' }]);
    expect(read('The council passed the levy, 9-4, and adjourned.')).toEqual([{ text: '9-4', value: 9004, unit: 'tally' }]);
    expect(read('The harbour side won the final, 3-1.').map((q) => q.unit)).not.toContain('tally');
    expect(read('The team passed 30 to 40 yards.').map((q) => q.unit)).toEqual(['yard']);
    expect(read('Water was off for nearly a week.')).toEqual([{ text: 'a week', value: 1, unit: 'week' }]);
    expect(read('It lasted a fortnight.')).toEqual([{ text: 'a fortnight', value: 14, unit: 'day' }]);
    expect(read('She sat on the board for more than a decade.')).toEqual([{ text: 'a decade', value: 10, unit: 'year' }]);
    expect(read('He ran twice a week until a year ago.')).toEqual([]);
    // A rate's "a week" after a count of units is no span of its own.
    expect(read('Ferries may sail only three days a week.')).toEqual([{ text: 'three days', value: 3, unit: 'day' }]);
    expect(read('The levy would raise about $1.6 billion a year.')).toEqual([{ text: '$1.6 billion', value: 1.6e9, unit: 'USD' }]);
    // The ayes of a large body's vote may run to thousands; noes in thousands are not read as a tally.
    expect(read('Dockworkers ratified the harbour contract 1,812 to 240.')).toEqual([{ text: '1,812 to 240', value: 1812240, unit: 'tally' }]);
    expect(read('Dockworkers ratified the harbour contract 2,947 to 1,361.').filter((q) => q.unit === 'tally')).toEqual([]);
  });

  it('reads a bare figure whose noun is left out (opening the next clause, or in a list of what each name has) as counting what the count before it counts, and one sent to hospital as people', () => {
    expect(read('Eleven hikers were found on the ridge, and four were carried down on stretchers.')).toEqual([
      { text: 'Eleven hikers', value: 11, unit: 'hiker' },
      { text: 'four', value: 4, unit: 'hiker' },
    ]);
    // A list of what each named place has, the noun told once; a figure of a name stays part of it.
    expect(read('Kent has 31 cases, Essex 12 and Surrey with 4, health officials said.')).toEqual([
      { text: '31 cases', value: 31, unit: 'case' },
      { text: '12', value: 12, unit: 'case' },
      { text: '4', value: 4, unit: 'case' },
    ]);
    expect(read('The diner served 40 meals, and the Route 66 crowd stayed late.')).toEqual([{ text: '40 meals', value: 40, unit: 'meal' }]);
    // A little verb in -s after a name is no plural noun the figure counts.
    expect(read('The 3.1-mile Heron Point Loop is steep.')).toEqual([{ text: '3.1-mile', value: 3.1, unit: 'mile' }]);
    // A measure is no noun left out: "two" after a sum counts nothing told.
    expect(read('The appeal raised $40,000, and two were refunded.')).toEqual([{ text: '$40,000', value: 40000, unit: 'USD' }]);
    expect(read('The gas leak sickened 30 workers, sending six to the hospital.')).toEqual([
      { text: '30 workers', value: 30, unit: 'worker' },
      { text: 'six', value: 6, unit: 'person' },
    ]);
  });

  it('reads a part told "of them" right after a count as of the same thing, not of a noun further on', () => {
    expect(read('The fever ward counted 14 cases, four of them fatal, doctors said.')).toEqual([
      { text: '14 cases', value: 14, unit: 'case' },
      { text: 'four', value: 4, unit: 'case' },
    ]);
    // Past the verb of the count's own clause: "17 barges sank, and 5 of them were carrying grain".
    expect(read('In the storm 17 barges sank, and 5 of them were carrying grain.')).toEqual([
      { text: '17 barges', value: 17, unit: 'barge' },
      { text: '5', value: 5, unit: 'barge' },
    ]);
  });

  it('reads "one" before a unit of length as a figure, and a bare count that "are" harmed as people', () => {
    expect(read('Homes within a one-mile radius of the plant were evacuated.')).toEqual([{ text: 'one-mile radius', value: 1, unit: 'mile' }]);
    expect(read('Residents within one mile of the pier must leave.')).toEqual([{ text: 'one mile', value: 1, unit: 'mile' }]);
    expect(read('One of the ferries sank.')).toEqual([]);
    expect(read('Two crew members are dead and 17 are injured.').map((q) => [q.text, q.unit])).toContainEqual(['17', 'person']);
    expect(read('Two crew members are dead and 17 more are injured.').map((q) => [q.text, q.unit])).toContainEqual(['17 more', 'person']);
  });

  it('takes only a month, not a name that begins like one, for the day a figure after it is', () => {
    expect(read('The board fined Marsh $40,000 on Friday.')).toEqual([{ text: '$40,000', value: 40000, unit: 'USD' }]);
    expect(read('Mayor Ivo Marsh named 12 deputies.')).toEqual([{ text: '12 deputies', value: 12, unit: 'deputy' }]);
    expect(read('The vote came at a May 10 meeting.')).toEqual([]);
    expect(read('The vote came at a Sept. 10 meeting.')).toEqual([]);
  });

  it('reads a span with its half in words ("two and a half years") as one span', () => {
    expect(read('He had served two and a half years for the harbour fraud.')).toEqual([{ text: 'two and a half years', value: 2.5, unit: 'year' }]);
    expect(read('The ferry crossing took 3 and a half hours.')).toEqual([{ text: '3 and a half hours', value: 3.5, unit: 'hour' }]);
    // A figure glued to a character lost in decoding (a fraction sign, once) has no known value.
    expect(read('He served 4\uFFFD months for the harbour fraud.')).toEqual([]);
  });

  it('reads a speed as one unit, however it is written', () => {
    expect(read('The gust reached 120 miles per hour.')).toEqual([{ text: '120 miles per hour', value: 120, unit: 'mph' }]);
    expect(read('Winds of 90 miles an hour toppled the crane.')).toEqual([{ text: '90 miles an hour', value: 90, unit: 'mph' }]);
    expect(read('The gust was clocked at 105 mph.')).toEqual([{ text: '105 mph', value: 105, unit: 'mph' }]);
    expect(read('Winds of 150 km/h hit the pier.').map((q) => q.unit)).toEqual(['km/h']);
    expect(read('The pier is 30 miles from the harbour.').map((q) => q.unit)).toEqual(['mile']);
    // "all but two of the 11": the nine left.
    expect(read("The attack crippled all but two of the chain's 11 hospitals.").map((q) => [q.text, q.value, q.unit])).toEqual([
      ['all but two', 9, 'hospital'],
      ['11 hospitals', 11, 'hospital'],
    ]);
    // A span with its half, wherever it stands, and half of one.
    expect(read('The sirens gave them an hour and a half before the water came; the next wave hit half an hour later.').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['an hour and a half', 1.5, 'hour'],
      ['half an hour', 0.5, 'hour'],
    ]);
    // A measure spelt the British way is the same measure.
    expect(read('The fault lies 22 kilometres below the surface; the pipe runs 400 metres.').map((q) => q.unit)).toEqual(['kilometer', 'meter']);
  });

  it('does not read a time of day as a count', () => {
    expect(read('The border closed at 8 p.m. local time and reopened at 06:30 local time.')).toEqual([]);
    expect(read('It opened at 10:05 a.m. with 40 stalls.')).toEqual([{ text: '40 stalls', value: 40, unit: 'stall' }]);
    // On the 24-hour clock: "hrs", a time zone, a leading zero or "at" before "hours" tell a time; a count of hours stays one.
    expect(read('The convoy left at 0540 hours and was shelled near the ridge around 1315 hrs, or 0815 GMT.')).toEqual([]);
    expect(read('The pilot had flown 1200 hours before the crash.')).toEqual([{ text: '1200 hours', value: 1200, unit: 'hour' }]);
  });

  it('reads a fraction of a scale as one figure', () => {
    expect(read('Half a million people marched.')).toEqual([{ text: 'Half a million people', value: 5e5, unit: 'person' }]);
    expect(read('Output fell by two and a half million barrels.')).toEqual([{ text: 'two and a half million barrels', value: 2.5e6, unit: 'barrel' }]);
    expect(read('It cost a quarter of a billion dollars.')).toEqual([{ text: 'a quarter of a billion dollars', value: 2.5e8, unit: 'USD' }]);
  });

  it('counts members of a party and people of a country, not a name going on in capitals', () => {
    expect(read('Five Republicans joined the ferry caucus.')).toEqual([{ text: 'Five Republicans', value: 5, unit: 'republican' }]);
    // A capital after a comma starts another phrase: the members are still counted.
    expect(read('Two Democrats, Senator Ray Olin and Senator Mae Voss, voted for the levy.')).toEqual([{ text: 'Two Democrats', value: 2, unit: 'democrat' }]);
    expect(read('The raid freed 40 Norwegians and three other Canadians.')).toEqual([
      { text: '40 Norwegians', value: 40, unit: 'norwegian' },
      { text: 'three other Canadians', value: 3, unit: 'canadian' },
    ]);
    expect(read('Tickets for 3 Norwegians Band went fast.')).toEqual([]);
  });

  it('counts people in a crowd or audience, and the people of a count "of those" something was done to', () => {
    expect(read('Organizers said the mayor drew a crowd of about 3,500.')).toEqual([{ text: '3,500', value: 3500, unit: 'person' }]);
    expect(read('The hall held an audience of 400.')).toEqual([{ text: '400', value: 400, unit: 'person' }]);
    expect(read('The crowd numbered about 2,600, the sheriff said.')).toEqual([{ text: '2,600', value: 2600, unit: 'person' }]);
    // Who reckoned the crowd may stand between it and the figure.
    expect(read('He waved to a crowd the organisers put at nearly 900.')).toEqual([{ text: '900', value: 900, unit: 'person' }]);
    expect(read('Fire officials estimated the audience at 1,400.')).toEqual([{ text: '1,400', value: 1400, unit: 'person' }]);
    expect(read('Attendance topped 900 on the last night.')).toEqual([{ text: '900', value: 900, unit: 'person' }]);
    expect(read('Guards later freed 21 of those detained at the port.')).toEqual([{ text: '21 of those detained', value: 21, unit: 'person' }]);
    expect(read('Twelve of the people arrested at the pier were charged.')).toEqual([{ text: 'Twelve of the people arrested', value: 12, unit: 'person' }]);
    // A noun after the figure still says what it counts.
    expect(read('The mayor drew a crowd of 3,500 supporters.')).toEqual([{ text: '3,500 supporters', value: 3500, unit: 'supporter' }]);
  });

  it('counts demonstrators as protesters, legislators as lawmakers, and violations and tickets as citations', () => {
    expect(read('Guards removed six demonstrators from the gallery.').map((q) => q.unit)).toEqual(read('Guards removed four protesters from the gallery.').map((q) => q.unit));
    expect(read('Some 40 legislators signed the letter.').map((q) => q.unit)).toEqual(['lawmaker']);
    expect(read('The skipper had three safety violations and two parking tickets.').map((q) => q.unit)).toEqual(['citation', 'citation']);
  });

  it('counts deaths as people, and a storey as a story', () => {
    expect(read('The coroner confirmed 9 deaths.').map((q) => q.unit)).toEqual(read('The storm killed 9 people.').map((q) => q.unit));
    expect(read('Officials reported 4 fatalities.').map((q) => q.unit)).toEqual(['person']);
    expect(read('It hit a 12-storey tower.').map((q) => q.unit)).toEqual(read('It hit a 12-story tower.').map((q) => q.unit));
  });

  it('counts the noun a hyphen joins to a figure, not the noun it describes', () => {
    expect(read('He faces a 13-count indictment.')).toEqual([{ text: '13-count indictment', value: 13, unit: 'charge' }]);
    expect(read('The panel released a 40-page report.')).toEqual([{ text: '40-page report', value: 40, unit: 'page' }]);
    expect(read('She holds a 2-point lead.').map((q) => q.unit)).toEqual(read('She leads by 2 points.').map((q) => q.unit));
    // A word joined on that counts nothing, or a tally, is not such a noun.
    expect(read('He is a two-time winner.').map((q) => q.unit)).toEqual(['winner']);
    expect(read('The court ruled 5-4.').map((q) => q.unit)).toEqual(['tally']);
  });

  it('reads a bare figure something was done to as a count of people, with the "a" of "a dozen"', () => {
    expect(read('Police said more than a dozen were arrested at the pier.')).toEqual([{ text: 'a dozen', value: 12, unit: 'person' }]);
    expect(read('Of the crew, 14 were badly hurt.')).toEqual([{ text: '14', value: 14, unit: 'person' }]);
    // Freed too, and counted "of them".
    expect(read('Of the 60 held, 22 were released on Friday.').map((q) => q.unit)).toEqual(['person']);
    expect(read('Nineteen of them were released on bail.')).toEqual([{ text: 'Nineteen', value: 19, unit: 'person' }]);
    expect(read('Nineteen of them were damaged.')).toEqual([]);
    // Words describing the noun before it: "such", an adverb and its participle.
    expect(read('The clinic logged 212 such visits and 41 newly diagnosed patients.')).toEqual([
      { text: '212 such visits', value: 212, unit: 'visit' },
      { text: '41 newly diagnosed patients', value: 41, unit: 'patient' },
    ]);
    // "of" an owner's own plural noun counts that noun.
    expect(read('The cap passed, though 23 of Ann Lee’s own councillors voted against it.')).toEqual([{ text: '23', value: 23, unit: 'councillor' }]);
    expect(read('The county is suing four of the region’s largest waste haulers.')).toEqual([{ text: 'four', value: 4, unit: 'hauler' }]);
    // A plural noun after a singular one that describes it is what is counted.
    expect(read('The plan cuts about 900 county positions.')).toEqual([{ text: '900 county positions', value: 900, unit: 'job' }]);
    expect(read('The cap passed, though 23 of Ann Lee’s councillors voted against it.')).toEqual([{ text: '23', value: 23, unit: 'councillor' }]);
    expect(read('It took half a dozen divers.').map((q) => q.value)).toEqual([6]);
    expect(read('It took a half-dozen divers.').map((q) => q.value)).toEqual([6]);
  });

  it('reads a whole number and a fraction as one figure, and a fraction in digits alone as none', () => {
    expect(read('She was given 3 1/2 years and then ran 1-1/4 miles.')).toEqual([
      { text: '3 1/2 years', value: 3.5, unit: 'year' },
      { text: '1-1/4 miles', value: 1.25, unit: 'mile' },
    ]);
    expect(read('The hike took 2½ hours.')).toEqual([{ text: '2½ hours', value: 2.5, unit: 'hour' }]);
    expect(read('The ferry left on 4/1/2021.')).toEqual([]);
  });

  it('reads a decimal figure that extraction spaced out, before a scale word or percent, as one figure', () => {
    expect(read('The county paid $4. 7 million for the bridge.')).toEqual([{ text: '$4. 7 million', value: 4.7e6, unit: 'USD' }]);
    expect(read('Turnout rose 3. 5 percent.')).toEqual([{ text: '3. 5 percent', value: 3.5, unit: 'percent' }]);
  });

  it('reads dollars named by country, and skips the same amount converted in brackets after it', () => {
    expect(read('Damage was put at $US1 million ($1.52 million), police said.')).toEqual([{ text: '$US1 million', value: 1e6, unit: 'USD' }]);
    expect(read('The deal is worth US$2.5 billion.')).toEqual([{ text: 'US$2.5 billion', value: 2.5e9, unit: 'USD' }]);
    expect(read('It cost A$300 million.')).toEqual([{ text: 'A$300 million', value: 3e8, unit: 'AUD' }]);
    expect(read('The fund paid $40 million (to 12 families).')).toEqual([
      { text: '$40 million', value: 4e7, unit: 'USD' },
      { text: '12 families', value: 12, unit: 'family' },
    ]);
  });

  it('reads numbers in words and counts with their noun', () => {
    expect(read('Twenty-one of the European Union’s 27 members belong to NATO.')).toEqual([
      { text: 'Twenty-one', value: 21, unit: 'member' },
      { text: '27 members', value: 27, unit: 'member' },
    ]);
    // …past the whole's figure and the words describing its noun.
    expect(read('The map redraws four of the state’s nine coastal districts.').map((q) => [q.text, q.unit])).toEqual([
      ['four', 'district'],
      ['nine coastal districts', 'district'],
    ]);
    expect(read('He announced four new battle groups.')).toEqual([{ text: 'four new battle groups', value: 4, unit: 'group' }]);
  });

  it('counts the last noun of a compound ("six police officers"), not the plural that modifies it', () => {
    expect(read('Six police officers and 40 homes were hit.')).toEqual([
      { text: 'Six police officers', value: 6, unit: 'officer' },
      { text: '40 homes', value: 40, unit: 'home' },
    ]);
    // Two words joined by "and" before a plural modify it: "military and civilian jobs" counts jobs.
    expect(read('The plan would cut 9,800 military and civilian jobs.').map((q) => q.unit)).toEqual(['job']);
    expect(read('The plan would cut 40 trucks and cranes.').map((q) => q.unit)).toEqual(['truck']);
    // So do two words joined before the noun is reached: "current and former" workers.
    expect(read('The leak exposed files of 1.4 million current and former city workers.').map((q) => q.unit)).toEqual(['worker']);
  });

  it('marks "other" counts, which leave out someone named beside them', () => {
    const [other] = quantities('Zelensky will address Biden and the 29 other NATO leaders.');
    expect(other).toMatchObject({ value: 29, unit: 'leader', excludesOne: true });
    // "Harlow County and two neighboring counties" are three counties.
    const [neighbours] = quantities('The governor declared a disaster in Harlow County and two neighboring counties.');
    expect(neighbours).toMatchObject({ value: 2, unit: 'county', excludesOne: true });
    expect(quantities('The governor declared a disaster in two neighboring counties.')[0]).toMatchObject({ excludesOne: false });
  });

  it('leaves out a scale word after a vague amount ("several hundred pages"), which is no figure', () => {
    expect(read('The archive released several hundred pages and a few thousand photos.')).toEqual([]);
    expect(read('The archive released a hundred pages.')).toEqual([{ text: 'hundred pages', value: 100, unit: 'page' }]);
  });

  it('leaves out years, ordinals, "one" and spans given as dates', () => {
    expect(read('In 2019, the 14th Amendment was one way to do it.')).toEqual([]);
    expect(quantities('The summit is on March 24.', [{ start: 17, end: 25 }])).toEqual([]);
  });

  it('reads the figure after a capitalised word opening the story after a dateline\'s dash ("DUNMORE — About 640 nurses")', () => {
    expect(read('DUNMORE — About 640 nurses walked out of Lakeview Hospital on Monday.')).toEqual([{ text: '640 nurses', value: 640, unit: 'nurse' }]);
    expect(read('HALVERN, Ore. (AP) — Nearly 640 nurses walked out on Monday.')).toEqual([{ text: '640 nurses', value: 640, unit: 'nurse' }]);
  });

  it('reads an acronym in the plural as the noun counted ("250,000 SUVs"), a word for vehicles as vehicles', () => {
    expect(read('Harlow Motors is recalling 250,000 SUVs over a faulty latch.')).toEqual([{ text: '250,000 SUVs', value: 250000, unit: 'vehicle' }]);
    expect(read('The bank closed 300 ATMs.')).toEqual([{ text: '300 ATMs', value: 300, unit: 'atm' }]);
  });

  it('reads an area in square units ("4.1 square miles"), no length', () => {
    expect(read('The blaze grew to 4.1 square miles.')).toEqual([{ text: '4.1 square miles', value: 4.1, unit: 'square mile' }]);
  });

  it('leaves out figures that are part of a name, and ranges, which are neither figure alone', () => {
    expect(read('Crews fitted the F-16 jets and the SARS-2 samples.')).toEqual([]);
    expect(read('It flew on the anniversary of the Gemini 8 docking.')).toEqual([]);
    expect(read('The anchor told NBC’s 48 Hours about it.')).toEqual([]);
    expect(read('Pupils aged 12-15 went home.')).toEqual([]);
    expect(read('They marked the 7/7 bombings with 3/4 of the staff.')).toEqual([]);
    expect(read('The thieves rammed a four-by-four car through the window, then a four-by- four van.')).toEqual([]);
    expect(read('Volunteers stacked the two-by-fours.')).toEqual([]);
    expect(read('The poll puts Smith 41 percent.')).toEqual([{ text: '41 percent', value: 41, unit: 'percent' }]);
    // What a name is given, or a figure in thousands, is no part of it.
    expect(read('The recount gave Ms. Ortiz 52 votes more.')).toEqual([{ text: '52 votes', value: 52, unit: 'vote' }]);
    expect(read('The tally put Ortiz 3,412 ballots ahead.')).toEqual([{ text: '3,412 ballots', value: 3412, unit: 'ballot' }]);
    expect(read('Flooding in Ohio 30 homes were lost.')).toEqual([{ text: '30 homes', value: 30, unit: 'home' }]);
    expect(read('The 16-year-olds may vote.')).toEqual([{ text: '16-year-olds', value: 16, unit: 'years old' }]);
  });

  it('reads a vote or ruling\'s tally as one value, both sides kept', () => {
    expect(read('The council backed it in a 7-2 vote.')).toEqual([{ text: '7-2', value: 7002, unit: 'tally' }]);
    expect(read('The board voted 11-4 to close the pier.')).toEqual([{ text: '11-4', value: 11004, unit: 'tally' }]);
    expect(read('The final vote was 11 to 4.')).toEqual([{ text: '11 to 4', value: 11004, unit: 'tally' }]);
    expect(read('The judges issued a 3–2 order.')).toEqual([{ text: '3–2', value: 3002, unit: 'tally' }]);
    expect(read('The 19 to 14 vote came late on Tuesday.')).toEqual([{ text: '19 to 14', value: 19014, unit: 'tally' }]);
    expect(read('Pupils aged 12-15 were sent home.')).toEqual([]);
    expect(read('The ferry levy failed 48 to 52 on Wednesday.')).toEqual([{ text: '48 to 52', value: 48052, unit: 'tally' }]);
    expect(read('The committee voted thirty-one to twenty-two for the levy.')).toEqual([{ text: 'thirty-one to twenty-two', value: 31022, unit: 'tally' }]);
    // How a chamber is divided is no vote's tally.
    expect(read('Democrats, who hold a 51-49 majority, need help.')).toEqual([]);
  });

  it('takes a tally in either order for one tally', () => {
    expect(roughlyEqual({ text: '48 to 52', value: 48052, unit: 'tally' }, { text: '52-48', value: 52048, unit: 'tally' })).toBe(true);
    expect(roughlyEqual({ text: '48 to 52', value: 48052, unit: 'tally' }, { text: '51-49', value: 51049, unit: 'tally' })).toBe(false);
  });

  it('reads every tally of a sentence of votes, and a vote told with "cleared" or "advanced"', () => {
    expect(read('The ferry levy cleared the Senate 19-14 and the Assembly 61-38.').map((q) => [q.text, q.unit])).toEqual([
      ['19-14', 'tally'],
      ['61-38', 'tally'],
    ]);
    // A range of hours beside a vote is no tally.
    expect(read('The board voted 7-2 after a 3-4 hour hearing.').map((q) => q.text)).toEqual(['7-2']);
  });

  it('reads a quake\'s magnitude however it is written, and leaves out decades in words', () => {
    expect(read('A magnitude-6.2 quake hit the coast.').map((q) => q.unit)).toEqual(['magnitude']);
    expect(read('The 6.2-magnitude temblor hit the coast.').map((q) => q.unit)).toEqual(['magnitude']);
    expect(read('It measured 6.2 on the Richter scale.').map((q) => q.unit)).toEqual(['magnitude']);
    expect(read('A tremor measuring about 6.2 hit the coast.').map((q) => q.unit)).toEqual(['magnitude']);
    // Another agency's reading in the same sentence, "put it at", is one too; not a sum "put at" in a sentence about no quake.
    expect(read('The survey measured the quake at magnitude 6.2, while the institute put it at 6.5.').map((q) => q.unit)).toEqual(['magnitude', 'magnitude']);
    expect(read('The council put it at 6.5 after the audit.').map((q) => q.unit)).not.toContain('magnitude');
    expect(read('She was a star in the nineteen sixties.')).toEqual([]);
  });

  it('reads ages set off by commas and scaled figures without a noun', () => {
    expect(read('The aide, Elizabeth Lauten, 31, resigned.')).toEqual([{ text: '31', value: 31, unit: 'years old' }]);
    expect(read('It would reach 24 million by 2050.')).toEqual([{ text: '24 million', value: 24e6, unit: 'count' }]);
  });

  it('reads the noun counted after names joined by "and"', () => {
    expect(read('Staff at more than 4,300 Acme and Bolt Depot stores walked out.')).toEqual([{ text: '4,300 Acme and Bolt Depot stores', value: 4300, unit: 'store' }]);
    expect(read('There were 12 and 13 votes.')).toEqual([{ text: '13 votes', value: 13, unit: 'vote' }]);
  });

  it('reads a bare figure after a verb of harm, or before the word for the harmed, as a count of people', () => {
    expect(read('The storm flooded the valley, killing 14 and injuring more than 2,300.').map((q) => [q.value, q.unit])).toEqual([[14, 'person'], [2300, 'person']]);
    expect(read('Doctors said 12 of the 45 injured were still in hospital.').map((q) => [q.text, q.unit])).toEqual([['45 injured', 'person']]);
    expect(read('The index fell 14 on Monday.')).toEqual([]);
    // The toll's verb before a bare figure; "others" that something befell.
    expect(read('The death toll from the harbour fire rose to 14 on Wednesday.')).toEqual([{ text: '14', value: 14, unit: 'person' }]);
    expect(read('The death toll from the fire at the crowded old waterfront market hall in Dunmore rose to 9 on Monday.')).toEqual([{ text: '9', value: 9, unit: 'person' }]);
    // What raised the toll, and a toll that stands at its figure.
    expect(read('Divers found more victims on Friday, raising the death toll from the collapse of the footbridge to 23.').map((q) => [q.text, q.unit])).toEqual([['23', 'person']]);
    expect(read('The official toll stands at 17.')).toEqual([{ text: '17', value: 17, unit: 'person' }]);
    expect(read('More than a dozen others are still missing.')).toEqual([{ text: 'a dozen others', value: 12, unit: 'person' }]);
    expect(read('Two others were sold to a rival.')).toEqual([{ text: 'Two others', value: 2, unit: 'other' }]);
    expect(read('The blast left five others wounded.')).toEqual([{ text: 'five others', value: 5, unit: 'person' }]);
  });

  it('reads "N-year-old" as an age and "N-year" as a span, whatever has them', () => {
    expect(read('The 12-year-old dispute went to court.')).toEqual([{ text: '12-year-old', value: 12, unit: 'years old' }]);
    expect(read('They agreed a three-year extension.')).toEqual([{ text: 'three-year', value: 3, unit: 'year' }]);
  });

  it('reads "at age N", "aged N" and "she was N." as ages', () => {
    expect(read('The actress died on Sunday at age 91.')).toEqual([{ text: '91', value: 91, unit: 'years old' }]);
    expect(read('A man aged 52 was arrested.')).toEqual([{ text: '52', value: 52, unit: 'years old' }]);
    // A participle before the plural noun describes what is counted.
    expect(read('The outbreak has grown to 17 confirmed cases.')).toEqual([{ text: '17 confirmed cases', value: 17, unit: 'case' }]);
    expect(read('Three scheduled inspections were pushed back.')).toEqual([{ text: 'Three scheduled inspections', value: 3, unit: 'inspection' }]);
    // An age at the time of the events: "then 9", "who was 10 at the time".
    expect(read('Her grandson, then 9, was in the back seat.')).toEqual([{ text: '9', value: 9, unit: 'years old' }]);
    expect(read('Her grandson, who was 10 at the time, was in the back seat.')).toEqual([{ text: '10', value: 10, unit: 'years old' }]);
    expect(read('She was 77.')).toEqual([{ text: '77', value: 77, unit: 'years old' }]);
    expect(read('He was 12 points ahead.')).toEqual([{ text: '12 points', value: 12, unit: 'point' }]);
  });

  it('reads seconds as a duration, not as a fraction', () => {
    expect(read('The shaking lasted about 20 seconds.')).toEqual([{ text: '20 seconds', value: 20, unit: 'second' }]);
    expect(read('A 1.5-second delay followed.')).toEqual([{ text: '1.5-second', value: 1.5, unit: 'second' }]);
  });

  it('reads a duration written in parts or short units as one span in its smallest unit', () => {
    expect(read('The site was offline for 2hr 15 mins, the host said.')).toEqual([{ text: '2hr 15 mins', value: 135, unit: 'minute' }]);
    expect(read('The vote took 1 hour and 20 minutes.')).toEqual([{ text: '1 hour and 20 minutes', value: 80, unit: 'minute' }]);
    expect(read('The hearing ran one hour and ten minutes.')).toEqual([{ text: 'one hour and ten minutes', value: 70, unit: 'minute' }]);
    expect(read('She spoke for an hour and 5 minutes.')).toEqual([{ text: 'an hour and 5 minutes', value: 65, unit: 'minute' }]);
    expect(read('He will spend three years and five months in prison.')).toEqual([{ text: 'three years and five months', value: 41, unit: 'month' }]);
    expect(read('Repairs took 3 hrs.')).toEqual([{ text: '3 hrs', value: 3, unit: 'hour' }]);
    expect(read('The wait was 2.5 hrs.')).toEqual([{ text: '2.5 hrs', value: 2.5, unit: 'hour' }]);
  });

  it("reads a gun's calibre, with or without its point, apart from decimal shares", () => {
    expect(read('Officers found a .45-caliber pistol and a .22 rifle.')).toEqual([
      { text: '.45-caliber', value: 0.45, unit: 'calibre' },
      { text: '.22', value: 0.22, unit: 'calibre' },
    ]);
    expect(read('44-caliber handgun was found nearby.')).toEqual([{ text: '44-caliber', value: 0.44, unit: 'calibre' }]);
    expect(read('He carried a. 357 caliber revolver.')).toEqual([{ text: '357 caliber', value: 0.357, unit: 'calibre' }]);
    expect(read('The index slipped .25 percent.').map((q) => q.unit)).toEqual(['percent']);
  });
});

describe('roughlyEqual', () => {
  it('takes a round figure for a precise one near it, but not two figures given to the same decimal place', () => {
    expect(roughlyEqual({ text: '$43 million', value: 43e6 }, { text: '$43,885,310', value: 43_885_310 })).toBe(true);
    expect(roughlyEqual({ text: '13.6', value: 13.6 }, { text: '13.56', value: 13.56 })).toBe(true);
    expect(roughlyEqual({ text: '6.1', value: 6.1 }, { text: '6.0', value: 6 })).toBe(false);
    // Counts and shares written to the same precision are exact: neither is the other rounded.
    expect(roughlyEqual({ text: '63 seats', value: 63, unit: 'seat' }, { text: '61 seats', value: 61, unit: 'seat' })).toBe(false);
    expect(roughlyEqual({ text: '43%', value: 43, unit: 'percent' }, { text: '41%', value: 41, unit: 'percent' })).toBe(false);
    expect(roughlyEqual({ text: '51.8 percent', value: 51.8, unit: 'percent' }, { text: '54 percent', value: 54, unit: 'percent' })).toBe(false);
    expect(roughlyEqual({ text: '51.8 percent', value: 51.8, unit: 'percent' }, { text: '52 percent', value: 52, unit: 'percent' })).toBe(true);
    expect(roughlyEqual({ text: '630 seats', value: 630, unit: 'seat' }, { text: '614 seats', value: 614, unit: 'seat' })).toBe(false);
    // A price to the cent is written otherwise only by its rounding.
    expect(roughlyEqual({ text: '$37.60', value: 37.6, unit: 'USD' }, { text: '$39', value: 39, unit: 'USD' })).toBe(false);
    expect(roughlyEqual({ text: '$37.60', value: 37.6, unit: 'USD' }, { text: '$38', value: 38, unit: 'USD' })).toBe(true);
  });

  it('takes a figure of one digit for the leading digit of a larger one, or for one near it, not for a half below it', () => {
    expect(roughlyEqual({ text: '$2 trillion', value: 2e12, unit: 'USD' }, { text: '$2.3 trillion', value: 2.3e12, unit: 'USD' })).toBe(true);
    expect(roughlyEqual({ text: '$4 million', value: 4e6, unit: 'USD' }, { text: '$3.5 million', value: 3.5e6, unit: 'USD' })).toBe(false);
    expect(roughlyEqual({ text: '$4 million', value: 4e6, unit: 'USD' }, { text: '$3.9 million', value: 3.9e6, unit: 'USD' })).toBe(true);
    expect(roughlyEqual({ text: '7,000 acres', value: 7000, unit: 'acre' }, { text: '6,600 acres', value: 6600, unit: 'acre' })).toBe(false);
  });

  it('takes a count in dozens for a figure within a twelfth of it', () => {
    expect(roughlyEqual({ text: 'two dozen', value: 24, unit: 'miner' }, { text: '23', value: 23, unit: 'miner' })).toBe(true);
    expect(roughlyEqual({ text: 'a dozen', value: 12, unit: 'miner' }, { text: '13', value: 13, unit: 'miner' })).toBe(true);
    expect(roughlyEqual({ text: 'two dozen', value: 24, unit: 'miner' }, { text: '19', value: 19, unit: 'miner' })).toBe(false);
  });

  it('takes two sums written to the same digits as two sums, unless one is round', () => {
    expect(roughlyEqual({ text: '$94 billion', value: 94e9, unit: 'USD' }, { text: '$91 billion', value: 91e9, unit: 'USD' })).toBe(false);
    expect(roughlyEqual({ text: '$50 billion', value: 50e9, unit: 'USD' }, { text: '$49 billion', value: 49e9, unit: 'USD' })).toBe(true);
    expect(roughlyEqual({ text: '$94 billion', value: 94e9, unit: 'USD' }, { text: '$93.6 billion', value: 93.6e9, unit: 'USD' })).toBe(true);
  });

  it('takes two ages as exact, never one the rounding of the other', () => {
    expect(roughlyEqual({ text: '52-year-old', value: 52, unit: 'years old' }, { text: '53-year-old', value: 53, unit: 'years old' })).toBe(false);
    expect(roughlyEqual({ text: '52 miles', value: 52, unit: 'mile' }, { text: '53 miles', value: 53, unit: 'mile' })).toBe(true);
  });

  it('takes a count in words that is no round figure as exact as one in digits', () => {
    expect(roughlyEqual({ text: '44 senators', value: 44, unit: 'senator' }, { text: 'Forty-two senators', value: 42, unit: 'senator' })).toBe(false);
    expect(roughlyEqual({ text: '42 senators', value: 42, unit: 'senator' }, { text: 'forty senators', value: 40, unit: 'senator' })).toBe(true);
  });

  it('takes counts of days, weeks and months as exact, unlike hours or minutes', () => {
    expect(roughlyEqual({ text: '38-day', value: 38, unit: 'day' }, { text: '37-day', value: 37, unit: 'day' })).toBe(false);
    expect(roughlyEqual({ text: '21 weeks', value: 21, unit: 'week' }, { text: '22 weeks', value: 22, unit: 'week' })).toBe(false);
    expect(roughlyEqual({ text: '46 months', value: 46, unit: 'month' }, { text: '48 months', value: 48, unit: 'month' })).toBe(false);
    expect(roughlyEqual({ text: '38 minutes', value: 38, unit: 'minute' }, { text: '37 minutes', value: 37, unit: 'minute' })).toBe(true);
    expect(roughlyEqual({ text: '30 days', value: 30, unit: 'day' }, { text: '31 days', value: 31, unit: 'day' })).toBe(false);
  });

  it('reads a unit glued to its figure and a temperature\'s scale or sign ("10km", "41C", "38°C"), placed as written', () => {
    const found = read('Winds of 90kph fanned the fire 12km from Lisle, where it reached 41C (106F) and 38°C by dusk.');
    expect(found.map((q) => [q.text, q.value, q.unit])).toEqual([['90kph', 90, 'km/h'], ['12km', 12, 'km'], ['41C', 41, 'degree'], ['106F', 106, 'degree'], ['38°C', 38, 'degree']]);
    const sentence = 'The 40kg sacks were stacked.';
    expect(quantities(sentence).map((q) => [q.text, sentence.slice(q.start, q.end)])).toEqual([['40kg sacks', '40kg sacks']]);
    // An ordinal is still no figure.
    expect(read('She finished 14th in the 10km race.').map((q) => q.text)).toEqual(['10km race']);
  });
});
