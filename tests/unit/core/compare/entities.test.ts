import { describe, expect, it } from 'vitest';
import { compareEntities, entityResolver, fullNameWritten, sharedSurnames } from '../../../../lib/core/compare/entities';
import { analysed } from './fixtures';

describe('compareEntities', () => {
  it('merges spellings of one person across articles and reports who names whom', () => {
    const articles = [
      analysed('a', 'President Joe Biden met Ukrainian President Volodymyr Zelenskiy. Kamala Harris stayed home.'),
      analysed('b', 'Mr. Biden met Volodymyr Zelensky, Mr. Zelensky said.'),
    ];
    const found = compareEntities(articles, entityResolver(articles)).map((r) => r.difference);
    const byLabel = Object.fromEntries(found.map((d) => [d.label, d]));
    expect(byLabel['Joe Biden']).toMatchObject({ kind: 'person', status: 'consensus' });
    expect(found.filter((d) => /Zelensk/.test(d.label))).toEqual([expect.objectContaining({ status: 'consensus' })]);
    expect(byLabel['Kamala Harris']).toMatchObject({ status: 'partial', missingFrom: ['b'] });
  });

  it('names a person as the first article giving the full name writes it, not as another outlet misspells it', () => {
    const articles = [
      analysed('a', 'Marta Kowalczyk, head of the river trust, said the dam would fail.'),
      analysed('b', 'Engineers agreed with Marta Kowalcyzk on the dam. Marta Kowalcyzk spoke for an hour.'),
      analysed('c', 'The dam was inspected on Monday.'),
    ];
    const found = compareEntities(articles, entityResolver(articles)).map((r) => r.difference);
    expect(found.filter((d) => d.kind === 'person').map((d) => d.label)).toEqual(['Marta Kowalczyk']);
  });

  it('takes a nickname, an everyday first name and a particle written apart as the one person', () => {
    const articles = [
      analysed('a', 'Councilman Robert "Bobby" Okafor and Mayor Ana de Vries opened the bridge. Okafor cut the ribbon.'),
      analysed('b', 'Bob Okafor, a councilman, and Mayor De Vries opened the bridge on Monday.'),
      analysed('c', 'Mayor Ana DeVries and Councilman Bobby Okafor opened the bridge.'),
    ];
    const people = compareEntities(articles, entityResolver(articles)).map((r) => r.difference).filter((d) => d.kind === 'person');
    expect(people).toHaveLength(2);
    expect(people.every((d) => d.status === 'consensus')).toBe(true);
  });

  it('merges an acronym with its full name', () => {
    const articles = [analysed('a', 'Leaders of the North Atlantic Treaty Organisation met.'), analysed('b', 'NATO leaders met.')];
    const found = compareEntities(articles, entityResolver(articles)).map((r) => r.difference);
    expect(found).toEqual([expect.objectContaining({ kind: 'organization', status: 'consensus', label: 'North Atlantic Treaty Organisation' })]);
  });

  it('lists a place or institution only some outlets name, never to be shown, and not a party beside a name', () => {
    const articles = [
      analysed('a', 'The ferry sank near San Diego on Monday. Representative Ada Crane, Republican of Ohio, spoke.'),
      analysed('b', 'The ferry sank on Monday. Rep. Ada Crane spoke.'),
    ];
    const found = compareEntities(articles, entityResolver(articles));
    const place = found.find((r) => r.difference.label === 'San Diego')!;
    expect(place.difference).toMatchObject({ kind: 'place', status: 'partial', missingFrom: ['b'] });
    expect(place.substance).toBe(0);
    expect(found.some((r) => /Republican of/.test(r.difference.label))).toBe(false);
  });

  it('does not put before the reader a person an outlet names only by a family name another person of the story has', () => {
    const articles = [
      analysed('a', 'Ada Crane resigned on Monday. Ms. Crane had opposed the pier.'),
      analysed('b', 'Crane resigned on Monday, and Crane said the pier had failed.'),
      analysed('c', 'The pier failed. Tom Crane, her brother, said the board had been warned.'),
    ];
    const ada = compareEntities(articles, entityResolver(articles)).find((r) => r.difference.label === 'Ada Crane')!;
    // "b" may mean Tom Crane: the card is listed, not shown.
    expect(ada.substance).toBe(0);
    const alone = articles.slice(0, 2);
    expect(compareEntities(alone, entityResolver(alone)).find((r) => r.difference.label === 'Ada Crane')).toBeDefined();
  });

  it('does not take a building named after a person for the person', () => {
    const articles = [
      analysed('a', 'Coach Ada Crane retired in 1990, and Ms. Crane said the team had been her life.'),
      analysed('b', 'The team played at the Crane Center on Monday, and fans filled the Crane Center early.'),
    ];
    const ada = compareEntities(articles, entityResolver(articles)).find((r) => r.difference.label === 'Ada Crane')!;
    expect(ada.difference).toMatchObject({ status: 'partial', missingFrom: ['b'] });
    expect(ada.difference.values.map((v) => v.articleId)).toEqual(['a']);
  });

  it('takes a person some outlets name again for a detail only when one of them has the person do or say something', () => {
    const articles = [
      analysed('a', 'The harbour board met on Monday. Ada Crane, the board’s treasurer, resigned after the vote. Ms. Crane had opposed the pier.'),
      analysed('b', 'The harbour board met on Monday. Members voted for the pier.'),
    ];
    const acting = compareEntities(articles, entityResolver(articles)).find((r) => r.difference.label === 'Ada Crane')!;
    expect(acting.difference).toMatchObject({ status: 'partial', missingFrom: ['b'] });
    expect(acting.substance).toBe(1);
    // Named twice, but only in a list and a possessive: a passing mention.
    const passing = [
      analysed('a', 'The harbour board met on Monday, joined by Tom Reyes and Ada Crane. The pier was Crane’s former project.'),
      analysed('b', 'The harbour board met on Monday. Members voted for the pier.'),
    ];
    const mentioned = compareEntities(passing, entityResolver(passing)).find((r) => r.difference.label === 'Ada Crane')!;
    expect(mentioned.difference.status).toBe('partial');
    expect(mentioned.substance).toBe(0);
  });
});

describe('sharedSurnames and fullNameWritten: who a bare family name may be', () => {
  it('finds family names two people named in full share, not one person written two ways', () => {
    const articles = [analysed('a', 'Ada Crane and her brother Tom Crane spoke. Mr. Lind listened.'), analysed('b', 'A. Crane spoke, and Lars Lind and Lars E. Lind Jr. listened.')];
    expect([...sharedSurnames(articles)].sort()).toEqual(['crane']);
    // "Jr." and "Sr." are two people; a "Jr." one outlet leaves off is not.
    expect([...sharedSurnames([analysed('a', 'Lars Lind Sr. and Lars Lind Jr. spoke.')])]).toEqual(['lind']);
  });

  it('takes a full name, with a title, an initial or a suffix left off, as naming the person', () => {
    expect(fullNameWritten(analysed('a', 'Senator Ada Crane spoke.'), 'Ada M. Crane')).toBe(true);
    expect(fullNameWritten(analysed('a', 'Ms. Crane spoke, then Tom Crane.'), 'Ada Crane')).toBe(false);
  });
});
