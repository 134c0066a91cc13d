import { describe, expect, it } from 'vitest';
import { dropLeadingLabels } from '../../../../lib/core/extract/page-chrome';

describe('leading section labels', () => {
  it('drops short labels above the first line of prose and keeps subheadings below it', () => {
    const lead = 'The council voted on Tuesday to close the old bridge for a year of repairs.';
    expect(dropLeadingLabels(['Home', 'News', 'Local Politics', lead, 'What happens next', 'Drivers will detour.'])).toEqual([
      lead,
      'What happens next',
      'Drivers will detour.',
    ]);
  });

  it('keeps a longer kicker above the lead, and leaves text with no prose alone', () => {
    expect(dropLeadingLabels(['A bridge too far for the city budget', 'The council voted.'])).toEqual([
      'A bridge too far for the city budget',
      'The council voted.',
    ]);
    expect(dropLeadingLabels(['One', 'Two'])).toEqual(['One', 'Two']);
  });
});
