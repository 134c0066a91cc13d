import { describe, expect, it } from 'vitest';
import { removeDateline, splitDateline } from '../../../../lib/core/extract/dateline';

describe('wire datelines', () => {
  it.each([
    ['(Reuters) - Stocks fell.', 'Reuters', null, 'Stocks fell.'],
    ['(Bloomberg) -- President Joe Biden will travel.', 'Bloomberg', null, 'President Joe Biden will travel.'],
    ['WASHINGTON — The Senate voted.', null, 'WASHINGTON', 'The Senate voted.'],
    ['KYIV, Ukraine (AP) — Russia said.', 'AP', 'KYIV, Ukraine', 'Russia said.'],
    ['LONDON, Nov 20 (Reuters) - Britain said.', 'Reuters', 'LONDON', 'Britain said.'],
    ['NEW YORK, Nov. 19, 2019 /PRNewswire/ -- Acme announced.', 'PRNewswire', 'NEW YORK', 'Acme announced.'],
    ['Washington (CNN) — The House voted.', 'CNN', 'Washington', 'The House voted.'],
    ['SANTA FE, N.M. (AP) — A cat was found.', 'AP', 'SANTA FE, N.M.', 'A cat was found.'],
  ])('splits %s', (paragraph, agency, place, rest) => {
    expect(splitDateline(paragraph)).toEqual({ agency, place, rest });
  });

  it.each(['NATO - the alliance - said it would act.', 'The president - who spoke first - said.', 'US President Joe Biden will travel.'])(
    'leaves %s alone',
    (paragraph) => expect(splitDateline(paragraph)).toEqual({ agency: null, place: null, rest: paragraph }),
  );

  it('looks for the dateline in the lead paragraphs, below a standfirst', () => {
    const result = removeDateline(['A short standfirst about the vote.', 'WASHINGTON (AP) — The Senate voted.', 'More.']);
    expect(result.paragraphs).toEqual(['A short standfirst about the vote.', 'The Senate voted.', 'More.']);
    expect(result.dateline?.agency).toBe('AP');
  });
});
