import { describe, expect, it } from 'vitest';
import { compareNumbers } from '../../../../lib/core/compare/numbers';
import { analysed } from './fixtures';

const ranked = (...texts: string[]) => compareNumbers(texts.map((t, i) => analysed(`a${i}`, t)));
const differences = (...texts: string[]) => ranked(...texts).map((r) => r.difference);
const conflicts = (...texts: string[]) => ranked(...texts).filter((r) => r.difference.status === 'conflict');
/** The values of differences both articles give, as written: the figures taken for one. */
const paired = (...texts: string[]) =>
  ranked(...texts)
    .filter((r) => r.difference.values.length === 2)
    .map((r) => r.difference.values.map((v) => v.text));
/** The values of each conflict, as written. */
const conflictValues = (...texts: string[]) => conflicts(...texts).map((r) => r.difference.values.map((v) => v.text));
/** The labels of the conflicts put before the reader. */
const shownLabels = (...texts: string[]) => conflicts(...texts).filter((r) => r.substance > 0).map((r) => r.difference.label);

describe('compareNumbers', () => {
  it('reports a figure only some articles give as partial', () => {
    const [only] = differences('The bill adds $13.6 billion for Ukraine.', 'The bill passed the Senate.');
    expect(only).toMatchObject({ kind: 'number', status: 'partial', missingFrom: ['a1'] });
    expect(only.values[0].normalized).toBe('13600000000 USD');
  });

  it('gives no weight to one of a unit told in passing ("about an hour away")', () => {
    const [hour] = ranked('Some riders drove to Lakemoor, about an hour away, to buy tickets.', 'The ferry was cancelled.');
    expect(hour.substance).toBe(0);
    const [days] = ranked('Some riders waited three days for tickets.', 'The ferry was cancelled.');
    expect(days.substance).toBeGreaterThan(0);
  });

  it('does not set a figure against one the other article also gives, in whatever surroundings', () => {
    // Each outlet gives both sums; the third words its surroundings otherwise.
    const found = differences(
      'Voters recalled Sen. Gordon Pike on Tuesday. Recall supporters spent about $4.1 million, much of it from national abortion rights groups, compared with $2.6 million spent defending Pike.',
      'Voters recalled Sen. Gordon Pike on Tuesday. Campaign finance reports show recall backers raised $4.1 million, compared with about $2.6 million for Pike’s defenders.',
      'Voters recalled Sen. Gordon Pike on Tuesday. The effort drew about $4.1 million in spending from supporters, much of it from national groups, and roughly $2.6 million from opponents.',
    );
    expect(found.map((d) => d.status)).not.toContain('conflict');
  });

  it('sets approximate figures written to a fine digit against each other, and a share by its points', () => {
    const shownConflicts = (...texts: string[]) => conflicts(...texts).filter((r) => r.substance > 0);
    // "about 4.2 million" is near 4.2 million, not anything within a tenth of it; one outlet's projection is the other's figure that would come.
    expect(
      shownConflicts(
        'According to the state treasury, about 4.2 million households would lose the credit under the plan.',
        'The treasury projected that about 3.7 million households would lose the tax credit once the plan takes effect.',
      ),
    ).toHaveLength(1);
    // Two estimates three of their last digit apart: "about 3.1 million" reaches a digit either way, not to "roughly 3.4 million".
    expect(
      shownConflicts(
        'The treasury said about 3.1 million households would lose the credit under the plan.',
        'The treasury said roughly 3.4 million households would lose the credit under the plan.',
      ),
    ).toHaveLength(1);
    expect(shownConflicts('Turnout in the county was roughly 52% of eligible voters.', 'Turnout was 55 percent of eligible voters, the county clerk said.')).toHaveLength(1);
    // Round figures stay loose: "about 50%" may be 52 percent.
    expect(shownConflicts('Turnout in the county was about 50% of eligible voters.', 'Turnout was 52 percent of eligible voters, the county clerk said.')).toEqual([]);
  });

  it('compares the other figure of two sentences that share one, listing the conflict', () => {
    const found = conflicts(
      'Voters approved the harbour levy on Tuesday. Ferry firms opposing it poured $3.8 million into ads, compared with about $1.2 million raised by backers.',
      'The harbour levy passed Tuesday. Opponents, led by the state ferry guild, spent about $2.9 million, while backers spent roughly $1.2 million.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$3.8 million', '$2.9 million']]);
  });

  it('does not put before the reader a lower bound and an upper bound that both hold', () => {
    const shownConflicts = (...texts: string[]) => conflicts(...texts).filter((r) => r.substance > 0);
    expect(shownConflicts('Engineers said the repair, a full rebuild, can last up to two weeks and costs more.', 'A full rebuild, the other repair, can take a week or more and costs more, engineers said.')).toEqual([]);
    expect(shownConflicts('Repairs to the pier can take up to three weeks, engineers said.', 'Engineers said repairs to the pier can take at least three weeks.')).toEqual([]);
    // Bounds that cannot both hold still conflict.
    expect(shownConflicts('Repairs to the pier can take up to three weeks, engineers said.', 'Engineers said repairs to the pier can take at least five weeks.').length).toBe(1);
  });

  it('keeps apart counts of two people’s things', () => {
    const found = differences(
      'Mayor Ida Lund faced questions from all four of her challengers at the forum on Monday.',
      'At the forum on Monday, Tom Berg was pressed by all four of his challengers.',
    );
    expect(found.map((d) => d.values.map((v) => v.articleId))).toEqual([['a0'], ['a1']]);
    // The same owner, told either way, is one count.
    expect(differences('Ida Lund answered all four of her challengers on Monday.', 'On Monday Lund answered her four challengers.').map((d) => d.status)).toEqual(['consensus']);
    // "their" children may be hers: two counts of them conflict.
    expect(conflicts('Ida Marsh, the stage actress, died on Sunday in Reno. She is survived by their two children.', 'Ida Marsh, the stage actress, died Sunday in Reno. She is survived by her three children.')).toHaveLength(1);
  });

  it('puts two sums of one thing before the reader though a third outlet gives a bound both may be', () => {
    const shownConflicts = (...texts: string[]) => conflicts(...texts).filter((r) => r.substance > 0);
    const found = shownConflicts(
      'An audit found the delegation trip to the Oslo shipping fair cost $212,000, the auditor said.',
      'The auditor says the Oslo shipping fair delegation trip cost $271,000.',
      'The Oslo delegation trip cost the city more than $200,000.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$212,000', '$271,000', '$200,000']]);
    // A hedged sum near the other is still that sum told loosely, wherever else the outlet gives it bare.
    expect(shownConflicts('The Oslo fair trip cost roughly $212,000, the auditor said. Later the auditor put the trip at $212,000 again.', 'The Oslo fair trip cost $209,000, the auditor said.')).toEqual([]);
  });

  it('takes an outlet\'s precise figure, not the bound it leads with, for its side', () => {
    const fares = ['The ferry line took in $41.2 million in fares last year.', 'Fares brought the ferry line $41.25 million last year.'];
    const loose = 'The ferry line took in more than $40 million in fares last year. Fares came to $43.8 million, the line said.';
    expect(conflicts(...fares, loose).map((r) => r.difference.values.map((v) => v.text))).toEqual([['$41.2 million', '$41.25 million', '$43.8 million']]);
    // A bound its own figure breaks is no telling of it.
    expect(differences(...fares, loose.replace('more than $40 million', 'more than $50 million')).some((d) => d.values.some((v) => v.text === '$50 million'))).toBe(true);
  });

  it('does not set where a change started, or its size, against where it ended', () => {
    expect(conflicts('The port caps ferry crossings at 12 a day, down from the current 14.', 'The port cut the daily ferry crossings from fourteen a day to twelve.', 'The port lowers the daily ferry limit to 12 crossings from 14.')).toEqual([]);
    expect(conflicts('The levy rises to $900 per berth, up from $600.', 'The council raises the levy by $300, to $900 per berth.', 'The levy would rise to $900 from $600 per berth.')).toEqual([]);
    // Two ends of one change that differ still conflict.
    expect(conflicts('The levy rises to $900 per berth, up from $600.', 'The levy rises to $1,100 per berth, up from $600.').length).toBe(1);
  });

  it('does not put before the reader "only some give" a figure a silent outlet gives otherwise in an aligned sentence', () => {
    // Too loosely aligned around the sums to be put before the reader as a conflict, but the one outlet is not silent about
    // the investment: its sum, the only one it gives, is the other side of a conflict listed only.
    const found = ranked(
      'Lund and Marr signed a dozen accords after meeting for more than three hours. Two deep-water terminals will be built in the north, backed by $6 billion in investment.',
      'Lund and Marr signed 12 accords after about two hours of talks, including a $9 billion plan to build deep-water terminals in northern Calder.',
      'The leaders met for about three hours and signed 12 accords. Officials put the total investment in the two terminals at $6 billion.',
    );
    const six = found.find((r) => r.difference.values.some((v) => v.text === '$6 billion'));
    expect(six?.difference).toMatchObject({ status: 'conflict', missingFrom: [] });
    expect(six?.substance).toBe(0);
    // With no other sum in that outlet's aligned sentence, the outlet is silent about it.
    const silent = ranked(
      'Two deep-water terminals will be built in the north, backed by $6 billion in investment.',
      'Lund and Marr signed 12 accords after about two hours of talks, including a plan to build deep-water terminals in northern Calder.',
      'Officials put the total investment in the two terminals at $6 billion.',
    ).find((r) => r.difference.label === 'USD: $6 billion');
    expect(silent?.substance).toBeGreaterThan(0);
  });

  it('compares a span told in hours with one told in minutes', () => {
    const met = (a: string) => conflicts('The mayor met the union leaders for about 90 minutes on Monday.', a).map((r) => r.difference.values.map((v) => v.text));
    expect(met('The mayor met the union leaders for two hours on Monday.')).toEqual([['90 minutes', 'two hours']]);
    expect(met('The mayor met the union leaders for 1.5 hours on Monday.')).toEqual([]);
  });

  it('does not set the whole a part is of ("31 of the 50 state contests") against the part', () => {
    const won = (a: string) => conflicts(`Lund won the primary on Tuesday. ${a}`, 'Lund won the primary on Tuesday. Lund, who won 31 state contests, leads the race.');
    expect(won('Lund won 31 of the 50 state contests so far.')).toEqual([]);
    expect(won('Lund won 34 state contests so far.').length).toBe(1);
    const signed = (a: string) => conflicts(`The levy passed on Tuesday. ${a}`, 'The levy passed on Tuesday. More than 40 harbour masters signed a letter against it.');
    expect(signed('In protest, 41 of the state’s 52 harbour masters signed a letter against it.')).toEqual([]);
    // Without "the": "on six of nine counts" is the part against a part, not the whole.
    const convicted = (a: string) => conflicts('A jury on Friday found the harbour master guilty of four fraud counts.', a).map((r) => r.difference.values.map((v) => v.text));
    expect(convicted('On Friday the harbour master was convicted on five of seven federal fraud counts.')).toEqual([['four fraud counts', 'five']]);
    // One thing among them ("one of 140 boats"): the whole is the count told, set against another outlet's.
    const sunk = conflicts('The storm sank 163 boats in Lisle harbour, the harbour master said.', 'His trawler was one of 140 boats sunk by the storm in Lisle harbour, the harbour master said.');
    expect(sunk.map((r) => r.difference.values.map((v) => v.text))).toEqual([['163 boats', '140 boats']]);
  });

  it('does not set the count of one part, told beside the next, against the whole they make up', () => {
    const court = (a: string) => conflicts('The harbour court will rule on the map. The court has nine judges.', `The harbour court will rule on the map. ${a}`);
    expect(court('The court, which has five judges named by the mayor and four named by the council, meets in May.')).toEqual([]);
    expect(court('Four judges named by the council and five named by the mayor sit on it.')).toEqual([]);
  });

  it('does not set the rest of a list ("A, B and 10 other states") against a whole count', () => {
    const suit = (a: string) => conflicts(`A judge blocked the order on Thursday. ${a}`, 'A judge blocked the order on Thursday. The suit was brought by 13 states led by Lisle.');
    expect(suit('The coalition includes Lisle, Corby, Wrenfield and 10 other states.')).toEqual([]);
    // One name and the others beside it still make a whole that may conflict.
    expect(suit('The coalition includes Lisle and 14 other states.').length).toBe(1);
  });

  it('does not set a figure given for each of several things against one for all of them', () => {
    const reward = (other: string) => conflicts('Two men escaped from the harbour jail on Sunday. Police offer $5,000 for the capture of each man.', `Two men escaped from the harbour jail on Sunday. ${other}`);
    expect(reward('Police offer a $10,000 reward for the capture of the two men.')).toEqual([]);
    expect(reward('Police offer $8,000 for the capture of each man.').length).toBe(1);
  });

  it('does not put before the reader a count only some give when a silent outlet gives another count beside the same words', () => {
    const treated = (second: string) =>
      ranked('A ferry struck the pier on Sunday. Six people were treated for minor cuts, the operator said.', second, 'A ferry hit the pier on Sunday. The operator said six people were treated for minor cuts.').find(
        (r) => r.difference.status === 'partial' && r.difference.values.some((v) => v.text === 'Six people'),
      );
    expect(treated('A ferry struck the pier on Sunday. Nine passengers suffered minor cuts, according to the coast guard.')?.substance).toBe(0);
    expect(treated('A ferry struck the pier on Sunday. Nine passengers were stranded for hours, according to the coast guard.')?.substance).toBeGreaterThan(0);
    // A share beside the same words is another count, not of these people.
    expect(treated('A ferry struck the pier on Sunday. Nine percent of sailings were cancelled for minor repairs.')?.substance).toBeGreaterThan(0);
  });

  it('does not put before the reader a span only some give when a silent outlet gives the same thing another length in another unit', () => {
    const span = (third: string) =>
      ranked('Agents raided the cannery on Thursday. It capped an 18-month investigation into its hiring.', 'Agents raided the cannery on Thursday. It was the end of an 18-month investigation, court papers say.', third).find(
        (r) => r.difference.label === 'month: 18-month',
      );
    expect(span('Agents raided the cannery on Thursday. The raid ended a two-year investigation that found a scheme to hide workers.')?.substance).toBe(0);
    expect(span('Agents raided the cannery on Thursday. The raid ended a two-year dispute over wages that found a scheme to hide workers.')?.substance).toBeGreaterThan(0);
  });

  it('does not put "only some give" a count before the reader when a silent outlet gives another that one of them gives too', () => {
    // One outlet gives both counts of the skipper's children; the silent one gives the other.
    const thirteen = ranked(
      'Ada Brek, a mother of 12, was hurt on the pier. A stray flare hit the mother of 13 as she collected her children.',
      'A stray flare hit the mother of 13 as she collected 10 of her children from the ferry.',
      'Ada Brek, a mother of 12, had lived on the island for most of her life.',
    ).find((r) => r.difference.label === 'child: 13');
    expect(thirteen).toMatchObject({ substance: 0, difference: { status: 'partial', missingFrom: ['a2'] } });
  });

  it('lists the first distance from one place, or the first count of residents, each article gives as a conflict, in whatever sentences', () => {
    const labels = (...texts: string[]) => conflicts(...texts).map((r) => ({ label: r.difference.label, substance: r.substance }));
    const quake = 'A strong quake shook Marra island on Sunday.';
    expect(
      labels(
        `${quake} Marra, which lies 1,100 kilometers (690 miles) southwest of Corvin, draws ferry traffic all year.`,
        `${quake} The island is about 910 miles south of Corvin, the capital. A 2019 quake hit Ostra, a town 500 miles east of Corvin.`,
      ),
    ).toEqual([{ label: 'mile: 690 miles / 910 miles', substance: 0 }]);
    // Another place's distance is not the island's.
    expect(labels(`${quake} Marra lies 690 miles southwest of Corvin.`, `${quake} The epicentre was 30 miles north of Peller Bay.`)).toEqual([]);
    expect(
      labels(`${quake} The island is home to about 90,000 people, most of them fishermen.`, `${quake} Marra, which has some 150,000 residents, was cut off for hours.`),
    ).toEqual([{ label: 'person: 90,000 people / 150,000 residents', substance: 0 }]);
    // Residents something befell are not all who live there.
    expect(
      labels(
        'About 21,000 residents of the town were told on Friday not to drink their tap water after a solvent leak.',
        'About 19,000 residents are under a do-not-use order issued on Friday after the solvent leak. The town has about 24,000 residents.',
      ),
    ).toEqual([{ label: 'person: 21,000 residents / 19,000 residents', substance: 0 }]);
  });

  it('compares the one span of seconds, minutes or hours each article gives, in whatever sentences', () => {
    const labels = (...texts: string[]) => conflicts(...texts).map((r) => r.difference.label);
    const inquiry = ' Osprey Launch said on Friday it would look into the failure.';
    const flash = `Roughly 65 seconds into the flight, a flash was visible on the company's video feed, and the rocket came apart.${inquiry}`;
    expect(labels(`An Osprey Launch rocket carrying nine small satellites broke apart about 48 seconds after lifting off on Friday evening, scattering debris over the bay.${inquiry}`, flash)).toEqual([
      'second: 48 seconds / 65 seconds',
    ]);
    // Two spans in one article may time two moments: neither is the other article's one.
    expect(labels(`An Osprey Launch rocket broke apart about 48 seconds after lifting off on Friday evening, 20 seconds after an engine faltered.${inquiry}`, flash)).toEqual([]);
  });

  it('shows a conflict of shares whatever way each writes "percent", in sentences worded otherwise', () => {
    const raise = 'Pilots in Corvin ended their walkout on Friday after approving a deal that raises pay 9 percent.';
    expect(shownLabels(raise, "The Corvin pilots' agreement, ratified Friday, gives raises of 7%.")).toEqual(['percent: 9 percent / 7%']);
  });

  it("shows the one tally of a court each article gives, beside a legislature's tallies", () => {
    expect(
      shownLabels(
        'The justices ruled 5-2 that the harbour levy was void.',
        'The 4-3 ruling drew a sharp dissent from Justice Ada Lorne. The levy had cleared the House 61-39 and the Senate 28-22.',
      ),
    ).toEqual(['tally: 5-2 / 4-3']);
  });

  it('compares a span joined to the noun of what it is with a span the same verb tells ("a 48-hour waiting period" / "to wait 72 hours")', () => {
    expect(shownLabels('The court struck down a rule that required ferry pilots to wait 72 hours between shifts.', 'The court struck down a rule requiring a 48-hour waiting period between shifts for ferry pilots.')).toEqual([
      'minute: 72 hours / 48-hour',
    ]);
  });

  it('takes a large count of people named two ways for one count, and compares two sums a lawsuit seeks', () => {
    const sued = 'The lawsuit, filed Monday, seeks at least $40 million on behalf of the roughly 90,000 tenants whose files were exposed.';
    const other = 'The lawsuit, filed Monday, says the agency failed to protect the files of about 90,000 people. It seeks $24 million in damages.';
    const found = differences(sued, other, 'The agency now faces a lawsuit over a hack that exposed the files of more than 120,000 tenants.').map((d) => ({ status: d.status, values: d.values.map((v) => v.text) }));
    expect(found).toContainEqual({ status: 'conflict', values: ['$40 million', '$24 million'] });
    expect(found).toContainEqual({ status: 'conflict', values: ['90,000 tenants', '90,000 people', '120,000 tenants'] });
  });

  it('shows two small lengths in words joined to their unit ("a two-mile radius" / "a one-mile radius")', () => {
    expect(
      shownLabels(
        'A tanker overturned near Corvin harbour on Friday, and officials told everyone within a two-mile radius to leave.',
        'Residents within a one-mile radius of the overturned tanker near Corvin harbour were told to leave on Friday.',
      ),
    ).toEqual(['mile: two-mile radius / one-mile radius']);
  });

  it('does not set one item of a list of counts ("two counts of fraud" among others) against the total', () => {
    const charged = 'Harbour master Ivo Marsh was charged on Friday with four counts, including fraud.';
    expect(conflicts(charged, 'Harbour master Ivo Marsh was charged on Friday with one count of theft, two counts of fraud and one count of perjury.')).toEqual([]);
    expect(conflicts(charged, 'Harbour master Ivo Marsh was charged on Friday with two counts of fraud.')).toHaveLength(1);
  });

  it('takes homes and customers cut off for one count of premises', () => {
    const storm = 'Storm Ilse hit Corvin harbour on Wednesday.';
    const found = differences(
      `${storm} By midday, more than 410,000 homes and businesses had lost electricity.`,
      `${storm} The storm knocked out power to nearly 520,000 customers.`,
      `${storm} More than 410,000 customers were without power.`,
    ).map((d) => ({ status: d.status, values: d.values.map((v) => v.text) }));
    expect(found).toContainEqual({ status: 'conflict', values: ['410,000 homes', '410,000 customers', '520,000 customers'] });
  });

  it('compares the one sum each article says a government commits, whatever verb tells it ("would release" / "pledged")', () => {
    expect(
      conflictValues(
        'Gov. Ruth Kemble said the state would release $4.5 million in emergency funds for the valley.',
        'Governor Ruth Kemble, who toured the valley on Monday, pledged $4 million in state aid.',
      ),
    ).toEqual([['$4.5 million', '$4 million']]);
  });

  it('compares the counts of people made to leave their homes, however each outlet tells it', () => {
    expect(
      conflictValues(
        'About 8,000 residents were evacuated from the coastal villages after the dam failed on Sunday, officials said.',
        'The dam gave way on Sunday, and 11,000 people were ordered to leave their homes along the coast, according to the civil defence office.',
      ),
    ).toEqual([['8,000 residents', '11,000 people']]);
  });

  it('shows the counts a jury convicted on that two outlets give differently, however each tells the verdict', () => {
    expect(
      shownLabels(
        'A jury on Friday convicted the former harbour master of fraud. Jurors returned guilty verdicts on 7 of the 10 counts after a week of testimony.',
        'The former harbour master was found guilty Friday. The jury convicted him on six counts and cleared him of four others.',
      ),
    ).toHaveLength(1);
  });

  it('shows two figures told with one upper bound whose likely values do not meet ("up to 24 weeks" / "up to 18 weeks")', () => {
    expect(
      shownLabels(
        'The mill will close in June. Harlow Paper said workers would receive severance of up to 24 weeks of pay.',
        'The mill closes in June. Laid-off employees will get up to 18 weeks of severance pay, a company spokesman said.',
      ),
    ).toHaveLength(1);
    // Bounds whose likely values meet may be one figure told twice.
    expect(
      shownLabels(
        'The mill will close in June. Harlow Paper said workers would receive severance of up to 24 weeks of pay.',
        'The mill closes in June. Laid-off employees will get up to 23 weeks of severance pay, a company spokesman said.',
      ),
    ).toHaveLength(0);
  });

  it('shows two ages of one victim, though one sentence tells the death and the other the shooting', () => {
    expect(
      shownLabels(
        'A man was shot dead outside a bar on Saturday. The victim, identified as Ivo Marr, 44, of Dunmore, died at the scene.',
        'Police are searching for the gunman who killed Ivo Marr, 45, and injured a bartender outside a bar on Saturday.',
      ),
    ).toHaveLength(1);
  });

  it('shows two tolls of the wounded told in words ("five others wounded" / "wounded four others")', () => {
    expect(
      shownLabels(
        'A shooting outside a bar early Saturday left one man dead and five others wounded, police said.',
        'The gunman killed a man and wounded four others outside the bar early Saturday, police said.',
      ),
    ).toHaveLength(1);
  });

  it('compares the one count of a specific thing each article gives, where one dates it and the other does not', () => {
    expect(
      conflictValues(
        'The storm struck on Monday night. Gov. Ada Renn declared a state of emergency for five districts.',
        'The storm struck on Monday night. Governor Ada Renn issued an emergency declaration covering nine districts on Wednesday.',
      ),
    ).toEqual([['five districts', 'nine districts']]);
  });

  it('shows the figures of one sentence retold, each its only one of the unit, though an article gives another of it elsewhere', () => {
    expect(
      shownLabels(
        'A storm with gusts of up to 60 mph crossed the valley on Sunday. The weather service confirmed that a tornado with winds of 95 mph touched down near Brill Creek.',
        'A tornado touched down near Brill Creek on Sunday as storms crossed the valley, the weather service said, estimating its peak winds at 115 mph.',
      ),
    ).toHaveLength(1);
  });

  it('does not set a limit against a count an article also gives under another name for those counted ("92 passengers and crew")', () => {
    const found = conflicts(
      'The MV Orla was carrying 92 passengers and crew when it overturned about two miles from Port Vell, the coast guard said. The ferry was licensed to carry 75 people.',
      'The Orla had 92 people on board, well over its capacity of 75, the coast guard said.',
      'The ferry was carrying 92 people when it capsized roughly 3 kilometers from Port Vell.',
    );
    expect(found).toEqual([]);
  });

  it('does not take a forecast an article gives for a writing of the figure that came in ("had forecast 3%" / "climbed 3.4%")', () => {
    expect(
      shownLabels(
        'Consumer prices rose 2.7% in May. Core prices, which exclude food and energy, climbed 3.4%.',
        'Annual inflation slowed to 2.7% in May. Analysts had forecast 3%, according to a poll. Excluding volatile food and energy, prices rose 3.5% from a year ago.',
      ),
    ).toHaveLength(1);
  });

  it('takes a sum told before a clause ("raised $210,000 before he quit") for a sum, not a point in time', () => {
    const found = differences(
      'Candidate Tom Keller had raised $210,000 before he quit the race.',
      'Tom Keller quit the race on Thursday after raising $210,000.',
      'Tom Keller quit the race on Thursday, his aides said.',
    ).map((d) => ({ status: d.status, values: d.values.map((v) => v.text) }));
    expect(found).toEqual([{ status: 'partial', values: ['$210,000', '$210,000'] }]);
  });

  it("sets the first magnitude each article gives against the other's, shown where each gives only one", () => {
    const found = (...texts: string[]) => conflicts(...texts).map((r) => ({ label: r.difference.label, shown: r.substance > 0 }));
    const other = 'The 6.2-magnitude earthquake hit Dorra province early on Monday, officials said.';
    expect(found('A magnitude-5.7 quake struck Dorra province on Monday, killing four people.', other)).toEqual([{ label: 'magnitude: 5.7 / 6.2-magnitude', shown: true }]);
    // A past quake's strength later in the article is no side; with two strengths given, the conflict is listed only…
    expect(found('A magnitude-5.7 quake struck Dorra province on Monday. A magnitude-6.6 quake hit the same valley three years ago.', other)).toEqual([
      { label: 'magnitude: 5.7 / 6.2-magnitude', shown: false },
    ]);
    // …unless its sentence opens with its year: then it is that year's, and the article gives one strength of this quake.
    expect(found('A magnitude-5.7 quake struck Dorra province on Monday. In 2019 a magnitude-6.6 quake hit the same valley.', other)).toEqual([
      { label: 'magnitude: 5.7 / 6.2-magnitude', shown: true },
    ]);
  });

  it('takes one strength written two ways by two outlets for one, so an outlet giving two readings has one side in the conflict', () => {
    const found = conflictValues(
      'A quake measuring about 5.8 struck Dorra province on Monday.',
      'A quake measuring magnitude-5.5 struck Dorra province on Monday, the national centre said, though the survey put it at a magnitude-6.2 temblor.',
      'The 6.2-magnitude earthquake hit Dorra province on Monday, officials said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual(expect.arrayContaining(['5.8', '5.5']));
  });

  it('puts before the reader two sums whose sentences agree on another figure, each its sentence\'s only sum', () => {
    const raised = (other: string) => shownLabels(`Her campaign said it collected $2.3 million ${other} in the first 48 hours after the video went online.`, 'Aides said the campaign brought in $2.8 million in the first 48 hours after posting the video.');
    expect(raised('from more than 40,000 donors')).toEqual(['USD: $2.3 million / $2.8 million']);
    // A share is given to the point: "10 percent" beside the same sum is no rounding of "12 percent".
    const staff = (share: string) => `\n\nThe harbour authority has cut its staff by ${share} since 2017.`;
    expect(
      shownLabels(
        `Harbour Secretary Ned Hale defended the plan to cut the harbour budget by $3.4 billion, or 10 percent, facing hours of questions.${staff('roughly 13 percent')}`,
        `Hale stood his ground as lawmakers grilled him over a plan that would trim roughly $3.4 billion, or about 10%, from the harbour.${staff('about 13%')}`,
        `The plan would slash harbour funding by $3.4 billion, or 12 percent, including the $900 million ferry grants.${staff('about 13%')}`,
      ),
    ).toContain('percent: 10 percent / 10% / 12 percent');
    // Another figure that differs ties nothing.
    expect(shownLabels('Her campaign said it collected $2.3 million from more than 40,000 donors in the first 72 hours after the video went online.', 'Aides said the campaign brought in $2.8 million in the first 48 hours after posting the video.')).not.toContain('USD: $2.3 million / $2.8 million');
  });

  it('sets two sums told with the same span of years against each other, whichever side the years stand on', () => {
    const offered = shownLabels(
      'Lefty Owen Marsh agreed to an eight-year, $200 million contract with the harbour club on Monday.\n\nThe river club had offered seven years and $210 million, according to several reports.',
      'Owen Marsh signed an eight-year, $200 million deal with the harbour club on Monday.\n\nThe river club reportedly offered $195 million over seven years.',
    );
    expect(offered).toEqual(['USD: $210 million / $195 million']);
  });

  it('sets two ages told of a pronoun against each other where both articles are about the same person', () => {
    const obituary = (age: number) => `Vera Holt, the jazz singer, died on Sunday at her home in Tucson. She was ${age}.`;
    expect(shownLabels(obituary(77), obituary(78))).toEqual(['years old: 77 / 78']);
    expect(shownLabels(obituary(77), `Ida Marsh, the jazz singer, died on Sunday at her home in Tucson. She was 78.`)).toEqual([]);
  });

  it('does not count a figure converted to another system of units as a figure of its own', () => {
    const fire = 'The Pell Fire has destroyed homes near the harbour, officials said.\n\n';
    const heat = shownLabels(
      `${fire}Medford reached 109 degrees Fahrenheit, or about 43 degrees Celsius, on Tuesday, tying a record for the date, forecasters said.`,
      `${fire}Temperatures in Medford hit 109 degrees on Tuesday, and forecasters said the heat would continue through the week.`,
      `${fire}Medford's 112-degree high on Tuesday broke an all-time record, forecasters said.`,
    );
    expect(heat).toEqual(['degree: 109 degrees / 112-degree']);
  });

  it('shows the one count each article gives of one noun named two ways with the same words ("Republican legislators" / "Republican lawmakers")', () => {
    const shown = (b: string) => ranked('The governor vetoed the ferry bill on Friday. Meanwhile, 12 Republican legislators sent the governor a letter urging him to sign it.', `The governor vetoed the ferry bill on Friday. ${b}`).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown('"They want to lecture us," said Rep. Ivo Berg, one of 14 Republican lawmakers who had urged the governor to sign the bill.')).toHaveLength(1);
    // Other words with the noun ("Democratic lawmakers") count another group.
    expect(shown('"They want to lecture us," said Rep. Ivo Berg, one of 14 Democratic lawmakers who had urged the governor to sign the bill.')).toEqual([]);
  });

  it('reads a promise of a figure as a figure to come ("with a promise of 1,000 more troops" / "would send 2,000 more troops")', () => {
    const troops = (a: string) => conflicts(`The president met the harbour state's governor on Tuesday. ${a}`, 'The president met the harbour state\'s governor on Tuesday. He announced that the Guard would send 2,000 more troops to the coast.');
    expect(troops('He ended the meeting with a promise of 1,000 more troops for the coast.')).toHaveLength(1);
  });

  it('sets a span a verb tells against another, apart from a span joined to its noun ("served 14 months of a 30-month sentence")', () => {
    const shown = ranked('The governor pardoned her former aide, Ivo Berg. He served 14 months of a 30-month sentence before being released to home confinement.', 'The governor pardoned her former aide Ivo Berg. He served 18 months at a state prison camp before being moved to home confinement.').filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['month: 14 months / 18 months']);
  });

  it('shows the one count each article gives of those who met one fate, however far apart', () => {
    const hurt = (b: string) => ranked('The mayor said 19 people were arrested at the pier. 2 officers suffered minor injuries, she said.', `The mayor said 27 people were arrested at the pier. ${b}`).filter((r) => r.difference.status === 'conflict' && r.substance > 0 && r.difference.kind === 'number').map((r) => r.difference.label);
    expect(hurt('She said 5 officers were hurt, one by a thrown bottle.')).toContain('officer: 2 officers / 5 officers');
    // An article counting officers twice (hurt, and hurt badly) leaves unsure which count is the other's.
    expect(hurt('She said 5 officers were hurt and 3 officers were hurt badly.')).not.toContain('officer: 2 officers / 5 officers');
  });

  it('sets a penalty a rule sets against another however its tense is told ("will face a $500 fine" / "face a $250 fine")', () => {
    const found = conflicts('Boats that break the harbour ban will face a $500 fine for a first offense.', 'Skippers caught speeding in the harbour face a $250 fine for a first offense.');
    expect(found.map((r) => r.difference.label)).toEqual(['USD: $500 / $250']);
  });

  it('sets what a thing costs against another outlet\'s cost however its tense is told ("would cost $1.8 billion" / "put the cost at $2.3 billion")', () => {
    const found = conflicts('The port authority said the new seawall would cost the city about $1.8 billion.', 'An engineering review put the cost of the new seawall to the city at $2.3 billion.');
    expect(found.map((r) => r.difference.label)).toEqual(['USD: $1.8 billion / $2.3 billion']);
  });

  it('shows the one sum a year each article gives as a conflict, whatever verb tells it ("could reach $1.2 billion a year" / "stands to lose $1.5 billion annually")', () => {
    const shown = ranked('The port board said lost cruise trade along the northern quays could reach $1.2 billion a year.', 'Harbour officials estimate the waterfront stands to lose $1.5 billion annually in cruise trade.').filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['USD: $1.2 billion / $1.5 billion']);
  });

  it('reads a figure to come past an abbreviation in its clause ("would cut the U.S. levy to $2.1 billion" is no levy that is)', () => {
    const found = conflicts('Officials said the pact would cut the U.S. levy on Orlan steel to $2.1 billion within two years.', 'The United States collected a $3.4 billion levy on Orlan steel last year.');
    expect(found).toEqual([]);
  });

  it('sets a share among a group against a share in a poll of that group ("6 percent among likely voters" / "a poll of likely voters found her with 5 percent")', () => {
    const shown = ranked('Ms. Orr drew 6 percent among likely harbour voters in a Quayside poll released on Monday.', 'A Quayside poll of likely harbour voters out on Monday found Ms. Orr with just 5 percent support.').filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['percent: 6 percent / 5 percent']);
  });

  it('sets jobs cut against jobs cut, whatever the tense ("will lay off 20 staff members" / "is laying off 24 staff members")', () => {
    const found = conflicts('The ferry line will lay off 20 staff members at its Quayside depot.', 'The ferry line is laying off 24 staff members at its Quayside depot.');
    expect(found.map((r) => r.difference.label)).toEqual(['job: 20 staff members / 24 staff members']);
  });

  it('shows the one sum each article names by one noun ("$2.4 million in cash on hand" / "$2.9 million in the bank"), beside another sum', () => {
    const shown = ranked(
      'The Orr campaign raised $6.2 million in the quarter. It ended the quarter with $2.4 million in cash on hand.',
      'Ms. Orr raised $6.2 million in the quarter and finished it with $2.9 million in the bank, hardly enough for a long race.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['USD: $2.4 million / $2.9 million']);
  });

  it('sets one vote\'s tallies against each other though one sentence names a day the measure runs to ("through Jan. 30")', () => {
    const shown = shownLabels(
      'The council approved the stopgap harbour budget 12 to 7 on Tuesday, ending the ferry shutdown.',
      'The council voted 12-9 to pass the stopgap harbour budget, which funds the ferries through Jan. 30.',
    );
    expect(shown).toHaveLength(1);
  });

  it('shows the one sum each article says is in one thing ("$120,000 in consulting fees" / "$150,000 in consulting fees"), beside another sum', () => {
    const shown = ranked(
      'The amended report shows that Mr. Orr holds shares in Gullhaven Boatworks, a company in Port Ellery, valued at between $1 million and $5 million. It also shows that he received $120,000 in consulting income from the company in 2024.',
      'Orr filed the amended report on Thursday, adding his shares in Gullhaven Boatworks, valued at more than $1 million, along with $120,000 in consulting fees he was paid by the company last year.',
      'Tom Orr, who is running for the harbour board, quietly disclosed late last week that he owns a stake in a boatyard and that the company paid him $150,000 in consulting fees last year.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['USD: $120,000 / $150,000']);
  });

  it('sets counts of a career against each other ("during her career" / "during her years in office"): no sum of years', () => {
    const shown = ranked('The panel said the board had held six audits of the harbour trust during her career.', 'The panel said the board had held seven separate audits of the trust during her years in office.').filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['audit: six audits / seven separate audits']);
  });

  it('sets the first toll each article gives of one year against the other ("died of overdoses in 2024" / "overdose deaths in 2024")', () => {
    const shown = ranked(
      'The county sued a drug distributor on Monday. In the county, 1,247 people died of drug overdoses in 2024, according to health officials.',
      'The county sued a drug distributor on Monday. The county recorded 1,333 overdose deaths in 2024, according to the lawsuit.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['person: 1,247 people / 1,333 overdose deaths']);
  });

  it('does not set a figure told of a past season against one told of now since then', () => {
    const found = conflicts(
      'Mayor Ida Roe’s approval has fallen to 41 percent in the Harbour Institute poll. It stood at 47 percent last summer.',
      'Roe’s approval stood at 47% in the Harbour Institute poll last summer.',
      'The Harbour Institute poll put Roe’s approval at 42%, down five points since last summer.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['41 percent', '42%']]);
  });

  it('shows two figures of one sentence retold, however far apart', () => {
    const crowd = (n: string) => ranked('The ferry line owner pleaded not guilty on Monday. 1,500 protesters gathered outside the courthouse.', `The ferry line owner pleaded not guilty on Monday. ${n} protesters gathered outside the courthouse.`).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(crowd('200')).toHaveLength(1);
    // Sentences told apart are of two crowds where the figures are far apart.
    expect(ranked('The ferry line owner pleaded not guilty on Monday. 1,500 protesters gathered outside the courthouse.', 'The ferry line owner pleaded not guilty on Monday. A week earlier, 200 protesters had marched to the harbour office.').filter((r) => r.difference.status === 'conflict')).toEqual([]);
  });

  it('sets no one value against itself, whatever nouns name what it counts', () => {
    expect(conflicts('In 2019, a ferry sank near the same reef, killing four people.', 'In 2019, a ferry went down near the same reef, killing four passengers.')).toEqual([]);
    expect(conflicts('In 2019, a ferry sank near the same reef, killing four people.', 'In 2019, a ferry went down near the same reef, killing six passengers.').length).toBe(1);
  });

  it('does not take the day someone told a figure for the day of what it counts', () => {
    const rain = 'The weather service said 4.2 inches of rain fell on the harbour from Saturday evening to Sunday evening.';
    expect(conflicts(rain, 'As much as 6 inches of rain fell on the harbour in roughly a day, officials said Monday night.').map((r) => r.difference.label)).toEqual(['inch: 4.2 inches / 6 inches']);
    // …nor the day a company disclosed them ("disclosed on Monday that…"), beside a day of another thing it tells.
    const breach = (verb: string) => conflicts(`The ferry line ${verb} on Monday that hackers had taken data tied to 38,200 accounts.\n\nThe line first detected the breach on June 28.`, 'The ferry line said hackers had taken data tied to 41,900 accounts.\n\nThe line first detected the breach on June 28.');
    expect(breach('disclosed')).toHaveLength(1);
    // …nor a day told right before its verb of telling ("on Wednesday had announced that…").
    const raised = 'The mayor drew fire from rivals on Thursday over remarks about tolls. The campaign on Wednesday had announced that it raised $6.2 million in the spring, and it has $3.9 million in the bank.';
    expect(conflicts(raised, 'The mayor faced criticism from rivals on Thursday over remarks about tolls. The campaign said it raised $6.6 million in the spring, a jump from the winter.').map((r) => r.difference.label)).toEqual(['USD: $6.2 million / $6.6 million']);
    // …nor the day figures were released ("according to figures released Friday").
    expect(conflicts('Employers added 187,000 jobs in February, the harbour board reported on Friday. The board meets on March 17.', 'Employers added 178,000 jobs in February, according to figures released Friday by the harbour board. The board meets on March 17.').length).toBe(1);
    // A day of what is counted still sets two figures apart.
    expect(conflicts(rain, 'As much as 6 inches of rain fell on the harbour on Tuesday, officials said.')).toEqual([]);
  });

  it('sets no figure of a sentence led by another year against the story\'s, nor counts it as a rival of the story\'s figure', () => {
    const wire = 'The board voted on Tuesday to raise the ferry fare by 4.2 percent. In 2019, the board approved a 6.1 percent increase.';
    expect(conflicts('The board voted on Tuesday to approve a 3.8 percent fare increase.', wire).map((r) => r.difference.label)).toEqual([]);
    // Against a figure told of a past year too, it is a side.
    expect(conflicts('The board approved a 5.5 percent increase three years ago.', wire).map((r) => r.difference.label)).toEqual(['percent: 5.5 percent / 6.1 percent']);
    // A sentence led by an earlier month of the year tells that month's event (articles of March 15).
    const attack = 'A drone attack on the harbour town of Velm killed 14 people early Sunday, officials said.';
    const strikes = 'At least 17 people were killed when drones slammed into a harbour town near the border overnight, officials said.\n\nIn January, a strike on an apartment block in the town of Osk killed 11 people.';
    expect(conflicts(attack, strikes).map((r) => r.difference.label)).toEqual(['person: 14 / 17 people']);
    expect(conflicts(attack, strikes.replace('In January', 'In March')).map((r) => r.difference.label)).toEqual(['person: 14 / 11 people']);
  });

  it('lists, not shows, a count of a named group against a count of the whole', () => {
    const merged = 'Two ferry lines agreed to merge on Monday. The merged company will run about 90 boats, with approximately 5,200 employees.';
    const shown = (other: string) =>
      conflicts(merged, `Two ferry lines agreed to merge on Monday. Combined, the two lines would run around 90 boats and employ about 6,100 people. ${other}`).map((r) => [r.difference.label, r.substance > 0]);
    expect(shown('A union represents about 4,100 Harbor Line employees.')).toEqual([['worker: 5,200 employees / 4,100 Harbor Line employees', false]]);
    expect(shown('A union says the merged firm has about 4,100 employees.')).toEqual([['worker: 5,200 employees / 4,100 employees', true]]);
  });

  it('lists, not shows, the one count each outlet gives of a thing when they are two or three times apart', () => {
    const shown = (beds: string) =>
      conflicts('Lakeside, a 410-bed hospital, opened its new wing in May.', `The new wing opened in May with ${beds} beds and four operating rooms.`).map((r) => r.substance > 0);
    expect(shown('150')).toEqual([false]);
    expect(shown('350')).toEqual([true]);
  });

  it('does not take a count told in a sentence led by another year for the same count told of no other year', () => {
    const won = 'In 2018, under the old map, the Civic Party won 111 seats in the assembly.';
    expect(paired(won, 'The Civic Party now holds 111 seats in the assembly after a special election.')).toEqual([]);
    expect(paired(won, 'The Civic Party won 111 seats in the assembly in 2018.')).toEqual([['111 seats', '111 seats']]);
  });

  it("does not take a past year's figure, nor an average against a limit, for one figure of the same value", () => {
    const fare = 'The average fare on the harbour ferry was 4.12% higher last week.';
    expect(paired(fare, 'For commuters, the fare rise reached 7.9 percent, up from 4.1 percent a year earlier.')).toEqual([]);
    expect(paired(fare, 'Fares on the harbour ferry were 4.1 percent higher last week.')).toEqual([['4.12%', '4.1 percent']]);
    const deposit = 'The reform lowers the maximum deposit from roughly £1,500 to about £900.';
    expect(paired(deposit, 'The average deposit held in the region is nearly £1,500.')).toEqual([]);
    expect(paired(deposit, 'Today the maximum deposit is about £1,500 for most tenants.')).toEqual([['£1,500', '£1,500']]);
  });

  it('compares two sums told by one word for what they are, a verb before or a noun after, in sentences otherwise unlike', () => {
    const raised = 'The harbour levy passed on Tuesday. The coalition backing the levy raised about $17 million, much of it in small gifts from fishing families.';
    const sums = (other: string) => conflicts(raised, `The harbour levy passed on Tuesday. ${other}`).map((r) => r.difference.label);
    expect(sums('The union-backed coalition that ran the yes campaign reported raising $21 million, a sum that included large checks.')).toEqual(['USD: $17 million / $21 million']);
    expect(sums('The union-backed coalition that ran the yes campaign spent $21 million, a sum that included large checks.')).toEqual([]);
    // Two verbs outlets use for one deed: a budget "passed" by one is the budget another says was "approved".
    const passed = 'The council on Monday passed a $61.4 million budget for the harbour district.';
    expect(conflicts(passed, 'Council members approved a $60.9 million spending plan on Monday, the clerk said.').map((r) => r.difference.label)).toEqual(['USD: $61.4 million / $60.9 million']);
    // An irregular past tense is its verb: "agreed to pay" and "paid" tell one payment, whatever follows the sum.
    const settled = 'The carrier settled with its pilots on Monday. The carrier agreed to pay $3.6 million to end a federal inquiry in 2019.';
    expect(conflicts(settled, 'The carrier settled with its pilots on Monday. The firm paid $3.4 million in 2019 to close an inquiry by regulators.').map((r) => r.difference.label)).toEqual(['USD: $3.6 million / $3.4 million']);
    const fined = 'A blast hit the Orrin Street plant on Tuesday. In 2021 the company was fined $14,000 by the state over untested valves.';
    expect(conflicts(fined, 'A blast hit the Orrin Street plant on Tuesday. The firm paid a $12,500 fine three years ago over paperwork.').map((r) => r.difference.label)).toEqual(['USD: $14,000 / $12,500']);
    expect(conflicts(fined, 'A blast hit the Orrin Street plant on Tuesday. The firm paid a $12,500 bonus three years ago to its managers.')).toEqual([]);
    // The verb before whom it was done to: "fined it $14,000", "fined Orrin Metals $14,000".
    const finedIt = 'A blast hit the Orrin Street plant on Tuesday. After a hearing the state board fined it $14,000 over untested valves.';
    expect(conflicts(finedIt, 'A blast hit the Orrin Street plant on Tuesday. The firm paid a $12,500 fine three years ago over paperwork.').map((r) => r.difference.label)).toEqual(['USD: $14,000 / $12,500']);
    // A share named by the noun after it: "a 2 percent fee" / "a 3% fee"; not a share of another noun.
    const fee = 'Ferry crews ended their strike on Monday. The new deal sets a 2 percent fee on cargo.';
    expect(conflicts(fee, 'Crews went back to the ferries on Monday under a pact with a 3% fee for shippers.').map((r) => r.difference.label)).toEqual(['percent: 2 percent / 3%']);
    expect(conflicts(fee, 'Crews went back to the ferries on Monday under a pact with a 3% rebate for shippers.')).toEqual([]);
    // A bare change ("a 3% increase") says nothing of what rose.
    const rise = 'The harbour had a busy summer. Port officials counted 21,400 ferry crossings in July, a 12% increase over June.';
    expect(conflicts(rise, 'The harbour had a busy summer. Boat arrivals reached 9,860, a 13 percent increase over June, the pilots said.').filter((r) => r.substance > 0)).toEqual([]);
  });

  it('does not take the day of another thing named in the sentence ("a March 3 deadline") for the day of the figure', () => {
    const vote = (b: string) => conflicts('The council voted on Thursday to censure the harbour master. The motion passed 9 to 4.', `The council on Thursday voted to censure the harbour master. ${b}`);
    expect(vote('The 8-5 vote came after he missed a March 3 deadline to hand over his logs.').length).toBe(1);
    // A day the vote itself is told on is the vote's.
    expect(vote('The March 3 vote was 8-5.')).toEqual([]);
  });

  it('sets a total against another outlet’s total though the first outlet gives its parts in the same sentence', () => {
    const found = conflicts(
      'Mayor Ida Brandt announced a $45 million harbour fund on Friday, with $30 million for piers and $15 million for ferries.',
      'Mayor Ida Brandt announced a $40 million harbour fund on Friday.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$45 million', '$40 million']]);
  });

  it('does not take an amount per day or year for the one count of a day, nor let it stand in for a rival count', () => {
    const canceled = 'Gull Air grounded all of its planes on Monday after a runway crash.\n\nThe airline canceled 410 flights on Monday. It hopes to fly its full schedule of about 430 daily flights by Friday.';
    const found = differences(canceled, 'Gull Air pulled its planes from service Monday following the crash.\n\nThe grounding wiped out 440 flights on Monday.');
    expect(found.filter((d) => d.status === 'conflict').map((d) => d.values.map((v) => v.text))).toEqual([['410 flights', '440 flights']]);
    expect(found.filter((d) => d.status === 'consensus')).toEqual([]);
  });

  it('compares jobs a closure will cost with the workers who will lose their jobs, a figure to come either way', () => {
    const cost = 'Harlow Mills will close its river plant in the fall.\n\nThe closure will cost 640 jobs.';
    const lose = (text: string) => differences(cost, `Harlow Mills is shutting its river plant.\n\n${text}`).filter((d) => d.status === 'conflict').map((d) => d.values.map((v) => v.text));
    expect(lose('At the plant, 720 workers will lose their jobs.')).toEqual([['640 jobs', '720 workers']]);
    expect(lose('At the plant, 720 jobs will be cut.')).toEqual([['640 jobs', '720 jobs']]);
    expect(lose('At the plant, 720 workers signed a letter.')).toEqual([]);
  });

  it('compares what one outlet says must be paid with what another says would need to be paid', () => {
    const must = 'The audit came out on Monday. It found the town must pay $4.2 million next year to keep the ferry running.';
    expect(conflicts(must, 'The audit came out on Monday. The town would need to pay $4.6 million next year to keep the ferry running, it said.').map((r) => r.difference.label)).toEqual(['USD: $4.2 million / $4.6 million']);
  });

  it('compares two spans told with one verb, though further apart than two writings of one figure', () => {
    const lasted = 'A quake shook the island on Sunday. Residents said the shaking lasted about 45 seconds.';
    const spans = (other: string) => conflicts(lasted, `A quake shook the island on Sunday. ${other}`).map((r) => r.difference.label);
    expect(spans('The first jolt lasted just over 15 seconds, a seismologist said.')).toEqual(['second: 45 seconds / 15 seconds']);
    expect(spans('The first jolt came 15 seconds after the alarm, a seismologist said.')).toEqual([]);
    // "for" between the verb and a span.
    const waited = 'A ferry ran aground on Sunday. The passengers waited for about 9 hours on deck.';
    expect(conflicts(waited, 'A ferry ran aground on Sunday, and its 80 passengers were rescued after waiting 12 hours.').map((r) => r.difference.values.map((v) => v.text))).toEqual([['9 hours', '12 hours']]);
  });

  it('does not flag equivalent writings: words and digits, rounding, "N other"', () => {
    const found = differences(
      'Biden will join 30 NATO leaders. Twenty-one of the members agree. The bill adds $13.6 billion.',
      'Zelensky will address Biden and the 29 other NATO leaders. 21 members agree. The bill adds $13.56 billion.',
    );
    expect(found.every((d) => d.status === 'consensus')).toBe(true);
    expect(found).toHaveLength(3);
  });

  it('does not take a figure beyond the bound another gives for a writing of it ("nearly $1 million" / "$1.2 million")', () => {
    const found = differences('An audit found the ferry repairs cost the port nearly $1 million.', 'The audit found the ferry repairs had cost the port $1.2 million.');
    expect(found.filter((d) => d.kind === 'number' && d.status === 'consensus' && d.values.length === 2 && !d.values.some((v) => v.inOtherWords))).toEqual([]);
  });

  it('sets the first count each article gives of those one fate befell, told "of them" or "of the detained workers"', () => {
    const shown = ranked('Police detained 146 dockworkers at the pier on Tuesday. Thirty-two of them were released that night.', 'Police detained 146 dockworkers at the pier on Tuesday. The port said 41 of the detained workers were later released.').filter(
      (r) => r.difference.status === 'conflict' && r.substance > 0,
    );
    expect(shown.map((r) => r.difference.values.map((v) => v.text).sort())).toEqual([['41', 'Thirty-two']]);
  });

  it('shows both shares of a race two outlets each give differently in one sentence ("had 50.6 percent … to 48.9 percent for")', () => {
    const shown = ranked('With all precincts reporting, Ms. Orr had 50.6 percent of the vote to 48.9 percent for Mr. Tull.', 'Ms. Orr finished with 50.4 percent of the vote to 49.1 percent for Mr. Tull.').filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text)).sort()).toEqual([
      ['48.9 percent', '49.1 percent'],
      ['50.6 percent', '50.4 percent'],
    ]);
  });

  it('does not put a tally only some give before the reader when a silent outlet counts one side of the vote otherwise', () => {
    const shown = ranked(
      'The council confirmed Ida Roe as harbour master on Wednesday. The vote was 13 to 7.',
      'The council confirmed Ida Roe as harbour master on Wednesday. The vote was 13-7 along party lines.',
      'The council confirmed Ida Roe as harbour master on Wednesday. Every Harbour Party member backed her, and eight Civic members voted no.',
    ).filter((r) => r.difference.kind === 'number' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).not.toContainEqual(['13 to 7', '13-7']);
  });

  it('sets a toll against the death toll told after a long phrase of what it is from', () => {
    const shown = ranked(
      'Two days after a gunman opened fire inside a crowded ferry terminal in Dunmore, killing 8 people and wounding 12 others, Senator Ruth Aldane introduced a bill on Monday.',
      'The death toll from the shooting at the crowded downtown ferry terminal in Dunmore rose to 9 on Monday, officials said. Sen. Ruth Aldane introduced a bill on Monday.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['8 people', '9']]);
  });

  it('sets the toll a finding raised to its figure against the other outlet\'s count of the dead', () => {
    const shown = ranked(
      'Divers found more victims on Friday, bringing the death toll from the collapse of the Arlen footbridge to 23, the coast guard said.',
      'At least 27 people died when the Arlen footbridge collapsed into the river, the coast guard said on Friday.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['23', '27 people']]);
  });

  it('shows the one sum of its size each article gives, told by one verb, pledged or costed, further apart than a few percent ("spent about $310,000" / "spent $410,000")', () => {
    const shown = ranked(
      'The harbour group raised and spent about $310,000, according to state filings, including $75,000 from a boat-owners fund.',
      'The group behind the recall, Harbour Parents United, spent $410,000, much of it from a boat-owners fund.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$310,000', '$410,000']]);
    // A sum pledged, however its tense tells it.
    const pledged = ranked('The port will contribute $62 million through ferry-fee bonds.', 'The deal commits $75 million from the port toward the new terminal.').filter(
      (r) => r.difference.status === 'conflict' && r.substance > 0,
    );
    expect(pledged.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$62 million', '$75 million']]);
    // …and the one cost each gives, an estimate of work too.
    const costed = ranked('Drivers face a long detour. Repairs to the ferry ramp will cost about $31 million, the port said.', 'Drivers face a long detour while crews make repairs to the ferry ramp estimated at $44 million.').filter(
      (r) => r.difference.status === 'conflict' && r.substance > 0,
    );
    expect(costed.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$31 million', '$44 million']]);
  });

  it('compares two sums of one thing where one is told as what might have been ("would have given"), not as to come', () => {
    const found = conflicts(
      'The harbour board failed on Monday to pass the budget. The fight is over a $40 million ferry fare cut that members made their priority.',
      'The harbour board failed on Monday to pass a budget that would have given a $52 million fare cut aimed at commuters.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$40 million', '$52 million']]);
  });

  it('compares two counts told as parts of one whole, however far apart ("two of the seven stands" / "five of its seven stands")', () => {
    const found = conflicts('Only two of the nine ferry berths were open on Sunday, port records show.', "Just seven of the harbour's nine ferry berths took boats on Sunday, the port said.");
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['two', 'seven']]);
  });

  it('shows two measures of one named thing ("the 6.2-mile Cobalt Ridge Trail" / "the 7.4-mile Cobalt Ridge Trail")', () => {
    const shown = ranked('The 3.1-mile Heron Point Loop, which skirts the marsh, was closed on Friday.', 'The 4.6-mile Heron Point Loop is one of the steepest walks in the park.').filter(
      (r) => r.difference.status === 'conflict' && r.substance > 0,
    );
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['3.1-mile', '4.6-mile']]);
  });

  it('compares the one count of people aboard each article gives, whatever noun names them ("carrying 47 passengers" / "49 people were aboard")', () => {
    const found = conflicts('A ferry carrying 47 passengers ran aground off the point early Sunday.', 'Forty-nine people were aboard the ferry that ran aground off the point on Sunday.');
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['47 passengers', 'Forty-nine people']]);
    // Those aboard counted in parts make up the whole another gives.
    expect(conflicts('A ferry carrying 47 passengers and two crew members ran aground off the point early Sunday.', 'Forty-nine people were aboard the ferry that ran aground off the point on Sunday.')).toEqual([]);
  });

  it('shows the one figure each article names as one thing by the noun before it ("a margin of 212 votes" / "a margin of 221 votes")', () => {
    const shown = ranked(
      'Okafor won the harbour board recount. Her margin of 212 votes was wider than the 90-vote lead she held on election night.',
      'Okafor won the harbour board recount by a margin of 221 votes, the county clerk said.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['212 votes', '221 votes']]);
    // The noun may name it with a verb between: "Turnout was 44 percent" / "put turnout at 49 percent".
    expect(shownLabels(
      'Okafor won 55.2 percent of the vote to Lind’s 40.3 percent, according to final unofficial results, a margin of 9,100 votes. Turnout was 44 percent, the highest for a board contest since 2014.',
      'Okafor took 55.2% of ballots cast, against 40.3% for Lind. Pia Marr finished a distant third with 4.5%. Turnout stood at 44%.',
      'Okafor secured slightly more than 55 percent of the vote in Sunday’s poll, comfortably ahead of Lind, who received about 40 percent. Officials put turnout at 49 percent.',
    ).some((label) => /44 percent/.test(label) && /49 percent/.test(label))).toBe(true);
    // …and so is a company's revenue, however the sentence tells it.
    expect(shownLabels(
      'Harrow Marine said it would cut about 900 jobs. Revenue fell 12% to $2.2 billion from a year earlier, and the company posted a net loss of $80 million.',
      'Harrow Marine reported revenue of $2.6 billion for the three months ended June 30, down from $2.9 billion a year earlier. Its shares fell 7 percent.',
    ).some((label) => /\$2\.2 billion/.test(label) && /\$2\.6 billion/.test(label))).toBe(true);
  });

  it('does not put before the reader a count of those one fate befell only some give, where a silent outlet gives another count of it', () => {
    const shown = ranked(
      'Storm Nola struck the harbour towns on Tuesday. About 90,000 residents had evacuated the coastal towns ahead of the storm, officials said.',
      'Storm Nola slammed into the harbour towns on Tuesday. More than 140,000 people fled the coast ahead of the storm, jamming roads inland.',
      'Storm Nola tore through the harbour towns on Tuesday, driving an estimated 90,000 residents from their homes.',
    ).filter((r) => r.difference.kind === 'number' && r.difference.status === 'partial' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([]);
  });

  it('does not take two outlets\' points of different things for one figure', () => {
    const found = differences(
      'Ines Calloway won the district by 1,820 votes. Her predecessor won it by 12 points in 2014. Turnout was 61 percent.',
      'Ines Calloway won by 1,820 votes. Turnout reached 61%, up 9 points from four years earlier.',
    );
    expect(found.filter((d) => d.status === 'conflict')).toEqual([]);
  });

  it('reports different values for the same thing as a conflict', () => {
    const found = differences(
      'The president will take 19 executive actions on guns without Congress.',
      'The president will take 23 executive actions on guns without Congress.',
    );
    expect(found).toEqual([expect.objectContaining({ status: 'conflict', missingFrom: [] })]);
    expect(found[0].values.map((v) => v.text)).toEqual(['19 executive actions', '23 executive actions']);
  });

  it('compares tallies exactly: the same vote counted one apart is a conflict', () => {
    const [tally] = differences('The council passed the harbour plan in a 9-4 vote on Monday.', 'The council passed the harbour plan in a 9-5 vote on Monday.');
    expect(tally).toMatchObject({ kind: 'number', status: 'conflict' });
    const [same] = differences('The council passed the harbour plan in a 9-4 vote.', 'The council voted 9 to 4 to pass the harbour plan.');
    expect(same.status).toBe('consensus');
    // Who voted which way, told after the tally, is no part of a larger whole the tally makes up with it.
    const [told] = differences('The council passed the harbour plan 9-4 on Monday, with every Labour member and one Green member voting no.', 'The council passed the harbour plan 9-5 on Monday.');
    expect(told).toMatchObject({ kind: 'number', status: 'conflict' });
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

  it('takes a share rounded to its point for the same share only where the two say it of the same thing', () => {
    expect(paired('Some 6.4 percent of riders on the new ferry were late, against 9.3 percent of those on the old one.', 'Seasickness hit 9% of riders on the new ferry.')).toEqual([]);
    expect(paired('Some 6.4 percent of riders on the new ferry were late, against 9.3 percent of those on the old one.', 'About 9% of riders on the old ferry were late, the operator said.')).toEqual([['9.3 percent', '9%']]);
  });

  it('takes a round figure for a precise one close to it, but not a figure 6% away', () => {
    expect(differences('The watch cost $43,000, the filing said.', 'The watch cost $43,350, the filing said.').map((d) => d.status)).toEqual(['consensus']);
    expect(differences('The death toll rose to 600, officials said.', 'The death toll rose to 640, officials said.').map((d) => d.status)).toEqual(['conflict']);
  });

  it('keeps an approximate figure a few percent from a precise one listed as a conflict, not put before the reader', () => {
    const found = ranked('The couple earned roughly $263 million from book sales over the decade.', 'The couple earned $259 million from book sales over the decade.');
    const conflict = found.find((r) => r.difference.status === 'conflict');
    expect(conflict?.substance).toBe(0);
    // An estimate to a fine digit reaches a few of that digit: "roughly $187,000" is no writing of "$178,000".
    const spent = ranked('The senator is accused of spending roughly $187,000 in campaign funds on personal expenses.', 'The senator is accused of spending $178,000 in campaign funds on personal expenses.');
    expect(spent.find((r) => r.difference.status === 'conflict')?.substance).toBeGreaterThan(0);
  });

  it('takes a verb in any of its forms for one verb ("costs" / "costing")', () => {
    const found = ranked(
      'The harbour board met on Monday. The new ferry costs $12 million, the board said.',
      'The harbour board met on Monday. Members backed a plan for a ferry costing $14 million, with delivery next spring.',
    ).filter((r) => r.difference.kind === 'number');
    expect(found.map((r) => r.difference.status)).toEqual(['conflict']);
  });

  it('sets the one sum of its size each article gives against the other, listed, and calls neither outlet silent about it', () => {
    const found = ranked(
      'The auditor opened a review of Mayor Ida Brandt on Monday.\n\nHer office paid at least $41,000 for trips that looked private, the audit found.',
      'The auditor is reviewing Mayor Ida Brandt, her office said Monday.\n\nThe audit lists $47,000 in doubtful travel costs charged to the city.',
    ).filter((r) => r.difference.kind === 'number');
    expect(found.map((r) => [r.difference.status, r.substance])).toEqual([['conflict', 0]]);
  });

  it('does not put a sum only some give before the reader where a silent outlet gives its one sum of that size with another verb', () => {
    const found = ranked(
      'Storm Ivo has killed at least 14 people in Marlow.\n\nThe State Relief Agency said it had committed $12 million in initial assistance, including money for debris removal, temporary housing and emergency repairs.',
      'Storm Ivo has killed at least 14 people in Marlow.\n\nState Relief Agency Administrator Rob Hale traveled to Port Dane on Wednesday.\n\nSRA has released $15 million in emergency aid so far, Hale said, and has moved generators, water and meals into staging areas.',
      'Storm Ivo has killed at least 19 people in Marlow.\n\nGovernor Ida Moss said Wednesday that the state would stand with Marlow "100 percent." SRA says it has so far committed $12 million in assistance, a figure advocates called a drop in the bucket given the scale of the damage.\n\n"Twelve million dollars won\'t rebuild one town, let alone a whole coast," said Ana Ruiz, an organizer with a local group.',
    ).filter((r) => r.difference.status === 'partial' && r.difference.values.some((v) => v.text === '$12 million'));
    expect(found.map((r) => [r.difference.missingFrom, r.substance])).toEqual([[['a1'], 0]]);
  });

  it('sets counts of people named by two nouns against each other where one verb tells what was done to them', () => {
    const labels = (other: string) => conflicts('Border agents apprehended 9,214 people in the valley in March, officials said.', other).map((r) => r.difference.values.map((v) => v.text));
    expect(labels('Border agents apprehended 9,930 migrants in the valley in March, officials said.')).toEqual([['9,214 people', '9,930 migrants']]);
    // Other verbs: two things done, maybe to two groups.
    expect(labels('Border agents turned back 9,930 migrants in the valley in March, officials said.')).toEqual([]);
  });

  it('does not set a span ahead of now ("in the next two decades") against how long something takes ("within about a decade")', () => {
    const lasts = 'Nine nations agreed to curb soot. Because soot leaves the air within about a decade, curbing it can slow warming sooner.';
    expect(shownLabels(lasts, 'Nine nations signed a soot pact. Curbing soot is one of the few ways left to slow warming in the next two decades.')).toEqual([]);
  });

  it('does not set shares of two things against each other ("94 percent of votes" / "turnout was above 95%")', () => {
    const shares = (other: string) => shownLabels('In Lisle, turnout was 97 percent, with 94 percent of votes going to Ms. Varga.', other);
    expect(shares('In more than 300 polling stations, turnout was above 95% and Varga\'s share of the vote was above 90%.')).toEqual([]);
    expect(shares('In Lisle, turnout was 91 percent, officials said.')).toEqual(['percent: 97 percent / 91 percent']);
  });

  it('does not set the counts of two named places a sentence opens on against each other ("At Lund Elementary, 41 …")', () => {
    const sent = (other: string) => conflicts('Flu closed several schools this week. At Lund Elementary, 41 students were sent home.', other).map((r) => r.difference.values.map((v) => v.text));
    expect(sent('Flu closed several schools this week. At Marr Middle School, 63 students were sent home.')).toEqual([]);
    expect(conflicts('Flu closed several schools this week. At Lund Elementary alone, 41 students were sent home.', 'Flu closed several schools this week. At Marr Middle School, 63 students were sent home.')).toEqual([]);
    expect(sent('Flu closed several schools this week. At Lund Elementary, 63 students were sent home.')).toEqual([['41 students', '63 students']]);
  });

  it('sets counts named by two nouns against each other where one verb after them tells what they did', () => {
    const labels = (other: string) => conflicts('About 3,100 members of the ferry union walked off the job on Monday.', other).map((r) => r.difference.values.map((v) => v.text));
    expect(labels('Roughly 3,600 deckhands walked off the job on Monday.')).toEqual([['3,100 members', '3,600 deckhands']]);
    expect(labels('Roughly 3,600 deckhands stayed on the job on Monday.')).toEqual([]);
  });

  it('takes a span from now as to come whatever the tense ("takes effect in 60 days" / "will take effect in 90 days")', () => {
    const found = ranked(
      'The county on Monday adopted a rule on cabin rentals. The rule covers any cabin rented for $90 or more a night. It takes effect in 60 days.',
      'The county on Monday adopted a rule on cabin rentals. The rule, passed on a 5-2 vote, applies to cabins rented for $120 or more a night and will take effect in 90 days.',
    ).filter((r) => r.difference.values.some((v) => v.text.endsWith('days')));
    expect(found.every((r) => r.substance === 0)).toBe(true);
  });

  it('does not set parts of two wholes, or counts of two chambers, against each other', () => {
    const parts = (...texts: string[]) => conflicts(...texts).filter((r) => r.difference.values.some((v) => v.text.startsWith('14')));
    expect(parts('The bill passed the assembly, where Labour holds 14 of the 40 seats.', 'The bill passed the assembly, where the Greens hold 16 of the 22 seats.')).toEqual([]);
    expect(parts('The bill passed the assembly. Labour holds 14 seats in the 40-member House.', 'The bill passed the assembly. In the Senate, the Greens hold 16 seats.')).toEqual([]);
    // Parts of one whole are set against each other.
    expect(parts('The bill passed the assembly, where Labour holds 14 of the 40 seats.', 'The bill passed the assembly, where Labour holds 16 of the 40 seats.').length).toBe(1);
  });

  it('puts a toll before the reader where one outlet bounds the figure another writes exactly, and the third gives another', () => {
    const shown = conflicts(
      'Storm Orla has been blamed for 31 deaths across the coast.',
      'Orla killed at least 31 people, officials said.',
      'The death toll from Orla has climbed to 35, according to state officials.',
    ).filter((r) => r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['31 deaths', '31 people', '35']]);
  });

  it('does not take a round figure in words inside a quotation for an exact one beside a bound that holds the other figure', () => {
    const shown = conflicts(
      'Auditors found that more than 400 mail ballots from the Elm Street precinct were never counted on election night.\n\nThe sheriff’s race in Dorr County is now headed for a recount.',
      'A total of 417 mail ballots from the Elm Street precinct were never counted on election night, auditors said.\n\nThe Dorr County sheriff’s race will now be recounted.',
      'The Dorr County sheriff’s race is headed for a recount after auditors flagged uncounted mail ballots from Elm Street.\n\n“When four hundred ballots sit in a box, voters deserve answers,” said party chair Ada Roe.',
    ).filter((r) => r.substance > 0);
    expect(shown).toEqual([]);
  });

  it("sets the one passing tally each article gives against another's, beside the tally of a vote that failed, and the failing ones too", () => {
    const shown = conflicts(
      'The council approved the harbour budget on Monday. The budget passed 9-4. Earlier, members rejected, 6-7, a motion to delay it.',
      'The council approved the harbour budget on Monday. It cleared the council 8-5. A motion to delay the vote failed, 7 to 6.',
    ).filter((r) => r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['tally: 9-4 / 8-5']);
    // A vote to do something that fell a vote short failed, as one told failing did.
    const short = conflicts(
      'The council took up the harbour levy on Monday. The levy failed, 5 to 4, short of the six votes it needed.',
      'The council took up the harbour levy on Monday. Members voted 6 to 3 to adopt the levy, one vote short of the seven required.',
    ).filter((r) => r.substance > 0);
    expect(short.map((r) => r.difference.label)).toEqual(['tally: 5 to 4 / 6 to 3']);
  });

  it('does not read a span joined to its noun by the verb before it: "serving an 8-year term" is no time served', () => {
    const found = conflicts(
      'Mayor Ida Brenn commuted the term of Otto Vale, a former clerk serving an 8-year prison term for fraud.',
      'Otto Vale left prison on Friday, having served three years of a 6-year prison term, after Mayor Ida Brenn commuted it.',
    ).map((r) => r.difference.label);
    expect(found).not.toContain('year: 8-year / three years');
  });

  it('sets the first count of people released each article gives against the other', () => {
    const found = conflicts(
      'Agents raided the Orlo cannery on Monday. Of the 90 people detained, 22 were released the same day.',
      'Agents detained 90 workers in the Monday raid on the Orlo cannery. 27 of them were released that night.',
    ).map((r) => r.difference.label);
    expect(found).toEqual(['person: 22 / 27']);
  });

  it('compares two sums given to the same recipient over the same span, told by other verbs', () => {
    const found = conflicts(
      'The returns show she and her husband gave $2.3 million to charity during the decade.',
      'The couple donated more than $3.1 million to charities over the ten years, the returns show.',
    ).map((r) => r.difference.label);
    expect(found).toEqual(['USD: $2.3 million / $3.1 million']);
    // Given to another recipient, it is another sum.
    expect(conflicts('The returns show she and her husband gave $2.3 million to charity during the decade.', 'Separately, the couple lent $3.1 million to their son, a rancher.')).toEqual([]);
  });

  it('compares a rate given "over the decade" with the same rate given without it: an average, not a sum of years', () => {
    const found = conflicts(
      'The couple paid an average effective tax rate of 24.2 percent over the decade, the returns show.',
      'The returns show the couple paid an average effective tax rate of 19.8 percent.',
    ).map((r) => r.difference.label);
    expect(found).toEqual(['percent: 24.2 percent / 19.8 percent']);
  });

  it('sets counts of people something befell against each other whatever noun names them', () => {
    const raid = (count: string) => conflicts('Agents detained 212 people on Monday in a raid on a cannery in Orlo.', `Agents detained ${count} in the Monday raid on the Orlo cannery.`);
    expect(raid('188 workers').map((r) => r.difference.label)).toEqual(['person: 212 people / 188 workers']);
    // Counted for another fate, or not people at all, they are other things.
    expect(raid('188 workers, and 40 were later released').map((r) => r.difference.label)).toEqual(['person: 212 people / 188 workers']);
    expect(conflicts('Agents detained 212 people on Monday in a raid on a cannery in Orlo.', 'Agents searched 188 trucks in the Monday raid on the Orlo cannery.')).toEqual([]);
  });

  it('puts before the reader two counts of one noun, one told with more words or as an estimate, when they are further apart than an estimate reaches', () => {
    const substance = (a: string, b: string) => ranked(a, b).find((r) => r.difference.status === 'conflict')?.substance ?? 0;
    const hack = 'A hack of the city payroll office exposed the files of 1.4 million current and former city workers, the auditor said.';
    expect(substance(hack, 'Some 1.1 million city workers had their files taken in the payroll office hack, the auditor told council.')).toBeGreaterThan(0);
    // An estimate near the other figure, or a bound, may be it told loosely.
    expect(substance(hack, 'Some 1.35 million city workers had their files taken in the payroll office hack, the auditor told council.')).toBe(0);
    expect(substance(hack, 'More than 1.3 million city workers had their files taken in the payroll office hack, the auditor told council.')).toBe(0);
    // An estimate to a fine digit reaches a few of that digit: "roughly $712,000" is not "$768,000", though "roughly $766,000" may be.
    const report = 'The 48-page report by Inspector General Ruth Okafor, made public last Thursday, found that Marlow and his aides spent $768,000 on travel that either broke port rules or could not be justified as official business.';
    const faulted = (sum: string) => `The departure follows a report from the port's inspector general, released on March 10, which faulted Marlow for roughly ${sum} in travel costs that it said were not adequately justified under port rules.`;
    expect(substance(report, faulted('$712,000'))).toBeGreaterThan(0);
    expect(substance(report, faulted('$766,000'))).toBe(0);
  });

  it('puts before the reader two bounds no figure meets, and a bound just beyond a bare figure, not one far beyond it', () => {
    const substance = (a: string, b: string) => ranked(a, b).find((r) => r.difference.status === 'conflict')?.substance ?? 0;
    const speech = 'Councillor Ida Brandt held the floor for nearly 9 hours on Monday to delay the vote.';
    expect(substance(speech, 'Councillor Ida Brandt spoke on the council floor for more than 12 hours on Monday against the levy.')).toBeGreaterThan(0);
    expect(substance(speech, 'Councillor Ida Brandt spoke on the council floor for more than 8 hours on Monday against the levy.')).toBe(0);
    expect(substance(speech.replace('nearly 9', '9'), 'Councillor Ida Brandt spoke on the council floor for more than 12 hours on Monday against the levy.')).toBe(0);
    // A bound just beyond a bare figure is the same count told two ways that cannot both hold.
    const exposed = 'The state auditor opened an inquiry into Orrin Mutual, whose systems were breached in an attack that exposed the medical records of 11.2 million people.';
    const bound = (figure: string) => `The state auditor is going after Orrin Mutual after hackers walked off with the private medical files of more than ${figure} people.`;
    expect(substance(exposed, bound('12 million'))).toBeGreaterThan(0);
    expect(substance(exposed, bound('11 million'))).toBe(0);
    // An estimate beside a bound, further apart than an estimate likely reaches; not where it may reach.
    const recall = 'About 1.2 million ferry lifejackets are covered by the recall.';
    expect(substance(recall, 'Nearly 1.9 million ferry lifejackets have been recalled.')).toBeGreaterThan(0);
    expect(substance(recall, 'Nearly 1.3 million ferry lifejackets have been recalled.')).toBe(0);
  });

  it('does not put a bound before the reader as a conflict when it is the other figure rounded, but does when it is further off', () => {
    const substance = (a: string, b: string) => ranked(a, b).find((r) => r.difference.status === 'conflict')?.substance ?? 0;
    expect(substance('The petition was signed by more than 70 mayors across the region.', 'The petition was signed by 74 mayors across the region.')).toBe(0);
    expect(substance('Fares rose by up to 300 euros on the coastal routes this spring.', 'Fares rose by 280 euros on the coastal routes this spring.')).toBe(0);
    expect(substance('The petition was signed by more than 50 mayors across the region.', 'The petition was signed by 74 mayors across the region.')).toBeGreaterThan(0);
    // Two estimates whose likely values meet are one value written loosely twice; ones meeting only at an end are two.
    expect(conflicts('About 4,800 hourly workers at the ferry yard walked off the job.', 'The deal covers roughly 4,760 hourly workers at the ferry yard.')).toEqual([]);
    // One outlet's bound holding the other's figure is that figure written loosely: no conflict, shown or listed.
    expect(conflicts('The mayor spoke to nearly 300 people at the ferry hall.', 'The mayor spoke to 297 people at the ferry hall.')).toEqual([]);
    expect(conflicts('The petition was signed by more than 70 mayors across the region.', 'The petition was signed by 74 mayors across the region.')).toEqual([]);
    expect(conflicts('The mayor spoke to nearly 300 people at the ferry hall.', 'The mayor spoke to 240 people at the ferry hall.')).toHaveLength(1);
    // A bound told after the figure ("or more"); a bound the other rounds a little in its direction ("a million" of "1.2 million").
    expect(substance('Drivers on the detour reported waits of 40 minutes or more on Monday.', 'Drivers on the detour faced waits of up to 45 minutes on Monday.')).toBe(0);
    expect(substance('Volunteers knocked on more than 1.2 million doors across the state.', 'Volunteers knocked on more than a million doors across the state.')).toBe(0);
    // Bounds further apart, or a figure above the other's upper bound, are two figures.
    expect(substance('The ferry line cancelled more than 1,000 sailings over the weekend.', 'The ferry line cancelled at least 1,800 sailings over the weekend.')).toBeGreaterThan(0);
    expect(substance('Drivers on the detour reported waits of 50 minutes or more on Monday.', 'Drivers on the detour faced waits of up to 45 minutes on Monday.')).toBeGreaterThan(0);
  });

  it('does not compare the ages of two people, counts of people with two fates, or a figure inside the other’s range', () => {
    expect(conflicts('Rescuers found Tomas Brek, 34, on the roof of the flooded house.', 'Rescuers found Ilse Brek, 31, on the roof of the flooded house.')).toEqual([]);
    expect(conflicts('A gas blast tore through the block on Thursday, killing 8 people, officials said.', 'A gas blast tore through the block on Thursday, injuring 14 people, officials said.')).toEqual([]);
    // "15 others" wounded are people; "16 wounded" says its own fate, whatever word stands before it ("seven dead and").
    expect(conflicts('The blast at the harbour killed seven people and wounded 15 others on Saturday.', 'The blast at the harbour left seven people dead and 16 wounded on Saturday.').map((r) => r.difference.label)).toEqual(['person: 15 others / 16 wounded']);
    expect(conflicts('The coast guard said two fishermen from the trawler are still missing.', 'The coast guard said three fishermen from the trawler survived.')).toEqual([]);
    // Within one article too: "12 killed" and "a dozen missing" are two counts, each set against its own kind.
    const flood = conflicts('At least 12 people were killed when the levee broke. More than a dozen others are still missing.', 'The death toll from the flood rose to 14. Nine people remain unaccounted for.');
    expect(flood.map((r) => r.difference.values.map((v) => v.text).join(' / ')).sort()).toEqual(['12 people / 14', 'a dozen others / Nine people']);
    // Members who voted for a measure are not those who voted against it; two counts of those for it conflict.
    const forIt = 'The harbour levy passed 31-24, with 9 Greens joining the majority in support.';
    expect(conflicts(forIt, 'The harbour levy passed 31-24 after a long debate. Still, 14 Greens voted no.')).toEqual([]);
    expect(conflicts(forIt, 'The harbour levy passed 31-24, with 11 Greens joining the majority in support.')).toHaveLength(1);
    // A figure to come is not the figure that is.
    expect(conflicts('Harlow Freight has around 21,000 employees.', 'The merged Harlow Freight will have about 27,400 employees.')).toEqual([]);
    // A figure of what already happened, told after what is to come ("will step down after she was hit with…"), is of the past.
    expect(conflicts('Harbour master Ida Lund resigned Tuesday, hours after prosecutors unsealed a 12-count indictment.', 'Harbour master Ida Lund will step down after she was hit with a 15-count indictment.')).toHaveLength(1);
    expect(conflicts('Between 200 and 250 workers walked out at the plant on Monday.', 'About 220 workers walked out at the plant on Monday.').map((r) => r.substance)).toEqual([0]);
    // Two ages for one named person still conflict.
    expect(conflicts('Rescuers found Tomas Brek, 34, on the roof of the flooded house.', 'Rescuers found Tomas Brek, 36, on the roof of the flooded house.')).toHaveLength(1);
    // So do two ages beside one person's name, title or not, whatever the two sentences tell.
    expect(conflicts('The ferry’s captain, Tomas Brek, 61, of Harlow, is among the missing.', 'Captain Tomas Brek, 66, and a deckhand remain missing.')).toHaveLength(1);
    // Put before the reader, whatever else the sentences tell.
    expect(conflicts('Mayor Ida Lund, 58, told supporters on Monday that she would not run again.', 'Lund, 57, said Monday that she is stepping aside after two terms.').map((r) => r.substance > 0)).toEqual([true]);
    // Not from articles that may be years apart, when the person may have aged.
    const undated = compareNumbers([
      analysed('a0', 'Mayor Ida Lund, 58, told supporters that she would not run again.', null),
      analysed('a1', 'Lund, 57, said that she is stepping aside after two terms.', null),
    ]);
    expect(undated.filter((r) => r.difference.status === 'conflict').map((r) => r.substance)).toEqual([0]);
  });

  it('does not date a figure in an aside about someone by the day the rest of the sentence tells of', () => {
    const tenure = conflicts(
      'Coach Ada Brill, a 14-year veteran of the club, was dismissed. Fans plan a protest on Saturday.',
      'Brill, a 12-year veteran of the club, was told of her dismissal on March 9.',
    );
    expect(tenure.map((r) => r.difference.values.map((v) => v.text))).toEqual([['14-year', '12-year']]);
  });

  it('sets the first toll of a kind each article gives against the other’s, whatever its sentence and the day it names', () => {
    const lead = 'Three days after a gas blast tore through the Orrin Street market, killing four people and injuring 22 others, the council on Tuesday ordered every gas line in the district checked.';
    const later = 'Eight people remain in hospital. A 2016 blast at the old depot killed two people.';
    const other = 'Saturday’s explosion at the market left four dead and 27 injured, according to the fire service. The district has 40 miles of gas lines.';
    const found = conflicts(`${lead} ${later}`, other);
    expect(found.map((r) => r.difference.label)).toEqual(['person: 22 others / 27 injured']);
    expect(found[0].substance).toBeGreaterThan(0);
    // A toll dated to another year is another event's.
    expect(conflicts(lead, 'Saturday’s explosion at the market left four dead, the fire service said. A 2016 blast at the old depot injured 25 people.')).toEqual([]);
    // A count whose own passive verb tells its fate ("… and 19 others were injured") is of that fate, not of the clause before it.
    const passive = conflicts('A gas blast tore through the Orrin Street market, killing four people and injuring 22 others.', 'Four people were killed and 19 others were injured when a gas blast hit the Orrin Street market.');
    expect(passive.map((r) => r.difference.values.map((v) => v.text))).toEqual([['22 others', '19 others']]);
  });

  it('puts a toll written in words before the reader when the words give an exact figure, not a small or round one', () => {
    const conflictOf = (count: string, figure: number) =>
      conflicts(`${count} were detained on Sunday as officers cleared the Vessel Road encampment.`, `Police said ${figure} people were taken into custody at the site on Sunday, according to camp organizers.`).map((r) => r.substance > 0);
    expect(conflictOf('Twenty-nine people', 34)).toEqual([true]);
    // "eight people" or "twenty people" may be written loosely: the conflict is listed only.
    expect(conflictOf('Eight people', 11)).toEqual([false]);
    expect(conflictOf('Twenty people', 24)).toEqual([false]);
  });

  it('puts a death toll in words before the reader against another toll ("killed two" / "Three people have died")', () => {
    const toll = (text: string) => shownLabels('State health officials said a listeria outbreak linked to a dairy in Orrin had sickened 30 people and killed two.', text);
    expect(toll('Three people have died after eating soft cheese made at the farm, county officials said.')).toEqual(['person: two / Three people']);
    // Those taken ill are another count than the dead: "sickened 30 people and killed two" does not set 30 against three.
    expect(toll('Three people have died and 30 have fallen ill in the Orrin listeria outbreak, officials said.')).toEqual(['person: two / Three people']);
  });

  it('does not put "more than a dozen" before the reader as a figure against the exact count it keeps, and marks it as other words beside two that conflict', () => {
    const shown = (...texts: string[]) => conflicts(...texts).filter((r) => r.substance > 0);
    const exact = (n: number) => `The audit counted ${n} flights charged to the agency by Deputy Director Ana Pruitt.`;
    const loose = 'The audit lists more than a dozen flights charged to the agency by Deputy Director Ana Pruitt.';
    expect(shown(exact(27), loose)).toEqual([]);
    const [three] = shown(exact(27), exact(21), loose);
    expect(three.difference.values.map((v) => [v.text, v.inOtherWords ?? false])).toEqual([
      ['27 flights', false],
      ['21 flights', false],
      ['a dozen flights', true],
    ]);
  });

  it('marks a bound that may be one side of a conflict, and not the other, as other words, not as a third value', () => {
    const told = (figure: string) => `Volunteers said they had gathered ${figure} signatures to force a vote on the ferry levy.`;
    const [conflict] = conflicts(told('7,250'), told('more than 7,000'), told('6,100'));
    expect(Object.fromEntries(conflict.difference.values.map((v) => [v.text, v.inOtherWords ?? false]))).toEqual({
      '7,250 signatures': false,
      '6,100 signatures': false,
      '7,000 signatures': true,
    });
    expect(conflict.substance).toBeGreaterThan(0);
  });

  it('does not take a time something is to happen within for a span of the same length ("within three years" / "over three years")', () => {
    const within = 'Critics said the harbour reserve would be drained within three years if the ferry tax cut took effect.';
    expect(paired(within, 'The plan would have cut ferry taxes by $40 million over three years, mostly for large operators.')).toEqual([]);
    expect(paired(within, 'Auditors warned the harbour reserve could be drained within three years of the ferry tax cut.')).toEqual([['three years', 'three years']]);
  });

  it('reads the years a sum spans after a thing named between commas ("from the firm, a timber supplier, over five years")', () => {
    const told = 'Filings show the adviser was paid $2.3 million by Larchmont, a timber supplier, over five years as a consultant.';
    expect(conflictValues('Filings show the adviser received $3.2 million from the company over five years.', told)).toEqual([['$3.2 million', '$2.3 million']]);
    expect(conflictValues('Filings show the adviser received $3.2 million from the company last year.', told)).toEqual([]);
  });

  it('sets two figures named by one noun in sentences much alike against each other, though further apart than two counts of one thing', () => {
    const donation = 'The filing says the fund received a $1.6 million donation in May from Orla Benn, a grain trader and old friend of the mayor, and that its treasurer once worked for him.';
    expect(shownLabels(donation, 'Critics point to a $700,000 donation that Orla Benn, a grain trader, made to the fund in May.')).toHaveLength(1);
    // Another noun names the other sum: the same trader's loan is another thing.
    expect(shownLabels(donation, 'Critics point to a $700,000 loan that Orla Benn, a grain trader, made to the fund in May.')).toEqual([]);
  });

  it('sets the one tariff rate each outlet gives against the other, whatever day its sentence tells', () => {
    const found = compareNumbers([
      analysed('a0', 'Prime Minister Ada Voss on Thursday slapped 20 percent tariffs on goods from Osland, keeping a campaign promise to get tough on what she calls unfair trade.', '2026-12-03'),
      analysed('a1', "Prime Minister Voss's decision to impose 30% tariffs on goods from Osland drew stark warnings Friday from retailers, builders and opposition members.", '2026-12-04'),
    ]);
    expect(found.filter((r) => r.difference.status === 'conflict' && r.substance > 0).map((r) => r.difference.values.map((v) => v.text))).toEqual([['20 percent', '30%']]);
  });

  it('shows the one count of a thing each outlet gives, told with the same verb, as a conflict however far apart', () => {
    const trades = (other: string) =>
      shownLabels('The harbour board on Monday formally censured broker Ida Marsh for failing to report 38 share trades on time, concluding that she broke its rules over two years.', other);
    expect(trades('The board unanimously rebuked Marsh on Monday for failing to report more than 110 trades, a rare public reprimand that may hurt her firm.')).toHaveLength(1);
    // Told with another verb, the other count may be of other trades.
    expect(trades('The board unanimously rebuked Marsh on Monday; she has made more than 110 trades since May, a pace that may hurt her firm.')).toEqual([]);
  });

  it('takes a toll since revised ("initially said three …, but the toll rose to four") as the revised one', () => {
    const [conflict] = conflicts(
      'A ferry capsized off Port Ellery on Monday. Officials initially said three people had died, but the toll rose to four on Tuesday.',
      'A ferry capsized off Port Ellery on Monday, killing three people.',
      'Four people are dead after a ferry capsized off Port Ellery on Monday.',
    );
    expect(Object.fromEntries(conflict.difference.values.map((v) => [v.articleId, v.normalized]))).toEqual({ a0: '4 person', a1: '3 person', a2: '4 person' });
  });

  it('reads no figure of the story in a sentence about such things in general ("A 30-foot wave can …")', () => {
    const story = 'A storm surge of 12 feet flooded the harbour at Port Ellery on Monday.';
    expect(conflicts(story, 'The surge at Port Ellery reached 14 feet on Monday, the coast guard said.')).toHaveLength(1);
    expect(conflicts(story, 'Harbour walls held at Port Ellery on Monday. A 14-foot surge can flatten a pier, engineers said.')).toEqual([]);
    expect(conflicts(story, 'Harbour walls held at Port Ellery on Monday. "A 14-foot surge can flatten a pier," an engineer said.')).toEqual([]);
  });

  it('does not set the strengths of two past quakes against each other, one of them the date a record runs back to ("the deadliest since 2009, when…")', () => {
    expect(
      conflicts(
        'A magnitude-6.4 quake shook the coast on Monday, killing 12 people. In 2001, a magnitude-8.1 earthquake off the coast killed more than 100 people and destroyed thousands of homes.',
        'A magnitude-6.4 quake shook the coast on Monday, killing 12 people. The quake was the deadliest in the region since 2009, when a magnitude-7.9 earthquake near the port killed about 500 people.',
      ),
    ).toEqual([]);
  });

  it('takes no day a thing is due by ("to report to prison by Jan. 20 and to pay …") for the day of a sum the sentence gives', () => {
    expect(
      conflictValues(
        'A former harbour treasurer was sentenced Thursday to six years in prison. The judge ordered him to pay $2.8 million in restitution.',
        'A former harbour treasurer was sentenced Thursday. The judge ordered him to report to prison by Jan. 20 and to pay $2.3 million in restitution.',
      ),
    ).toEqual([['$2.8 million', '$2.3 million']]);
  });

  it('does not count inches of rain as people: a storm\'s rainfall and its toll are two conflicts, not one tangle of both', () => {
    const found = conflictValues(
      "Floodwaters receded Friday after the storm dumped as much as 12 inches of rain on the coast, killing at least seven people, officials said. The rainfall broke the port's record of 9.6 inches, set in 1999.",
      'The death toll from the storm rose to 10 on Friday, county officials said.',
      'The storm dropped 16 inches of rain on the port, leaving seven people dead, authorities said on Thursday.',
    );
    expect(found.map((values) => values.sort())).toEqual([['12 inches', '16 inches'], ['10', 'seven people', 'seven people']]);
  });

  it('sets the first count of homes destroyed each outlet gives against the other\'s, whatever days their sentences name, not the homes damaged', () => {
    const found = conflictValues(
      'The Ridge Fire spread overnight. Thirty-six homes have been destroyed and another 9 damaged, the county sheriff said at a briefing Monday evening.',
      'At least 45 homes have been destroyed by the Ridge Fire, which broke out Sunday afternoon near Alder Creek, county officials said.',
    );
    expect(found.map((values) => values.sort())).toEqual([['45 homes', 'Thirty-six homes']]);
  });

  it('sets the one count in thousands each outlet gives of those counted alike against the other\'s ("patients" / "people")', () => {
    const found = conflictValues(
      'Hackers stole the personal information of 48,000 customers of Harbour Gas in an attack last month, the utility said Tuesday. Its 500 staff were not affected.',
      'A customer has sued Harbour Gas after the utility said hackers had stolen records belonging to more than 55,000 people. About 500 employees work for the utility.',
    );
    expect(found).toEqual([['48,000 customers', '55,000 people']]);
  });

  it('shows one count whose digits one outlet swapped as a conflict, whatever day or verb each sentence tells ("26 gifts" / "62 gifts")', () => {
    expect(
      shownLabels(
        'A review last month found that the councillor had failed to declare 26 gifts from developers.',
        'The councillor announced on Thursday that she would step down after the newspaper revealed 62 gifts she never declared.',
      ),
    ).toEqual(['gift: 26 gifts / 62 gifts']);
  });

  it('shows the one sum of its size each outlet gives, with its digits swapped, as a conflict ("$5.1 million" / "$1.5 million")', () => {
    expect(
      shownLabels(
        'Her campaign said she raised $5.1 million in the first 24 hours after the launch video.',
        'Her political team said it raised $1.5 million in the first day after she posted a video.',
      ),
    ).toEqual(['USD: $5.1 million / $1.5 million']);
  });

  it('does not read a share and another with its digits swapped as one figure copied wrong ("54%" / "45%")', () => {
    expect(shownLabels('A poll released Monday found 54% of voters approve of the governor.', 'Some 45% of likely voters said last week they would back a recall.')).toEqual([]);
  });

  it('shows the one sum each outlet names by the same words, far apart, as a conflict ("a $1.5 billion maritime security package" / "a $2.5 billion …")', () => {
    expect(
      shownLabels(
        'The final stop will be Manila, where Harmon will unveil a $1.5 billion maritime security package for the Philippines, including patrol vessels, coastal radar and training for its coast guard, a senior administration official said. U.S. goods trade with the three countries totaled about $480 billion last year.',
        'The centerpiece of the trip will be a $2.5 billion maritime security package for the Philippines, which has faced repeated harassment from Chinese coast guard ships, including water cannon attacks on its resupply missions.',
      ),
    ).toEqual(['USD: $1.5 billion / $2.5 billion']);
  });

  it('shows the one sum each outlet names by one name, the shorter name ending the longer, as a conflict ("the $3.8 billion storm aid package" / "the $2.4 billion aid package that …")', () => {
    expect(
      shownLabels(
        'Asked on Sunday whether he would back the $3.8 billion storm aid package now pending in the House, Rep. Ines Calder said he had not decided.',
        'Calder says he supports help for shelter and food but objects to the size of the $3.8 billion aid package, which he says is padded with projects far from the storm.',
        'Calder also questioned the cost of the $2.4 billion aid package that Congress is weighing for the coastal counties.',
      ),
    ).toEqual(['USD: $3.8 billion / $2.4 billion']);
  });

  it('does not show a figure its year follows as a conflict with one told of no year ("riders in 2019")', () => {
    const riders = (year: string) => shownLabels('The ferry line carries about 12,400 riders on a typical weekday, the port said.', `Ridership on the ferry line fell to about 7,900 weekday riders ${year}, the port said.`);
    expect(riders('in 2019')).toEqual([]);
    expect(riders('this month')).toHaveLength(1);
  });

  it('shows two ages of one person named after the age or before "the" ("The 54-year-old pilot, Tomas Brek" / "Brek, the 49-year-old pilot")', () => {
    expect(shownLabels('The pilot, Tomas Brek, 49, of Dunmore, was injured when the ferry hit the pier.', 'The 54-year-old pilot, Tomas Brek, has worked for the ferry line for 22 years.')).toHaveLength(1);
    expect(shownLabels('A judge ordered Brek, 61, to repay the ferry line on Tuesday.', 'Tomas Brek, the 58-year-old former ferry line treasurer, was sentenced on Tuesday.')).toHaveLength(1);
  });

  it('shows the one fine each outlet gives as a conflict ("imposed a $90,000 fine" / "was fined $60,000")', () => {
    expect(shownLabels('The judge also imposed a $90,000 fine on the ferry line and ordered it to repair the pier.', 'The ferry line, which has since repaired the pier, was also fined $60,000 by the judge on Tuesday.')).toEqual(['USD: $90,000 / $60,000']);
    // Two fines in one article are two things fined.
    expect(shownLabels('A $90,000 fine for the ferry line and a $5,000 fine for its captain were imposed on Tuesday.', 'The judge imposed a $60,000 fine on Tuesday as well, the court said.')).toEqual([]);
  });

  it('shows the one time a jury deliberated each outlet gives as a conflict ("after five hours of deliberation" / "deliberated for eight hours")', () => {
    expect(shownLabels('A jury convicted the ferry captain on Friday after five hours of deliberation.', 'Jurors deliberated for eight hours over two days before convicting the captain.')).toHaveLength(1);
    // A span of another thing in words stays listed only.
    expect(shownLabels('The ferry captain was convicted on Friday after a five-week trial.', 'The captain testified for eight hours before the jury convicted him.')).toEqual([]);
  });

  it('shows the rest of one pair of figures, the other of which both give ("58 mph on a curve rated for 45 mph" / "roughly 70 mph")', () => {
    expect(shownLabels('Data from the bridge recorder showed the ferry doing 31 knots as it came into the channel, where the posted limit is 12 knots, according to a port official.', 'Two people familiar with the early findings said the vessel was moving at roughly 25 knots when it entered a channel rated for 12 knots.')).toHaveLength(1);
  });

  it('sets the lead toll against another outlet\'s, not against a past year\'s toll, and takes one toll told loosely for one ("killing three" / "At least three were killed")', () => {
    const shown = ranked(
      'A ferry capsized off Dunmore on Monday, killing three people and injuring 40 others, officials said. The names of the three people killed were not released.',
      'Four people died and dozens were hurt when a ferry capsized off Dunmore on Monday. It was the first deadly accident on the line since 2014, when a ferry struck a pier, killing two people.',
      'At least three people were killed and 40 were injured when the ferry capsized off Dunmore on Monday, the coast guard said.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => `${v.articleId}: ${v.text}`))).toEqual([['a0: three people', 'a2: three people', 'a1: Four people']]);
  });

  it('shows the one final margin each outlet gives as a conflict ("312 votes ahead" / "a 287-vote edge"), not an early count\'s', () => {
    expect(
      shownLabels(
        'The canvass board certified the results on Monday, showing Ruiz finishing 312 votes ahead of Hale in the race for county clerk.',
        'A recount that ended on Monday left Ruiz with a 287-vote edge over Hale, who conceded.',
        'On election night, unofficial returns had Ruiz ahead by 303 votes, enough to trigger a recount.',
      ),
    ).toEqual(['vote: 312 votes / 287-vote edge']);
  });

  it('shows a part told of a whole against the other outlet\'s count of the same thing ("41 of the county\'s 63 precincts" / "won 38 precincts")', () => {
    expect(shownLabels('Ruiz carried 41 of the county\'s 63 precincts, the clerk said on Monday.', 'Ruiz, a former harbour commissioner, won 38 precincts, including every one inside the city.')).toHaveLength(1);
  });

  it('takes a tally in words for exact ("voted 6-3" / "by a vote of seven to two")', () => {
    expect(shownLabels('The harbour board voted 6-3 on Monday night to close the ferry terminal, ending months of debate.', 'After four hours of public comment, the plan to shut the terminal passed seven to two.')).toHaveLength(1);
  });

  it('sets no bail asked for, nor another case\'s, beside the bail set ("asked the judge to set bail at $1 million")', () => {
    expect(
      shownLabels(
        'The judge ordered the captain held on $750,000 bail. A prosecutor had asked the judge to set bail at $1 million. In January, the man charged in an earlier harbour case was jailed on $2 million bail.',
        'The ferry captain was being held on $500,000 bond on Tuesday after his first court appearance.',
      ),
    ).toEqual(['USD: $750,000 / $500,000']);
  });

  it('reads a share\'s state from its noun too ("12 percent contained" / "containment at 20%")', () => {
    expect(shownLabels('The harbour fire had burned 1,200 acres by Monday and was 12 percent contained, the fire district said.', 'Crews reported containment at 20% on Monday as winds eased over the harbour hills.')).toEqual(['percent: 12 percent / 20%']);
  });

  it('takes one toll of one fate named two ways for one value ("wounding four people" / "wounding four victims")', () => {
    const shown = ranked(
      'A gunman opened fire inside a harbour tavern on Saturday night, wounding four people, the police said.',
      'A man was charged on Tuesday after three people were wounded inside a harbour tavern late Saturday.',
      'The man police say opened fire inside a harbour bar early Sunday, wounding four victims, pleaded not guilty on Tuesday.',
    ).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => `${v.articleId}: ${v.text}`))).toEqual([['a0: four people', 'a2: four victims', 'a1: three people']]);
  });

  it('takes no count of vehicles on board for a count of those aboard ("151 people" / "143 people aboard", beside "40 vehicles on board")', () => {
    expect(
      shownLabels(
        'The ferry left Dunmore at 8:20 p.m. with 143 people aboard, according to the company.',
        'At least 11 people died when a ferry carrying 151 people sank in a storm. It crossed to the island with passengers, crew and about 40 vehicles on board.',
      ),
    ).toEqual(['person: 143 people / 151 people']);
  });

  it('shows the one count of a crowd each outlet gives as a conflict ("estimated the crowd at about 5,000" / "a crowd of more than 9,000"; "2,000 people took part")', () => {
    expect(
      shownLabels(
        'Mayor Ida Brandt spoke for forty minutes at the harbour. Local police estimated the crowd at about 5,000 people.',
        'Speaking to about 5,000 people at the harbour, Brandt promised a new ferry terminal.',
        'Before a crowd of more than 9,000 supporters at the harbour, the mayor opened her campaign.',
      ),
    ).toHaveLength(1);
    expect(
      shownLabels(
        'About 2,000 people took part in the march on Saturday, according to the police.',
        'Police estimated the crowd at 3,500 as marchers filled Harbour Street on Saturday.',
      ),
    ).toHaveLength(1);
    // A crowd told by who it is that a speaker rallies or addresses.
    expect(
      shownLabels(
        'Ida Brandt opened her campaign at the old ferry terminal on Sunday, rallying about 900 supporters in the rain.',
        'Ida Brandt opened her campaign on Sunday, addressing roughly 350 people at the old ferry terminal.',
      ),
    ).toHaveLength(1);
  });

  it('shows the margin of error two outlets give a poll differently as a conflict ("plus or minus 3.9 percentage points" / "a 3.9-point margin" / "was 4.6 points")', () => {
    expect(
      conflicts(
        'The Harbour Institute poll of 640 likely voters has a margin of error of plus or minus 3.9 percentage points.',
        'Mayor Ida Brandt leads by five points in the Harbour Institute survey, which has a 3.9-point margin of error.',
        'The survey, taken over four days last week, found Brandt ahead. Its margin of error was 4.6 points.',
      )
        .filter((r) => r.substance > 0)
        .map((r) => r.difference.values.map((v) => v.articleId)),
    ).toEqual([['a0', 'a1', 'a2']]);
  });

  it('shows the one bail and the one crowd each outlet gives as conflicts, though several times apart ("$40,000 bond" / "$150,000 bail"; "About 400 protesters gathered" / "more than 1,500 demonstrators who filled")', () => {
    expect(
      shownLabels('Tomas Reyes pleaded not guilty on Monday and was released on $40,000 bond.', 'Reyes, who pleaded not guilty, was freed after posting $150,000 bail.'),
    ).toHaveLength(1);
    expect(
      shownLabels(
        'About 400 protesters gathered outside City Hall during the vote, holding signs.',
        'Over the objections of more than 1,500 demonstrators who filled the square outside City Hall, the council passed the plan.',
      ),
    ).toHaveLength(1);
    // A bond posted may be a tenth of the bail set: too far apart to be one figure told two ways.
    expect(shownLabels('A judge set bail at $500,000 for Reyes on Monday.', 'Reyes was released after posting a $50,000 bond.')).toEqual([]);
  });

  it('does not set a time since the story\'s day against a gap between two events ("elected eight years ago" / "four years later")', () => {
    expect(
      conflictValues(
        'The 54-year-old Republican, a former county prosecutor, was elected eight years ago after beating Democrat Tom Easley by four points. Since then she has signed the largest income tax cut in state history.',
        'In 2018, she beat Democrat Tom Easley by about four percentage points; four years later she won by nearly 17 points as Ohio moved further to the right. The income tax cuts she signed in 2021 have been popular, but the state now faces a projected $1.1 billion shortfall.',
      ),
    ).toEqual([]);
  });

  it('does not read a share as given per worker for a payment per worker the list goes on to ("raises of 11 percent, a $1,000 payment for each worker")', () => {
    expect(
      shownLabels(
        'The deal gives drivers raises totaling 13 percent over three years, a $1,000 signing bonus and limits on split shifts.',
        'The contract includes wage increases of 11 percent over three years, a one-time $1,000 payment for each worker and new limits on split shifts.',
      ),
    ).toEqual(['percent: 13 percent / 11 percent']);
  });

  it('shows a toll of workers in words as counted, not told loosely ("killing six workers" / "Eight workers have been killed")', () => {
    expect(
      shownLabels(
        'A fire tore through a sawmill in northern Idaho early Monday, killing six workers and injuring a dozen others, officials said. Officials initially said two workers had died, but raised the toll to six by noon.',
        'Six people are dead and 12 others are hurt after a fire at the sawmill early this morning. Officials first reported two deaths.',
        'Eight workers have been killed after a fire ripped through a sawmill in a small Idaho town.',
      ),
    ).toEqual(['worker: six workers / six / Six people / Eight workers']);
  });

  it('does not take one count of times for another deed\'s ("opposing the bonds four times" / "interrupted him four times")', () => {
    const found = differences(
      'Lyle, who chaired the panel from 2016 to 2022, also attacked Ferris for opposing the levee bonds four times.',
      'Levee board candidate Ann Lyle repeatedly refused to say whether she would back a toll on the bridge during the May 3 forum against Ray Ferris, even as the host pressed her four times.',
      'Lyle and Ferris met at a forum on Tuesday.',
    );
    expect(found.filter((d) => d.label.startsWith('time:')).map((d) => d.values.length)).toEqual([1, 1]);
  });

  it('shows the one count aboard each outlet gives as a conflict, a bound beyond the other\'s count too ("carrying 88 passengers" / "packed with at least 120 people")', () => {
    expect(
      shownLabels(
        'At least nine people died after a river boat carrying 88 passengers and crew sank near the town of Kisumu late on Sunday.',
        'The boat had 88 passengers and crew on board when it hit a sandbank around midnight, officials said.',
        'At least nine people have died after an overloaded river boat packed with at least 120 people sank in a storm.',
      ),
    ).toEqual(['passenger: 88 passengers / 120 people']);
  });

  it('shows the one prison term each outlet gives as a conflict, however told ("sentenced … to six years in prison" / "hit with nine years behind bars")', () => {
    expect(
      shownLabels(
        'Ray Dunmore, the founder of a payday lender, was sentenced on Thursday to six years in prison for fraud. Prosecutors had sought 12 years.',
        'Payday lender boss Ray Dunmore will spend 6 years in federal prison for misleading borrowers, a judge ruled Thursday.',
        'Loan shark Ray Dunmore was hit with nine years behind bars Thursday for fleecing borrowers. Prosecutors had pushed for 12 years.',
      ),
    ).toEqual(['year: six years / 6 years / nine years']);
  });

  it('shows a figure of three digits one outlet swapped as a conflict, though each outlet gives other figures of its size ("$427 million" / "$247 million")', () => {
    expect(
      shownLabels(
        'The grocer reported a net loss of $427 million for the quarter. Analysts had expected a loss of $310 million.',
        'The net loss widened to $247 million in the three months through June, and the company set aside $150 million for store closures.',
      ),
    ).toEqual(['USD: $427 million / $247 million']);
  });

  it('shows the bodies recovered as a toll of the dead, in words too ("Six bodies were recovered" / "recovered 11 bodies")', () => {
    expect(
      shownLabels(
        'Six bodies were recovered from the river, including those of two children, the coastguard said on Monday.',
        'Rescuers saved 140 people and recovered 11 bodies after a boat carrying migrants overturned near the island.',
      ),
    ).toEqual(['body: Six bodies / 11 bodies']);
  });

  it('reads a breach\'s count past the records held of them ("exposed the files of 61,000 members" / "affected about 70,000 people")', () => {
    const found = conflictValues(
      'A ransomware attack on Pinecrest Credit Union exposed the files of 61,000 members, the lender said Thursday.',
      'Pinecrest Credit Union said the ransomware attack affected about 70,000 people across three states.',
    );
    expect(found).toEqual([['61,000 members', '70,000 people']]);
  });

  it('does not set one party\'s seats against another\'s ("Republicans hold 10 of the seats" / "Democrats hold five of its 15 seats")', () => {
    expect(
      conflicts(
        'Lawmakers approved a new harbour board map on Wednesday. Under the current map, Republicans hold 10 of the board\'s seats and Democrats hold five.',
        'Lawmakers approved a new harbour board map on Wednesday. Democrats currently hold five of the board\'s 15 seats.',
      ),
    ).toEqual([]);
  });

  it('sets the lead\'s age told by name against one told of the lead alone ("Ms. Roe, 52," / "The 53-year-old grew up…")', () => {
    const lead = 'Ida Roe won the harbour board race on Friday.';
    const named = `${lead} Ms. Roe, 52, will be the first islander to lead the board.`;
    expect(shownLabels(named, `${lead} The 53-year-old grew up in Port Ellery.`)).toHaveLength(1);
    // An age opening a sentence about a thing ("The 53-year-old ferry") is not hers.
    expect(shownLabels(named, `${lead} The 53-year-old ferry will be retired.`)).toEqual([]);
    // …or of the lead unnamed where the age is told, named later: "a 36-year-old man … The man, identified as Tomas Vell".
    const shot = 'A Port Ellery police officer shot and wounded a man who ran at officers with a knife late Tuesday, the department said. Tomas Vell, 34, was taken to St. Anne Hospital with wounds to the leg, police said.';
    const unnamed = (identified: string) => `A Port Ellery officer shot a 36-year-old man Tuesday night after the man lunged at police with a knife, authorities said. The man, ${identified}, was hospitalized at St. Anne Hospital.`;
    expect(shownLabels(shot, unnamed('identified as Tomas Vell'))).toHaveLength(1);
    // A man no sentence names is not the lead.
    expect(shownLabels(shot, unnamed('not yet identified'))).toEqual([]);
  });

  it('shows the one span each article says money is spent over as a conflict ("spend it over five years" / "spent over eight years")', () => {
    const first = 'The council on Friday passed a $40 million harbour plan. The plan would spend the money over five years.';
    expect(shownLabels(first, 'The council passed a $40 million harbour plan Friday. The plan, which would be spent over eight years, rebuilds two piers.')).toHaveLength(1);
    expect(shownLabels('The boatyard agreed to pay $3 million. The money would be paid out over 15 years.', 'The boatyard agreed to pay $3 million. The payout will be spread across 18 years.')).toHaveLength(1);
    // "over eight years" of anything else is more than eight years, and of something else.
    expect(shownLabels(first, 'The council passed a $40 million harbour plan Friday. Two piers have stood empty for over eight years.')).toEqual([]);
  });

  it('shows a bound beyond the other article\'s count where each is its first toll of one fate ("118 were arrested" / "arrested more than 160")', () => {
    const lead = 'The harbour police chief resigned on Friday after a report on the dock strike.';
    const counted = `${lead} Investigators found that 118 people were arrested over the three nights, most for blocking the piers.`;
    const bound = (figure: string) => `${lead} Officers arrested ${figure} people during the strike, according to figures in the report.`;
    expect(shownLabels(counted, bound('more than 160'))).toHaveLength(1);
    // A bound the count meets is no conflict.
    expect(shownLabels(counted, bound('more than 100'))).toEqual([]);
  });

  it('keeps two exact counts in conflict where a third outlet gives an estimate either may be ("about 1,200" beside 1,208 and 1,280)', () => {
    const [conflict] = conflicts(
      'The race for mayor will go to a recount, the county elections board said on Thursday, after county canvasses showed Councillor Ida Roe leading Mayor Tom Vance by just 1,208 votes out of nearly 90,000 cast.',
      'Official canvass results show Roe, the harbour councillor, ahead by 1,280 votes, a margin of about one percentage point. The county elections board ordered the recount to start Saturday. "Count every legal vote," Vance told reporters Thursday.',
      'Mayor Tom Vance is not going quietly. The Republican on Wednesday asked the county elections board for a recount of the race, in which Democrat Ida Roe leads by about 1,200 votes, a move Democrats called desperate.',
    );
    expect(Object.fromEntries(conflict.difference.values.map((v) => [v.text, v.inOtherWords ?? false]))).toEqual({
      '1,208 votes': false,
      '1,280 votes': false,
      '1,200 votes': true,
    });
  });

  it('marks an estimate one side holds ("nearly $9 million" beside "$8.7 million") as other words, not as a third value', () => {
    const told = (figure: string) => `The audit found the harbour trust moved ${figure} out of its restricted funds.`;
    const [conflict] = conflicts(told('$8.7 million'), 'The trust chair quit on Friday over nearly $9 million moved out of restricted funds.', told('$10.2 million'));
    expect(Object.fromEntries(conflict.difference.values.map((v) => [v.text, v.inOtherWords ?? false]))).toEqual({
      '$8.7 million': false,
      '$10.2 million': false,
      '$9 million': true,
    });
  });

  it('puts before the reader two exact sums that conflict though a third outlet bounds one of them ("more than")', () => {
    const told = (figure: string) => `The harbour trust said its appeal had raised ${figure} in the first week after the storm.`;
    const [conflict] = conflicts(told('$4.1 million'), told('more than $4 million'), told('$4.7 million'));
    expect(conflict.substance).toBeGreaterThan(0);
  });

  it('puts before the reader two small counts in words of one told whole ("seven of nine counts" / "six of nine counts")', () => {
    const found = conflicts(
      'The jury found Ivo Marsh guilty on five of eight counts, including bribery.',
      'Jurors convicted Ivo Marsh on four of eight counts following a short trial, finding that he took bribes from shippers.',
    );
    expect(found.map((r) => [r.difference.label, r.substance > 0])).toEqual([['charge: five / four', true]]);
  });

  it('compares two figures of one poll though one outlet dates the poll’s release and the other names another day elsewhere', () => {
    const found = compareNumbers([
      analysed('a', 'Mayor Ida Brandt will seek a third term. A Harbour College poll released last week found that 48 percent of city voters approve of her work.', '2019-04-18'),
      analysed('b', 'Mayor Ida Brandt is running again. A Harbour College poll found that 43 percent of city voters approve of her work. A union endorsed her on Wednesday.', '2019-04-18'),
    ]).filter((r) => r.difference.status === 'conflict');
    expect(found.map((r) => r.difference.label)).toEqual(['percent: 48 percent / 43 percent']);
  });

  it('does not set one part of a list against a whole count', () => {
    const vote = 'The harbour board voted 7-4 on Wednesday to raise the berth levy.';
    const whole = `${vote} The four board members who voted against the levy included Vice Chair Lena Brandt.`;
    expect(conflicts(whole, `${vote} Voting against the levy were Vice Chair Lena Brandt and the two board members named by the council.`)).toEqual([]);
    expect(conflicts(whole, `${vote} The five board members who voted against the levy included Vice Chair Lena Brandt.`)).toHaveLength(1);
  });

  it('does not compare figures of two periods, two winners, two polls, or what was asked for with what was decided', () => {
    expect(conflicts('Annual inflation in Velmar rose to 4.6% in April, the statistics office said.', 'Annual inflation in Velmar was 4.1% in March, the statistics office said.')).toEqual([]);
    expect(conflicts('Ruth Olan won 52% of the vote in the Brisa mayoral race on Sunday.', 'Piet Dorsey won 44% of the vote in the Brisa mayoral race on Sunday.')).toEqual([]);
    // A sum reckoned with overtime is not one reckoned before it.
    expect(conflicts('Ferry crews walked out on Monday.\n\nWith overtime, many deckhands earn more than $88,000 a year, the port said.', 'Ferry crews went on strike Monday.\n\nA senior deckhand earns about $69,000 a year before overtime, the union said.')).toEqual([]);
    // One lead told from either side ("A led B by …" / "B trails A by …") is one margin: a conflict.
    expect(conflicts('Ada Moss led Tom Ray by 2,614 votes on Wednesday in the race for mayor, narrow enough to force a recount.', 'Tom Ray trails Ada Moss by 2,146 votes in the mayor’s race, and both camps are sending lawyers to the county office.').map((r) => r.difference.values.map((v) => v.text))).toEqual([['2,614 votes', '2,146 votes']]);
    expect(conflicts('Ada Moss led Tom Ray by 2,614 votes on Wednesday in the race for mayor.', 'Ada Moss trails Tom Ray by 2,146 votes in the mayor’s race.')).toEqual([]);
    // A group's average is not one household's figure.
    expect(conflicts('In 2024 the Marsh family paid $310,000 in tax, an effective rate of 21.3 percent.', 'That year, households earning over $1 million paid an average effective rate of 24.8%, the Harbour Institute said.').filter((r) => r.substance > 0)).toEqual([]);
    // Two parties' shares of one vote, each named before a noun for its candidates.
    expect(conflicts('Civic candidates received 58 percent of the vote in the 2023 Brisa council races.', 'Harbour Party candidates took 40% of the vote in the 2023 Brisa council races.')).toEqual([]);
    expect(conflicts('Civic candidates received 58 percent of the vote in the 2023 Brisa council races.', 'The Civics took 52% of the vote in the 2023 Brisa council races.')).toHaveLength(1);
    // Sums told for two people ("$760,000 for Ms. Holt and $530,000 for Mr. Ruiz") are theirs: each set against its own.
    const raised = conflicts('Greene raised $1.1 million in the first three months of the year, compared with $760,000 for Ms. Holt and $530,000 for Mr. Ruiz.', 'Greene raised $1.1 million in the first quarter of the year, compared with $490,000 for Holt.');
    expect(raised.map((r) => r.difference.values.map((v) => v.text))).toEqual([['$760,000', '$490,000']]);
    // A short aside between the holder and the verb ("Ms. Moss, a Democrat, had…") keeps the holder.
    expect(conflicts('Ada Moss won the race for mayor. With 94 percent of precincts reporting, Ms. Moss, a Democrat, had 52.4 percent of the vote.', 'Tom Ray conceded the race for mayor to Ada Moss. With 97% of precincts reporting, Moss had 51.8% of the vote.').map((r) => r.difference.label)).toContain('percent: 52.4 percent / 51.8%');
    expect(conflicts('Support for the levy stood at 48% in a Northgate University poll.', 'Support for the levy stood at 44% in a Brightline poll.')).toEqual([]);
    expect(conflicts('The judge sentenced Varga to seven years in prison for the fraud.', 'Prosecutors had asked for 10 years in prison for the fraud.')).toEqual([]);
    // What each outlet says was asked for is one thing, however pressed ("pushed for"), whatever else its sentence tells.
    expect(
      conflicts(
        'A judge sentenced Ivo Varga to 12 years on Friday. Prosecutors had asked for 30 years.',
        'A judge gave Ivo Varga 12 years on Friday. Prosecutors had pushed for a 35-year sentence, citing a partner who got 9 years last year.',
      ).map((r) => r.difference.values.map((v) => v.text)),
    ).toEqual([['30 years', '35-year']]);
    // A term served is the term passed, whatever else the sentence tells ("freed").
    expect(conflicts('The court freed Ivo Varga, who was sentenced to 17 years in prison.', 'The ruling freed Ivo Varga, who was serving a 15-year sentence.')).toHaveLength(1);
    // What a thing takes is not what it got.
    expect(conflicts('The levy cleared the council with just 26 votes, short of the two-thirds needed.', 'An override requires two-thirds of the council, or 30 votes in the 45-member chamber.')).toEqual([]);
    // How far a figure lies from another is not that other figure; a forecast is not what came; a loss is not a gain.
    expect(conflicts('The Lisle River crested on Monday at 24 feet, about 9 feet above flood stage.', 'The Lisle River crested on Monday at 24 feet. Flood stage there is 15 feet.')).toEqual([]);
    expect(conflicts('Ferry traffic peaked at 4,300 cars on Sunday, the port said.', 'Ferry traffic hit a record on Sunday. The port had predicted traffic of 3,900 cars.')).toEqual([]);
    expect(conflicts('The harbour district lost 1,200 jobs last month, the board said.', 'The harbour district added 1,500 jobs in hotels last month, the board said.')).toEqual([]);
    // A cost to come told without its years is as often the sum of years another outlet gives with them.
    const approved = 'The council approved the ferry terminal on Monday.';
    expect(conflicts(`${approved} Analysts estimated that it would cost $46 million over the next decade.`, 'The council approved the ferry terminal on Monday, a project critics warn will cost taxpayers $54 million.')).toHaveLength(1);
    // The day a finding was released is not the day of what it counts.
    const fined = 'The ferry company was fined on Monday.';
    expect(conflicts(`${fined} An audit released last week found 46 ferries that had skipped inspections.`, `${fined} An audit found that more than 60 ferries had skipped inspections.`)).toHaveLength(1);
    // …but the things a change added are its size: "added 2,600 jobs" is what "rose by 2,100 positions" gives.
    expect(conflicts('Ferry operators added 2,600 jobs in the spring.', 'Hiring by ferry operators rose by 2,100 positions in the spring.')).toHaveLength(1);
    // A share right after a verb of change is that change's size, as one after "by" is.
    expect(shownLabels('Ferry fares rose by 12 percent this spring, the port authority said.', 'Ferry fares climbed 9 percent this spring, according to the port authority.')).toHaveLength(1);
    // …and so is one told a change by the noun after it ("a 9 percent increase").
    expect(conflicts('Weekend riders will see a 9 percent increase in fares.', 'Weekend fares will rise by 7 percent.')).toHaveLength(1);
    // A figure of a part ("among voters in the suburbs") is not the whole's.
    expect(conflicts('A Northgate poll found Olan leading Dorsey 47 percent to 44 percent, and ahead by 6 points among voters in the suburbs.', 'The Northgate poll had Olan ahead of Dorsey by 3 points.')).toEqual([]);
    // …but a share "of" a group is a figure "among" that group.
    expect(conflicts('A Northgate poll released Monday found Olan with the support of 9 percent of likely ferry riders.', 'A Northgate poll released Monday put Olan at just 5 percent among likely ferry riders.')).toHaveLength(1);
    // The poll a group is told in, however many words name it, is no part of the group.
    expect(conflicts('Olan stands at 9 percent among likely ferry riders in the most recent Harbour County Daily Star poll.', 'Olan sits at 5 percent among likely ferry riders in the latest Harbour County Daily Star poll.')).toHaveLength(1);
    // The tally of one chamber is not another's.
    expect(conflicts('The levy passed the House 52-47 in March and the Senate 18-15 last month.', 'The levy squeaked through the House by five votes in March and cleared the Senate 18 to 15 in April.', 'The levy passed the House 52-47 in March and the Senate by three votes last month.')).toEqual([]);
    // What two named things moved by: the Harbour 100's fall is not the Calder Average's, even given as ", or 2.1%".
    const markets = 'Shares slid on Friday after the levy vote. The Harbour 100 fell 2.6%, while the Calder Average shed 780 points.';
    expect(conflicts(markets, 'Shares slid on Friday after the levy vote. The Calder Average fell 780 points, or 2.1%.')).toEqual([]);
    // One named thing's two falls are one figure told two ways, though "its worst day since" names two months.
    const harbour = conflicts(markets.replace('The Harbour 100 fell 2.6%', 'The Harbour 100 fell 2.6%, its worst day since October'), 'Shares slid on Friday after the levy vote. The Harbour 100 index closed down 2.3%, its biggest drop since August.');
    expect(harbour.map((r) => r.difference.label)).toEqual(['percent: 2.6% / 2.3%']);
    // …past an aside on the name ("Shares of Lundhive, which went public in 2021, fell 9 percent").
    const listed = 'Shares of Lundhive, which went public in 2021, fell 9 percent on Tuesday, wiping out more than $1 billion in market value.';
    expect(conflicts(listed, 'Shares of Lundhive dropped 11% on Tuesday.').map((r) => r.difference.label)).toEqual(['percent: 9 percent / 11%']);
    // A name with "&" or a lower-case "average" after it names what moved too.
    const gains = conflicts(
      'The bank held its rate on Friday, and shares rose.\n\nThe Calder industrial average gained about 90 points, or 0.6 percent.',
      'The bank left its rate alone on Friday.\n\nShares rallied. The Calder Industrial Average rose 90 points, the B&H 40 gained 0.5% and the Harbour 100 added 1.2%.',
    );
    expect(gains.filter((r) => r.substance > 0)).toEqual([]);
  });

  it('does not put two hedged figures whose likely values overlap before the reader as a conflict', () => {
    const substance = (a: string, b: string) => ranked(a, b).find((r) => r.difference.status === 'conflict')?.substance ?? 0;
    expect(substance('More than 7,000 members of the union walked out on Monday.', 'About 7,400 members of the union walked out on Monday.')).toBe(0);
    expect(substance('More than 30 members of the union walked out on Monday.', 'More than 40 members of the union walked out on Monday.')).toBeGreaterThan(0);
    // A hedged count in dozens holds the precise count it likely rounds.
    expect(substance('Fourteen shops were damaged, according to the harbour traders’ group.', 'The harbour traders’ group said more than a dozen shops were damaged.')).toBe(0);
    // Nor a precise figure and a hedged one it likely rounds: "nearly 60" for 56, "under three in four" for 71.2 percent.
    expect(substance('Ferries now sail to Port Lisle, which is 56 miles away.', 'Ferries now sail to Port Lisle, nearly 60 miles away.')).toBe(0);
    expect(substance('Last year 71.2 percent of ferry sailings left on time.', 'Last year under three in four ferry sailings left on time.')).toBe(0);
    expect(substance('Ferries now sail to Port Lisle, which is 51 miles away.', 'Ferries now sail to Port Lisle, nearly 60 miles away.')).toBeGreaterThan(0);
  });

  it('does not set two figures against each other when each article also writes the other one bare', () => {
    expect(
      conflicts(
        'Mayor Olan held a rally on Saturday. Her campaign said more than 15,000 people attended, though the fire marshal put the figure at about 8,200.',
        'Mayor Olan held a rally on Saturday. The fire marshal estimated the crowd at about 8,200 people. The Olan campaign put attendance at more than 15,000.',
      ),
    ).toEqual([]);
  });

  it('does not call two values a conflict when a third outlet gives both', () => {
    expect(
      conflicts(
        'The judge set bail at $500,000 on Monday after prosecutors asked for bail of $1 million.',
        'The judge set bail at $500,000 on Monday in the fraud case.',
        'Prosecutors had asked for bail of $1 million on Monday in the fraud case.',
      ),
    ).toEqual([]);
  });

  it('does not take "six years ago" and "six years in office" for one fact', () => {
    const found = differences('The plant closed six years ago, the mayor said.', 'The mayor said the plant had been closed for six years.');
    expect(found.some((d) => d.status === 'consensus')).toBe(false);
  });

  it('lists a count in words that cannot be the figure another outlet gives for the same predicate as a conflict', () => {
    const often = conflicts('Officials said the suspect had twice been questioned by detectives.', 'The suspect had been questioned by detectives several times, officials said.');
    expect(often.map((r) => r.difference.values.map((v) => v.text))).toEqual([['twice', 'several times']]);
    expect(often[0].substance).toBe(0);
    const many = conflicts('More than 300 tenants were evicted.', 'The county saw dozens of evictions after the ruling.');
    expect(many.map((r) => r.difference.values.map((v) => v.text))).toEqual([['300 tenants', 'dozens of evictions']]);
  });

  it('does not call vague counts a conflict when they may agree or count different things', () => {
    expect(conflicts('Dozens of lawmakers skipped the vote.', 'About 60 lawmakers skipped the vote.')).toEqual([]);
    expect(conflicts('Roughly 700,000 residents were displaced.', 'Hundreds of thousands of residents were displaced.')).toEqual([]);
    expect(conflicts('Dozens of people were injured in the blast.', 'More than 300 people were evacuated.')).toEqual([]);
    expect(conflicts('He was questioned twice by detectives.', 'He was questioned by detectives several times, and he was questioned by detectives twice in May.')).toEqual([]);
  });

  it('does not read a multiple ("twice as many", "three times more") as how often', () => {
    expect(conflicts('The plant produced twice as much steel, officials said.', 'The plant produced steel several times, officials said.')).toEqual([]);
    expect(conflicts('Prices rose three times more than wages, the report said.', 'Prices rose twice, the report said.')).toEqual([]);
  });

  it('shows a conflict of two precise figures written with the same words, each its article’s only one', () => {
    const [sure] = conflicts(
      'Wearing a grey coat, the new governor took the 41-word oath on the steps of the capitol.',
      'Chief Judge Ana Ruiz administered the 44-word oath at noon, capping a long campaign.',
    );
    expect(sure.difference.values.map((v) => v.text)).toEqual(['41-word oath', '44-word oath']);
    expect(sure.substance).toBeGreaterThan(0);
    // The same measure of the same noun, one outlet naming the noun more fully ("the 44-page majority ruling").
    const fuller = conflicts(
      'The harbour court on Tuesday struck down the levy.\n\nIn a 41-page ruling, Judge Ruiz wrote that the levy “breaks every rule of fair taxation,” citing the closing of 9 piers.',
      'The harbour court on Tuesday threw out the levy.\n\nJudge Ana Ruiz, who joined the bench after a bitterly fought 2021 race, wrote the 44-page majority ruling.',
    );
    expect(fuller.map((r) => r.substance > 0)).toEqual([true]);
    const hedged = conflicts(
      'Wearing a grey coat, the new governor took the roughly 41-word oath on the steps of the capitol.',
      'Chief Judge Ana Ruiz administered the 44-word oath at noon, capping a long campaign.',
    );
    expect(hedged.every((r) => r.substance === 0)).toBe(true);
    // A figure a speaker gives as an example is no sure side of a conflict.
    const quoted = conflicts(
      '“But a 20-bed hospital in the hills is not going to find six more nurses,” said Ivo Marsh, a researcher.',
      'Glen Harrow, who runs Tillery Memorial Hospital, said his 25-bed hospital would need 11 more nurses.',
    );
    expect(quoted.every((r) => r.substance === 0)).toBe(true);
  });

  it('shows a conflict of two precise sums a few percent apart, or of the one tally each outlet gives, in loosely retold sentences', () => {
    const [sums] = conflicts(
      'The Harlow council approved a $318.4 million budget on Tuesday, voting 6-5 after a long night of debate that ran past midnight.',
      'After a marathon meeting, the Harlow council on Tuesday adopted a $324.1 million budget with a 7-4 vote that exposed divisions.',
    );
    expect(sums.difference.values.map((v) => v.text)).toEqual(['$318.4 million', '$324.1 million']);
    expect(sums.substance).toBeGreaterThan(0);
    const tally = conflicts(
      'The Harlow council approved a $318.4 million budget on Tuesday, voting 6-5 after a long night of debate that ran past midnight.',
      'After a marathon meeting, the Harlow council on Tuesday adopted a $318.4 million budget with a 7-4 vote that exposed divisions.',
    );
    expect(tally.map((r) => [r.difference.values.map((v) => v.text), r.substance > 0])).toEqual([[['6-5', '7-4'], true]]);
    // The one tally of a chamber each gives, though one article gives the other chamber's too.
    const chambers = conflicts(
      'The Harlow Assembly voted 70-29 on Thursday to override the veto of the ferry levy, and the Senate followed hours later on a 27-12 vote.',
      'The Senate voted 26-13 to override the ferry levy veto, and the Assembly voted 70-29.',
    );
    expect(chambers.map((r) => [r.difference.values.map((v) => v.text), r.substance > 0])).toEqual([[['27-12', '26-13'], true]]);
    // …or names it right after the tally, before "vote" ("a 26-13 Senate vote").
    const before = conflicts(
      'The Harlow Assembly passed the ferry levy 70 to 29 on Thursday, a day after the Senate approved it 27 to 12.',
      'The Harlow Assembly passed the ferry levy Thursday, 70-29, following a 26-13 Senate vote Wednesday.',
    );
    expect(before.map((r) => [r.difference.values.map((v) => v.text), r.substance > 0])).toEqual([[['27 to 12', '26-13'], true]]);
    // A chamber told after its tally ("70-29 in the Assembly") is that tally's, whatever bill name comes before it.
    const named = conflicts(
      'Senate Bill 12, the ferry levy, passed along party lines, 70-29 in the Assembly and 27-12 in the Senate.',
      'The ferry levy, Senate Bill 12, cleared the Assembly 72-27 and the Senate 27-12.',
    );
    expect(named.map((r) => r.difference.values.map((v) => v.text))).toEqual([['70-29', '72-27']]);
    // A body named after "by the" is the tally's too: a council's vote is no court's ruling.
    const court = 'In a 2-1 decision, a state appeals court on Monday halted the town’s ferry levy.\n\nThe levy was adopted last spring.';
    expect(conflicts(court, 'A state appeals court on Monday halted the town’s ferry levy.\n\nThe levy, passed 6 to 3 by the Town Council in April, doubled fares.')).toEqual([]);
    // Told in sentences unlike each other, one article giving both chambers' tallies in one sentence.
    const apart = conflicts(
      'Lawmakers overrode the veto of the ferry levy on Thursday. The Assembly voted 70-29 to override. The Senate followed, voting 26-13, one more than it needed.',
      'The override cleared the Senate 27 to 12 and the Assembly 70 to 29.',
    );
    expect(apart.map((r) => [r.difference.values.map((v) => v.text).sort(), r.substance > 0])).toEqual([[['26-13', '27 to 12'], true]]);
    // Round sums are not precise: "$300 million" and "$320 million" may be one sum given loosely.
    const round = conflicts(
      'The Harlow council approved a $300 million budget on Tuesday, voting 6-5 after a long night of debate that ran past midnight.',
      'After a marathon meeting, the Harlow council on Tuesday adopted a $320 million budget with a 6-5 vote that exposed divisions.',
    );
    expect(round.every((r) => r.substance === 0)).toBe(true);
    // Nor is a sum written to two round digits beside a sum it rounds: "$620 million" may be "$618 million".
    const arena = (sum: string) => conflicts('The council approved a $620 million arena on Wednesday.', `The council approved a ${sum} arena on Wednesday.`).map((r) => r.substance > 0);
    expect(arena('$618 million')).toEqual([false]);
    expect(arena('$608 million')).toEqual([true]);
    // A tally is exact: "51 to 47" is no rounding of "51-48".
    expect(conflicts('The Senate confirmed Lena Hart on Wednesday. The vote was 51 to 47.', 'The Senate confirmed Lena Hart on Wednesday. The final tally was 51-48.').map((r) => r.substance > 0)).toEqual([true]);
  });

  it('does not call one figure written twice a conflict, whatever its surroundings', () => {
    expect(conflicts('The van pushed the kiosk 40 feet across the square.', 'A witness said the kiosk slid a good 40 feet before it stopped.')).toEqual([]);
    expect(conflicts('The rule was copied by 12 other provinces.', 'Since then, 12 other provinces have similar rules.')).toEqual([]);
  });

  it('lists a figure a retold sentence gives differently, and shows it only when the words around the figures agree too', () => {
    const found = ranked(
      'The old river burst its banks across the northern province in 1998, and the floods that followed took the lives of more than 4,000 people.',
      'More than 3,500 people drowned when the old river burst its banks across the northern province during the floods of 1998.',
    ).filter((r) => r.difference.status === 'conflict');
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['4,000 people', '3,500 people']]);
    expect(found[0].substance).toBe(0);
  });

  it('gives one thing that three outlets each give differently as one conflict of three values', () => {
    const found = differences(
      'Officials said 12,000 people were evacuated from the valley.',
      'Officials said 15,000 people were evacuated from the valley.',
      'Officials said 17,000 people were evacuated from the valley.',
    );
    expect(found.map((d) => [d.status, d.values.map((v) => v.text)])).toEqual([['conflict', ['12,000 people', '15,000 people', '17,000 people']]]);
  });

  it('does not take a noun beside a count for the verb of a count of something else, nor two vague counts for a conflict', () => {
    expect(conflicts('The storm flattened seven barns and injured 12 people.', 'The storm left hundreds of people homeless.')).toEqual([]);
    expect(conflicts('Dozens of people were injured in the first storm.', 'Hundreds of people were injured in the storm last year.')).toEqual([]);
  });

  it('lists, never shows, the one count of a specific thing each outlet gives, even far apart', () => {
    const found = ranked(
      'The flood swept through the region, cutting off about 12 hamlets in the hills.',
      'Rescuers reached five hamlets by boat on Monday. The five hamlets had no power.',
    ).filter((r) => r.difference.status === 'conflict');
    expect(found.map((r) => [r.difference.values.map((v) => v.text), r.substance])).toEqual([[['12 hamlets', 'five hamlets'], 0]]);
  });

  it('does not compare counts of a specific thing when an outlet gives two of them, nor when they are too far apart', () => {
    expect(conflicts('The flood cut off 12 hamlets.', 'Five hamlets lost power and three hamlets lost water.')).toEqual([]);
    expect(conflicts('The flood cut off 20 hamlets.', 'Rescuers reached five hamlets by boat.')).toEqual([]);
  });

  it('does not take equal values of two different nouns for one count unless their surroundings agree', () => {
    const found = differences('About 200 students marched to the town hall.', 'Police said 200 shops were closed across the city.');
    expect(found.map((d) => [d.status, d.values.map((v) => v.text)])).toEqual([
      ['partial', ['200 students']],
      ['partial', ['200 shops']],
    ]);
    const named = differences('Nearly 90 faculty members signed the letter to the board.', 'Nearly 90 professors signed the letter to the board.');
    expect(named.map((d) => d.status)).toEqual(['consensus']);
  });

  it('does not compare counts dated to different days, of different nights or different events', () => {
    const statuses = (...texts: string[]) => differences(...texts).map((d) => d.status);
    // One outlet dates its crowd to a night the other never names: two gatherings.
    expect(statuses('More than 300 people joined the march on Friday night.', 'The march went on Tuesday. Police said 500 people joined the march on Tuesday.')).not.toContain('conflict');
    expect(statuses('More than 300 people joined the march on Monday.', 'On Thursday night more than 500 people joined the march.')).not.toContain('conflict');
    // An outlet that names no day at all gives no sign of another gathering.
    expect(statuses('More than 300 people joined the march.', 'On Thursday night more than 500 people joined the march.')).toContain('conflict');
    // The same night in both, or in the sentence of one and elsewhere in the other: one gathering counted twice.
    expect(statuses('More than 300 people joined the march on Friday night.', 'More than 500 people joined the march on Friday night.')).toContain('conflict');
    expect(statuses('More than 300 people joined the march on Friday night.', 'The march began on Friday. More than 500 people joined the march.')).toContain('conflict');
    // Counts of one day's morning and evening are two counts.
    expect(statuses('By Tuesday morning the blaze was 20 percent contained.', 'The blaze was 35 percent contained by Tuesday evening, fire officials said.')).not.toContain('conflict');
    expect(statuses('By Tuesday morning the blaze was 20 percent contained.', 'The blaze was 35 percent contained by Tuesday morning, fire officials said.')).toContain('conflict');
    // A sentence of two clauses dates each clause's figure by its own day.
    expect(statuses('About 300 people joined the march on Friday night.', 'The route was closed by Friday evening, and more than 500 people joined the march on Saturday night.')).not.toContain('conflict');
    expect(statuses('About 300 people joined the march on Friday night.', 'The route was closed by Thursday evening, and more than 500 people joined the march on Friday night.')).toContain('conflict');
    // A week holds its days: "last week" (published Tuesday, March 15) and "on March 9" may be one vote.
    expect(statuses('The mayor quit on Monday. The council had voted 12-3 last week to censure the mayor.', 'The council voted 11-4 on March 9 to censure the mayor.')).toContain('conflict');
    // So does a month: "in February" and "on Feb. 11" may be one vote; "in January" and "on Feb. 11" are two.
    expect(statuses('The mayor quit on Monday. The council voted 12-3 in February to censure the mayor.', 'The council voted 11-4 on Feb. 11 to censure the mayor.')).toContain('conflict');
    expect(statuses('The mayor quit on Monday. The council voted 12-3 in January to censure the mayor.', 'The council voted 11-4 on Feb. 11 to censure the mayor.')).not.toContain('conflict');
  });

  it('lists two calibres given for one gun as a conflict, not one outlet missing the other’s', () => {
    const found = differences('A .38-caliber revolver was found at the scene.', 'Police said the man held a .357 revolver when he was stopped.');
    expect(found.map((d) => [d.status, d.values.map((v) => v.text)])).toEqual([['conflict', ['.38-caliber', '.357']]]);
  });

  it('does not take a vote that failed for one that carried, though their tallies read alike in either order', () => {
    const found = conflicts(
      'The school board voted 7-2 on Thursday to merge the two high schools.',
      'The school board voted 6-3 on Thursday to merge the two high schools. A motion to wait a year failed on a 2-7 vote.',
      'The school board voted 6-3 on Thursday to merge the two high schools.',
    );
    expect(found.map((r) => [r.difference.values.map((v) => v.text).sort(), r.substance > 0])).toEqual([[['6-3', '6-3', '7-2'], true]]);
    // The outlet giving the failed vote's tally reversed does not give the other's carried vote by it.
    const reversed = conflicts('The school board voted 7-2 on Thursday to merge the two high schools. A motion to wait a year failed, 3-6.', 'The school board voted 6-3 on Thursday to merge the two high schools.');
    expect(reversed.map((r) => r.difference.values.map((v) => v.text))).toEqual([['7-2', '6-3']]);
  });

  it('does not set the tally of a vote its sentence dates to another year against this story’s', () => {
    const found = conflicts(
      'The Senate confirmed Judge Ada Moss to the appeals court on Tuesday. The vote was 55 to 43, with three senators crossing party lines.',
      'The Senate confirmed Judge Ada Moss to the appeals court on Tuesday. Her predecessor, Judge Ivo Lund, was confirmed in 1998 by a vote of 91-7.',
      'The Senate confirmed Judge Ada Moss to the appeals court on Tuesday, 56-42.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text).sort())).toEqual([['55 to 43', '56-42']]);
  });

  it('does not set a limit a rule allows against what someone has of the same unit', () => {
    // What a vessel may carry is not how many it carried.
    expect(conflicts('A ferry capsized off Sella on Tuesday. The ferry was licensed to carry 70 people, officials said.', 'A ferry capsized off Sella on Tuesday. The ferry was carrying 84 people when it capsized.')).toEqual([]);
    expect(conflicts('A ferry capsized off Sella on Tuesday. It had a capacity of 70 people.', 'A ferry capsized off Sella on Tuesday. The ferry was carrying 84 people when it capsized.')).toEqual([]);
    expect(
      conflicts(
        'Growers will be paid for lost orchards up to a limit of 40 acres.',
        'Cherry grower Lena Voss, who tends 65 acres near Orrin, said the money would come too late.',
        'The payments are capped at 40 acres per grower.',
      ),
    ).toEqual([]);
    // A limit told as what it is ("the speed limit there is 40 mph") is not the speed something went.
    const going = 'A ferry struck the pier at Lisle on Sunday. The ferry was going 34 miles per hour when it hit, records show.';
    expect(shownLabels(going, 'A ferry struck the pier at Lisle on Sunday. The speed limit in that part of the harbour is 40 miles per hour, the port said.')).toEqual([]);
  });

  it('shows two sums a few percent apart that one verb tells, where rounding explains neither', () => {
    const [sum] = conflicts(
      'Trustees voted Monday to put $470 million of bond money into a new wing for Mercy Hospital, over objections from nurses.',
      'The district agreed late Monday to put $430 million toward the $1.2 billion Mercy wing, a deal critics called rushed.',
    );
    expect(sum.difference.values.map((v) => v.text)).toEqual(['$470 million', '$430 million']);
    expect(sum.substance).toBeGreaterThan(0);
  });

  it('compares two times a thing is to be done within, whatever the tense, and keeps one value told twice on one side', () => {
    const found = conflicts(
      'The mayor said the county will fix the levee, with the repairs finished within 30 days.',
      'The mayor said the county would fix the levee, saying the repairs would be done within 45 days.',
      'The repairs to the levee, ordered by the mayor, are expected to take about 30 days, her office said.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text).sort())).toEqual([['30 days', '30 days', '45 days']]);
    expect(found[0].substance).toBeGreaterThan(0);
  });

  it('does not set this year’s forecast against last year’s figure a change is told from', () => {
    const found = conflicts(
      'The ministry now expects the rice crop to come in at 4.2 million tonnes.',
      'The ministry forecast the rice crop at 5.1 million tonnes, down 28 percent from 7.1 million tonnes last year.',
    );
    expect(found.flatMap((r) => r.difference.values.map((v) => v.text))).not.toContain('7.1 million tonnes');
  });

  it('does not set a total of several years against one year’s figure', () => {
    expect(
      conflicts(
        'The governor will propose a $48 billion spending plan for the state on Monday.',
        'The governor will propose $41 billion in state spending over the next ten years on Monday.',
      ),
    ).toEqual([]);
  });

  it('compares cuts one outlet says are planned and another says are expected, positions counted as jobs', () => {
    const found = ranked(
      'The merged utility plans to cut about 640 jobs next year, mostly in call centres.',
      'Managers expect to eliminate roughly 480 positions next year, largely in customer service.',
    );
    expect(found.filter((r) => r.difference.status === 'conflict').map((r) => r.difference.values.map((v) => v.text))).toEqual([['640 jobs', '480 positions']]);
  });

  it('does not take a sum for another it rounds far from, in unlike surroundings', () => {
    const found = ranked(
      'Forecasters counted 19 separate weather and climate disasters that each did at least $2 billion in damage last year.',
      'Among the provisions drawing fire is $2.3 billion for climate planning grants to coastal towns.',
      'The council met on Monday.',
    );
    expect(found.filter((r) => r.difference.values.length > 1)).toEqual([]);
  });

  it('sets a candidate’s share against the same candidate’s, however the poll is told, never against a rival’s', () => {
    const found = conflicts(
      'The survey found Ida Marsh at 44 percent and Leon Quist at 38 percent among likely voters.',
      'Ida Marsh leads Leon Quist 47 percent to 38 percent among likely voters in the new survey.',
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['44 percent', '47 percent']]);
  });

  it('sets one count of people a fate befell against another outlet\'s count of them under another noun, whichever article comes first', () => {
    const people = 'Riot police fired tear gas at marchers trying to reach the central square of Vessa on Sunday and arrested 460 people, officials said.';
    const members = 'According to the union, 310 port workers were arrested from different districts of the port city.';
    expect(conflictValues(people, members)).toEqual([['460 people', '310 port workers']]);
    expect(conflictValues(members, people)).toEqual([['310 port workers', '460 people']]);
  });

  it('sets the two closest sides of a chain of values of several things against each other, the rest alone ("39 percent of likely voters back the levy" beside "26% of whom back it")', () => {
    const found = conflictValues(
      'Only 39 percent of likely voters back the harbour levy, according to a Westbrook College survey released on Monday, a blow to the mayor six weeks before the vote.',
      'The survey found that 47 percent of likely voters back the harbour levy, up from the spring.',
      'Support is weakest among renters, only 26% of whom back the harbour levy.',
    );
    expect(found).toEqual([['39 percent', '47 percent']]);
  });

  it('sets the first toll of residents one fate befell each article gives against the other\'s where its digits are swapped ("4,200 residents" / "2,400 residents"): no count of all who live there', () => {
    const found = conflictValues(
      'The Birch Flat Fire grew on Tuesday, forcing about 4,200 residents to leave their homes, officials said. Warnings were in place for another 700 residents along the river.',
      'The fire started Monday near Birch Flat Road. About 2,400 residents have been ordered to leave their homes, according to the sheriff.',
    );
    expect(found).toEqual([['4,200 residents', '2,400 residents']]);
    // Told of two days, they are still the first toll of that fate each gives.
    const dated = conflictValues(
      'The Birch Flat Fire grew on Tuesday, forcing about 4,200 residents to leave their homes, officials said. Evacuation warnings were in place for another 1,900 residents.',
      'By Monday night about 2,400 residents had been ordered to leave their homes, the sheriff said.',
    );
    expect(dated).toEqual([['4,200 residents', '2,400 residents']]);
  });

  it('shows a count of buildings destroyed written in words as exact ("destroyed nine homes" / "destroyed 13 homes")', () => {
    expect(
      shownLabels(
        'The Dry Creek Fire grew to 2,600 acres on Tuesday. The fire has destroyed 13 homes and 19 outbuildings, according to inspection teams, and at least 200 more structures remain threatened.',
        'The Dry Creek Fire had burned about 2,600 acres by Tuesday. The blaze has destroyed nine homes, according to the state fire agency.',
      ),
    ).toHaveLength(1);
  });

  it('sets a sum told to come against one told as a plan\'s where its digits are swapped ("would give $3.7 billion" / "a $7.3 billion plan")', () => {
    const found = conflictValues(
      'Rep. Tova Lindqvist introduced a bill Tuesday that would give $3.7 billion over four years to rural school districts.',
      'Rep. Tova Lindqvist on Tuesday unveiled a $7.3 billion plan to prop up rural school districts over four years.',
    );
    expect(found).toEqual([['$3.7 billion', '$7.3 billion']]);
  });

  it('sets the one count of members of a named body each article gives against the other\'s, however far apart, but not members of two bodies', () => {
    const guard = (count: string) => `Governor Ilse Marten on Friday sent ${count} to clear snow from the county's roads.`;
    expect(conflictValues(guard('250 members of the Vermont National Guard'), guard('110 National Guard members'))).toEqual([['250 members', '110 National Guard members']]);
    expect(conflictValues(guard('250 members of the National Guard'), guard('110 members of the Civil Air Patrol'))).toEqual([]);
  });

  it('sets the cases of an illness against the people infected another outlet counts, not against a usual yearly count', () => {
    expect(
      shownLabels(
        'Health officials have counted 31 confirmed cases of the illness since late October.',
        'At least 38 people have been infected, the health department said on Monday. The county usually sees about 90 cases of the disease a year.',
      ),
    ).toHaveLength(1);
  });

  it('shows two ages given for whoever had one role ("The first victim was a 54-year-old" / "The first victim, a 59-year-old woman")', () => {
    expect(shownLabels('The first victim was a 54-year-old nurse who lived near the harbour.', 'The first victim, a 59-year-old woman from the coast, was taken to hospital on Oct. 3 and died a week later.')).toHaveLength(1);
    // Two roles are two people.
    expect(shownLabels('The first victim was a 54-year-old nurse who lived near the harbour.', 'The driver, a 59-year-old man from the coast, was not hurt.')).toEqual([]);
  });

  it('reads a figure counted per day after it ("550,000 passengers a day") as one told daily ("400,000 daily passengers")', () => {
    expect(shownLabels('The stoppage stranded about 400,000 daily passengers across the region.', 'The stoppage disrupted journeys for more than 550,000 passengers a day across the region.')).toHaveLength(1);
  });

  it('shows the strength each outlet gives of the story\'s quake, not of an aftershock told first', () => {
    expect(
      shownLabels(
        'A magnitude 6.2 earthquake struck the hill town of Orsk before dawn on Sunday. A magnitude 4.9 aftershock followed an hour later.',
        'Rescuers dug through rubble for survivors of the magnitude-6.6 quake that hit Orsk on Sunday.',
      ),
    ).toHaveLength(1);
    expect(shownLabels('Residents of Orsk slept outside after a magnitude 4.9 aftershock on Monday night.', 'Rescuers dug through rubble for survivors of the magnitude-6.6 quake that hit Orsk on Sunday.')).toEqual([]);
  });

  it('reads money named by whose it is two ways ("in city funds" / "in city money") as one sum', () => {
    const a = 'Prosecutors told the jury that Hale quietly steered about $1.4 million in city funds into shell companies run by her brother.';
    const b = (whose: string) => `Working with two aides, the former clerk diverted $1.9 million in ${whose} money through consulting deals that produced no work, the indictment says.`;
    expect(shownLabels(a, b('city'))).toHaveLength(1);
    // Whose money differs: two sums.
    expect(shownLabels(a, b('federal'))).toEqual([]);
  });

  it('sets the one jury deliberation each outlet gives side by side, however unlike the sentences', () => {
    expect(shownLabels('The verdict came after two days of deliberations.', 'A jury that had heard from 30 witnesses convicted the mayor after deliberating for four days.')).toHaveLength(1);
    // A year in a clause told of someone before the figure dates that clause, not the deliberation.
    expect(
      shownLabels('The verdict came after two days of deliberations.', 'The former mayor, who resigned in January 2025 amid an inquiry, was convicted by a jury that reached its verdict after deliberating for four days.'),
    ).toHaveLength(1);
  });

  it('shows the one price of the story\'s deal each outlet gives, not an earlier deal\'s or a price per share', () => {
    expect(
      shownLabels(
        'Norvik agreed to buy Ashfield Foods for $41 a share, a deal valued at $3.1 billion including debt. Norvik bought a bakery chain five years ago for $800 million.',
        'Ashfield Foods will be sold to Norvik in a $2.7 billion deal, the companies said on Monday.',
      ),
    ).toEqual(['USD: $3.1 billion / $2.7 billion']);
  });

  it('shows the one premium each outlet gives ("a 22% premium" / "a premium of about 18 percent"), beside other shares', () => {
    expect(
      shownLabels(
        'The offer represents a 22% premium over Ardent’s closing price on Friday, the company said. Ardent shares had climbed 8% last week on reports of talks.',
        'Shareholders will receive $41 a share in cash, a premium of about 18 percent to Ardent’s close on Friday, according to the filing. The buyer’s own shares have gained 11% this year.',
      ),
    ).toHaveLength(1);
  });

  it('shows the one depth each outlet gives ("at a depth of about 12 kilometers" / "30 kilometres below the surface"), never against a distance', () => {
    const a = 'The quake was centred near Orsk, about 40 kilometers west of the capital, at a depth of about 12 kilometers, the institute said.';
    const b = 'The quake hit before dawn, originating 30 kilometres below the surface near Orsk.';
    expect(conflictValues(a, b)).toEqual([['12 kilometers', '30 kilometres']]);
    expect(shownLabels(a, b)).toHaveLength(1);
  });

  it('shows the one figure of a unit each outlet gives one named winner, however unlike the sentences', () => {
    const a = "Teodora Ruiz's Labour Party won Sunday's election with 63 of the 151 seats, final results showed, putting her in line to lead the government. The Greens won 14 seats and the Farmers 12 seats.";
    const b = 'The next government is likely to be led by Ruiz, whose Labour Party emerged from the vote as the largest force in parliament with sixty-one seats. Her rivals lost 27 seats.';
    expect(shownLabels(a, b)).toHaveLength(1);
    // A start told in an aside and the year of another figure date neither share.
    expect(
      shownLabels(
        "Prime Minister Anton Merdel's Social Alliance took 27.9 percent and 44 seats, down from 71 seats in 2022. Turnout was about 64 percent.",
        "Prime Minister Anton Merdel's Social Alliance, in power since 2018, won 29.7 per cent of the vote and 44 seats. Voters wanted change.",
      ),
    ).toEqual(['percent: 27.9 percent / 29.7 per cent']);
  });

  it('does not set figures told in asides of two people against each other ("Brandt, an 11-year veteran" / "Haines, a 19-year veteran")', () => {
    expect(conflicts('Brandt, an 11-year veteran of the department, was placed on leave.', 'Haines, a 19-year veteran, said the footage would be released.')).toEqual([]);
  });

  it('shows the one count of shots fired each outlet gives, in words too ("fired three shots" / "fired two rounds")', () => {
    expect(shownLabels('Officer Lena Brandt fired three shots at the man as he stepped onto the porch, police said.', 'Brandt fired two rounds, and the man collapsed near the door, according to the county prosecutor.')).toHaveLength(1);
  });

  it('shows the one count of homes destroyed each outlet gives, a bound beyond the other too ("at least 140 homes were destroyed" / "one of 87 homes destroyed")', () => {
    expect(shownLabels('County officials said at least 140 homes were destroyed and more than 900 were damaged.', 'The Feeney house is one of 87 homes destroyed when the levee gave way early on Monday.')).toHaveLength(1);
  });

  it('sets counts of evacuees as far apart as two counts of them often are ("About 4,000 residents were evacuated" / "The Monday evacuation of some 6,500 people")', () => {
    expect(shownLabels('About 4,000 residents were evacuated on Monday from the river town, officials said.', 'The Monday evacuation of some 6,500 people from the town was carried out in darkness.')).toHaveLength(1);
  });

  it('shows the one sum of damage each outlet gives ("put a damage estimate at $214 million" / "Damage … came to about $150 million")', () => {
    expect(
      shownLabels(
        'The county executive put a preliminary damage estimate at $214 million, a figure she said would rise. The state has set aside $180 million for repairs.',
        'Damage across the valley came to about $150 million, not counting the dam itself, state officials said. Insurers expect claims of $120 million.',
      ),
    ).toHaveLength(1);
  });

  it('shows the lead tolls of one fate up to twice apart ("Fourteen people were treated for injuries" / "Nine people were hurt")', () => {
    expect(shownLabels('Fourteen people were treated for injuries, most of them minor, after the bus overturned.', 'Nine people were hurt when the bus overturned on the coast road, police said.')).toHaveLength(1);
  });

  it('shows the one time something was out of use each outlet gives, in words too ("were down for eight days" / "offline for eleven days")', () => {
    expect(shownLabels('Staff fell back on paper charts for the 11 days the main systems were down, the chief executive said.', 'The systems were down for eight days before engineers restored the records, according to a filing.')).toHaveLength(1);
    expect(shownLabels("The city's main computer systems were offline for eleven days.", 'The systems were down for eight days before engineers restored the records, according to a filing.')).toHaveLength(1);
  });

  it('shows the one height an aircraft cruised at each outlet gives, not one it descended to ("cruising at 34,000 feet" / "cruising at about 28,000 feet")', () => {
    expect(
      shownLabels(
        'Twenty minutes into the flight, while cruising at 34,000 feet, the crew reported a loss of cabin pressure. The jet descended to 10,000 feet.',
        'The jet was cruising at about 28,000 feet when a warning light came on, according to the airline. It then descended to 10,000 feet.',
      ),
    ).toEqual(['foot: 34,000 feet / 28,000 feet']);
  });

  it('shows the one count of people trapped each outlet gives ("trapped 22 workers" / "cut off 19 workers"), not a count of those brought out or of an earlier accident', () => {
    const a = 'Rescuers brought six workers out on Friday, two days after a tunnel collapse trapped 22 workers, officials said. A collapse at another site in 2015 killed eight workers.';
    const b = 'Crews kept drilling overnight at the site, where a tunnel collapse cut off 19 workers this week. A collapse at another site in 2015 killed eight workers.';
    expect(shownLabels(a, b)).toEqual(['worker: 22 workers / 19 workers']);
  });

  it('shows the one move of a firm\'s shares each outlet gives, the firm named in full or short ("Orlen\'s shares rose 14 percent" / "Orlen Biotech\'s stock jumped 19%")', () => {
    const a = "The drug cut relapses by 40 percent, and 8 percent of patients had side effects. Orlen's shares rose 14 percent to close at $31.20 on the Vell exchange.";
    const b = 'Orlen Biotech\'s stock jumped 19% on Monday after the company said its drug cut relapses by 40% in a large study. About 8% of patients had side effects.';
    expect(shownLabels(a, b)).toEqual(['percent: 14 percent / 19%']);
  });

  it('sets counts of people in a study named two ways against each other ("enrolled 8,600 adults" / "a trial of 6,800 participants")', () => {
    const a = 'The study enrolled 8,600 adults at 40 sites, and 30 percent of them were over 65.';
    const b = 'Results from a trial of 6,800 participants were published on Monday. The company has 900 employees.';
    expect(shownLabels(a, b)).toEqual(['person: 8,600 adults / 6,800 participants']);
  });

  it('sets a share prevented against a share "effective at preventing" the same thing ("prevented 62 percent of infections" / "58 percent effective at preventing infection")', () => {
    const a = 'The vaccine prevented 62 percent of infections in the study, the company said. Its shares rose 9 percent.';
    const b = 'The drugmaker said the shot was 58 percent effective at preventing infection. About 4 percent of volunteers reported fever.';
    expect(conflictValues(a, b)).toEqual([['62 percent', '58 percent']]);
  });

  it('shows the one reward each outlet gives ("A $40,000 reward … is on offer" / "a reward of $75,000 was posted"), not another sum', () => {
    const a = 'A $40,000 reward, funded by the museum board and its insurer, is on offer for information leading to an arrest. Its night guard earns $52,000 a year.';
    const b = 'MARROW — Detectives questioned two men on Friday over the theft of a bronze statue, and a reward of $75,000 was posted for its return. A smaller bronze was sold in 2019 for $60,000.';
    expect(shownLabels(a, b)).toEqual(['USD: $40,000 / $75,000']);
  });

  it('shows the one speed each outlet gives a vehicle going, not the limit ("travelling at 97 km/h, above the 60 km/h limit" / "travelling at about 70 km/h")', () => {
    const a = 'The lorry left the road at dusk. According to police, it was travelling at 97 km/h as it reached the junction, well above the 60 km/h limit on that road.';
    const b = 'Preliminary data from the recorder show it was travelling at about 70 km/h when it reached the junction, according to an official who asked not to be named.';
    expect(shownLabels(a, b)).toEqual(['km/h: 97 km/h / 70 km/h']);
  });

  it('shows the one height of a fall each outlet gives ("at the foot of a 90-metre drop" / "plunged 150 metres")', () => {
    const a = 'The van came to rest upside down in the trees at the foot of a 90-metre drop. The pass rises to 1,900 metres.';
    const b = 'A van plunged 150 metres into a ravine on Friday night, police said, on a road that climbs to 1,900 metres.';
    expect(shownLabels(a, b)).toEqual(['meter: 90-metre drop / 150 metres']);
  });

  it('shows the one time a deed took each outlet gives, in words too ("took more than five hours to reach" / "took three hours to reach")', () => {
    const a = 'It took more than five hours to reach the last of the stranded hikers, and the road stayed shut for two days.';
    const b = 'Volunteers and a helicopter crew took three hours to reach everyone stranded on the ridge, the rescue service said.';
    expect(shownLabels(a, b)).toEqual(['minute: five hours / three hours']);
  });

  it('shows the one height a river crested at each outlet gives, not the flood stage ("crested at 6.2 metres" / "crested at 6.9 metres")', () => {
    const a = 'DUNMORE — The Arlen crested at 6.2 metres in Dunmore early on Sunday, the highest level ever recorded in the town. Flood stage at the town gauge is 4 metres.';
    const b = 'Residents of the old town waded back into their homes on Tuesday to find carpets and photographs ruined by the Arlen, which crested at 6.9 metres before dawn on Sunday.';
    expect(shownLabels(a, b)).toEqual(['meter: 6.2 metres / 6.9 metres']);
  });

  it('shows the one length of a captivity each outlet gives ("ending 38 days of captivity" / "after being held for 44 days")', () => {
    const a = 'Five aid workers walked free on Sunday, ending 38 days of captivity, officials said. They were driven 90 kilometres to the capital.';
    const b = 'The freed aid workers are recovering in the capital after being held for 44 days, and two have begun to speak to reporters.';
    expect(shownLabels(a, b)).toEqual(['day: 38 days / 44 days']);
  });

  it('shows the one length of a happening each outlet gives ("a 16-day strike" / "a walkout that lasted 12 days"), not an earlier one\'s', () => {
    const a = 'Dock workers voted to ratify the deal, ending a 16-day strike at the port. The last strike, in 2011, lasted three days.';
    const b = 'The union approved the contract on Sunday, ending a walkout that lasted 12 days.';
    expect(conflictValues(a, b)).toEqual([['16-day', '12 days']]);
    expect(shownLabels(a, b)).toHaveLength(1);
  });
});

describe('compareNumbers: shares of one state', () => {
  it('puts before the reader two shares told by the same state after them ("22% contained" / "35 percent contained")', () => {
    const [a, b] = ['The Orrin Ridge fire has burned 9,100 acres. Crews had it 28% contained as of Friday, the forestry office said.', 'The Orrin Ridge fire grew to 11,400 acres and was 41 percent contained Friday, according to officials in Kell County.'];
    expect(shownLabels(a, b).some((label) => /28%/.test(label) && /41 percent/.test(label))).toBe(true);
    // Another state is another measure.
    expect(conflictValues('Crews had the Orrin Ridge fire 18% contained on Friday.', 'The Orrin Ridge fire was 41 percent mapped on Friday.').flat()).not.toContain('18%');
  });
});

describe('compareNumbers: figures of a thing named by another year', () => {
  it('does not set a figure told of a thing of another year ("the 2016 Ardel Fire, which burned 30,000 acres") against this story’s', () => {
    const a = 'KELL COUNTY — The Orrin Ridge Fire burned through another swath of dry timber and grassland overnight, growing to 14,300 acres by Monday morning and destroying at least 40 homes in the foothills west of Dunmore, fire officials said.';
    const b = 'DUNMORE — A fast-moving wildfire in Kell County has scorched 17,800 acres and was 30 percent contained Monday, officials said, as about 700 firefighters battled flames in steep terrain.\n\nThe fire is the largest in Kell County since the 2016 Ardel Fire, which burned about 30,000 acres, according to state records.';
    const c = 'DUNMORE, Kell County — Firefighters on Monday were still battling the Orrin Ridge Fire, which has burned more than 14,000 acres and destroyed 40 homes since it broke out over the weekend.';
    expect(conflictValues(a, b, c).flat()).not.toContain('30,000 acres');
  });
});

describe('compareNumbers: a plan named is a thing, not an intention', () => {
  it('sets the tally of "a plan to …" that passed against another outlet’s tally of the vote', () => {
    const a = 'Senate Bill 88 passed 31-8, with two Republicans joining the majority.';
    const b = 'A plan to bring ferry service to the state’s outer islands cleared the Senate on Tuesday by a 30-9 vote.';
    expect(conflictValues(a, b)).toEqual([['31-8', '30-9']]);
  });
});
