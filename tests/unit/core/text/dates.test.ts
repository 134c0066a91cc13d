import { describe, expect, it } from 'vitest';
import { dates, weekdaysNamed, WEEKDAYS } from '../../../../lib/core/text/dates';
import { analyse } from '../../../../lib/core/text/analyse';

const normalized = (sentence: string, publishedAt: string | null) => dates(sentence, publishedAt).map((d) => d.normalized);

describe('dates', () => {
  it('resolves weekdays, months and relative weeks against the publication date', () => {
    expect(normalized('Psaki said on Tuesday that Biden goes next week.', '2022-03-15')).toEqual(['2022-03-15', 'week of 2022-03-21']);
    expect(normalized('The summit is on March 24; the invasion began on Feb. 24.', '2022-03-15')).toEqual(['2022-03-24', '2022-02-24']);
    expect(normalized('The base was hit last weekend.', '2022-03-15')).toEqual(['weekend of 2022-03-12']);
    // "This week" is the publication's week, not the one before; "last week" is.
    expect(normalized('The council met this week and again earlier this week.', '2022-03-17')).toEqual(['week of 2022-03-14', 'week of 2022-03-14']);
    // A month's name after a title, before a family name, is a first name; the month itself is still read.
    expect(normalized('Representative June Albers called the plan cruel. The vote is in June.', '2019-03-28')).toEqual(['2019-06']);
    // "this weekend" told in the past in a paper of Monday is the weekend just past; to come, the next one.
    expect(normalized('Storms flooded the harbour this weekend.', '2022-03-14')).toEqual(['weekend of 2022-03-12']);
    expect(normalized('The harbour fair will open this weekend.', '2022-03-14')).toEqual(['weekend of 2022-03-19']);
    expect(normalized('The council met last week.', '2022-03-17')).toEqual(['week of 2022-03-07']);
    // A part of the publication day: "this afternoon" is that day, as "tonight" is.
    expect(normalized('A fire broke out at the depot this afternoon, and crews were still there this evening.', '2022-03-17')).toEqual(['2022-03-17', '2022-03-17']);
  });

  it('writes a date without the comma that follows it in the sentence', () => {
    const [date] = dates('The ferry sank on Tuesday, the coastguard said.', '2022-03-17');
    expect(date.text).toBe('on Tuesday');
    expect('The ferry sank on Tuesday, the coastguard said.'.slice(date.start, date.end)).toBe('on Tuesday');
  });

  it('places a weekday reported in the past tense before the publication date', () => {
    expect(normalized('It started Wednesday with the turkey pardon.', '2014-12-01')).toEqual(['2014-11-26']);
    expect(normalized('He will speak on Wednesday.', '2014-12-01')).toEqual(['2014-12-03']);
    // The verb before the day tells, whatever else the sentence says ("according to", "says").
    expect(normalized('Rangers say a hiker was rescued on Friday, according to a park statement.', '2014-12-02')).toEqual(['2014-11-28']);
    expect(normalized('Officials said the bridge reopens on Friday.', '2014-12-02')).toEqual(['2014-12-05']);
    expect(normalized('The council set the new rate on Thursday, the clerk said.', '2014-12-02')).toEqual(['2014-11-27']);
  });

  it('places a weekday told as to come after the publication date, though chrono finds a nearer one before it', () => {
    // Published on a Thursday: Tuesday is two days back and five ahead.
    expect(normalized('The council will vote Tuesday on the levy.', '2025-06-26')).toEqual(['2025-07-01']);
    expect(normalized('The levy was scheduled to take effect Tuesday.', '2025-06-26')).toEqual(['2025-07-01']);
    expect(normalized('The speaker plans a vote on the levy on Tuesday, aides said.', '2025-06-26')).toEqual(['2025-07-01']);
    // A word after an article is a noun, though the tagger reads it as a verb: "broke the tie" is past.
    expect(normalized('The mayor broke the tie in the council on Tuesday.', '2026-03-09')).toEqual(['2026-03-03']);
    // The verb right before the day is past: what is to come is another clause's.
    expect(normalized('The councillor, who will retire next year, spoke Tuesday.', '2025-06-26')).toEqual(['2026', '2025-06-24']);
    expect(normalized('The council voted Tuesday.', '2025-06-26')).toEqual(['2025-06-24']);
    // An abbreviation's point ends no clause: "will" still tells of the day after it.
    expect(normalized('The board will meet on July 8, after the union votes Tuesday.', '2025-06-26')).toEqual(['2025-07-08', '2025-07-01']);
    expect(normalized('The board will meet on Aug. 8, after the union votes Tuesday.', '2025-06-26')).toEqual(['2025-08-08', '2025-07-01']);
    // The earliest day to come, in a paper of that weekday or after it: the next one.
    expect(normalized('The board could take it up as early as Thursday.', '2025-06-26')).toEqual(['2025-07-03']);
    expect(normalized('The board could take it up as early as Tuesday.', '2025-06-26')).toEqual(['2025-07-01']);
    // A thing named by its day: the clause's tense is of what is done with it ("would cite Tuesday's vote"), the day the nearest.
    expect(normalized('The union said it would cite Tuesday’s vote in its scorecard.', '2025-06-26')).toEqual(['2025-06-24']);
    // A deadline someone has now ("has until Tuesday") is to come; a span that ran until a day is past.
    expect(normalized('The harbour board has until midnight Tuesday to answer.', '2025-06-27')).toEqual(['2025-07-01']);
    expect(normalized('The ferry strike ran until Tuesday.', '2025-06-27')).toEqual(['2025-06-24']);
    // A thing moved from one day to another: the two days, the old and the new; a range that runs stays one date.
    expect(normalized('The board moved the ferry vote from June 3 to July 15.', '2025-05-20')).toEqual(['2025-06-03', '2025-07-15']);
    expect(normalized('The regatta runs from June 3 to June 8.', '2025-05-20')).toEqual(['2025-06-03']);
    // A year told from the one the sentence gave before it.
    expect(normalized('The pier flooded in 2019, and the ferry line folded the following year.', '2025-05-20')).toEqual(['2019', '2020']);
    expect(normalized('The ferry line folded in 2020, a year after the pier flooded.', '2025-05-20')).toEqual(['2020']);
  });

  it('places a month by the year named after it, and a month or day told as to come in a perfect tense after publication', () => {
    expect(normalized('The firm first announced the sale in October of last year.', '2025-06-12')).toEqual(['2024-10', '2024']);
    expect(normalized('A hearing has been scheduled for September.', '2025-06-12')).toEqual(['2025-09']);
    expect(normalized('A hearing has been scheduled for July 20.', '2025-06-12')).toEqual(['2025-07-20']);
    // "next June", "last June": the first June after the month of writing, the last one before it.
    expect(normalized('She may return next June, and she last played last June.', '2025-06-12')).toEqual(['2026-06', '2024-06']);
    expect(normalized('She may return next June.', '2025-03-12')).toEqual(['2025-06']);
    // The day a decision takes effect comes after it, whatever the tense of the decision.
    expect(normalized('The ferry board approved a fare of $7, effective Nov. 1.', '2025-06-12')).toEqual(['2025-11-01']);
    // "after this month's elections": this month, not the month after it.
    expect(normalized('The vote will come after this month’s elections.', '2025-06-12')).toEqual(['2025-06']);
    // A day an order is to be met by is still to come, whatever the tense of the order; a day something was done by has been.
    expect(normalized('The board ordered a new ferry schedule by Oct. 1.', '2025-06-12')).toEqual(['2025-10-01']);
    expect(normalized('The ferry line had carried a million riders by Oct. 1.', '2025-06-12')).toEqual(['2024-10-01']);
    // A day something takes effect, told in the present, is still to come; told in the past, it has been.
    expect(normalized('The new ferry fares take effect March 1.', '2025-06-12')).toEqual(['2026-03-01']);
    expect(normalized('The new ferry fares took effect March 1.', '2025-06-12')).toEqual(['2025-03-01']);
    expect(normalized('The plant closed in September.', '2025-06-12')).toEqual(['2024-09']);
  });

  it('reads "not … until" a day as the day something happened, not the end of a span to come', () => {
    expect(normalized('The leak was not found until March 11.', '2025-04-08')).toEqual(['2025-03-11']);
    expect(normalized('The ban lasts until March 11.', '2025-04-08')).toEqual(['2026-03-11']);
  });

  it('reads a holiday on a fixed day as that day, written as the holiday', () => {
    expect(dates('The ferry levy will rise on New Year’s Day.', '2025-03-07').map((d) => [d.text, d.normalized])).toEqual([['New Year’s Day', '2026-01-01']]);
    expect(normalized('The harbour closed early on Christmas Eve.', '2025-03-07')).toEqual(['2024-12-24']);
  });

  it('places a day and month told as to come in next year when this year’s has passed', () => {
    expect(normalized('The levy will be phased in over four years, beginning Jan. 1.', '2025-03-07')).toEqual(['2026-01-01']);
    expect(normalized('The levy took effect on Jan. 1.', '2025-03-07')).toEqual(['2025-01-01']);
    // What a bill would do is to come.
    expect(normalized('Under the bill, the ferry levy would rise on Jan. 1.', '2025-03-07')).toEqual(['2026-01-01']);
    // A sum before the day is no part of it.
    expect(dates('Under the bill, the levy would rise to $14 on Jan. 1.', '2025-03-07').map((d) => d.text)).toEqual(['Jan. 1']);
    // A weekday told as a habit is no day.
    expect(dates('The museum, which opens every day except Monday, will stay shut until Friday.', '2026-12-03').map((d) => d.text)).toEqual(['Friday']);
    expect(dates('The toll rose to 14 on Wednesday.', '2025-03-07').map((d) => d.text)).toEqual(['on Wednesday']);
  });

  it('reads "the start of next year" or "the end of this year" as that year’s first or last month', () => {
    expect(normalized('The levy rises to $14 at the start of next year.', '2025-03-07')).toEqual(['2026-01']);
    expect(normalized('The pier should reopen by the end of this year.', '2025-03-07')).toEqual(['2025-12']);
    expect(normalized('The pier reopened at the beginning of last year.', '2025-03-07')).toEqual(['2024-01']);
  });

  it('places a day something is expected to be done on ahead, though its participle is past', () => {
    expect(normalized('The new harbour master is expected to be sworn in on Thursday.', '2025-03-18')).toEqual(['2025-03-20']);
    expect(normalized('The new harbour master was sworn in on Thursday.', '2025-03-18')).toEqual(['2025-03-13']);
  });

  it('reads "the end of the week" or "of the month" as the publication’s week or month', () => {
    expect(normalized('The harbour master will leave at the end of the week.', '2023-10-17')).toEqual(['week of 2023-10-16']);
    expect(normalized('The levy lapses at the end of the month.', '2023-10-17')).toEqual(['2023-10']);
  });

  it('reads "a week from Monday" as a week after the coming Monday', () => {
    // Published on a Thursday.
    expect(normalized('The recount begins a week from Monday.', '2022-08-04')).toEqual(['2022-08-15']);
    expect(normalized('The levy is due two weeks from Friday.', '2022-08-04')).toEqual(['2022-08-19']);
  });

  it('leaves a tally right after a month out of the date', () => {
    expect(dates('The levy passed the Assembly in April, 148 to 139.', '2026-05-27').map((d) => [d.text, d.normalized])).toEqual([['April', '2026-04']]);
  });

  it('reads "the weekend of" or "the week of" a day as that weekend or week', () => {
    // April 18, 2026 is a Saturday; June 10 a Wednesday.
    expect(normalized('The harbour flooded on the weekend of April 18.', '2026-05-27')).toEqual(['weekend of 2026-04-18']);
    expect(normalized('Hearings open the week of June 10.', '2026-05-27')).toEqual(['week of 2026-06-08']);
  });

  it('reads "May" as the month after a word no verb follows, and a part of a month as the month', () => {
    expect(normalized('The ferry levy runs through the end of May.', '2025-03-14')).toEqual(['2025-05']);
    expect(normalized('The harbour board meets again in May.', '2025-03-14')).toEqual(['2025-05']);
    expect(normalized('The board may meet again soon.', '2025-03-14')).toEqual([]);
    expect(normalized('The board asked for federal help in early May.', '2025-06-14')).toEqual(['2025-05']);
    expect(normalized('The relief fund ran dry by mid-May.', '2025-06-14')).toEqual(['2025-05']);
    expect(normalized('Fares will stay frozen until the end of June.', '2025-03-14')).toEqual(['2025-06']);
  });

  it('places a day and month reported in the past tense in the last year when this year’s is still to come', () => {
    expect(normalized('The dam was approved on June 2 after a long fight.', '2024-05-14')).toEqual(['2023-06-02']);
    expect(normalized('The dam will be opened on June 2.', '2024-05-14')).toEqual(['2024-06-02']);
    expect(normalized('Though the June 2 vote is only advisory, the council backed it.', '2024-05-14')).toEqual(['2024-06-02']);
    expect(normalized('The mayor said she plans to decide by June whether to run.', '2024-05-14')).toEqual(['2024-06']);
  });

  it('places a month reported in the past tense before the publication date, not one still to come', () => {
    expect(normalized('The mayor, under pressure, resigned in November.', '2022-08-10')).toEqual(['2021-11']);
    expect(normalized('In November, the mayor resigned.', '2022-08-10')).toEqual(['2021-11']);
    expect(normalized('The vote is expected in November.', '2022-08-10')).toEqual(['2022-11']);
    expect(normalized('Aides said the mayor would resign in November.', '2022-08-10')).toEqual(['2022-11']);
  });

  it('reads weeks to come after a verb telling it is to come ("will vote in three weeks") as that week', () => {
    expect(normalized('The harbour board will vote on the levy in three weeks.', '2025-05-07')).toEqual(['week of 2025-05-26']);
    // Weeks that have passed, or a span, are no day.
    expect(normalized('The levy was drafted in three weeks.', '2025-05-07')).toEqual([]);
  });

  it('places a month told as when something went on from ("since taking office in November") before the publication date', () => {
    expect(normalized('The mayor has vetoed three bills since taking office in November.', '2022-08-10')).toEqual(['2021-11']);
    expect(normalized('Ferry fares have doubled since November.', '2022-08-10')).toEqual(['2021-11']);
  });

  it('keeps what cannot be placed without a publication date unresolved', () => {
    expect(normalized('On Thursday he meets them, on March 24.', null)).toEqual(['thursday', 'XXXX-03-24']);
    expect(normalized('It happened last week.', null)).toEqual(['last week']);
  });

  it('ignores durations that name no calendar anchor, and times on the 24-hour clock', () => {
    expect(dates('Later in the day, after two weeks of talks, he left.', '2022-03-15')).toEqual([]);
    expect(dates('The alarm was raised at about 1930 GMT.', '2022-03-15')).toEqual([]);
  });

  it('leaves a score or tally before a month and its day, or before a weekday, out of the date', () => {
    expect(dates('The visitors lost 28-3 Nov. 9 at the stadium.', '2014-12-01').map((d) => [d.text, d.normalized])).toEqual([['Nov. 9', '2014-11-09']]);
    expect(dates('The assembly voted 27-14 on Thursday to close the mine.', '2014-12-01').map((d) => [d.text, d.normalized])).toEqual([['on Thursday', '2014-11-27']]);
    expect(normalized('The fair runs 10-12 Oct. 2014 in the park.', '2014-12-01')).toEqual(['2014-10-10']);
  });

  it('takes "march" in lower case for the word, not the month', () => {
    expect(dates('About 3,000 people joined the march downtown.', '2017-05-08')).toEqual([]);
    expect(normalized('The council met in March.', '2017-05-08')).toEqual(['2017-03']);
  });

  it('does not put a day something was put off until after into the past year', () => {
    expect(normalized('The board postponed the vote until after the August 12 recess.', '2017-06-27')).toEqual(['2017-08-12']);
  });

  it('leaves a count of things after a weekday out of the date, but keeps the day after a month', () => {
    expect(dates('The clerk was charged on Friday on 19 counts of fraud.', '2014-12-03').map((d) => [d.text, d.normalized])).toEqual([['on Friday', '2014-11-28']]);
    expect(dates('The levy lapses on June 30 unless voters renew it.', '2014-12-03').map((d) => d.text)).toEqual(['June 30']);
  });

  it('leaves a tally written with "to" before a day told from the publication out of the date', () => {
    expect(dates('The board backed the levy 9 to 4 last week.', '2014-12-03').map((d) => [d.text, d.normalized])).toEqual([['last week', 'week of 2014-11-24']]);
    expect(dates('The board backed the levy 9 to 4 last Monday.', '2014-12-03').map((d) => [d.text, d.normalized])).toEqual([['last Monday', '2014-12-01']]);
    // "last night" is the evening before the day of publication.
    expect(dates('The board backed the levy 9 to 4 last night.', '2014-12-03').map((d) => [d.text, d.normalized])).toEqual([['last night', '2014-12-02']]);
    expect(dates('Aldermen approved it 11 to 3 yesterday.', '2014-12-03').map((d) => d.text)).toEqual(['yesterday']);
  });

  it('reads a day written before its month with an ordinal ("29th May", "the 29th of May")', () => {
    expect(normalized('The strike began on 29th May.', '2024-06-14')).toEqual(['2024-05-29']);
    expect(normalized('It began on the 29th of May.', '2024-06-14')).toEqual(['2024-05-29']);
  });

  it('reads the day a part of the day is of, not the publication day', () => {
    expect(dates('The ferry ran aground on the night of Aug. 14th near the pier.', '2014-09-02').map((d) => [d.text, d.normalized])).toEqual([['Aug. 14th', '2014-08-14']]);
    expect(normalized('On the morning of 3 July, the road was shut.', '2014-09-02')).toEqual(['2014-07-03']);
  });
});

describe('weekdaysNamed', () => {
  const bit = (day: string) => 1 << WEEKDAYS.indexOf(day);
  it('collects each weekday a text names, in any case, as whole words only', () => {
    expect(weekdaysNamed('The court ruled on Tuesday; on TUESDAY night and Friday, protests.')).toBe(bit('tuesday') | bit('friday'));
    expect(weekdaysNamed('Sundays and Mondayish words are not days')).toBe(0);
    expect(weekdaysNamed('no day at all')).toBe(0);
  });

  it('reads the end of a range after "until" as a date of its own, and what lasts until a month or day as yet to come', () => {
    expect(normalized('The port closed its gates on Monday until April 30.', '2025-11-12')).toEqual(['2025-11-10', '2026-04-30']);
    expect(normalized('The ministry suspended the quota until the end of February.', '2025-11-12')).toEqual(['2026-02']);
  });

  it('reads a weekday as one to come after "heads to" ("heads to a final vote on Monday")', () => {
    // Published on Thursday, Oct. 1, 2026: the Monday after, not the one three days before.
    expect(normalized('The measure cleared the council and heads to a final vote on Monday.', '2026-10-01')).toEqual(['2026-10-05']);
  });

  it('reads a date as one to come after "is due to be" and "is due in", but not after a cause ("due to the storm")', () => {
    // Published on Thursday, Nov. 12, 2026: a June to come, not the June gone by.
    expect(normalized('The governor-elect is due to be sworn in on June 18.', '2026-11-12')).toEqual(['2027-06-18']);
    expect(normalized('The ferry captain is due in court on Monday.', '2026-11-12')).toEqual(['2026-11-16']);
    expect(normalized('The vote was delayed on Monday due to the storm.', '2026-11-12')).toEqual(['2026-11-09']);
  });

  it('dates "May 4 through 9" by its first day, as it does "May 4-9", not by the hours chrono reads in it', () => {
    expect(normalized('The survey was taken May 4 through 9.', '2026-05-14')).toEqual(['2026-05-04']);
    expect(normalized('The survey was taken May 4-9.', '2026-05-14')).toEqual(['2026-05-04']);
    expect(normalized('The polls were open May 4 from 8 through 12 o’clock.', '2026-05-14')).toEqual(['2026-05-04']);
  });
});

describe('days told from a day the article has just given', () => {
  const daysOf = (text: string, publishedAt = '2026-04-08') => analyse({ id: 'a', source: null, title: null, publishedAt, text }).dates.map((d) => [d.value.text, d.value.normalized]);

  it('reads "two days earlier", "a week later" and "the day before" from the last day given before them', () => {
    expect(daysOf('The ferry ran aground on Sunday. It had failed an inspection two days earlier, and a week later it was sold.')).toEqual([
      ['on Sunday', '2026-04-05'],
      ['two days earlier', '2026-04-03'],
      ['a week later', '2026-04-10'],
    ]);
    expect(daysOf('The hearing was held on March 3. The day before, the mayor resigned.')).toEqual([
      ['March 3', '2026-03-03'],
      ['The day before', '2026-03-02'],
    ]);
  });

  it('does not read a span told from an event or a name, nor one with no day given before it', () => {
    expect(daysOf('The ferry ran aground on Sunday. It was inspected two days after the grounding and two days after Easter.')).toEqual([['on Sunday', '2026-04-05']]);
    expect(daysOf('The ferry ran aground. Two days later it was towed to port.')).toEqual([]);
    // How long something took: "over two days before…" is a span.
    expect(daysOf('The ferry ran aground on Sunday. Divers searched the hull over three days before finding the leak.')).toEqual([['on Sunday', '2026-04-05']]);
  });
});
