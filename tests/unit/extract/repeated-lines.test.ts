import { describe, expect, it } from 'vitest';
import { dropRepeatedLines } from '../../../lib/extract/repeated-lines';

describe('repeated lines', () => {
  it('drops a later copy of a line of prose (a standfirst or pull quote shown twice), keeps short repeats', () => {
    const standfirst = 'The authorities’ repression has only fuelled the crisis in the city this year.';
    expect(
      dropRepeatedLines([standfirst, 'Advertisement', 'The first paragraph of the story.', 'Advertisement', `${standfirst.toUpperCase()}`]),
    ).toEqual([standfirst, 'Advertisement', 'The first paragraph of the story.', 'Advertisement']);
  });
});
