import { describe, expect, it } from 'vitest';
import { clockTime, compareDates, sameDate } from '../../../../lib/core/compare/dates';
import { analysed } from './fixtures';

describe('sameDate', () => {
  it('equates a date with and without its year, a day inside its week, and an anchored weekday', () => {
    expect(sameDate('2022-03-24', 'XXXX-03-24')).toBe(true);
    expect(sameDate('week of 2022-03-21', '2022-03-24')).toBe(true);
    expect(sameDate('thursday', '2022-03-24', ['2022-03-22'])).toBe(true);
    expect(sameDate('thursday', '2022-02-24', ['2022-03-22'])).toBe(false);
    expect(sameDate('2022-03-24', '2022-03-25')).toBe(false);
  });
});

describe('compareDates', () => {
  const conflictsOf = (...articles: ReturnType<typeof analysed>[]) => compareDates(articles).filter((r) => r.difference.status === 'conflict');

  it('shows the day something takes effect, told as "effective" and as "take effect", though one sentence names whom a letter went to', () => {
    const shown = (b: string) =>
      compareDates([
        analysed('a0', 'Harbour Commissioner Marta Quist announced on Monday that she would retire, effective Sept. 30.', '2026-06-02'),
        analysed('a1', b, '2026-06-02'),
      ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown('Her retirement will take effect Oct. 31, Quist said in a letter to Mayor Leo Brandt.')).toHaveLength(1);
    // …and as "kicks in" or "comes into force".
    const fares = (b: string) =>
      compareDates([analysed('a0', 'The new ferry fares would take effect on Jan. 1, 2027, after a final vote by the board.', '2026-11-20'), analysed('a1', b, '2026-11-20')]).filter(
        (r) => r.difference.status === 'conflict' && r.substance > 0,
      );
    expect(fares('The fare plan kicks in July 1 of next year, the start of the port\'s budget year.')).toHaveLength(1);
    expect(fares('The fare plan comes into force on March 1 next year, giving riders time to adjust.')).toHaveLength(1);
  });

  it('takes no hedge of the clock for a word of what happened ("shortly after"): two times whose clauses share only it are listed, not shown', () => {
    const shown = (b: string) =>
      compareDates([analysed('a0', 'Crews reached the pier shortly after 8:10 p.m., the harbour master said.', '2026-11-23'), analysed('a1', b, '2026-11-23')]).filter(
        (r) => r.difference.status === 'conflict' && r.substance > 0,
      );
    expect(shown('The ferry sank shortly after 9:40 p.m. near the harbour mouth.')).toEqual([]);
    // Clauses that share a word of what happened still are.
    expect(shown('Crews reached the pier at 9:40 p.m., an hour after the call.')).toHaveLength(1);
  });

  it('shows the one day of one deed, told by its verb and by its noun ("vetoed the bill on Nov. 20" / "the governor\'s Nov. 17 veto")', () => {
    const shown = compareDates([
      analysed('a0', 'Lawmakers overrode the veto on Tuesday. Gov. Ida Marsh vetoed the ferry bill on Nov. 20, calling it reckless.', '2026-12-02'),
      analysed('a1', 'Lawmakers overrode the veto on Tuesday. Marsh\'s Nov. 17 veto had set up the biggest fight of her term.', '2026-12-02'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['Nov. 20', 'Nov. 17']]);
  });

  it('shows the one day of one telling, however told ("announced the recall Nov. 12" / "did not make the recall public until Nov. 13")', () => {
    const shown = compareDates([
      analysed('a0', 'The bakery found the mould on Nov. 9, 2026. It announced the recall Nov. 12, and shops cleared their shelves.', '2026-12-02'),
      analysed('a1', 'The bakery found the mould on Nov. 9, 2026, but did not make the recall public until Nov. 13, a delay critics have faulted.', '2026-12-02'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['Nov. 12', 'Nov. 13']]);
  });

  it('shows the one day of one break-in, told as "entered" and as "broke into" ("entered the depot on Nov. 14" / "The depot was broken into on Nov. 15")', () => {
    const shown = compareDates([
      analysed('a0', 'Burglars entered the tool depot in the early hours of Saturday, Nov. 14, and took six generators.', '2026-12-02'),
      analysed('a1', 'The tool depot was broken into in the early hours of Nov. 15, when the alarm failed, police said.', '2026-12-02'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['Saturday, Nov. 14', 'Nov. 15']]);
  });

  it('shows the one day of one deed told as a weekday by one outlet and as a date by another ("was captured Monday" / "was taken into custody on Nov. 6")', () => {
    const shown = compareDates([
      analysed('a0', 'The two inmates fled on Nov. 1. Ada Rusk, 34, was captured Monday afternoon in a barn 12 miles north of the jail, the sheriff said.', '2026-11-10'),
      analysed('a1', 'The two inmates fled on Nov. 1. Ada Rusk, 34, was taken into custody on Nov. 6 in a barn about 20 miles north of the jail.', '2026-11-10'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => [v.text, v.normalized]))).toEqual([
      [
        ['Monday afternoon', '2026-11-09'],
        ['Nov. 6', '2026-11-06'],
      ],
    ]);
  });

  it('shows the one day of one deed told by its noun past a year set off by commas ("the Nov. 17, 2025, indictment"), whatever later deed is to come', () => {
    const shown = compareDates([
      analysed('a0', 'Renn was indicted on Nov. 20, 2025, on six counts of fraud. His aide was charged separately and is to stand trial in April 2027.', '2026-12-03'),
      analysed('a1', 'The case grew out of the Nov. 17, 2025, indictment, which accused Renn of taking bribes.', '2026-12-03'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['Nov. 20, 2025', 'Nov. 17, 2025']]);
  });

  it('reads the deed a noun is made from ("the Oct. 5 decision" of "decided on Oct. 3", "her Oct. 2 resignation" of "resigned on Oct. 6")', () => {
    const shown = (a: string, b: string) =>
      compareDates([analysed('a0', a, '2026-10-12'), analysed('a1', b, '2026-10-12')]).filter((r) => r.difference.status === 'conflict' && r.substance > 0).map((r) => r.difference.values.map((v) => v.text));
    expect(shown('The harbour board decided on Oct. 3 to close the lido for good.', "Swimmers protested the board's Oct. 5 decision outside the lido.")).toEqual([['Oct. 3', 'Oct. 5']]);
    expect(shown('The harbour master resigned on Oct. 6, citing his health.', "The harbour master's Oct. 2 resignation left the port without a chief.")).toEqual([['Oct. 6', 'Oct. 2']]);
    // …beside a thing the deed was done to ("The recalled cucumbers were shipped…") and the same deed of another year.
    expect(
      shown(
        'Tarrant Valley recalled the cucumbers on Oct. 9. The recalled cucumbers were shipped to distributors between Oct. 2 and Oct. 5. In 2022, the company recalled 9,000 cases of peppers.',
        "Tarrant Valley's Oct. 6 recall covered at least 25,000 cases of cucumbers.",
      ),
    ).toEqual([['Oct. 9', 'Oct. 6']]);
    // …in the past tense too, whatever word leads to the noun's day ("after the Nov. 17 discovery").
    expect(shown('Its technology staff discovered the intrusion on Oct. 4.', 'Patients were not warned until days after the Oct. 1 discovery of the intrusion.')).toEqual([['Oct. 4', 'Oct. 1']]);
  });

  it('keeps the days of two deeds apart, though one day, so one deed told by its verb and its noun is a conflict ("resigned on Wednesday" / "his December 1 resignation")', () => {
    const shown = compareDates([
      analysed('a0', "Gareth Pennick, the council's director of social care, resigned on Wednesday morning, hours before the report was made public. The report was published on Wednesday. The home's chief executive, Ada Okafor, stepped down in November.", '2026-12-02'),
      analysed('a1', "The report was published on December 2. Gareth Pennick's December 1 resignation as the council's director of social care came a day before the report's release.", '2026-12-03'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.values.map((v) => v.text))).toEqual([['on Wednesday morning', 'December 1']]);
  });

  it('does not set the days two outlets tell a lasting state as of against each other ("still missing on Friday" / "remain missing, officials said Saturday")', () => {
    const conflicts = compareDates([
      analysed('a0', 'Four people were still missing on Friday. The mayor spoke at a news conference on Friday.', '2026-12-04'),
      analysed('a1', 'Nine people died and four remain missing, officials said Saturday. At a news conference Saturday, the ferry line apologized.', '2026-12-05'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(conflicts).toEqual([]);
  });

  it('shows the one month to come each outlet gives of one deed done to one thing ("work is expected to begin in May 2027" / "Work … is to start in August 2027")', () => {
    const shown = (b: string) =>
      compareDates([analysed('a0', 'The port will vote on the lease in February, and work is expected to begin in May 2027.', '2026-12-01'), analysed('a1', b, '2026-12-01')]).filter(
        (r) => r.difference.status === 'conflict' && r.substance > 0,
      );
    expect(shown('Work on the new terminal is scheduled to start in August 2027.')).toHaveLength(1);
    // A start of another thing is no side.
    expect(shown('Dredging of the channel is scheduled to start in August 2027.')).toEqual([]);
  });

  it('does not set the years of two figures against each other ("stands at $310 million this year" / "totaled $287 million in 2024")', () => {
    const found = compareDates([
      analysed('a', 'The fund, which stands at $310 million this year, pays for the county\'s roads.', '2026-12-02'),
      analysed('b', 'The fund, which totaled $287 million in 2024, pays for the county\'s roads.', '2026-12-02'),
    ]);
    expect(found.filter((r) => r.difference.status === 'conflict')).toEqual([]);
  });

  it('reads no day of the story in a wire dateline left on the lead ("HARTFORD, Oct 3 (Wire Service) -")', () => {
    const found = compareDates([
      analysed('a', 'HARTFORD, Oct 3 (Wire Service) - Nurses at two hospitals ended their strike on Monday, the union said.', '2026-10-03'),
      analysed('b', 'Nurses, on strike since Sept. 21, went back to work on Monday.', '2026-10-03'),
    ]);
    expect(found.flatMap((r) => r.difference.values.map((v) => v.text))).not.toContain('Oct 3');
  });

  it('does not set the days of two deeds of one person against each other, an irregular verb too', () => {
    const found = conflictsOf(
      analysed('a', 'The dam held overnight. Mayor Ada Fenn declared an emergency on Thursday.', '2026-06-13'),
      analysed('b', 'The dam held overnight. Mayor Ada Fenn spoke on Friday.', '2026-06-13'),
    );
    expect(found).toEqual([]);
  });

  it('reads what happened on a date that opens its clause after it, an irregular verb as its base', () => {
    const found = conflictsOf(
      analysed('a', 'Patrol boats had chased smugglers along the reef for weeks. Later, on March 4, the cutter had sunk a skiff carrying fuel drums.', '2026-03-20'),
      analysed('b', 'On March 5, a coast guard vessel sank the raiders, the ministry said in a statement.', '2026-03-20'),
    );
    expect(found.map((r) => r.difference.label)).toEqual(['March 4 / March 5']);
    // Two deeds of two days, each told after its date, are two things.
    expect(
      conflictsOf(
        analysed('a', 'On March 4, the cutter sank a skiff carrying fuel drums near the reef.', '2026-03-20'),
        analysed('b', 'On March 5, the cutter towed a skiff carrying fuel drums near the reef.', '2026-03-20'),
      ),
    ).toEqual([]);
  });

  it('does not take "later this week" for a day of the week before publication', () => {
    const partial = compareDates([
      analysed('a', 'The first ferry claim was filed on Monday in the harbour court.', '2022-03-16'),
      analysed('b', 'A second ferry claim is expected in the harbour court later this week.', '2022-03-16'),
    ]).find((r) => r.difference.label.startsWith('on Monday'));
    expect(partial?.difference.values.map((v) => v.articleId)).toEqual(['a']);
  });

  it('sets two years of one event told alike against each other', () => {
    const found = conflictsOf(
      analysed('a', 'The ferry line reopened on Monday. The harbour board said it first heard of the cracks in 2019 from a diver.', '2026-06-08'),
      analysed('b', 'The ferry line reopened on Monday. The harbour board first heard of the cracks in 2021, according to its minutes.', '2026-06-08'),
    );
    expect(found.map((r) => r.difference.values.map((v) => v.text))).toEqual([['2019', '2021']]);
  });

  it('sets the one deadline to come each outlet gives by its month against the other, listed', () => {
    const found = compareDates([
      analysed('a', 'The mill will close its doors by the end of October, the owners said.', '2026-06-08'),
      analysed('b', 'Production at the site is to wind down by August, according to the company.', '2026-06-08'),
    ]);
    expect(found.map((r) => [r.difference.status, r.difference.values.map((v) => v.text), r.substance])).toEqual([['conflict', ['end of October', 'August'], 0]]);
  });

  it('sets the one deadline to come one outlet gives by its day against another’s month that does not hold it, listed', () => {
    const found = compareDates([
      analysed('a', 'The mill will close its doors by Sept. 15, the owners said.', '2026-06-08'),
      analysed('b', 'Production at the site is to wind down by the end of December, according to the company.', '2026-06-08'),
    ]);
    expect(found.map((r) => [r.difference.status, r.difference.values.map((v) => v.text), r.substance])).toEqual([['conflict', ['Sept. 15', 'end of December'], 0]]);
  });

  it('sets the one month each outlet gives of one deed, told by one word or its like, against the other, listed', () => {
    const found = compareDates([
      analysed('a', 'Ms. Verhoef, 48, who ran a shipping agency, was arrested in March 2024 on fraud charges.', '2026-02-10'),
      analysed('b', 'Verhoef was detained in May 2024 and accused of forging permits.', '2026-02-10'),
    ]);
    expect(found.map((r) => [r.difference.status, r.difference.values.map((v) => v.text), r.substance])).toEqual([['conflict', ['March 2024', 'May 2024'], 0]]);
  });

  it('sets two days of one search, told as a search and as a raid, against each other', () => {
    const found = compareDates([
      analysed('a', 'Federal agents searched the harbour master’s office and home on May 4, hauling away boxes of files.', '2026-06-08'),
      analysed('b', 'Federal agents raided the harbour master’s office and home on May 9, seizing computers.', '2026-06-08'),
    ]);
    expect(found.filter((r) => r.difference.status === 'conflict').map((r) => r.difference.values.map((v) => v.text))).toEqual([['May 4', 'May 9']]);
  });

  it('sets two months of one event told alike against each other, and does not call either outlet silent', () => {
    const found = compareDates([
      analysed('a', 'The panel upheld the fine on Monday. The board first heard the appeal in October.', '2026-12-08'),
      analysed('b', 'The panel upheld the fine on Monday. The board first heard the appeal in September.', '2026-12-08'),
    ]).filter((r) => !r.difference.values.some((v) => v.text.includes('Monday')));
    expect(found.map((r) => [r.difference.status, r.difference.values.map((v) => v.text)])).toEqual([['conflict', ['October', 'September']]]);
  });

  it('does not set a day against another that the same outlet also gives, though its weekday is grouped with another', () => {
    const conflicts = conflictsOf(
      analysed('a', 'She said the council would vote on the budget at its meeting on May 12, after residents vote on the levy Saturday.', '2026-05-05'),
      analysed('b', "Neighbours held a rally that drew about 300 people downtown on the campaign's second Saturday. Residents will vote on the levy May 9.", '2026-05-05'),
    );
    expect(conflicts).toEqual([]);
  });

  it('does not set "today" inside quotations of outlets published on different days against each other', () => {
    const conflicts = conflictsOf(
      analysed('a', 'The court ruled on the harbour charter. “The court today rewrites the harbour charter,” Judge Tom Ray wrote.', '2026-06-12'),
      analysed('b', 'The court ruled on the harbour charter. Judge Tom Ray wrote: “The court today rewrites the harbour charter.”', '2026-06-12'),
      analysed('c', 'The court ruled on the harbour charter. “Today the court kept the harbour charter whole,” Mayor Ann Lee said.', '2026-06-13'),
    );
    expect(conflicts).toEqual([]);
  });

  it('reads "was not found until" a day as the day it was found, not a deadline', () => {
    const conflicts = conflictsOf(
      analysed('a', 'The harbour office found the leak on March 3, its director told the council on Tuesday.', '2026-04-08'),
      analysed('b', 'The director admitted on Tuesday that the leak at the harbour office wasn’t found until March 11.', '2026-04-08'),
    );
    expect(conflicts.map((r) => r.difference.values.map((v) => v.text))).toEqual([['March 3', 'March 11']]);
  });

  it('does not set the day one thing was done against the day another was done, however alike the sentences', () => {
    const conflicts = (second: string) =>
      compareDates([analysed('a', 'Mayor Ida Brenn vetoed the harbour levy on Monday, her office said.', '2026-02-10'), analysed('b', second, '2026-02-11')]).filter(
        (r) => r.difference.status === 'conflict',
      );
    expect(conflicts('Mayor Ida Brenn defended her veto of the harbour levy on Tuesday, her office said.')).toEqual([]);
    // The same deed on two days is a conflict.
    expect(conflicts('Mayor Ida Brenn vetoed the harbour levy on Friday, her office said.')).toHaveLength(1);
    // One deed told by two verbs outlets use for it is a deed too.
    const found = (a: string, b: string) => compareDates([analysed('a', a, '2026-05-01'), analysed('b', b, '2026-05-02')]).filter((r) => r.difference.status === 'conflict');
    expect(found('The port authority first detected the breach on March 3, a lawsuit says.', 'The port authority said it discovered the breach on March 13.')).toHaveLength(1);
    // A date of a schedule since changed ("had planned to certify on Nov. 28") is no rival of the new one.
    expect(found('The harbour board, which had been scheduled to certify the result Nov. 28, said certification is postponed.', 'The harbour board will certify the result on Dec. 4, after the recount.')).toEqual([]);
    expect(found('The harbour board will certify the result on Nov. 28, before the recount.', 'The harbour board will certify the result on Dec. 4, after the recount.')).toHaveLength(1);
    // …nor is the day a thing was moved from; the day it was moved to is.
    expect(found('The harbour board moved the certification from Nov. 28 to Dec. 4, after the recount.', 'The harbour board moved the certification to Dec. 4, after the recount.')).toEqual([]);
    expect(found('The harbour board moved the certification from Nov. 28 to Dec. 4, after the recount.', 'The harbour board moved the certification to Dec. 11, after the recount.')).toHaveLength(1);
    // A start told by three verbs, the one day each outlet gives of it.
    const fire = (verb: string, day: string) => analysed(verb, `The Pell Fire ${verb} on ${day} north of the harbour.\n\nThe fire has destroyed homes near the harbour, officials said.`, '2025-08-07');
    expect(compareDates([fire('began', 'Saturday afternoon'), fire('sparked', 'Aug. 2'), fire('started', 'Aug. 1')]).filter((r) => r.difference.status === 'conflict')).toHaveLength(1);
    // A departure told as resigning or stepping down.
    expect(found('Harbour master Paul Grady resigned in January amid an inquiry into his travel.', 'Harbour master Paul Grady stepped down in February over his travel costs.')).toHaveLength(1);
    // Taking office told as being sworn in or inaugurated; a sinking told as sinking or capsizing.
    expect(found('Mayor-elect Ada Rusk will be sworn in on Jan. 8 at the harbour hall.', 'Mayor-elect Ada Rusk is to be inaugurated on Jan. 15 at the harbour hall.')).toHaveLength(1);
    expect(found('The trawler Maren sank on Oct. 3 off the harbour mouth, the coast guard said.', 'The trawler Maren capsized on Oct. 5 off the harbour mouth, the coast guard said.')).toHaveLength(1);
    // A strike told by what it did ("killed") and by the blow ("struck").
    expect(found('A rocket attack killed six people in the harbour town early Wednesday, officials said.', 'Six people died when rockets struck the harbour town early Tuesday, officials said.')).toHaveLength(1);
  });

  it('does not put before the reader a day some outlets give when a silent one gives another month for the same event', () => {
    const ranked = (third: string) =>
      compareDates([
        analysed('a', 'The strike began on October 9, when dockers walked off the night shift at the harbour.', '2025-12-04'),
        analysed('b', 'The strike began Oct. 9 when dockers left the night shift at the harbour.', '2025-12-04'),
        analysed('c', third, '2025-12-04'),
      ]).find((r) => r.difference.label.startsWith('October 9'));
    expect(ranked('Talks have stalled since the strike began in early November, when dockers walked off the night shift.')).toMatchObject({ substance: 0, difference: { status: 'partial', missingFrom: ['c'] } });
    // A month that holds the day, or none, leaves the outlet silent about the day.
    expect(ranked('Talks have stalled since the strike began in October, when dockers walked off the night shift.')?.difference.missingFrom).toEqual(['c']);
    expect(ranked('Talks have stalled since the strike began, when dockers walked off the night shift.')?.substance).toBeGreaterThan(0);
  });

  it('treats a weekday and the date it falls on as one date', () => {
    const found = compareDates([
      analysed('a', 'Psaki announced the trip on Tuesday.', '2022-03-15'),
      analysed('b', 'Psaki announced the trip on March 15.', '2022-03-16'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'consensus' })]);
  });

  it('takes "last Tuesday" for this week’s Tuesday or the one before, never a conflict with either', () => {
    // Published on a Thursday: "last Tuesday" is two days back, or nine.
    for (const day of ['March 12', 'March 5']) {
      const found = compareDates([
        analysed('a', 'The harbour board filed a separate complaint last Tuesday.', '2024-03-14'),
        analysed('b', `The harbour board filed a complaint on ${day}.`, '2024-03-14'),
      ]).map((r) => r.difference.status);
      expect(found).not.toContain('conflict');
    }
  });

  it('compares two days a thing is set for, however the outlets word the plan', () => {
    const found = compareDates([
      analysed('a', 'The harbour board will hold its public hearing on the ferry levy on May 8.', '2024-04-20'),
      analysed('b', 'Its public hearing on the ferry levy is set for May 9.', '2024-04-20'),
    ]).map((r) => r.difference.status);
    expect(found).toContain('conflict');
  });

  it('shows the one day each article gives of a thing named after it as a conflict, whatever leads to it', () => {
    const conflicts = (a: string, b: string) =>
      compareDates([analysed('a', a, '2024-04-20'), analysed('b', b, '2024-04-20')]).filter((r) => r.difference.status === 'conflict').map((r) => ({ label: r.difference.label, shown: r.substance > 0 }));
    const quit = 'The harbour commissioner resigned on Friday';
    expect(conflicts(`${quit}, weeks before the May 5 runoff.`, `${quit}, saying she could not win the May 12 runoff.`)).toEqual([{ label: 'May 5 / May 12', shown: true }]);
    // An article giving two days of runoffs tells two runoffs apart.
    expect(conflicts(`${quit}, weeks before the May 5 runoff. She had won the April 2 runoff.`, `${quit}, saying she could not win the May 12 runoff.`)).toEqual([]);
    // A year names a thing too ("a 2015 pier sale", "the 2028 season"), whatever the sentence's verbs.
    expect(conflicts('Councillors questioned Ms. Orr about a 2015 pier sale she approved.', 'Councillors pressed Orr over a 2019 pier sale she signed off on.')).toEqual([{ label: '2015 / 2019', shown: true }]);
  });

  it('does not take the day someone said something for a second day of the event, unless it tells the same deed', () => {
    const found = conflictsOf(
      analysed('c', 'Harbour pilots sued the port Thursday, seeking to block a fee approved earlier this week.', '2026-10-08'),
      analysed('a', 'A group of harbour pilots sued on Wednesday to block the new fee. The port director said Thursday she was not surprised.', '2026-10-09'),
    );
    expect(found.map((r) => r.difference.label)).toEqual(['Thursday / this week / on Wednesday']);
    // The day a paper reported something is not set against the day of a deed another outlet tells in a sentence alike.
    const told = conflictsOf(
      analysed('a', 'Four tenants have accused landlord Omar Velt of fraud, the Ledger reported Tuesday.', '2026-10-08'),
      analysed('b', 'Landlord Omar Velt refused to step down Wednesday after four tenants accused him of fraud.', '2026-10-08'),
    );
    expect(told).toEqual([]);
    // …but a report's release is the deed another outlet dates.
    const released = conflictsOf(
      analysed('a', "The harbour auditor's report, released last month, found 40 doubtful invoices.", '2026-10-08'),
      analysed('b', 'The harbour report was released in August by the auditor.', '2026-10-08'),
    );
    expect(released.map((r) => r.difference.values.map((v) => v.normalized))).toEqual([['2026-09', '2026-08']]);
  });

  it('takes a day written without its year for the same day written with a year next to the one read for it', () => {
    const found = compareDates([
      analysed('a', 'The harbour referendum is May 19.', '2025-07-16'),
      analysed('b', 'The harbour referendum is May 19, 2026.', '2025-07-16'),
    ]).map((r) => r.difference.status);
    expect(found).not.toContain('conflict');
  });

  it('takes a month named without its year in two tenses, or in an undated article, for one month', () => {
    const tenses = compareDates([
      analysed('a', 'The chairman said he expected a vote before the August recess.', '2025-03-12'),
      analysed('b', '“I expect the Senate to pass it before the August recess,” he said.', '2025-03-12'),
    ]).map((r) => r.difference.status);
    expect(tenses).toEqual(['consensus']);
    const undated = compareDates([
      analysed('a', 'The ferry levy is to be lifted by the end of June.', null),
      analysed('b', 'The ferry levy will be lifted in June, the board said.', '2025-03-12'),
    ]).map((r) => r.difference.status);
    expect(undated).toEqual(['consensus']);
  });

  it('does not set the day a thing is set for against a day of what happened, in sentences that share a name', () => {
    const found = compareDates([
      analysed('a', 'On Wednesday, jurors sent a note to Judge Miriam Lund saying they could not agree.', '2024-11-15'),
      analysed('b', 'Judge Miriam Lund set sentencing for Feb. 20.', '2024-11-15'),
    ]).map((r) => r.difference.status);
    expect(found).not.toContain('conflict');
  });

  it('lists, not shows, one night told from either side of midnight', () => {
    const found = conflictsOf(
      analysed('a', 'The harbour board voted 7-5 late Tuesday to close the pier.', '2023-10-18'),
      analysed('b', 'The harbour board early Wednesday voted 7-5 to close the pier.', '2023-10-18'),
    );
    expect(found.map((r) => r.substance)).toEqual([0]);
    // Midnight, and the end of one period that is the start of the next, are told from either side too.
    const boundary = (a: string, b: string) =>
      compareDates([analysed('a', a, '2025-06-27'), analysed('b', b, '2025-06-27')])
        .filter((r) => r.difference.status === 'conflict')
        .map((r) => r.substance);
    expect(boundary('The ferry service will stop at midnight Monday, the port said.', 'The ferry service will stop on Tuesday, July 1, the port said.')).toEqual([0]);
    expect(boundary('The ferry contract ends June 30, the port said.', 'A new ferry contract begins July 1, the port said.')).not.toContainEqual(4);
    // Two evenings a day apart are two days.
    expect(boundary('A memorial for the ferry crew is planned for Thursday evening at the pier.', 'A memorial for the ferry crew will be held Friday night at the pier.')).toEqual([4]);
  });

  it('reports two different days for the same event as a conflict', () => {
    const found = compareDates([
      analysed('a', 'The staffer apologized on Friday for the Facebook post.', '2014-11-30'),
      analysed('b', 'The staffer apologized on Saturday for the Facebook post.', '2014-11-30'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'conflict' })]);
  });

  it('takes one month and day with no year as one day, whatever the tense, and a deadline for no event day', () => {
    const yearless = compareDates([
      analysed('a', 'The rivals met on Wednesday night in a debate before the Sept. 9 runoff.', '2017-07-14'),
      analysed('b', 'The runoff is Sept. 9, and the rivals met on Wednesday.', '2017-07-14'),
    ]).map((r) => r.difference);
    expect(yearless.filter((d) => d.kind === 'date' && d.status !== 'consensus')).toEqual([]);
    const deadline = compareDates([
      analysed('a', 'The water board voted 3-2 on Monday to shut two wells by early August.', '2017-07-14'),
      analysed('b', 'Two wells will be shut by Aug. 4 after the water board voted 3-2 this week.', '2017-07-14'),
    ]).map((r) => r.difference);
    expect(deadline.filter((d) => d.status === 'conflict')).toEqual([]);
  });

  it('does not take the day a figure is measured against for the day of the event', () => {
    const found = compareDates([
      analysed('a', 'The state logged 4,100 new claims on Thursday, the labour office said.', '2021-07-09'),
      analysed('b', 'New claims reached 4,100, up from 2,900 on June 30, the labour office said.', '2021-07-09'),
    ]).map((r) => r.difference);
    expect(found.filter((d) => d.status === 'conflict')).toEqual([]);
  });

  it('does not compare the lines that stamp when an article was posted or updated', () => {
    const found = compareDates([
      analysed('a', 'Posted 3/14/2022 9:10 AM\n\nThe council voted to close the library.', null),
      analysed('b', 'Last Updated: Tuesday, 15 March 2022, 10:02 GMT\n\nThe council voted to close the library.', null),
    ]).map((r) => r.difference);
    expect(found).toEqual([]);
  });

  it('reports a date only one article gives as partial', () => {
    const found = compareDates([
      analysed('a', 'The invasion began on Feb. 24.'),
      analysed('b', 'The invasion continues.'),
    ]).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ status: 'partial', missingFrom: ['b'] })]);
  });

  it('reads a time by the clock however written', () => {
    expect(['7:15 p.m.', '7:15pm', '7.15pm', '1915 GMT', '19:15'].map(clockTime)).toEqual(Array(5).fill('07:15 pm'));
    expect([clockTime('at 7:15 on Monday'), clockTime('at noon'), clockTime('shortly after midnight'), clockTime('13 p.m.'), clockTime('a 3-1 win')]).toEqual(['07:15', '12:00 pm', '12:00 am', null, null]);
    // A time in words, with its half of the day; without one it is no time read.
    expect([clockTime('at ten past three in the morning'), clockTime('at twenty to five on Sunday morning'), clockTime('half past seven in the evening'), clockTime('ten past three')]).toEqual(['03:10 am', '04:40 am', '07:30 pm', null]);
  });

  it('lists a time by the clock only some outlets give, unless an outlet gives a part of the day that holds it', () => {
    const times = (...texts: string[]) =>
      compareDates(texts.map((t, i) => analysed(`a${i}`, t))).filter((r) => r.difference.values.some((v) => /\d:\d\d/.test(v.normalized)));
    const [partial] = times('The ferry sank at 7:15 p.m. on Monday.', 'The ferry sank shortly after 7:15pm Monday.', 'The ferry sank on Monday.');
    expect(partial.difference).toEqual(expect.objectContaining({ status: 'partial', missingFrom: ['a2'] }));
    expect(partial.substance).toBe(0);
    const [held] = times('The ferry sank at 7:15 p.m. on Monday.', 'The ferry sank on Monday evening.');
    expect(held.difference.status).toBe('consensus');
  });

  it('lists one day given two times of day for one event as a conflict, not shown', () => {
    const found = conflictsOf(
      analysed('a', 'She will open the new library today at 10am in her home town of Elmford.'),
      analysed('b', 'She opened the new library Tuesday afternoon in Elmford, her home town.'),
    );
    expect(found).toHaveLength(1);
    expect(found[0].difference.values.map((v) => v.text)).toEqual(['today at 10am', 'Tuesday afternoon']);
    expect(found[0].substance).toBe(0);
  });

  it('does not compare the day of what happened with a day to come told in a retold sentence', () => {
    const conflicts = (a: string, b: string) => compareDates([analysed('a', a), analysed('b', b)]).filter((r) => r.difference.status === 'conflict');
    expect(conflicts('Ilse Varga was charged on Sunday with assaulting a harbour guard.', 'Ilse Varga was charged with assaulting a harbour guard and will appear in court on Tuesday.')).toEqual([]);
    expect(conflicts('Ilse Varga was charged on Sunday with assaulting a harbour guard.', 'Ilse Varga was charged on Monday with assaulting a harbour guard.')).toHaveLength(1);
  });

  it('lists two clock times for one event told alike as a conflict, but not a bound, a time zone or a time a few minutes off', () => {
    const conflicts = (a: string, b: string) => compareDates([analysed('a', a), analysed('b', b)]).filter((r) => r.difference.status === 'conflict');
    const [found] = conflicts('The warehouse fire broke out at 8.40pm on the roof, crews said.', 'The warehouse fire broke out at 10.40pm on the roof, crews said.');
    expect(found.difference.values.map((v) => v.text)).toEqual(['8.40pm', '10.40pm']);
    // A stop after "pm" ends the sentence; it is not shown as part of the time. "p.m." keeps its stops.
    const [atEnd] = conflicts('The warehouse fire broke out on the roof at 8.40pm.', 'The warehouse fire broke out on the roof at 10.40 p.m.');
    expect(atEnd.difference.values.map((v) => v.text)).toEqual(['8.40pm', '10.40 p.m.']);
    expect(conflicts('The warehouse fire broke out after 8.40pm on the roof, crews said.', 'The warehouse fire broke out at 10.40pm on the roof, crews said.')).toEqual([]);
    // "shortly after" is a time given loosely, not a bound.
    expect(conflicts('The warehouse fire broke out shortly after 8.40pm on the roof, crews said.', 'The warehouse fire broke out at 10.40pm on the roof, crews said.')).toHaveLength(1);
    expect(conflicts('The warehouse fire broke out at 8.40pm GMT on the roof, crews said.', 'The warehouse fire broke out at 10.40pm on the roof, crews said.')).toEqual([]);
    // One zone told two ways, or a "local time" beside a time with no zone, is one clock.
    expect(conflicts('The warehouse fire broke out at 8.40pm local time on the roof, crews said.', 'The warehouse fire broke out at 10.40pm on the roof, crews said.')).toHaveLength(1);
    expect(conflicts('The warehouse fire broke out at 8.40pm EDT on the roof, crews said.', 'The warehouse fire broke out at 10.40pm Eastern time on the roof, crews said.')).toHaveLength(1);
    const [loose] = conflicts('The warehouse fire broke out at about 8.40pm on the roof, crews said.', 'The warehouse fire broke out at 8.49pm on the roof, crews said.');
    expect(loose.substance).toBe(0);
    // "shortly before 9pm" reaches back half an hour, to 8.38pm; not to 8.10pm.
    const before = (time: string) => conflicts(`The warehouse fire broke out at ${time} on the roof, crews said.`, 'The warehouse fire broke out shortly before 9pm on the roof, crews said.')[0]?.substance;
    expect(before('8.38pm')).toBe(0);
    expect(before('8.10pm')).toBeGreaterThan(0);
    // The clock turns at midnight: "shortly before midnight" reaches back to 11.40pm.
    expect(conflicts('The warehouse fire broke out at 11.40pm on the roof, crews said.', 'The warehouse fire broke out shortly before midnight on the roof, crews said.')[0]?.substance).toBe(0);
  });

  it('lists the one clock time each of two outlets gives as a conflict, though their sentences are unlike, and shows it only when each is to the minute and of one happening', () => {
    const conflicts = (a: string, b: string) => compareDates([analysed('a', a), analysed('b', b)]).filter((r) => r.difference.status === 'conflict');
    const [found] = conflicts(
      'The freighter reached the harbour mouth at 6:12 a.m. and dropped anchor.',
      'Nine crew were treated for burns, the coast guard said on Friday, after the freighter limped into port shortly before 7 a.m.',
    );
    expect(found.difference.values.map((v) => v.text)).toEqual(['6:12 a.m.', '7 a.m.']);
    expect(found.substance).toBe(0);
    // Each given to the minute, in clauses telling the same happening, however near: shown.
    const [minutes] = conflicts('The harbour master’s first radio call came in at 6:12 a.m., logs show.', 'The first distress call from the freighter was logged at 6:21 a.m., the coast guard said.');
    expect(minutes.substance).toBeGreaterThan(0);
    // An outlet giving two times tells two moments: neither is set against the other outlet's one.
    expect(
      conflicts(
        'The freighter reached the harbour mouth at 6:12 a.m. and dropped anchor.',
        'Nine crew were treated for burns after the freighter limped into port shortly before 7 a.m.; the last was released at 11 a.m.',
      ),
    ).toEqual([]);
  });

  it('sets a time of an outlet giving several against the other outlet\'s time of the same happening, landing as touching down', () => {
    const [found] = conflictsOf(
      analysed('a', 'Flight 88 departed Calder at 1:05 p.m. after a short delay. The plane touched down safely at Port Ellery at 3:42 p.m. local time.'),
      analysed('b', 'Flight 88 from Calder landed at Port Ellery at 4:15 p.m. local time with 120 passengers, the airline said.'),
    );
    expect(found.difference.values.map((v) => v.text)).toEqual(['3:42 p.m.', '4:15 p.m.']);
    expect(found.substance).toBeGreaterThan(0);
  });

  // Two times of one happening however told: [what, outlet a, outlet b, the two times].
  const oneHappening: [string, string, string, [string, string]][] = [
    ['a collapse told as a noun and as "gave way"', 'The collapse happened at 2:20 a.m. on Sunday in a storage hall, officials said. Crews cleared the road by 11 a.m.', 'Part of the warehouse roof gave way at 3:35 a.m. on Sunday, the owner said. The road reopened at 11 a.m.', ['2:20 a.m.', '3:35 a.m.']],
    ['a departure told as "took off"', 'The charter took off from Vell at 7:50 a.m., the airport said. Passengers were back in the terminal by noon.', 'The charter departed Vell at 8:25 a.m. and turned back an hour later, the operator said. Passengers were back in the terminal by noon.', ['7:50 a.m.', '8:25 a.m.']],
    ['a result "read out"', 'The clerk read out the result at 8:40 p.m., after a long debate. The hall emptied by 10 p.m.', 'The tally was announced by the clerk at 9:40 p.m. local time. The hall emptied by 10 p.m.', ['8:40 p.m.', '9:40 p.m.']],
    ['a launch told as "lifted off"', 'The rocket lifted off at 6:05 a.m. local time, the agency said. Contact was lost at 6:09 a.m.', 'The rocket was launched at 6:35 a.m. from the coastal pad, officials said. Crowds had gone by 9 a.m.', ['6:05 a.m.', '6:35 a.m.']],
    ['a crest told as "peaked"', 'The river crested at 5:10 a.m. on Sunday, the highest on record. Crews reopened the bridge at 2 p.m.', 'The river peaked at 7:10 a.m. on Sunday, officials said. The bridge reopened at 2 p.m.', ['5:10 a.m.', '7:10 a.m.']],
    // A verb of a deed done both clauses share tells one happening too, whatever the rest of the clause.
    ['a deed told by one verb', 'The coach was on its way to Vell when it left Route 9 at 10:05 p.m. Rescuers arrived at 11:30 p.m.', 'It left the road at 10:45 p.m. near a hairpin bend. The first ambulance came at 11:30 p.m.', ['10:05 p.m.', '10:45 p.m.']],
  ];
  it.each(oneHappening)('sets the times of %s against each other', (_, a, b, times) => {
    const [found] = conflictsOf(analysed('a', a), analysed('b', b));
    expect(found.difference.values.map((v) => v.text)).toEqual(times);
    expect(found.substance).toBeGreaterThan(0);
  });

  it('sets the times of one explosion against each other, each outlet giving another time too ("the blast happened" / "the explosion occurred")', () => {
    const [found] = conflictsOf(
      analysed('a', 'The blast at the grain elevator happened at about 2:10 a.m., fire officials said. Roads reopened shortly before 9 a.m.'),
      analysed('b', 'Officials said the explosion occurred shortly after 2:45 a.m. A boil-water notice was lifted just before 9 a.m.'),
    );
    expect(found.difference.values.map((v) => v.text)).toEqual(['2:10 a.m.', '2:45 a.m.']);
    expect(found.substance).toBeGreaterThan(0);
  });

  it('sets the one day each outlet gives of one deed done to one thing against the other\'s, however the deed is told, in unlike sentences', () => {
    const [found] = conflictsOf(
      analysed('a', 'The utility said Tuesday that hackers stole customer records. The utility discovered the breach on Feb. 3, when billing systems failed.', '2026-03-11'),
      analysed('b', 'A customer sued the utility on Wednesday. The utility first detected the intrusion on Jan. 28, according to a filing with regulators.', '2026-03-12'),
    );
    expect(found?.difference.values.map((v) => v.text)).toEqual(['Feb. 3', 'Jan. 28']);
  });

  it('does not set the year a record runs back to ("the deadliest since 2009") against another outlet\'s year of another past event', () => {
    expect(
      conflictsOf(
        analysed('a', 'A quake shook the coast on Monday, killing 12 people. In 2001, a magnitude-8.1 quake off the coast killed 90 people.'),
        analysed('b', 'A quake shook the coast on Monday, killing 12 people. It was the deadliest in the region since 2009, when a magnitude-7.9 quake killed 300 people.'),
      ),
    ).toEqual([]);
  });

  it('does not show two clock times whose clauses share no word of what happened, however alike their sentences', () => {
    const shown = compareDates([
      analysed('a', 'A ferry was sighted drifting off Port Ellery at 1:45 p.m. on Saturday.', '2024-07-15'),
      analysed('b', 'The harbour closure for Port Ellery went out around 4 p.m. Saturday, two hours after the drifting ferry was sighted.', '2024-07-15'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown).toEqual([]);
  });

  it('keeps two clock times of one event a conflict when a third outlet gives only the part of the day', () => {
    const [times] = compareDates([
      analysed('a', 'The harbour wall gave way at 4:40 p.m. on Monday, the mayor said.'),
      analysed('b', 'The harbour wall gave way at 6:10 p.m. on Monday, officials said.'),
      analysed('c', 'The harbour wall gave way late Monday afternoon.'),
    ]).filter((r) => r.difference.values.some((v) => v.text === '4:40 p.m.'));
    expect(times.difference.status).toBe('conflict');
    expect(times.difference.values.map((v) => [v.articleId, v.inOtherWords ?? false])).toEqual([['a', false], ['b', false], ['c', true]]);
  });

  it('takes no part of another day than the times\' own for a third outlet\'s looser writing of them', () => {
    const [times] = compareDates([
      analysed('a', 'The harbour wall gave way at 4:40 a.m. on Monday, the mayor said.', '2026-03-17'),
      analysed('b', 'The harbour wall gave way at 6:10 a.m. on Monday, officials said.', '2026-03-17'),
      analysed('c', 'The harbour wall gave way before dawn on Monday. Divers had searched the water by Tuesday morning.', '2026-03-17'),
    ]).filter((r) => r.difference.values.some((v) => v.text === '4:40 a.m.'));
    expect(times.difference.values.map((v) => v.articleId)).toEqual(['a', 'b']);
    // …nor, where the times' sentences name no day, the part of a day of another happening.
    const [undated] = compareDates([
      analysed('a', 'The harbour wall gave way at 4:40 a.m., the mayor said.', '2026-03-17'),
      analysed('b', 'The harbour wall gave way at 6:10 a.m., officials said.', '2026-03-17'),
      analysed('c', 'Families gathered at the town hall on Monday morning to wait for news. Divers searched the water.', '2026-03-17'),
    ]).filter((r) => r.difference.values.some((v) => v.text === '4:40 a.m.'));
    expect(undated.difference.values.map((v) => v.articleId)).toEqual(['a', 'b']);
  });

  it('does not call times a conflict when they overlap, the events differ, or an outlet also gives the other time', () => {
    const conflicts = (a: string, b: string) => compareDates([analysed('a', a), analysed('b', b)]).filter((r) => r.difference.status === 'conflict');
    expect(conflicts('She opened the library Tuesday at noon in Elmford.', 'She opened the library Tuesday afternoon in Elmford.')).toEqual([]);
    expect(conflicts('She opened the library today at 10am in Elmford.', 'The council met Tuesday night to vote on taxes.')).toEqual([]);
    expect(conflicts('She opened the library today at 10am in Elmford.', 'She opened the library Tuesday afternoon in Elmford. She arrived at the library in Elmford Tuesday morning.')).toEqual([]);
    expect(conflicts('She opened the library Tuesday at 10am Eastern in Elmford.', 'She opened the library Tuesday at 7am Pacific in Elmford.')).toEqual([]);
    // A time written with a full stop is read whole, as one with a colon is: 9.50pm is at night.
    expect(conflicts('She opened the library at 9.50pm Tuesday in Elmford.', 'She opened the library Tuesday night in Elmford.')).toEqual([]);
  });

  it('compares two days after publication one thing takes effect, told as to come or not', () => {
    const found = compareDates([
      analysed('a', 'The new speed limits take effect Feb. 1, 2027, the city said.', '2026-11-20'),
      analysed('b', 'The new speed limits will take effect June 1, 2027, giving drivers months to adjust.', '2026-11-20'),
    ]).map((r) => r.difference.status);
    expect(found).toContain('conflict');
  });

  it('lists two days of one event each outlet tells in its own words and credits to its own source', () => {
    const ranked = compareDates([
      analysed('a', 'The assembly is set to vote on the levy on June 8, according to a calendar issued by Chair Ilse Vang.', '2026-06-01'),
      analysed('b', 'The assembly is scheduled to vote on the tax June 11, said Deputy Chair Otto Brenner.', '2026-06-01'),
    ]);
    expect(ranked.map((r) => r.difference.status)).toEqual(['conflict']);
    expect(ranked[0].substance).toBe(0);
    // One day told in a clause of its own ("…, which aides said were filed on May 27") is of what that clause tells.
    const clauses = compareDates([
      analysed('a', 'Inspectors filed the safety reports with the port authority on May 29, two officials said.', '2026-06-01'),
      analysed('b', 'The port closed days after the safety reports, which the mayor said were filed on May 27.', '2026-06-01'),
    ]).map((r) => r.difference);
    expect(clauses).toContainEqual(expect.objectContaining({ status: 'conflict', values: [expect.objectContaining({ text: 'May 29' }), expect.objectContaining({ text: 'May 27' })] }));
  });

  it('sets the day a review was released, told in an aside ("The review, released on Friday,"), against another outlet’s day of its release', () => {
    const found = compareDates([
      analysed('a', 'The board fired the harbour master on Monday. The audit, released on Friday, found he had hidden repair costs.', '2026-11-24'),
      analysed('b', 'The harbour master was fired Monday after an audit released last Thursday found he had hidden repair costs.', '2026-11-24'),
    ]);
    expect(found.filter((r) => r.difference.status === 'conflict').map((r) => r.difference.label)).toEqual(['on Friday / last Thursday']);
  });

  it('sets the day a board voted against the day another outlet says it approved the same thing', () => {
    const found = compareDates([
      analysed('a', 'The harbour board voted 5 to 2 on Monday to close the old pier.', '2026-05-08'),
      analysed('b', 'The harbour board approved closing the old pier in a 5-2 vote Tuesday night.', '2026-05-08'),
    ]);
    expect(found.map((r) => [r.difference.status, r.difference.label])).toEqual([['conflict', 'on Monday / Tuesday night']]);
  });

  it('shows the one day to come each article gives of what is done to one thing, one as a weekday, as a conflict ("Thursday" / "March 16")', () => {
    // 2026-03-10 is a Tuesday: the board's Thursday is March 12.
    const shown = (b: string) => compareDates([analysed('a', 'The county board is set to adopt the budget Thursday, after a final hearing.', '2026-03-10'), analysed('b', b, '2026-03-10')]).filter((r) => r.difference.status === 'conflict' && r.substance > 0).map((r) => r.difference.label);
    expect(shown('Officials said the budget would be adopted on March 16.')).toEqual(['Thursday / March 16']);
    // A day to come of another thing is no side.
    expect(shown('Officials said the new library would open on March 16.')).toEqual([]);
  });

  it('shows the one day each article gives of one deed, told by verbs of that deed, as a conflict', () => {
    const shown = (b: string) => compareDates([analysed('a', 'The ferry line said it discovered the crack in the hull on April 9.', '2026-05-02'), analysed('b', b, '2026-05-02')]).filter((r) => r.difference.status === 'conflict' && r.substance > 0).map((r) => r.difference.label);
    expect(shown('Crews first spotted the crack on April 4, the line said.')).toEqual(['April 9 / April 4']);
    // An outlet giving two days of the deed ("spotted … on April 4 and again on April 6") leaves unsure which is the other's.
    expect(shown('Crews first spotted the crack on April 4 and spotted another crack on April 6.')).toEqual([]);
    // One deed done to two things: two events.
    const fired = (b: string) => compareDates([analysed('a', 'Ivo Park, fired on June 8, is suing the ferry line.', '2026-07-02'), analysed('b', b, '2026-07-02')]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(fired('Lia Moss, who was fired March 2, now runs a rival line.')).toEqual([]);
  });

  it('shows the one day of two sentences giving one vote’s tally as a conflict, however the deed is told', () => {
    const shown = (b: string) => compareDates([analysed('a', 'The council backed the pier plan. The assembly had passed it 31 to 9 on May 4.', '2026-06-02'), analysed('b', b, '2026-06-02')]).filter((r) => r.difference.status === 'conflict' && r.substance > 0).map((r) => r.difference.label);
    expect(shown('The council backed the pier plan. The assembly gave it final approval on May 11 by a vote of 31-9.')).toEqual(['May 4 / May 11']);
    // Another tally is another vote; a sentence with two days leaves unsure which is the vote's.
    expect(shown('The council backed the pier plan. The assembly gave it final approval on May 11 by a vote of 30-10.')).toEqual([]);
    expect(shown('The council backed the pier plan. After hearings on May 2, the assembly gave it final approval on May 11 by a vote of 31-9.')).toEqual([]);
  });

  it('shows the one day to come each article writes out of what one word tells ("takes effect on July 1" / "will take effect Jan. 1, 2026")', () => {
    const shown = compareDates([
      analysed('a', 'The harbour council voted 7-2 on Monday to ban jet skis. The ordinance takes effect on July 1. Opponents called it a job killer.', '2025-02-11'),
      analysed('b', 'The harbour council voted 7-2 on Monday to ban jet skis. The ban will take effect Jan. 1, 2026, giving renters nearly a year to sell their fleets.', '2025-02-11'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['July 1 / Jan. 1, 2026']);
  });

  it('does not take a day of one article for its week of another deed ("vote next week" / "return to work on Monday")', () => {
    const ranked = compareDates([
      analysed('a', 'The union reached a deal on Friday. Members will vote on the deal next week. Workers are expected to return to the pier on Monday, pending the vote.', '2025-11-08'),
      analysed('b', 'The union reached a deal on Friday. Members are scheduled to vote on the deal on Nov. 14.', '2025-11-08'),
      analysed('c', 'The union reached a deal on Friday. Members will vote on the deal on Nov. 18.', '2025-11-09'),
    ]);
    const conflict = ranked.find((r) => r.difference.status === 'conflict');
    expect(conflict?.difference.values.map((v) => v.text)).not.toContain('on Monday');
  });

  it('compares the one day to come each article gives of what is done to one thing, however the deed is told', () => {
    const found = (b: string) => compareDates([analysed('a', 'Mayor Ida Roe said on Tuesday that the pier footage would be released on Friday.', '2025-06-11'), analysed('b', b, '2025-06-11')]).filter((r) => r.difference.status === 'conflict');
    expect(found('At a briefing Tuesday, Mayor Ida Roe said the pier footage would be made public next Monday.').map((r) => r.difference.label)).toEqual(['on Friday / next Monday']);
    // A day to come of another thing is another event.
    expect(found('At a briefing Tuesday, Mayor Ida Roe said the council would be briefed next Monday.')).toEqual([]);
  });

  it('gives each article’s most precise writing of a day as its side, not a vague one of another sentence', () => {
    const found = conflictsOf(
      analysed('a', 'The mayor said she would propose a ferry levy next week. A memorial for the ferry crew is planned for Monday evening at the pier.', '2026-03-15'),
      analysed('b', 'A memorial for the ferry crew is scheduled for Monday, March 16, at the pier.', '2026-03-15'),
      analysed('c', 'A memorial for the ferry crew will be held Tuesday night at the pier.', '2026-03-15'),
    );
    expect(found.flatMap((r) => r.difference.values.filter((v) => v.articleId === 'a').map((v) => v.text))).toEqual(['Monday evening']);
  });

  it('lists as a conflict the one day each article gives of what the same word tells, in sentences worded apart', () => {
    const ranked = compareDates([
      analysed('a', 'The regional court upheld the toll on Monday. The new toll will take effect on Sept. 1, the court clerk said.', '2026-06-02'),
      analysed('b', 'The regional court upheld the toll Monday. The decision frees the transport agency to let the charge take effect on Oct. 1.', '2026-06-02'),
    ]).map((r) => r.difference);
    expect(ranked).toContainEqual(expect.objectContaining({ status: 'conflict', values: [expect.objectContaining({ text: 'Sept. 1' }), expect.objectContaining({ text: 'Oct. 1' })] }));
    // An article giving two such days (parts of the toll taking effect apart) may tell another part's day.
    const parts = compareDates([
      analysed('a', 'The regional court upheld the toll on Monday. The new toll will take effect on Sept. 1, the court clerk said.', '2026-06-02'),
      analysed('b', 'The regional court upheld the toll Monday. The truck charge will take effect on Oct. 1 and the car charge will take effect on Nov. 1.', '2026-06-02'),
    ]).map((r) => r.difference.status);
    expect(parts).not.toContain('conflict');
  });

  it('takes "last week" for a day of it only in a sentence about the same thing', () => {
    const reporters = (other: string) =>
      compareDates([
        analysed('a', 'The ferry board approved the new timetable on Wednesday. An earlier vote on the timetable failed 4-3 on March 8.', '2022-03-16'),
        analysed('b', `The ferry board approved the new timetable on Wednesday. ${other}`, '2022-03-16'),
      ])
        .filter((r) => r.difference.values.some((v) => v.text === 'March 8'))
        .map((r) => r.difference.values.map((v) => v.text));
    expect(reporters('An earlier vote on the timetable failed last week.')).toEqual([['March 8', 'last week']]);
    expect(reporters('Dock workers picketed the ferry offices for two days last week.')).toEqual([['March 8']]);
  });

  it('puts before the reader the one day to come each article writes out, told in the same words around it', () => {
    const shown = (other: string) =>
      compareDates([
        analysed('a', 'The council passed a stopgap budget that keeps the libraries open through Feb. 6.', '2026-01-12'),
        analysed('b', `The council passed a stopgap budget on Monday. ${other}`, '2026-01-12'),
      ])
        .filter((r) => r.difference.status === 'conflict')
        .map((r) => r.substance > 0);
    expect(shown('The measure keeps the libraries funded through Jan. 30.')).toEqual([true]);
    // An article giving two days to come may give another thing's: the conflict is listed only.
    expect(shown('The measure keeps the libraries funded through Jan. 30. A full budget is due by March 2.')).toEqual([false]);
  });

  it('lists the one deadline to come each of two articles gives, in sentences worded apart, as a conflict', () => {
    const ranked = compareDates([
      analysed('a', 'The board struck down the fare rules on Monday. The tribunal told the transit board to publish new fares by July 15.', '2026-06-02'),
      analysed('b', 'The board struck down the fare rules on Monday. Judges gave the agency until Aug. 1 to submit a replacement table.', '2026-06-02'),
    ]);
    expect(ranked.filter((r) => r.difference.status === 'conflict').map((r) => [r.difference.values.map((v) => v.text), r.substance])).toEqual([[['July 15', 'Aug. 1'], 0]]);
    // Two deadlines in one article are two things: neither is "the" deadline.
    const two = compareDates([
      analysed('a', 'The tribunal told the transit board to publish new fares by July 15 and to refund riders by Sept. 30.', '2026-06-02'),
      analysed('b', 'Judges gave the agency until Aug. 1 to submit a replacement table.', '2026-06-02'),
    ]);
    expect(two.map((r) => r.difference.status)).not.toContain('conflict');
  });

  it('shows the one deadline to come each of two articles gives for one thing, however much else its sentence tells', () => {
    const shown = compareDates([
      analysed('a', 'The tribunal told the transit board to publish a new fare table by July 15, leaving riders weeks to plan before the autumn timetable.', '2026-06-02'),
      analysed('b', 'Judges gave the transit board until Aug. 1 to adopt a new fare table.', '2026-06-02'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['July 15 / Aug. 1']);
  });

  it('shows the one day each article gives of an event named right before it ("at a hearing on June 21" / "at a public hearing on June 23")', () => {
    const shown = compareDates([
      analysed('a', 'Councillors will question harbour master Ada Vorn at a hearing on June 21. The ferry chief will leave office on July 1.', '2026-06-08'),
      analysed('b', 'The transport committee plans to grill Vorn about the ferry contracts at a public hearing on June 23.', '2026-06-08'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['June 21 / June 23']);
  });

  it('shows the one day to come each article gives of one deed, whatever it names the deed done to ("will sign the measure" / "plans to sign the bill")', () => {
    const shown = compareDates([
      analysed('a', 'The council passed the ferry levy on Thursday. Mayor Ida Roe, who ran on a promise to "keep the boats running," has said she will sign the measure on May 24 at the pier.', '2026-05-15'),
      analysed('b', 'The council passed the ferry levy on Thursday. Mayor Ida Roe, a former harbour pilot, plans to sign the bill on May 31, according to her office.', '2026-05-15'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(shown.map((r) => r.difference.label)).toEqual(['May 24 / May 31']);
    // "to take up" a measure is to consider it.
    const sitting = compareDates([
      analysed('a', 'The harbour board ended ferry service on Monday. The town council is scheduled to take up a censure motion against the chairwoman on June 9.', '2026-05-15'),
      analysed('b', 'The harbour board ended ferry service on Monday. The town council will consider a formal rebuke of her conduct on June 16.', '2026-05-15'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(sitting.map((r) => r.difference.label)).toEqual(['June 9 / June 16']);
    // A deed named by its noun, set for a day ("The hearing is set for…").
    const hearing = compareDates([
      analysed('a', 'A grand jury indicted the ferry operator on Monday. The arraignment is set for July 8.', '2026-06-20'),
      analysed('b', 'The ferry operator was indicted Monday. A judge will arraign him on July 15 in the county court.', '2026-06-20'),
    ]).filter((r) => r.difference.status === 'conflict' && r.substance > 0);
    expect(hearing.map((r) => r.difference.label)).toEqual(['July 8 / July 15']);
  });

  it('lists a week and a month apart of one deed done to one thing as a conflict ("obtained the ledger last week" / "seized a ledger in March")', () => {
    const seized = (month: string) =>
      conflictsOf(
        analysed('a', 'Prosecutors said Tuesday that investigators obtained the shipping ledger last week.', '2026-05-06'),
        analysed('b', `Agents seized a shipping ledger in a raid in ${month}, prosecutors said in a filing on Tuesday.`, '2026-05-06'),
      ).map((r) => r.difference.label);
    expect(seized('February')).toEqual(['last week / February']);
    // A week inside the month may be when it was done.
    expect(seized('April')).toEqual([]);
  });

  it('lists the one day to come each of two articles gives, in sentences worded apart, as a conflict, not as two days only one reports', () => {
    const ranked = compareDates([
      analysed('a', 'The court blocked the levy on Tuesday. Judge Ada Moss scheduled a conference for Nov. 4 to discuss refunds.', '2026-10-01'),
      analysed('b', 'The court blocked the levy on Tuesday. The judge set a hearing for Nov. 14 so that the county could answer.', '2026-10-01'),
    ]);
    expect(ranked.filter((r) => r.difference.status === 'conflict').map((r) => [r.difference.values.map((v) => v.text), r.substance])).toEqual([[['Nov. 4', 'Nov. 14'], 0]]);
    expect(ranked.filter((r) => r.difference.status === 'partial' && r.substance > 0)).toEqual([]);
    // Months apart, they are days of two events.
    const apart = compareDates([
      analysed('a', 'The court blocked the levy on Tuesday. Judge Ada Moss scheduled a conference for Nov. 4 to discuss refunds.', '2026-10-01'),
      analysed('b', 'The court blocked the levy on Tuesday. The county election is March 3.', '2026-10-01'),
    ]);
    expect(apart.filter((r) => r.difference.status === 'conflict')).toEqual([]);
  });

  it('takes the one day each article writes on a document ("a letter dated May 9") for that document\'s, a conflict to show', () => {
    const shown = (other: string) =>
      compareDates([
        analysed('a', 'The Interior Department on Thursday cancelled a $900 million loan for the ferry terminal. The decision was communicated to the state in a letter dated May 12.', '2025-05-16'),
        analysed('b', `The Interior Department on Thursday tore up a $900 million loan for the ferry terminal. ${other}`, '2025-05-16'),
      ])
        .filter((r) => r.difference.status === 'conflict')
        .map((r) => [r.difference.values.map((v) => v.text), r.substance > 0]);
    expect(shown('In a letter dated May 9, the department told Oregon it was withdrawing the loan.')).toEqual([[['May 12', 'May 9'], true]]);
    // A day of something else is no day of the letter.
    expect(shown('On May 9, the department told Oregon it was withdrawing the loan.')).not.toContainEqual([['May 12', 'May 9'], true]);
  });

  it('does not set the days of two things named with them against each other ("the county\'s May 14 primary" / "the next debate for May 20")', () => {
    const found = conflictsOf(
      analysed('a', 'Ms. Roe left the race on Thursday. She will campaign for Mayor Ivo Marsh next week, ahead of the county\'s May 14 primary.', '2028-05-04'),
      analysed('b', 'Ms. Roe left the race on Thursday. The harbour party has scheduled the next debate for May 20 in Lakemoor.', '2028-05-04'),
    );
    expect(found).toEqual([]);
    // A day another outlet gives with no thing named is the thing's that outlet names with it.
    const third = conflictsOf(
      analysed('a', 'Ms. Roe left the race on Thursday. She will campaign for Mayor Ivo Marsh next week, ahead of the county\'s May 14 primary.', '2028-05-04'),
      analysed('b', 'Ms. Roe left the race on Thursday. The harbour party has scheduled the next debate for May 20 in Lakemoor.', '2028-05-04'),
      analysed('c', 'Ms. Roe left the race on Thursday. The next big test comes in the county on May 14, where polls show a close race.', '2028-05-04'),
    );
    expect(third).toEqual([]);
  });

  it('does not set the days of two chambers\' votes against each other ("The House approved it on Tuesday" / "The Senate had passed it on Monday")', () => {
    const found = conflictsOf(
      analysed('a', 'The House approved the harbour bill 222 to 207 on Tuesday evening, a day after the Senate passed it 68 to 31.', '2027-10-20'),
      analysed('b', 'The House approved the harbour bill 222 to 207. The Senate had passed the bill on Monday, 68 to 31.', '2027-10-20'),
    );
    expect(found).toEqual([]);
  });

  it('takes the one day each article gives of a thing named and what was done to it ("the complaint, lodged on May 2") for a conflict to show', () => {
    const shown = (other: string) =>
      compareDates([
        analysed('a', 'The complaint, lodged on May 2, argued that the levy broke the harbour charter as well as two state laws that courts have long read to bar towns from taxing passage.', '2025-05-20'),
        analysed('b', other, '2025-05-20'),
      ])
        .filter((r) => r.difference.status === 'conflict' && r.substance > 0)
        .map((r) => r.difference.values.map((v) => v.text));
    expect(shown('The complaint, lodged on April 28 by Lakemoor, Port Ellery and two fishing crews, called the March toll a grab for cash that would punish islanders.')).toEqual([['May 2', 'April 28']]);
    // What else was done to it is another day.
    expect(shown('The complaint, dismissed on April 28 by Lakemoor, Port Ellery and two fishing crews, called the March toll a grab for cash that would punish islanders.')).toEqual([]);
  });
});
