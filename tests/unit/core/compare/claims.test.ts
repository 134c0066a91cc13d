import { describe, expect, it } from 'vitest';
import { compareClaims } from '../../../../lib/core/compare/claims';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => compareClaims(texts.map((t, i) => analysed(`a${i}`, t))).map((r) => r.difference);

describe('compareClaims', () => {
  it('reports a claim two of three outlets make as partial', () => {
    const found = compare(
      'Vice President Kamala Harris visited Poland and Romania last week. Biden travels to Brussels.',
      'Last week Vice President Kamala Harris had visited Poland and Romania. Biden goes to Brussels.',
      'Biden travels to Brussels for the summit.',
    );
    const harris = found.find((d) => /Harris/.test(d.label));
    expect(harris).toMatchObject({ kind: 'claim', status: 'partial', missingFrom: ['a2'] });
  });

  it('reports aligned sentences of opposite polarity as a conflict', () => {
    const found = compare(
      'Pelosi said the State of the Union address would be held on Tuesday as scheduled.',
      'Pelosi said the State of the Union address would not be held on Tuesday as scheduled.',
    );
    expect(found).toEqual([expect.objectContaining({ status: 'conflict' })]);
  });

  it('does not align sentences that only share the story’s names', () => {
    const found = compare('Biden met NATO leaders in Brussels about sanctions.', 'Biden praised NATO for its unity against Russia in Europe.');
    expect(found.filter((d) => d.values.length > 1)).toEqual([]);
  });

  it('does not show a conflict of claims: a negation in one of two alike sentences is not sure', () => {
    const ranked = compareClaims([
      analysed('a0', 'Pelosi said the State of the Union address would be held on Tuesday as scheduled.'),
      analysed('a1', 'Pelosi said the State of the Union address would not be held on Tuesday as scheduled.'),
    ]);
    expect(ranked.map((r) => [r.difference.status, r.substance])).toEqual([['conflict', 0]]);
  });

  it('does not call an outlet silent about a claim it tells in other word forms with the same figure', () => {
    const found = compare(
      'Investigators at the Daily Ledger questioned 40 witnesses over six weeks. The council met on Monday. The mayor resigned.',
      'The council met on Monday. The mayor resigned. Reporting relied on questioning of 40 witnesses, the newspaper’s investigation found.',
      'The council met on Monday. The mayor resigned.',
    );
    const own = found.filter((d) => d.status === 'partial');
    expect(own.map((d) => [d.values[0].articleId, d.missingFrom])).toEqual([
      ['a0', ['a2']],
      ['a1', ['a2']],
    ]);
  });

  it('lists one claim told as paused by one outlet and as ended by another as a conflict', () => {
    const ranked = compareClaims([
      analysed('a0', 'Brightmoor, the grocery chain, this week put on hold plans to build its new Dayton warehouse.'),
      analysed('a1', 'Brightmoor said it would abandon plans to build its new Dayton warehouse.'),
    ]);
    expect(ranked.map((r) => [r.difference.status, r.substance])).toEqual([['conflict', 0]]);
    const same = compareClaims([
      analysed('b0', 'Brightmoor, the grocery chain, this week put on hold plans to build its new Dayton warehouse.'),
      analysed('b1', 'Brightmoor said it had paused plans to build its new Dayton warehouse.'),
    ]);
    expect(same.map((r) => r.difference.status)).not.toContain('conflict');
  });

  it('lists one claim told with opposite outcomes as a conflict: resigned or dismissed, rose or fell, confirmed or denied', () => {
    const status = (a: string, b: string) => compareClaims([analysed('a0', a), analysed('a1', b)]).map((r) => r.difference.status);
    expect(status('Harbour chief Ilse Varga resigned on Monday after the audit.', 'Harbour chief Ilse Varga was dismissed on Monday after the audit.')).toEqual(['conflict']);
    expect(status('The Norvic krone strengthened against the euro after the speech.', 'The Norvic krone weakened against the euro after the speech.')).toEqual(['conflict']);
    expect(status('Mayor Ada Roe confirmed on Friday that the depot will close.', 'Mayor Ada Roe denied on Friday that the depot will close.')).toEqual(['conflict']);
    expect(status('Harbour chief Ilse Varga resigned on Monday after the audit.', 'Harbour chief Ilse Varga stepped down on Monday after the audit.')).not.toContain('conflict');
  });
  it('links two outlets’ differently worded sentences sharing a noun the third never uses', () => {
    const found = compare(
      'The harbour master said the ferry hit a sandbank at dawn. Divers later found the wreck of an old barge nearby.',
      'Officials said the ferry ran aground shortly after sunrise. The crew were rescued by a passing tugboat near the wreck.',
      'The ferry ran aground at dawn, officials said. Nobody was hurt.',
    );
    const wreck = found.find((d) => d.values.length === 2 && d.values.every((v) => /wreck/.test(v.text)));
    expect(wreck).toMatchObject({ kind: 'claim', status: 'partial', missingFrom: ['a2'] });
    expect(wreck?.values.map((v) => v.articleId)).toEqual(['a0', 'a1']);
  });

  it('does not call an outlet silent about a sentence linked to one of its own', () => {
    const found = compare(
      'The harbour master said the ferry hit a sandbank at dawn. Divers later found the wreck of an old barge nearby.',
      'Officials said the ferry ran aground shortly after sunrise. The crew were rescued by a passing tugboat near the wreck.',
      'The ferry ran aground at dawn, officials said. Nobody was hurt.',
    );
    const own = found.filter((d) => d.values[0].text === d.values[0].sentence && /wreck/.test(d.values[0].sentence));
    expect(own.length).toBeGreaterThan(0);
    for (const d of own) {
      expect(d.missingFrom).toEqual(['a2']);
      // The linked sentence is on the card, as what the other outlet may say in other words.
      expect(d.values.slice(1)).toEqual([expect.objectContaining({ inOtherWords: true, sentence: expect.stringMatching(/wreck/) })]);
    }
  });

  it('does not link two outlets on a name the third writes another way', () => {
    const found = compare(
      'Mayor Tom Brandt opened the new library on Monday.',
      'The library was opened by Tom Brandt, the mayor, on Monday.',
      'Thomas Brandt, the town’s mayor, cut the ribbon at the library.',
    );
    expect(found.filter((d) => d.values.length === 2 && d.missingFrom.includes('a2') && d.values.some((v) => /Tom\b/.test(v.text) && v.text.length < 40))).toEqual([]);
  });

  it('keeps a linked detail to the phrase around the shared word, not the items joined to it', () => {
    const found = compare(
      'Forecasters said the storm brought heavy hail overnight. Roofs were damaged in the port of Velmar and the Ostra hills.',
      'The storm brought heavy hail overnight, forecasters said, and residents of Velmar and the Ostra hills lost power.',
      'The Ostra hills were hit hardest by the storm overnight.',
    );
    const velmar = found.find((d) => d.values.length === 2 && d.values.every((v) => /Velmar/.test(v.text)));
    expect(velmar).toMatchObject({ status: 'partial', missingFrom: ['a2'] });
    expect(velmar?.values.map((v) => v.text)).toEqual(['in the port of Velmar', 'residents of Velmar']);
  });
});
