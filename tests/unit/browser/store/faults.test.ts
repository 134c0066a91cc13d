import { beforeEach, describe, expect, it } from 'vitest';
import { countArticles, putArticles, toStoredArticle } from '../../../../lib/browser/store/articles';
import { openStore } from '../../../../lib/browser/store/db';
import { freshStore, summitReport } from './support';

beforeEach(freshStore);

describe('the store when IndexedDB misbehaves', () => {
  it('does not block a newer version of the extension: it lets go of its connection', async () => {
    await putArticles([toStoredArticle(summitReport('a', 'Wire One'), 'imported')]);
    const db = await openStore();
    // A newer version of the extension opening a newer schema would be "blocked" by a connection that holds on.
    const upgraded = await new Promise<string>((resolve) => {
      const request = indexedDB.open(db.name, db.version + 1);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
    });
    expect(upgraded).toBe('opened');
  });

  it('says in words when the store cannot be opened, and opens it again once it can', async () => {
    const working = indexedDB;
    globalThis.indexedDB = {
      open: () => {
        throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
      },
    } as unknown as IDBFactory;
    try {
      await expect(countArticles()).rejects.toThrow(/Crosscheck's local store could not be opened/);
    } finally {
      globalThis.indexedDB = working;
    }
    await putArticles([toStoredArticle(summitReport('b', 'Wire Two'), 'imported')]);
    expect(await countArticles()).toBe(1);
  });
});
