import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../../lib/core/corpus/bundle';
import { Matcher } from '../../../../lib/core/match/matcher';
import type { Article, CorpusRecord } from '../../../../lib/core/types';
import { seedRecords } from '../../../../lib/node/corpus-files';

const asArticle = (record: CorpusRecord): Article => ({ ...record, byline: null, lang: null, excerpt: null, readerable: true });

/** Unrelated articles, so that the seeds are matched among other news and idf means something. */
const OTHER_NEWS: CorpusRecord[] = [
  ['Tara Reid enters rehab', 'Actress Tara Reid checked into a Malibu rehab clinic on Tuesday, her publicist said. The star of American Pie sought treatment at Promises.'],
  ['Storm floods Texas coast', 'Hurricane Ike flooded Galveston and the Texas coast, forcing thousands to leave their homes as rescue crews searched flooded streets.'],
  ['Apple unveils new laptop', 'Apple showed a thinner MacBook at its California event, with a faster chip and longer battery life, chief executive Tim Cook said.'],
  ['Zelensky addresses Congress', 'Ukrainian President Volodymyr Zelensky addressed the US Congress by video, asking lawmakers for more air defence and sanctions on Moscow.'],
].map(([title, text], i) => ({ id: `other-${i}`, source: `Outlet ${i}`, url: null, title, publishedAt: '2022-01-10', text }));

let seeds: CorpusRecord[];
let matcher: Matcher;

beforeAll(async () => {
  seeds = await seedRecords();
  matcher = new Matcher(buildBundle([...seeds, ...OTHER_NEWS]).index);
});

describe('Matcher', () => {
  it('finds the four seeds to be each other\'s same-story coverage', () => {
    for (const seed of seeds) {
      const related = matcher.match(asArticle(seed));
      const sameStory = related.filter((r) => r.relation === 'same-story').map((r) => r.id).sort();
      expect(sameStory).toEqual(seeds.map((s) => s.id).filter((id) => id !== seed.id).sort());
      expect(related.some((r) => r.id.startsWith('other-') && r.relation === 'same-story')).toBe(false);
    }
  });

  it('finds the seeds to be each other\'s coverage in a corpus of the seeds alone (the extension\'s default)', () => {
    const seedsOnly = new Matcher(buildBundle(seeds).index);
    for (const seed of seeds) {
      expect(seedsOnly.match(asArticle(seed)).filter((r) => r.relation === 'same-story')).toHaveLength(seeds.length - 1);
    }
  });

  it('never lists the article itself, even under another id, but lists a republished copy as a duplicate', () => {
    const seed = seeds[0];
    const underAnotherId = matcher.match(asArticle({ ...seed, id: 'reader-tab' }));
    expect(underAnotherId.map((r) => r.id)).not.toContain(seed.id);
    const copy = { ...seed, id: 'wire-copy', source: 'Another Paper', url: 'https://another.example/copy' };
    const withCopy = new Matcher(buildBundle([...seeds, copy, ...OTHER_NEWS]).index);
    const related = withCopy.match(asArticle(seed));
    expect(related.find((r) => r.id === 'wire-copy')?.relation).toBe('duplicate');
    expect(related.map((r) => r.id)).not.toContain(seed.id);
  });

  it('says why in the query\'s words: whole names, readable terms and days apart', () => {
    const sameStory = matcher.match(asArticle(seeds[0])).filter((r) => r.relation === 'same-story');
    const [first] = sameStory;
    expect(first.why.sharedEntities).toEqual(expect.arrayContaining(['Joe Biden', 'Jens Stoltenberg', 'NATO']));
    expect(first.why.sharedTerms).toContain('summit');
    expect(first.why).toHaveProperty('daysApart');
    for (const { why } of sameStory) {
      expect(why.sharedEntities.length).toBeLessThanOrEqual(8);
      expect(new Set(why.sharedEntities).size).toBe(why.sharedEntities.length);
      for (const name of why.sharedEntities) expect(name).toMatch(/^\p{Lu}/u);
      expect(why.sharedEntities).not.toContain('March');
      expect(why.sharedTerms).not.toContain('biden');
    }
  });

  it('matches a name through a spelling variant and says so', () => {
    const query = asArticle({ id: 'q', source: 'Wire', url: null, title: 'Zelenskiy addresses US Congress', publishedAt: '2022-01-11', text: 'Volodymyr Zelenskiy spoke to Congress by video and asked lawmakers for air defence and sanctions on Moscow.' });
    const hit = matcher.match(query).find((r) => r.id === 'other-3');
    expect(hit?.relation).toBe('same-story');
    expect(hit?.why.sharedEntities).toContain('Volodymyr Zelenskiy ~ Volodymyr Zelensky');
  });

  it('finds nothing for an article on no story of the corpus', () => {
    const query = asArticle({ id: 'q', source: null, url: null, title: 'Recipe: lemon cake', publishedAt: null, text: 'Whisk butter and sugar, fold in flour and lemon zest, and bake for forty minutes.' });
    expect(matcher.match(query).filter((r) => r.relation !== 'related')).toEqual([]);
  });

  it('tells leads that name different weekdays apart only where a publication date is missing', () => {
    const lead = (id: string, day: string, publishedAt: string | null): CorpusRecord => ({
      id, source: `Outlet ${id}`, url: null, publishedAt,
      title: 'Appeals court lets Texas abortion law stand',
      text: `A federal appeals court on ${day} allowed the Texas abortion law to remain in force.\n\nThe ruling came after a judge blocked it.\n\nOn Sunday, protests followed.`,
    });
    const corpus = new Matcher(buildBundle([lead('thursday', 'Thursday', null), lead('friday', 'Friday', null), lead('dated', 'Friday', '2021-10-08'), ...OTHER_NEWS]).index);
    const differs = (query: CorpusRecord, other: string) => {
      const { candidates, evidence } = corpus.candidateEvidence(asArticle(query));
      return evidence.toQuery[candidates.findIndex((index) => corpus.idAt(index) === other)].leadWeekdaysDiffer;
    };
    expect(differs(lead('q', 'Friday', null), 'thursday')).toBe(true);
    expect(differs(lead('q', 'Friday', null), 'friday')).toBe(false);
    // The third paragraph is not the lead: its Sunday does not count.
    expect(differs(lead('q', 'Sunday', null), 'friday')).toBe(true);
    expect(differs(lead('q', 'Thursday', '2021-10-07'), 'dated')).toBe(false);
  });
});
