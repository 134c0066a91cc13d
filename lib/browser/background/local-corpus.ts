import { ArticleIndex, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, unpack } from '../../core/match/article-index';
import { Matcher } from '../../core/match/matcher';
import { corpusRecordOf } from '../../core/corpus/record';
import { articlesByIds, featuresByIds, onStoreChange, partFeatures, saveIndex, savedIndex, storeRevision, type StoreChange } from '../store/articles';
import { FEATURES_VERSION, partOf, type CorpusPart, type SavedIndex, type StoredArticle } from '../store/db';
import { outletKey, type BundledCorpus } from './corpus';
import { CorpusSet, type RecordSource } from './corpus-set';

/** The reader's corpus as searched: the bundled articles and the stored ones on one index, and the stored articles' outlets. */
export interface ReaderCorpus {
  corpus: CorpusSet;
  /** The outlets of the stored articles (see `outletKey`), for the empty state's counts. */
  outlets: ReadonlySet<string>;
}

/** The index is saved again once at least this many stored articles have changed since it was last saved. */
const SAVE_INDEX_EVERY = 1_000;
/**
 * Or one in twenty of the `size` it holds, when that is more: a new worker reads the changed ones'
 * features one by one, and saving a large index after every thousand of a large import would slow it.
 */
const saveIndexEvery = (size: number) => Math.max(SAVE_INDEX_EVERY, size / 20);
/** How long after the change that calls for it the index is saved: the comparison that loaded it answers first. */
const SAVE_DELAY_MS = 1_000;

/** The stored articles the shared index holds: each one's part of the store and outlet, and how many articles each outlet has. */
class StoredArticles {
  readonly parts = new Map<string, CorpusPart>();
  /** Stored articles not indexed because a bundled article has their id. */
  readonly shadowed = new Set<string>();
  /** The store revision the index reflects. */
  revision = 0;
  /** Stored articles changed since the index was last saved (Infinity when it never was). */
  changedSinceSaved = Infinity;
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
  apply({ stored, deleted, revision }: StoreChange): void {
    this.forget(deleted);
    for (const id of deleted) this.shadowed.delete(id);
    const added = stored.filter((article) => !this.bundledIds.has(article.id));
    for (const article of stored) if (this.bundledIds.has(article.id)) this.shadowed.add(article.id);
    this.forget(added.map((article) => article.id));
    this.index.add(added.map((article) => ({ record: article, features: article.features })));
    for (const article of added) {
      this.shadowed.delete(article.id);
      this.held(article.id, partOf(article.origin), outletKey(article));
    }
    this.revision = Math.max(this.revision, revision);
    this.changedSinceSaved += stored.length + deleted.length;
  }

  /** Adds a saved index's articles to the index in one go. */
  restore(saved: SavedIndex): void {
    let { index, live } = saved;
    const bundled = index.ids.filter((id) => this.bundledIds.has(id));
    if (bundled.length > 0) {
      // Saved apart from the bundled articles (see refreshSoon), or before the bundle changed: those a bundled article has the id of are left out.
      const liveOf = new Map(index.ids.map((id, k) => [id, live[k]]));
      index = unpack(ArticleIndex.fromSnapshot(index).snapshot(index.ids.filter((id) => !this.bundledIds.has(id))));
      live = Uint8Array.from(index.ids, (id) => liveOf.get(id)!);
    }
    this.index.merge(index);
    for (const id of [...saved.shadowed, ...bundled]) this.shadowed.add(id);
    index.ids.forEach((id, k) => this.held(id, live[k] ? 'live' : 'imported', outletKey({ id, source: index.sources[k], url: index.urls[k] })));
    this.revision = saved.revision;
    this.changedSinceSaved = 0;
  }

  /** The index of the stored articles, to be saved. */
  save(): SavedIndex {
    const index = unpack(this.index.snapshot(this.parts.keys()));
    const live = Uint8Array.from(index.ids, (id) => (this.parts.get(id) === 'live' ? 1 : 0));
    return { revision: this.revision, featuresVersion: FEATURES_VERSION, index, live, shadowed: [...this.shadowed] };
  }

  /** Takes the ids out of the index, and all trace of them here. */
  forget(ids: Iterable<string>): void {
    const held = [...ids].filter((id) => this.parts.has(id));
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

  private held(id: string, part: CorpusPart, outlet: string): void {
    this.parts.set(id, part);
    this.outletOf.set(id, outlet);
    this.outletCounts.set(outlet, (this.outletCounts.get(outlet) ?? 0) + 1);
  }
}

let loading: Promise<StoredArticles> | null = null;

/**
 * The stored articles added to the bundled corpus's index, once per worker life (see `load`), then
 * kept up to date change by change as the store reports its writes, so no comparison rebuilds
 * anything. The index is saved again, after the comparison, when enough has changed since it was
 * last saved.
 */
function storedArticles(bundled: BundledCorpus): Promise<StoredArticles> {
  loading ??= (async () => {
    const stored = new StoredArticles(bundled.index, bundled.ids);
    await load(stored, (change) => {
      stored.apply(change);
      saveSoon(stored);
    });
    saveSoon(stored);
    return stored;
  })().catch((error: unknown) => {
    loading = null; // the next comparison tries again
    throw error;
  });
  return loading;
}

/**
 * Fills `stored` with the index saved in the store by an earlier worker and the changes written
 * since (their features only), or, when there is no usable saved index, with every stored article's
 * features (computed when each was stored, never from the texts). Changes written meanwhile are
 * applied after; then `onChange` hears each change. Answers a function that stops it hearing them.
 */
async function load(stored: StoredArticles, onChange: (change: StoreChange) => void): Promise<() => void> {
  let pending: StoreChange[] | null = [];
  const stop = onStoreChange((change) => (pending ? pending.push(change) : onChange(change)));
  try {
    if (!(await restoreSaved(stored))) await readAll(stored);
  } catch (error) {
    stop();
    stored.forget([...stored.parts.keys()]);
    throw error;
  }
  for (const change of pending) stored.apply(change);
  pending = null;
  return stop;
}

/** Articles changed in the store while no comparison has loaded the index (see `refreshSoon`). */
let unsavedChanges = 0;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;
let refreshing = false;
/** How long after the last of a run of writes (the batches of an import, say) the saved index is brought up to date. */
const REFRESH_DELAY_MS = 2_000;

/**
 * Brings the saved index up to date once enough has changed while no comparison had loaded it
 * (after an import, say), so that the next worker's first comparison reads the saved index and few
 * changes rather than every article's features. It is built apart from the bundled articles, in the
 * worker's idle time, one at a time, and dropped once saved.
 */
function refreshSoon(change: StoreChange): void {
  if (loading) return; // the loaded index saves itself
  unsavedChanges += change.stored.length + change.deleted.length;
  if (unsavedChanges < SAVE_INDEX_EVERY || refreshing) return; // a refresh under way looks again when done
  if (refreshTimer !== null) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
}

async function refresh(): Promise<void> {
  refreshTimer = null;
  if (loading) return;
  refreshing = true;
  unsavedChanges = 0;
  const stored = new StoredArticles(new ArticleIndex(), new Set());
  try {
    const stop = await load(stored, (later) => stored.apply(later));
    try {
      await saveIndex(stored.save());
    } finally {
      stop();
    }
  } catch (error) {
    console.warn('Crosscheck could not bring its saved index up to date (the next worker reads more of the store instead):', error);
  } finally {
    refreshing = false;
  }
  if (unsavedChanges >= SAVE_INDEX_EVERY && !loading) refreshTimer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
}

onStoreChange(refreshSoon);

/** Every stored article's features, part by part. */
async function readAll(stored: StoredArticles): Promise<void> {
  // Read first: writes after it are heard (the listener is on) and applied again, which changes nothing.
  const revision = await storeRevision();
  for (const part of ['imported', 'live'] as const) {
    for await (const batch of partFeatures(part)) stored.apply({ stored: batch, deleted: [], revision });
  }
  stored.changedSinceSaved = Infinity;
}

/**
 * The saved index and the changes written since, applied; false (having changed nothing) when
 * there is none, it is of another version, it cannot be read, or more has changed since than it
 * holds (reading every article is then as quick).
 */
async function restoreSaved(stored: StoredArticles): Promise<boolean> {
  try {
    const { saved, revision, changes } = await savedIndex();
    if (!saved || saved.featuresVersion !== FEATURES_VERSION || saved.index.format !== SNAPSHOT_FORMAT || saved.index.version !== SNAPSHOT_VERSION) return false;
    // What each article's last change was: stored (true) or deleted.
    const last = new Map<string, boolean>();
    for (const change of changes) {
      for (const id of change.deleted) last.set(id, false);
      for (const id of change.stored) last.set(id, true);
    }
    if (last.size > saved.index.ids.length) return false;
    stored.restore(saved);
    // Shadowed articles whose bundled twin is gone are read like changed ones.
    const toRead = [...last].flatMap(([id, isStored]) => (isStored ? [id] : []));
    for (const id of saved.shadowed) if (!last.has(id)) toRead.push(id);
    const features = await featuresByIds(toRead);
    const found = new Set(features.map((article) => article.id));
    const deleted = [...last].flatMap(([id, isStored]) => (isStored ? [] : [id]));
    stored.apply({ stored: features, deleted: [...deleted, ...toRead.filter((id) => !found.has(id))], revision });
    stored.changedSinceSaved = last.size;
    return true;
  } catch (error) {
    console.warn('Crosscheck could not read its saved index, and reads every stored article instead:', error);
    stored.forget([...stored.parts.keys()]);
    stored.shadowed.clear();
    return false;
  }
}

let saving: ReturnType<typeof setTimeout> | null = null;

/** Saves the index a little later when enough has changed since it was last saved; a failure is only reported (the next change tries again). */
function saveSoon(stored: StoredArticles): void {
  if (saving !== null || stored.changedSinceSaved < saveIndexEvery(stored.parts.size)) return;
  saving = setTimeout(() => {
    const changed = stored.changedSinceSaved;
    const saved = stored.save();
    stored.changedSinceSaved = 0;
    saveIndex(saved)
      .catch((error: unknown) => {
        stored.changedSinceSaved += changed;
        console.warn('Crosscheck could not save its index (the next worker reads more of the store instead):', error);
      })
      .finally(() => {
        saving = null;
      });
  }, SAVE_DELAY_MS);
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
