import { describe, expect, it } from 'vitest';
import { names, nameSpans } from '../../../../lib/core/text/names';

describe('names', () => {
  it('cuts a capitalised run at titles and keeps the name after the title', () => {
    expect(names('White House Press Secretary Jen Psaki told reporters.')).toEqual(['White House', 'Jen Psaki']);
    // The words naming the kind of judge are the title's: no name of their own.
    expect(names('The case went to U.S. District Judge Helen Voss and Magistrate Judge Ivo Berg.')).toEqual(['Helen Voss', 'Ivo Berg']);
    expect(names('Senate President Pro Tempore Karen Voss told reporters.')).toEqual(['Senate', 'Karen Voss']);
    expect(nameSpans('said Estonian Prime Minister Kaja Kallas.').find((s) => s.text === 'Kaja Kallas')?.titled).toBe(true);
    // The staff a chief heads is the title's; the body a title is of is no titled person.
    expect(nameSpans('said Acting Harbour House Chief of Staff Ned Barlow.').map((s) => [s.text, s.titled])).toEqual([
      ['Harbour House', false],
      ['Ned Barlow', true],
    ]);
    expect(names('Ranger Lina Ortwell and Det. Omar Bell met Pastor Ruth Hale.')).toEqual(['Lina Ortwell', 'Omar Bell', 'Ruth Hale']);
    // The charge an agent is in is the title's.
    expect(nameSpans('said Special Agent in Charge Lena Ortiz.').find((s) => s.text.endsWith('Lena Ortiz'))).toMatchObject({ text: 'Lena Ortiz', titled: true });
    expect(names('Sens. Ivo Park and Lia Moss met Dist. Atty. Mara Quill and Senators Ada Roe and Bo Lin.')).toEqual(['Ivo Park', 'Lia Moss', 'Mara Quill', 'Ada Roe', 'Bo Lin']);
    expect(names('Justices Ivo Park and Lia Moss joined Governors Ada Roe and Bo Lin.')).toEqual(['Ivo Park', 'Lia Moss', 'Ada Roe', 'Bo Lin']);
    // A title ending the sentence names no one.
    expect(names('On Monday rebels refused to back the Prime Minister.')).toEqual([]);
    expect(names('Councilmembers Ivo Park and Lia Moss voted no, as did Councilmember Ada Roe.')).toEqual(['Ivo Park', 'Lia Moss', 'Ada Roe']);
    // An adverb opening the sentence is no name.
    expect(names('Later, officials met Ivo Park.')).toEqual(['Ivo Park']);
    expect(names('Meanwhile, Lia Moss left.')).toEqual(['Lia Moss']);
    expect(names('Senate Majority Leader Ivo Park and Party Co-Chairwoman Lia Moss thanked Acme Chief Executive Bo Lin.')).toEqual(['Senate', 'Ivo Park', 'Party', 'Lia Moss', 'Acme', 'Bo Lin']);
    // A word saying who someone is, capitalised because it opens the sentence; the same word inside a name stays.
    expect(names('Resident Olga Meyer said the water rose fast.')).toEqual(['Olga Meyer']);
    expect(names('The storm hit Paul Farmer Road first.')).toEqual(['Paul Farmer Road']);
    // What follows a title's "of" is its field, not a person; the person after the whole title still is.
    expect(nameSpans('said Ilse Varga, Professor of Marine Biology at Keld University.').find((s) => s.text === 'Marine Biology')?.titled).toBe(false);
    expect(nameSpans('Secretary of State Ona Birk arrived.').find((s) => s.text === 'Ona Birk')?.titled).toBe(true);
    // "St." opens a place's or body's name ("St. Louis", "St. Mary's Hospital"), not a title before a person.
    expect(names('The St. Lisle Harbour Board met in St. Orrin.')).toEqual(['St. Lisle Harbour Board', 'St. Orrin']);
    // An agency's office before the name: "NTSB Administrator Rhea Lund", "Garrison Commander Ivo Park".
    expect(names('Acting NTSB Administrator Rhea Lund met Garrison Commander Ivo Park and County Treasurer Lia Moss.')).toEqual(['NTSB', 'Rhea Lund', 'Garrison', 'Ivo Park', 'County', 'Lia Moss']);
  });

  it('keeps a title word that names a body in the body’s name, not as a title before a person', () => {
    expect(nameSpans('A Treasury Department spokesman declined to comment.')).toEqual([{ text: 'Treasury Department', start: 2, end: 21, titled: false }]);
    expect(names('She nursed at Harlow General Hospital, and the General Assembly agreed.')).toEqual(['Harlow General Hospital', 'General Assembly']);
    expect(names('Treasury Secretary Ona Birk arrived.')).toEqual(['Ona Birk']);
  });

  it('reads a title that is also a family name as the name when it stands alone with no article', () => {
    expect(names('“It is slow and cruel,” Pope said.')).toEqual(['Pope']);
    expect(names('King told reporters the bill was dead.')).toEqual(['King']);
    expect(names('“We pray for them,” the Pope said.')).toEqual([]);
    expect(names('Pope Leo spoke.')).toEqual(['Leo']);
  });

  it('drops sentence-opening stopwords, possessives and contractions', () => {
    expect(names('The trip will be Biden’s first.')).toEqual(['Biden']);
    expect(names('“We’ve been aligned,” Psaki said.')).toEqual(['Psaki']);
    // "New" and "First" open names too.
    expect(names('New Mexico City officials met.')).toEqual(['New Mexico City']);
    expect(names('First Avenue was closed. New rules apply.')).toEqual(['First Avenue']);
    // A verb in -ing opening the sentence is not part of the name after "the".
    expect(names('Following the Harlow Council vote, shops closed.')).toEqual(['Harlow Council']);
    expect(names('Sterling Holt won.')).toEqual(['Sterling Holt']);
  });

  it('reads the person after the place or body a title posts them to', () => {
    expect(names('Ambassador to the Harbour Council Ida Marsh spoke first.')).toEqual(['Harbour Council', 'Ida Marsh']);
    expect(names('The ambassador to Norway Ann B. Lee left.')).toEqual(['Norway', 'Ann B. Lee']);
    expect(nameSpans('Ambassador to the Harbour Council Ida Marsh spoke first.').find((s) => s.text === 'Ida Marsh')?.titled).toBe(true);
  });

  it('reads the person after a title whose field has two parts, the rest of the field naming no one', () => {
    // The field's first part is read as a name of its own, as after any title ("Professor of Marine Biology").
    expect(names('Minister for Fisheries and Coastal Affairs Ida Marsh spoke first.')).toEqual(['Fisheries', 'Ida Marsh']);
    expect(names('Secretary of Housing and Urban Renewal Ann B. Lee left.')).toEqual(['Housing', 'Ann B. Lee']);
  });

  it('keeps a surname particle with the surname and reads a nickname inside a name', () => {
    expect(names('Councillor Ana de Vries and Bruno da Costa spoke.')).toEqual(['Ana de Vries', 'Bruno da Costa']);
    expect(names('The motion was tabled by de Vries.')).toEqual(['de Vries']);
    // A particle joined to the surname by a hyphen.
    expect(names('Councillor Karim al-Rashid and Omar bin-Saleh met Tuesday.')).toEqual(['Karim al-Rashid', 'Omar bin-Saleh']);
    // The name without the nickname, and the nickname with the surname.
    expect(names('Senator Walter "Buzz" Okafor voted no.')).toEqual(['Walter Okafor', 'Buzz Okafor']);
    expect(names('Deputy Marco Aurelio (Lito) Brandt was hurt.')).toEqual(['Marco Aurelio Brandt', 'Lito Brandt']);
    expect(nameSpans('Senator Walter "Buzz" Okafor voted no.').every((span) => span.titled)).toBe(true);
  });

  it('leaves a weekday after a name and a descriptive suffix out of the name', () => {
    expect(names('They met him in the Oval Office Thursday, said Okafor Monday.')).toEqual(['Oval Office', 'Okafor']);
    expect(names('They voted on Super Tuesday.')).toEqual(['Super Tuesday']);
    expect(names('He held a Harlow-style town hall at a Woodburn-area bank.')).toEqual(['Harlow', 'Woodburn']);
  });

  it('keeps initialisms and names with digits, and splits lists and possessors', () => {
    expect(names('The U.S. joined the G7 summit.')).toEqual(['U.S.', 'G7']);
    expect(names('He visited Poland and Romania.')).toEqual(['Poland', 'Romania']);
    expect(names('Fox told Fusion’s Jorge Ramos.')).toEqual(['Fox', 'Fusion', 'Jorge Ramos']);
  });

  it('reads names whose words begin with a capital outside ASCII whole ("Ömer Özdemir", not "Ömer" dropped)', () => {
    expect(names('The rescue team led by Ömer Özdemir reached Ürgüp before dawn.')).toEqual(['Ömer Özdemir', 'Ürgüp']);
    expect(names('The envoy, Élodie Marchand, met Levent Çelik on Monday.')).toEqual(['Élodie Marchand', 'Levent Çelik']);
  });
});
