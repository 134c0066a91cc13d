import { describe, expect, it } from 'vitest';
import { dropRepeatedLines } from '../../../../lib/core/extract/repeated-lines';

describe('repeated lines', () => {
  it('drops a later copy of a line of prose (a standfirst or pull quote shown twice), keeps short repeats', () => {
    const standfirst = 'The authorities’ repression has only fuelled the crisis in the city this year.';
    expect(
      dropRepeatedLines([standfirst, 'Advertisement', 'The first paragraph of the story.', 'Advertisement', `${standfirst.toUpperCase()}`]),
    ).toEqual([standfirst, 'Advertisement', 'The first paragraph of the story.', 'Advertisement']);
  });

  it('keeps every copy of a line that comes back three times or more (a recurring interview question)', () => {
    const question = 'What would you cook for friends on a cold winter evening at home?';
    const lines = [question, 'A stew, always.', question, 'Soup with bread I baked myself.', question, 'Pancakes!'];
    expect(dropRepeatedLines(lines)).toEqual(lines);
  });

  it('keeps repeated lines that stop mid-sentence (a poem or lyrics broken into lines)', () => {
    const line = 'and the river carried the lanterns down past the old mill';
    const lines = [line, 'while we watched from the bridge,', 'Then morning came.', line, 'and nobody spoke.'];
    expect(dropRepeatedLines(lines)).toEqual(lines);
  });

  it('keeps both copies of a paragraph of several sentences (a passage the article quotes again)', () => {
    const passage = 'The bridge will close in March for repairs. Buses will replace the trams until the work is done.';
    const lines = [passage, 'The mayor read the notice aloud at the meeting.', passage, 'Nobody objected.'];
    expect(dropRepeatedLines(lines)).toEqual(lines);
  });

  it('keeps repeated lines that start mid-sentence (the tail of a paragraph broken into lines)', () => {
    const tail = 'and the lanterns drifted down past the old mill at night.';
    const lines = ['We stood on the bridge', tail, 'Years later we came back', tail];
    expect(dropRepeatedLines(lines)).toEqual(lines);
  });
});
