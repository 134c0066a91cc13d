import { describe, expect, it } from 'vitest';
import { spokenWording } from '../../../../lib/core/text/wording';

describe('spokenWording', () => {
  it('writes negations out in full', () => {
    expect(spokenWording('We won’t go, they can\'t stay, she cannot say and he didn’t ask.')).toBe('We will not go, they can not stay, she can not say and he did not ask.');
  });

  it('writes numbers, ordinals and scales as figures, keeping "one" a word', () => {
    expect(spokenWording('Twenty-five boats, ten crews and one captain sailed on the third day.')).toBe('25 boats, 10 crews and one captain sailed on the 3rd day.');
    expect(spokenWording('It cost £5m, then $2bn, then 1,000 more, a hundred times over.')).toBe('It cost £5 million, then $2 billion, then 1000 more, 100 times over.');
  });

  it('writes British spellings the American way', () => {
    expect(spokenWording('We will prioritise the neighbourhood centres, analyse the programme and paint the colourful walls grey.')).toBe(
      'We will prioritize the neighborhood centers, analyze the program and paint the colorful walls gray.',
    );
  });

  it('writes times and shares one way', () => {
    expect(spokenWording('Doors open at 9am, close at 5 P.M. and 40 per cent come.')).toBe('Doors open at 9 am, close at 5 pm and 40 percent come.');
  });
});
