import { describe, expect, it } from 'vitest';
import { endsWithAbbreviation, sentences, sentencesOfQuote, withoutAbbreviationStops } from '../../../../lib/core/text/sentences';

describe('sentences', () => {
  it('keeps a dateline ending in a state\'s abbreviation with the wire\'s credit and the story after it ("SALEM, Ore. (AP) —")', () => {
    expect(sentences('HALVERN, Ore. (AP) — Nurses walked out on Monday. Talks resume Friday.')).toEqual(['HALVERN, Ore. (AP) — Nurses walked out on Monday.', 'Talks resume Friday.']);
    // A bracketed sentence after one ending in the abbreviation is a sentence of its own.
    expect(sentences('He moved to Salem, Ore. (He had lived in Bend.) Then he left.')).toHaveLength(3);
  });

  it('splits at full stops, question and exclamation marks followed by a capital or a digit', () => {
    expect(sentences('The ferry left at dawn. Was it late? It was not! 40 passengers waited.')).toEqual([
      'The ferry left at dawn.',
      'Was it late?',
      'It was not!',
      '40 passengers waited.',
    ]);
  });

  it('keeps titles, month abbreviations, U.S.-style abbreviations and initials with what follows', () => {
    expect(sentences('Mr. Okafor met Dr. Lind in the U.S. on Feb. 3 with J. R. Moss. They spoke.')).toEqual([
      'Mr. Okafor met Dr. Lind in the U.S. on Feb. 3 with J. R. Moss.',
      'They spoke.',
    ]);
    expect(sentences('The victims were Capt. Lena Ruiz and Det. Omar Bell of the Rev. Hale Mission. Both survived.')).toEqual([
      'The victims were Capt. Lena Ruiz and Det. Omar Bell of the Rev. Hale Mission.',
      'Both survived.',
    ]);
    expect(sentences('Fire Chief J.R. Moss said the roof fell. Nobody was hurt.')).toEqual(['Fire Chief J.R. Moss said the roof fell.', 'Nobody was hurt.']);
    expect(sentences('“The plea deal stands,” said Dist. Atty. Mara Quill. Asst. Chief Ode Lamb and Sens. Ivo Park and Lia Moss agreed.')).toEqual([
      '“The plea deal stands,” said Dist. Atty. Mara Quill.',
      'Asst. Chief Ode Lamb and Sens. Ivo Park and Lia Moss agreed.',
    ]);
    // A party and home town after a name.
    expect(sentences('Rep. Ida Voss, D-St. Cloud, voted no. Others agreed.')).toEqual(['Rep. Ida Voss, D-St. Cloud, voted no.', 'Others agreed.']);
  });

  it('goes on after "a.m." or "p.m." before a weekday, a month or a time zone, and ends there otherwise', () => {
    expect(sentences('The fire began after 8:30 p.m. Monday, crews said.')).toHaveLength(1);
    expect(sentences('Markets opened at 9 a.m. ET on Friday.')).toHaveLength(1);
    expect(sentences('He left at 9 a.m. The others stayed.')).toEqual(['He left at 9 a.m.', 'The others stayed.']);
  });

  it('ends a sentence at a name suffix ("Jr.", "Inc.") before a pronoun or an article, not before a name', () => {
    expect(sentences('The call came from engineer Harold Pembry Jr. He said the pipe burst.')).toEqual(['The call came from engineer Harold Pembry Jr.', 'He said the pipe burst.']);
    expect(sentences('The mill is leased by Pendle Foods Inc. Its owner declined to comment.')).toHaveLength(2);
    expect(sentences('Organisers of the Pembry Jr. Memorial Run met on Monday.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with their sentence, and splits before an opening quote', () => {
    expect(sentences('“We are ready.” The mayor agreed (reluctantly.) “Good,” she said.')).toEqual([
      '“We are ready.”',
      'The mayor agreed (reluctantly.)',
      '“Good,” she said.',
    ]);
  });

  it('does not split inside decimals or before a lower-case word', () => {
    expect(sentences('Fares rose 2.5 per cent. most riders paid.')).toEqual(['Fares rose 2.5 per cent. most riders paid.']);
  });

  it('ends a sentence at every paragraph break, even without a full stop', () => {
    expect(sentences('Harbour reopens\n\nFerries resumed at noon. Crews cheered.\n  \nNo full stop here')).toEqual([
      'Harbour reopens',
      'Ferries resumed at noon.',
      'Crews cheered.',
      'No full stop here',
    ]);
  });

  it('ends a sentence at the word "no", and keeps "No." before a number', () => {
    expect(sentences('She said no. Then the meeting ended.')).toEqual(['She said no.', 'Then the meeting ended.']);
    expect(sentences('The team is ranked No. 4 in the league. Fans cheered.')).toEqual(['The team is ranked No. 4 in the league.', 'Fans cheered.']);
  });

  it('returns nothing for blank text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\n ')).toEqual([]);
  });
});

describe('endsWithAbbreviation', () => {
  it('is true for a known abbreviation or a single-letter initial, after an opening quote or bracket too', () => {
    for (const text of ['Mr.', 'met Gen.', 'in the U.S.', 'John F.', '“Dr.', 'on (Sept.']) expect(endsWithAbbreviation(text)).toBe(true);
  });

  it('is false for an ordinary word, or an abbreviation without its full stop', () => {
    for (const text of ['the end.', 'Mr', 'Dr', '']) expect(endsWithAbbreviation(text)).toBe(false);
  });
});

describe('withoutAbbreviationStops', () => {
  it('blanks the full stops of abbreviations and initials, keeping the length, and no other', () => {
    const text = 'The U.S. levy, Mr. Ray said, ends. It will not.';
    expect(withoutAbbreviationStops(text)).toBe('The U S  levy, Mr  Ray said, ends. It will not.');
    expect(withoutAbbreviationStops(text)).toHaveLength(text.length);
  });
});

describe('sentences and spaced-out decimals', () => {
  it('keeps a decimal figure that extraction spaced out ("$4. 7 million") in one sentence', () => {
    expect(sentences('The county paid $4. 7 million for the bridge. Work starts in May.')).toEqual(['The county paid $4. 7 million for the bridge.', 'Work starts in May.']);
    expect(sentences('Turnout rose 3. 5 percent. Officials were pleased.')).toHaveLength(2);
  });

  it('still ends a sentence after a figure when the next one starts with a plain number', () => {
    expect(sentences('The museum opened in 1998. 40 paintings hang there now.')).toHaveLength(2);
  });
  it('splits a quotation into its sentences and at its ellipses, keeping titles and initials whole', () => {
    expect(sentencesOfQuote('Mr. Hale will stay. The board has not met … We will decide by May.')).toEqual(['Mr. Hale will stay.', 'The board has not met', 'We will decide by May.']);
    expect(sentencesOfQuote('Sen. J. R. Ortiz asked. Nobody answered … yet', false)).toEqual(['Sen. J. R. Ortiz asked.', 'Nobody answered … yet']);
  });
});
