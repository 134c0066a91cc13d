import { describe, expect, it } from 'vitest';
import { ageOwner, agesOfOthers, fateOf, heldByAnother, rangeEnded } from '../../../../lib/core/compare/figure-subject';
import { quantities } from '../../../../lib/core/text/quantities';

const figure = (sentence: string, index = 0) => ({ sentence, quantity: quantities(sentence)[index] });

describe('what a figure is of', () => {
  it('reads whose age a figure is, when the sentence names them', () => {
    expect(ageOwner(figure('Tomas Brek, 34, was rescued from the roof.'))).toBe('tomas brek');
    expect(ageOwner(figure('The 34-year-old Tomas Brek was rescued.'))).toBe('tomas brek');
    expect(ageOwner(figure('Brek, a 34-year-old diver, was rescued.'))).toBe('brek');
    expect(ageOwner(figure('A 19-year-old man was charged.'))).toBeNull();
    // The name after what the person is, or after "the" and the age.
    expect(ageOwner(figure('The 34-year-old diver, Tomas Brek, was rescued.'))).toBe('tomas brek');
    expect(ageOwner(figure('Tomas Brek, the 34-year-old harbour pilot, was rescued.'))).toBe('tomas brek');
    expect(ageOwner(figure('The 19-year-old driver told Brek he was sorry.'))).toBeNull();
    expect(agesOfOthers(figure('Tomas Brek, 34, was rescued.'), figure('Ilse Brek, 31, was rescued.'))).toBe(true);
    expect(agesOfOthers(figure('Tomas Brek, 34, was rescued.'), figure('Brek, 31, was rescued.'))).toBe(false);
    // A middle name aside, one person.
    expect(agesOfOthers(figure('Police named the 24-year-old Tomas Ivo Brek.'), figure('Tomas Brek, 23, was rescued.'))).toBe(false);
    expect(agesOfOthers(figure('Police named the 24-year-old Tomas Ivo Brek.'), figure('Ilse Brek, 23, was rescued.'))).toBe(true);
  });

  it('reads what happened to the people a count counts, by the nearest word', () => {
    expect(fateOf(figure('The blast killed 8 people and injured 14 others.', 0))).toBe('killed');
    expect(fateOf(figure('The blast killed 8 people and injured 14 others.', 1))).toBe('hurt');
    expect(fateOf(figure('About 300 people gathered in the square.'))).toBeNull();
    // A death toll brought to its figure, however long what it is from.
    expect(fateOf(figure('Divers found more victims, bringing the death toll from the collapse of the old Arlen footbridge to 23.'))).toBe('killed');
    expect(fateOf(figure('The death toll from the collapse of the old Arlen footbridge rose to 23.'))).toBe('killed');
    // An age is no count of people, whatever befell its owner.
    expect(fateOf(figure('Ivo Marr, 44, died at the scene.'))).toBeNull();
    // Those taken to hospital are counted apart from the hurt.
    expect(fateOf(figure('The crash injured 12 people, and 5 others were taken to a hospital.', 1))).toBe('hospitalized');
    expect(fateOf(figure('Nine people have been hospitalized.'))).toBe('hospitalized');
    // Those in critical condition are counted apart from the hurt, by the word in the count's own clause, not past a comma.
    expect(fateOf(figure('The crash injured 35 people, three of them critically.', 1))).toBe('critical');
    expect(fateOf(figure('Of the 35 people injured, four were in critical condition.', 1))).toBe('critical');
    // A word of what happened tells of the count nearer it, not of one past another count.
    expect(fateOf(figure('The storm killed at least five people and forced about 1,200 residents from their homes.', 1))).toBeNull();
    expect(fateOf(figure('More than 2,000 residents were forced to evacuate their homes.'))).toBe('rescued');
    // Those who had to leave their homes, however told.
    expect(fateOf(figure('Some 8,000 people were ordered to leave their homes along the coast.'))).toBe('rescued');
    expect(fateOf(figure('Nearly 6,000 residents left their homes overnight.'))).toBe('rescued');
    expect(fateOf(figure('Some 3,000 workers were ordered to return to work.'))).toBe('decided');
  });

  it('reads the verdict on a count of charges from the words right before it', () => {
    expect(fateOf(figure('The jury convicted her on seven counts and acquitted her on three.'))).toBe('convicted');
    expect(fateOf(figure('She was found not guilty on two counts of fraud.'))).toBe('acquitted');
    expect(fateOf(figure('Jurors returned guilty verdicts on 6 of the 8 counts.', 0))).toBe('convicted');
    expect(fateOf(figure('Jurors returned guilty verdicts on 6 of the 8 counts.', 1))).toBeNull();
    expect(fateOf(figure('He was indicted on 12 counts of wire fraud.'))).toBeNull();
  });

  it('reads the range a figure ends, scaled as it is', () => {
    expect(rangeEnded(figure('Between 200 and 250 workers walked out.'))).toEqual([200, 250]);
    expect(rangeEnded(figure('The plan costs between 1.5 and 2 million euros.'))).toEqual([1.5e6, 2e6]);
    expect(rangeEnded(figure('About 220 workers walked out.'))).toBeNull();
  });

  it('tells a figure of another holder than sides all told of one named winner, where its sentence names neither', () => {
    const sides = [figure("Prime Minister Karel Brno's Social Alliance took 27.9 percent and 44 seats."), figure("Brno's Social Alliance, in power since 2018, won 29.7 per cent of the vote.")];
    expect(heldByAnother(sides, figure('The party took 34.2 percent of the vote, the board said.'))).toBe(true);
    expect(heldByAnother(sides, figure('The Greens won 30.1 percent.'))).toBe(true);
    expect(heldByAnother(sides, figure('The Alliance ended with 28.5 percent of the vote.'))).toBe(false);
    // Sides of no named winner say nothing of it.
    expect(heldByAnother([figure('Turnout was 68.4 percent.')], figure('The party took 34.2 percent.'))).toBe(false);
  });
});
