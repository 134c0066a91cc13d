import { beforeEach, describe, expect, it } from 'vitest';
import {
  allArticles,
  countArticles,
  deleteAllArticles,
  deleteArticle,
  deleteSource,
  getArticle,
  putArticles,
  recentArticles,
  sourceCounts,
  partArticles,
  partGeneration,
  toStoredArticle,
} from '../../../../lib/browser/store/articles';
import { closeStore } from '../../../../lib/browser/store/db';
import { freshStore, summitReport, unrelatedReport } from './support';

beforeEach(freshStore);

describe('the article store', () => {
  it('stores articles and reads them back after the connection is reopened', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    await closeStore(); // a restarted worker opens a new connection
    const stored = await getArticle('a');
    expect(stored?.text).toContain('Brussels');
    expect(stored?.source).toBe('Wire One');
    expect(stored?.origin).toBe('imported');
  });

  it('replaces an article with the same id instead of storing it twice', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    await putArticles([toStoredArticle({ ...summitReport('a', 'Wire One'), title: 'Updated' }, 'imported')]);
    expect(await countArticles()).toBe(1);
    expect((await getArticle('a'))?.title).toBe('Updated');
  });

  it('bumps the generation of the parts a change touches, so cached matchers know they are stale', async () => {
    const generations = async () => [await partGeneration('imported'), await partGeneration('live')];
    const [imported0, live0] = await generations();
    await putArticles([toStoredArticle(summitReport('c', 'Daily Two'), 'compared')]);
    const [imported1, live1] = await generations();
    expect(imported1).toBe(imported0); // remembering an article does not make a large import stale
    expect(live1).toBeGreaterThan(live0);
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    const [imported2] = await generations();
    expect(imported2).toBeGreaterThan(imported1);
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'compared')]); // replaces an imported one
    const [imported3] = await generations();
    expect(imported3).toBeGreaterThan(imported2);
    await deleteArticle('a');
    expect((await generations())[0]).toBeGreaterThan(imported3);
  });

  it('reads each part: imported articles, and compared articles with feed entries', async () => {
    await putArticles([
      toStoredArticle(summitReport('i', 'Wire One'), 'imported'),
      toStoredArticle(summitReport('c', 'Wire One'), 'compared'),
      toStoredArticle(summitReport('f', 'Feed Three'), 'feed', { feedUrl: 'https://f.example/rss' }),
    ]);
    expect((await partArticles('imported')).map((a) => a.id)).toEqual(['i']);
    expect((await partArticles('live')).map((a) => a.id).sort()).toEqual(['c', 'f']);
  });

  it('writes all of a batch or none of it', async () => {
    const good = toStoredArticle(summitReport('a', 'Wire One'), 'imported');
    const bad = { ...toStoredArticle(summitReport('b', 'Wire Two'), 'imported'), id: undefined as unknown as string };
    await expect(putArticles([good, bad])).rejects.toThrow();
    expect(await countArticles()).toBe(0);
  });

  it('counts per source, lists recent articles and deletes one article, a source, or all', async () => {
    await putArticles([
      toStoredArticle(summitReport('a', 'Wire One'), 'imported', { now: 1 }),
      toStoredArticle(summitReport('b', 'Wire One'), 'imported', { now: 2 }),
      toStoredArticle(summitReport('c', 'Daily Two'), 'compared', { now: 3 }),
      toStoredArticle({ ...unrelatedReport('d'), source: null }, 'imported', { now: 4 }),
    ]);
    expect(await sourceCounts()).toEqual([
      { sourceKey: 'Wire One', count: 2 },
      { sourceKey: '', count: 1 },
      { sourceKey: 'Daily Two', count: 1 },
    ]);
    expect((await recentArticles(2)).map((a) => a.id)).toEqual(['d', 'c']);
    expect((await recentArticles(2))[0]).not.toHaveProperty('text');

    await deleteArticle('c');
    await deleteSource('Wire One');
    expect((await allArticles()).map((a) => a.id)).toEqual(['d']);
    await deleteSource('');
    expect(await countArticles()).toBe(0);

    await putArticles([toStoredArticle(summitReport('e', 'Wire One'), 'imported')]);
    await deleteAllArticles();
    expect(await countArticles()).toBe(0);
  });
});
