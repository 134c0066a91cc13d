import { describe, expect, it } from 'vitest';
import { entityResolver } from '../../../../lib/core/compare/entities';
import { compareRoles } from '../../../../lib/core/compare/roles';
import { analysed } from './fixtures';

const compare = (...texts: string[]) => {
  const articles = texts.map((t, i) => analysed(`a${i}`, t));
  return compareRoles(articles, entityResolver(articles));
};

describe('compareRoles', () => {
  it('reports one person given two offices of one family as a conflict, listed only', () => {
    const [found, ...rest] = compare(
      'Fans lined up after Brightmoor president Karen Olsted defended the menu.',
      'Fans lined up after CEO Karen Olsted defended the menu on Monday.',
      'The president, Karen B. Olsted, defended the menu.',
    );
    expect(rest).toEqual([]);
    expect(found.difference).toMatchObject({ kind: 'person', status: 'conflict', missingFrom: [] });
    // The office as written, not the name: "Karen Olsted" and "Karen B. Olsted" are one person.
    expect(found.difference.values.map((v) => v.text)).toEqual(['Brightmoor president', 'CEO', 'The president']);
    expect(found.substance).toBe(0);
  });

  it('shows an office and the same office with a rank as a sure conflict', () => {
    const [found] = compare(
      'She said that Hal Brenner, then an assistant district attorney, met her in 1981.',
      'In 1981, Mr. Brenner, then a district attorney and later a judge, met her.',
      'Hal Brenner denied the account.',
    );
    expect(found.difference).toMatchObject({ status: 'conflict', missingFrom: ['a2'] });
    expect(found.difference.values.map((v) => v.normalized)).toEqual(['assistant district attorney', 'district attorney']);
    expect(found.substance).toBeGreaterThan(0);
    // A bare "prosecutor" is said of any rank of prosecutor: listed, not shown.
    const [loose] = compare('Hal Brenner, then a deputy prosecutor, met her.', 'Hal Brenner, then a prosecutor, met her.');
    expect(loose.difference.status).toBe('conflict');
    expect(loose.substance).toBe(0);
  });

  it('compares a director with a deputy director and a general secretary with a president, reading a rank before the body’s name', () => {
    const [deputy] = compare('Ilse Varga, the agency’s deputy director, resigned.', 'Agency director Ilse Varga resigned on Monday.');
    expect(deputy.difference.values.map((v) => v.normalized)).toEqual(['deputy director', 'director']);
    const [union] = compare('Ilse Varga, the union’s general secretary, spoke.', 'Union president Ilse Varga spoke on Monday.');
    expect(union.difference.status).toBe('conflict');
    // "acting FBI Director" is the acting director; "U.S. Vice President" the vice president.
    expect(compare('Acting Harbour Board Director Ilse Varga spoke.', 'Ilse Varga, the acting director, spoke on Monday.')).toEqual([]);
    expect(compare('U.S. Vice President Ada Roe spoke.', 'Vice President Ada Roe spoke on Monday.')).toEqual([]);
  });

  it('does not compare a former office, offices of another time, one office written two ways, or an outlet giving both', () => {
    expect(compare('Hal Brenner, a former district attorney, spoke.', 'Hal Brenner, an assistant district attorney, spoke.')).toEqual([]);
    expect(compare('Hal Brenner, then an assistant district attorney, spoke.', 'Hal Brenner, a district attorney, spoke.')).toEqual([]);
    expect(compare('Chief executive officer Karen Olsted spoke.', 'CEO Karen Olsted spoke.')).toEqual([]);
    expect(compare('Brightmoor president Karen Olsted spoke. Karen Olsted, the chief executive of Brightmoor, left.', 'CEO Karen Olsted spoke.')).toEqual([]);
    // "the group's director" is its executive director, shortened.
    expect(compare('Nia Ferris, executive director of the Harbour Alliance, spoke.', 'The group’s director, Nia Ferris, spoke on Monday.')).toEqual([]);
    // A founder is no office: founders often run what they founded.
    expect(compare('Karen Olsted, the founder of Brightmoor, spoke.', 'Brightmoor CEO Karen Olsted spoke.')).toEqual([]);
  });

  it('does not read an office from words that are not one beside the name', () => {
    expect(compare('Fans came after Karen Olsted met the president.', 'Fans came after CEO Karen Olsted spoke.')).toEqual([]);
    expect(compare('Ana da Silva, a Da Costa aide, spoke.', 'Ana da Silva, the founder of Brightmoor, spoke.')).toEqual([]);
  });
});
