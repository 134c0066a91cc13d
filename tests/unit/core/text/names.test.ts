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
    // "New" and "First" open names too.
    expect(names('New Mexico City officials met.')).toEqual(['New Mexico City']);
    expect(names('First Avenue was closed. New rules apply.')).toEqual(['First Avenue']);
  });

  it('keeps a surname particle with the surname and reads a nickname inside a name', () => {
    expect(names('Councillor Ana de Vries and Bruno da Costa spoke.')).toEqual(['Ana de Vries', 'Bruno da Costa']);
    expect(names('The motion was tabled by de Vries.')).toEqual(['de Vries']);
    // The name without the nickname, and the nickname with the surname.
    expect(names('Senator Walter "Buzz" Okafor voted no.')).toEqual(['Walter Okafor', 'Buzz Okafor']);
    expect(names('Deputy Marco Aurelio (Lito) Brandt was hurt.')).toEqual(['Marco Aurelio Brandt', 'Lito Brandt']);
    expect(nameSpans('Senator Walter "Buzz" Okafor voted no.').every((span) => span.titled)).toBe(true);
  });

  it('keeps initialisms and names with digits, and splits lists and possessors', () => {
    expect(names('The U.S. joined the G7 summit.')).toEqual(['U.S.', 'G7']);
    expect(names('He visited Poland and Romania.')).toEqual(['Poland', 'Romania']);
    expect(names('Fox told Fusion’s Jorge Ramos.')).toEqual(['Fox', 'Fusion', 'Jorge Ramos']);
  });
});
