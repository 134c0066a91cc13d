import { beforeEach, describe, expect, it } from 'vitest';
import { rememberComparedArticle } from '../../../../lib/browser/background/remember';
import { corpusRecordOf } from '../../../../lib/core/corpus/record';
import { getArticle, onStoreChange, putArticles, toStoredArticle, type StoreChange } from '../../../../lib/browser/store/articles';
import { updateSettings } from '../../../../lib/browser/store/settings';
import type { Article } from '../../../../lib/core/types';
import { freshStore, summitReport } from '../store/support';

beforeEach(freshStore);

const compared = (extra = ''): Article => ({ ...summitReport('https://wire.example/a', 'Wire One', extra), byline: null, lang: 'en', excerpt: null, readerable: true });

describe('remembering compared articles', () => {
  it('stores a compared article, and does not rewrite it when it is compared again unchanged', async () => {
    expect(await rememberComparedArticle(compared())).toBe(true);
    expect((await getArticle('https://wire.example/a'))?.origin).toBe('compared');
    const changes: StoreChange[] = [];
    const stop = onStoreChange((change) => changes.push(change));
    await rememberComparedArticle(compared());
    stop();
    expect(changes).toEqual([]); // the reader's index is not changed
  });

  it('stores the new version of an article whose text changed', async () => {
    await rememberComparedArticle(compared());
    const changes: StoreChange[] = [];
    const stop = onStoreChange((change) => changes.push(change));
    await rememberComparedArticle(compared('Updated at noon with the summit agenda.'));
    stop();
    expect(changes.map((change) => change.stored.map((article) => article.id))).toEqual([['https://wire.example/a']]);
    expect((await getArticle('https://wire.example/a'))?.text).toContain('Updated at noon');
  });

  it('makes a feed entry the reader compares theirs, even unchanged, so that retention keeps it', async () => {
    await putArticles([toStoredArticle(corpusRecordOf(compared()), 'feed', { feedUrl: 'https://wire.example/rss.xml', complete: true })]);
    await rememberComparedArticle(compared());
    expect((await getArticle('https://wire.example/a'))?.origin).toBe('compared');
  });

  it('stores nothing when the reader switched remembering off', async () => {
    await updateSettings({ remember: false });
    expect(await rememberComparedArticle(compared())).toBe(false);
    expect(await getArticle('https://wire.example/a')).toBeUndefined();
  });
});
