import { describe, expect, it } from 'vitest';
import { isTimestampLine } from '../../../../lib/core/extract/timestamps';

describe('timestamp lines', () => {
  it.each([
    '34 minutes ago',
    'Updated 2 hours ago',
    'Just now',
    'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'November 20, 2019 / 1:07 AM / CBS News',
    'Published November 20th, 2019 - 07:50 GMT',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'Nov. 20, 2019 6:02 AM EST',
  ])('recognises %s', (line) => expect(isTimestampLine(line)).toBe(true));

  it.each([
    'The vote is on Nov. 19, 2019.',
    'July 2 -- Mohegan Sun Arena, Uncasville, CT',
    '1991',
    '— Jane Doe (@janedoe) November 18, 2019',
    'The council met at 10:30 on Tuesday, March 3, 2020, and voted to close the bridge for repairs.',
  ])('keeps %s', (line) => expect(isTimestampLine(line)).toBe(false));
});
