import { describe, expect, it } from 'vitest';
import { names, nameSpans } from '../../../../lib/core/text/names';

describe('names', () => {
  it('cuts a capitalised run at titles and keeps the name after the title', () => {
    expect(names('White House Press Secretary Jen Psaki told reporters.')).toEqual(['White House', 'Jen Psaki']);
    expect(nameSpans('said Estonian Prime Minister Kaja Kallas.').find((s) => s.text === 'Kaja Kallas')?.titled).toBe(true);
    expect(names('Ranger Lina Ortwell and Det. Omar Bell met Pastor Ruth Hale.')).toEqual(['Lina Ortwell', 'Omar Bell', 'Ruth Hale']);
    // A word saying who someone is, capitalised because it opens the sentence; the same word inside a name stays.
    expect(names('Resident Olga Meyer said the water rose fast.')).toEqual(['Olga Meyer']);
    expect(names('The storm hit Paul Farmer Road first.')).toEqual(['Paul Farmer Road']);
  });

  it('drops sentence-opening stopwords, possessives and contractions', () => {
    expect(names('The trip will be Biden’s first.')).toEqual(['Biden']);
    expect(names('“We’ve been aligned,” Psaki said.')).toEqual(['Psaki']);
  });

  it('keeps initialisms and names with digits, and splits lists and possessors', () => {
    expect(names('The U.S. joined the G7 summit.')).toEqual(['U.S.', 'G7']);
    expect(names('He visited Poland and Romania.')).toEqual(['Poland', 'Romania']);
    expect(names('Fox told Fusion’s Jorge Ramos.')).toEqual(['Fox', 'Fusion', 'Jorge Ramos']);
  });
});
