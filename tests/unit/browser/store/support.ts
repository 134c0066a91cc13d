import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeStore } from '../../../../lib/browser/store/db';
import type { CorpusRecord } from '../../../../lib/core/types';

/** A fresh, empty IndexedDB for each test, as if the extension had just been installed. */
export async function freshStore(): Promise<void> {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
}

/** Short reports written for these tests on the seed story (Biden's trip to the Brussels summits, March 2022). */
export function summitReport(id: string, source: string, extra = ''): CorpusRecord {
  return {
    id,
    source,
    url: `https://${source.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
    title: `Biden flies to Brussels for NATO and EU summits on Ukraine`,
    publishedAt: '2022-03-23',
    text: [
      'President Joe Biden left Washington on Wednesday for Brussels, where NATO leaders will hold an emergency summit on Russia’s invasion of Ukraine.',
      'Biden is also due to attend a meeting of the European Council and a G7 gathering, and to announce new sanctions on Russian lawmakers.',
      `White House officials said the trip would show allied unity. ${extra}`.trim(),
    ].join('\n\n'),
  };
}

export function unrelatedReport(id: string): CorpusRecord {
  return {
    id,
    source: 'Garden Gazette',
    url: null,
    title: 'Allotment holders prepare for an early spring',
    publishedAt: '2022-03-20',
    text: 'Allotment holders in Pelham are sowing broad beans and onions a fortnight early after a mild winter.\n\nThe society’s chair said water butts were already half full.',
  };
}
