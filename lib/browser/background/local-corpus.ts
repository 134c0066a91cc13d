import type { ArticleIndex } from '../../core/match/article-index';
import { Matcher } from '../../core/match/matcher';
import { corpusRecordOf } from '../../core/corpus/record';
import { articlesByIds, onStoreChange, partFeatures, type StoreChange } from '../store/articles';
import { partOf, type CorpusPart, type StoredArticle } from '../store/db';
import { outletKey, type BundledCorpus } from './corpus';
import { CorpusSet, type RecordSource } from './corpus-set';

/** The reader's corpus as searched: the bundled articles and the stored ones on one index, and the stored articles' outlets. */
export interface ReaderCorpus {
  corpus: CorpusSet;
  /** The outlets of the stored articles (see `outletKey`), for the empty state's counts. */
  outlets: ReadonlySet<string>;
}

/** The stored articles the shared index holds: each one's part of the store and outlet, and how many articles each outlet has. */
class StoredArticles {
  readonly parts = new Map<string, CorpusPart>();
  private readonly outletOf = new Map<string, string>();
  private readonly outletCounts = new Map<string, number>();

  constructor(
    private readonly index: ArticleIndex,
    private readonly bundledIds: ReadonlySet<string>,
  ) {}

  get outlets(): ReadonlySet<string> {
    return new Set(this.outletCounts.keys());
  }

  /**
   * Applies a change of the store to the index in place. A stored article with a bundled article's
   * id is not indexed: the bundled one is matched and read (as the first source that holds it).
   */
  apply({ stored, deleted }: StoreChange): void {
    this.forget(deleted);
    const added = stored.filter((article) => !this.bundledIds.has(article.id));
    this.forget(added.map((article) => article.id));
    this.index.add(added.map((article) => ({ record: article, features: article.features })));
    for (const article of added) {
      this.parts.set(article.id, partOf(article.origin));
      const outlet = outletKey(article);
      this.outletOf.set(article.id, outlet);
      this.outletCounts.set(outlet, (this.outletCounts.get(outlet) ?? 0) + 1);
    }
  }

  /** Takes the ids out of the index, and all trace of them here. */
  forget(ids: string[]): void {
    const held = ids.filter((id) => this.parts.has(id));
    this.index.remove(held);
    for (const id of held) {
      this.parts.delete(id);
      const outlet = this.outletOf.get(id)!;
      this.outletOf.delete(id);
      const count = this.outletCounts.get(outlet)! - 1;
      if (count > 0) this.outletCounts.set(outlet, count);
      else this.outletCounts.delete(outlet);
    }
  }
}

let loading: Promise<StoredArticles> | null = null;

/**
 * The stored articles added to the bundled corpus's index, once per worker life: read as features
 * (computed when each was stored, never from the texts), then kept up to date change by change as
 * the store reports its writes, so no comparison rebuilds anything. Changes written while the
 * features are read are applied after them.
 */
function storedArticles(bundled: BundledCorpus): Promise<StoredArticles> {
  loading ??= (async () => {
    const stored = new StoredArticles(bundled.index, bundled.ids);
    let pending: StoreChange[] | null = [];
    const stop = onStoreChange((change) => (pending ? pending.push(change) : stored.apply(change)));
    try {
      for (const part of ['imported', 'live'] as const) {
        for await (const batch of partFeatures(part)) stored.apply({ stored: batch, deleted: [] });
      }
    } catch (error) {
      stop();
      stored.forget([...stored.parts.keys()]);
      throw error;
    }
    for (const change of pending) stored.apply(change);
    pending = null;
    return stored;
  })().catch((error: unknown) => {
    loading = null; // the next comparison tries again
    throw error;
  });
  return loading;
}

/**
 * The reader's corpus: the bundled articles and the stored ones (imported, and the live part of
 * compared articles and feed entries) on one index, so they share one idf and their scores
 * compare. Texts are read from the bundle's texts file or the store, for the articles shown only.
 * When the store cannot be read, the bundled articles are searched alone.
 */
export async function readerCorpus(bundled: BundledCorpus): Promise<ReaderCorpus> {
  let stored: StoredArticles | null = null;
  try {
    stored = await storedArticles(bundled);
  } catch (error) {
    console.warn('Crosscheck could not read the local store:', error);
  }
  const inPart = (part: CorpusPart): RecordSource => ({ holds: (id) => stored?.parts.get(id) === part, records: storedRecords });
  const sources = [{ holds: (id: string) => bundled.ids.has(id), records: bundled.records }, inPart('live'), inPart('imported')];
  return { corpus: new CorpusSet(new Matcher(bundled.index), sources), outlets: stored?.outlets ?? new Set() };
}

async function storedRecords(ids: string[]) {
  const found = await articlesByIds(ids);
  return found.filter((article): article is StoredArticle => article !== undefined).map(corpusRecordOf);
}
