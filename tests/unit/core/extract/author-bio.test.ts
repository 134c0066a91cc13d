import { describe, expect, it } from 'vitest';
import { authorBioTest } from '../../../../lib/core/extract/author-bio';

describe("the author's bio", () => {
  const isBio = authorBioTest('By Phil Helsel');

  it.each(['Phil Helsel is a reporter for NBC News.', 'Phil joined the paper in March 2017. He has been reporting on energy since 2009.'])(
    'recognises %s',
    (line) => expect(isBio(line)).toBe(true),
  );

  it('keeps lines about other people, and does nothing without a full byline', () => {
    expect(isBio('Jane Roe is a spokesperson for the council.')).toBe(false);
    expect(isBio('Phil Collins, the singer, said he would tour again next year with the band.')).toBe(false);
    expect(authorBioTest(null)('Phil Helsel is a reporter.')).toBe(false);
    expect(authorBioTest('Staff')('Staff is a word.')).toBe(false);
  });
});
