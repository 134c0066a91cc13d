import { describe, expect, it } from 'vitest';
import { nestedDeeperThan } from '../../../../lib/core/extract/nesting-depth';
import { page } from './dom';

const nested = (depth: number) => `${'<div>'.repeat(depth)}word${'</div>'.repeat(depth)}`;

describe('nesting depth', () => {
  it('counts the root as level 1 and finds the limit exactly', () => {
    const doc = page(nested(3)); // html > body > div > div > div: 5 levels
    expect(nestedDeeperThan(doc.documentElement, 5)).toBe(false);
    expect(nestedDeeperThan(doc.documentElement, 4)).toBe(true);
  });

  it('finds a deep branch after shallow siblings, and does not count siblings as depth', () => {
    const doc = page(`${'<p>one</p>'.repeat(50)}<section>${nested(6)}</section><p>last</p>`);
    expect(nestedDeeperThan(doc.documentElement, 8)).toBe(true);
    expect(nestedDeeperThan(doc.documentElement, 9)).toBe(false);
  });

  it('walks a page nested 20,000 levels deep without overflowing the stack', () => {
    const doc = page(nested(20_000));
    expect(nestedDeeperThan(doc.documentElement, 100)).toBe(true);
    expect(nestedDeeperThan(doc.documentElement, 30_000)).toBe(false);
  });
});
