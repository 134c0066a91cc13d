import { describe, expect, it } from 'vitest';
import { compareBearings } from '../../../../lib/core/compare/bearings';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => compareBearings(texts.map((t, i) => analysed(`a${i}`, t)));

describe('compareBearings', () => {
  it('shows one distance from one place told in opposite directions as a conflict', () => {
    const [found, ...rest] = compare(
      'The tanker caught fire about 40 nautical miles north of Valdoria on Sunday.',
      'Flames broke out on the tanker 40 miles south of Valdoria, the coast guard said.',
      'The coast guard sent two cutters to the burning tanker.',
    );
    expect(rest).toEqual([]);
    expect(found.difference).toMatchObject({ kind: 'place', status: 'conflict', label: 'north of Valdoria / south of Valdoria', missingFrom: ['a2'] });
    expect(found.difference.values.map((v) => v.text)).toEqual(['40 nautical miles north of Valdoria', '40 miles south of Valdoria']);
    expect(found.substance).toBeGreaterThan(0);
  });

  it('reads compound directions by their points: "north-east" and "east" are one told loosely, "northeast" and "south-west" two', () => {
    expect(compare('A quake struck 12 km north-east of Tarsen.', 'A quake struck 12 km east of Tarsen.')).toEqual([]);
    const [found] = compare('A quake struck 12 km northeast of Tarsen.', 'A quake struck 12 km South-West of Tarsen.');
    expect(found.difference.label).toBe('north-east of Tarsen / south-west of Tarsen');
  });

  it('compares nothing for other distances, other places, or an outlet giving two directions', () => {
    expect(compare('The camp is 20 miles west of Orlan.', 'The dam is 30 miles east of Orlan.')).toEqual([]);
    expect(compare('The camp is 20 miles west of Orlan.', 'The camp is 20 miles east of Brisk.')).toEqual([]);
    expect(compare('One camp is 20 miles west of Orlan and another 20 miles east of Orlan.', 'The camp is 20 miles east of Orlan.')).toEqual([]);
  });
});
