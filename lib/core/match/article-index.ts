import type { ArticleFeatures } from '../corpus/features';
import { FuzzyNames } from '../corpus/fuzzy-names';
import type { CorpusRecord } from '../types';
import { unusualSpellings } from './explain';
import { fromBase64, toBase64, VarintReader, VarintWriter } from './packed';
import { idf } from './similarity';

/** What the index keeps of an article's record: everything but its text. */
export type IndexedRecord = Pick<CorpusRecord, 'id' | 'source' | 'url' | 'title' | 'publishedAt'>;

/** An article to index: its record (any text on it is not kept) and its features, computed once. */
export interface IndexEntry {
  record: IndexedRecord;
  features: ArticleFeatures;
}

/** Each article is posted in the prefilter under this many of its strongest terms (and all its name words). */
const POSTED_TERMS = 40;

export const SNAPSHOT_FORMAT = 'crosscheck-index';
export const SNAPSHOT_VERSION = 1;

/**
 * An index as stored: string vocabularies, the articles' records column by column, and their
 * features as varint bytes (ids as gaps between ascending ids) in the snapshot's own numbering.
 * It holds typed arrays, so IndexedDB stores it as it is; `encodeSnapshot` makes it JSON for a file.
 * A snapshot of some articles with `removed` ids is a delta: merged into an index, it removes those
 * ids and adds (or replaces) its articles.
 */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  terms: string[];
  nameWords: string[];
  ids: string[];
  sources: (string | null)[];
  urls: (string | null)[];
  titles: (string | null)[];
  dates: (string | null)[];
  /** Per article: its lead's weekdays, its number of terms and of name words (varints). */
  shapes: Uint8Array;
  termIds: Uint8Array;
  termCounts: Uint8Array;
  nameWordIds: Uint8Array;
  /** The articles' unusual name spellings (see unusualSpellings), '' for most. */
  spellings: string[];
  removed: string[];
}

const BYTE_FIELDS = ['shapes', 'termIds', 'termCounts', 'nameWordIds'] as const;

type Growable = Int32Array | Uint16Array | Uint8Array | Float32Array;

/** `array`, or a copy at least twice as long when it is shorter than `needed`. */
function fit<T extends Growable>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Words numbered in order of first sight, with the number of live articles each occurs in. */
class Vocabulary {
  readonly words: string[] = [];
  frequency = new Int32Array(256);
  private readonly ids = new Map<string, number>();

  constructor(private readonly onNewWord: (word: string) => void = () => {}) {}

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.frequency = fit(this.frequency, id + 1);
      this.onNewWord(word);
    }
    return id;
  }
}

/**
 * Postings per word id in one shared pool: each list is a contiguous run that moves to the end of
 * the pool with twice the room when it fills up, so appending is cheap and a query reads each list
 * in one sweep. A posting's weight holds the article's part of the tf-idf weight without the idf,
 * which the query multiplies in from the current counts. Removed articles' postings stay until
 * `compact` drops them (queries skip them meanwhile).
 */
class PostingLists {
  private start = new Int32Array(256);
  private length = new Int32Array(256);
  private room = new Int32Array(256);
  private slots = new Int32Array(4096);
  private weights = new Float32Array(4096);
  private end = 0;

  push(id: number, slot: number, weight: number): void {
    if (id >= this.start.length) {
      this.start = fit(this.start, id + 1);
      this.length = fit(this.length, id + 1);
      this.room = fit(this.room, id + 1);
    }
    if (this.length[id] === this.room[id]) this.move(id, Math.max(2, this.room[id] * 2));
    const at = this.start[id] + this.length[id]++;
    this.slots[at] = slot;
    this.weights[at] = weight;
  }

  /** Adds `factor` × each live posting's weight under `id` into `scores`, listing articles touched first. */
  accumulate(id: number, factor: number, live: Uint8Array, scores: Float32Array, touched: number[]): void {
    if (id >= this.start.length) return;
    for (let at = this.start[id], end = at + this.length[id]; at < end; at++) {
      const slot = this.slots[at];
      if (!live[slot]) continue;
      if (scores[slot] === 0) touched.push(slot);
      scores[slot] += factor * this.weights[at];
    }
  }

  /** Rewrites the pool without the postings of articles no longer live, each list with room to grow. */
  compact(live: Uint8Array): void {
    let total = 0;
    for (let id = 0; id < this.start.length; id++) total += this.length[id];
    const slots = new Int32Array(Math.max(4096, Math.ceil(total * 1.25)));
    const weights = new Float32Array(slots.length);
    let end = 0;
    for (let id = 0; id < this.start.length; id++) {
      const begin = end;
      for (let at = this.start[id], stop = at + this.length[id]; at < stop; at++) {
        if (!live[this.slots[at]]) continue;
        slots[end] = this.slots[at];
        weights[end++] = this.weights[at];
      }
      this.start[id] = begin;
      this.length[id] = this.room[id] = end - begin;
    }
    [this.slots, this.weights, this.end] = [slots, weights, end];
  }

  private move(id: number, room: number): void {
    this.slots = fit(this.slots, this.end + room);
    this.weights = fit(this.weights, this.end + room);
    this.slots.copyWithin(this.end, this.start[id], this.start[id] + this.length[id]);
    this.weights.copyWithin(this.end, this.start[id], this.start[id] + this.length[id]);
    this.start[id] = this.end;
    this.room[id] = room;
    this.end += room;
  }
}

/** An article's features as ids into the index's own vocabularies, term ids ascending. */
interface ResolvedFeatures {
  termIds: ArrayLike<number>;
  termCounts: ArrayLike<number>;
  nameWordIds: ArrayLike<number>;
  leadWeekdays: number;
  spelling: string;
}

/**
 * The articles matching searches, without their texts: per article its record, its matching-term
 * ids with counts, its name-word ids, its lead's weekdays and its unusual name spellings, in
 * compact pooled typed arrays; vocabularies with document frequencies kept as counts; postings per
 * word id for the prefilter. Adding or removing articles updates all of it in place, and idf is
 * derived from the counts when it is asked for, so a change never rebuilds the index. Articles
 * live in numbered slots; a removed article's slot is reused once its postings are compacted away.
 */
export class ArticleIndex {
  private readonly terms = new Vocabulary();
  private readonly fuzzy = new FuzzyNames();
  private readonly nameWords = new Vocabulary((word) => this.fuzzy.add(word));
  private readonly termPostings = new PostingLists();
  private readonly nameWordPostings = new PostingLists();
  private readonly slotOf = new Map<string, number>();
  private records: (IndexedRecord | undefined)[] = [];
  private live = new Uint8Array(256);
  private weekdays = new Uint8Array(256);
  private spellings: string[] = [];
  private termStart = new Int32Array(256);
  private termLength = new Uint16Array(256);
  private nameStart = new Int32Array(256);
  private nameLength = new Uint16Array(256);
  private termPool = new Int32Array(4096);
  private countPool = new Uint16Array(4096);
  private namePool = new Int32Array(4096);
  private termEnd = 0;
  private nameEnd = 0;
  private freeSlots: number[] = [];
  private removedSinceCompaction = 0;

  /** How many articles it holds. */
  get size(): number {
    return this.slotOf.size;
  }

  /** One past the highest slot in use: how long a per-slot score array must be. */
  get slotCount(): number {
    return this.records.length;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  /** Adds articles, replacing any with the same id. */
  add(entries: IndexEntry[]): void {
    this.addResolved(
      entries.map(({ record, features }) => {
        const counted = features.terms.map(([term, count]) => [this.terms.intern(term), count]).sort((a, b) => a[0] - b[0]);
        return {
          record,
          features: {
            termIds: counted.map(([id]) => id),
            termCounts: counted.map(([, count]) => count),
            nameWordIds: features.nameWords.map((word) => this.nameWords.intern(word)).sort((a, b) => a - b),
            leadWeekdays: features.leadWeekdays,
            spelling: unusualSpellings(features.names),
          },
        };
      }),
    );
  }

  remove(ids: Iterable<string>): void {
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot === undefined) continue;
      this.slotOf.delete(id);
      this.live[slot] = 0;
      this.records[slot] = undefined;
      for (const termId of this.termIds(slot)) this.terms.frequency[termId]--;
      for (const nameWordId of this.nameWordIds(slot)) this.nameWords.frequency[nameWordId]--;
      this.removedSinceCompaction++;
    }
    // Dropped postings and features are reclaimed once they are a good share of the index.
    if (this.removedSinceCompaction > 256 + this.size / 4) this.compact();
  }

  /** Adds (or replaces) the snapshot's articles and removes its `removed` ids. */
  merge(snapshot: IndexSnapshot): void {
    if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
      throw new Error(`This corpus index (version ${String(snapshot.version)}) is not supported (expected ${SNAPSHOT_VERSION}); rebuild it.`);
    }
    this.remove(snapshot.removed);
    const termIds = snapshot.terms.map((term) => this.terms.intern(term));
    const nameWordIds = snapshot.nameWords.map((word) => this.nameWords.intern(word));
    const ascending = (ids: number[]) => ids.every((id, k) => k === 0 || id > ids[k - 1]);
    const [termsInOrder, namesInOrder] = [ascending(termIds), ascending(nameWordIds)];
    const shapes = new VarintReader(snapshot.shapes);
    const [terms, counts, names] = [snapshot.termIds, snapshot.termCounts, snapshot.nameWordIds].map((bytes) => new VarintReader(bytes));
    const entries = snapshot.ids.map((id, k) => {
      const leadWeekdays = shapes.read();
      const termCount = shapes.read();
      const nameCount = shapes.read();
      const own = new Int32Array(termCount);
      terms.readAscending(termCount, own, 0);
      const ownNames = new Int32Array(nameCount);
      names.readAscending(nameCount, ownNames, 0);
      const ownCounts = Int32Array.from(own, () => counts.read());
      // Renumbered into this index's vocabularies; sorted again only where that changes the order.
      for (let j = 0; j < termCount; j++) own[j] = termIds[own[j]];
      for (let j = 0; j < nameCount; j++) ownNames[j] = nameWordIds[ownNames[j]];
      const record = { id, source: snapshot.sources[k], url: snapshot.urls[k], title: snapshot.titles[k], publishedAt: snapshot.dates[k] };
      const features = { termIds: own, termCounts: ownCounts, nameWordIds: ownNames, leadWeekdays, spelling: snapshot.spellings[k] };
      if (!termsInOrder) {
        const order = Array.from(own.keys()).sort((a, b) => own[a] - own[b]);
        features.termIds = Int32Array.from(order, (j) => own[j]);
        features.termCounts = Int32Array.from(order, (j) => ownCounts[j]);
      }
      if (!namesInOrder) ownNames.sort();
      return { record, features };
    });
    this.addResolved(entries);
  }

  static fromSnapshot(snapshot: IndexSnapshot): ArticleIndex {
    const index = new ArticleIndex();
    index.merge(snapshot);
    return index;
  }

  /**
   * The index (or only the articles `ids` names, with `removed` as the ids to drop) as a snapshot.
   * Only the words its articles use are written, numbered in this index's order.
   */
  snapshot(ids: Iterable<string> = this.slotOf.keys(), removed: string[] = []): IndexSnapshot {
    const slots = [...ids].flatMap((id) => (this.slotOf.has(id) ? [this.slotOf.get(id)!] : []));
    const usedTerms = new Set<number>();
    const usedNames = new Set<number>();
    for (const slot of slots) {
      for (const termId of this.termIds(slot)) usedTerms.add(termId);
      for (const nameWordId of this.nameWordIds(slot)) usedNames.add(nameWordId);
    }
    const renumber = (used: Set<number>) => new Map([...used].sort((a, b) => a - b).map((id, k) => [id, k]));
    const [termNumbers, nameNumbers] = [renumber(usedTerms), renumber(usedNames)];
    const [shapes, termIds, termCounts, nameWordIds] = [new VarintWriter(), new VarintWriter(), new VarintWriter(), new VarintWriter()];
    for (const slot of slots) {
      const terms = this.termIds(slot);
      shapes.write(this.weekdays[slot]);
      shapes.write(terms.length);
      shapes.write(this.nameLength[slot]);
      termIds.writeAscending(Array.from(terms, (id) => termNumbers.get(id)!));
      for (const count of this.termCounts(slot)) termCounts.write(count);
      nameWordIds.writeAscending(Array.from(this.nameWordIds(slot), (id) => nameNumbers.get(id)!));
    }
    const records = slots.map((slot) => this.records[slot]!);
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      terms: [...termNumbers.keys()].map((id) => this.terms.words[id]),
      nameWords: [...nameNumbers.keys()].map((id) => this.nameWords.words[id]),
      ids: records.map((r) => r.id),
      sources: records.map((r) => r.source),
      urls: records.map((r) => r.url),
      titles: records.map((r) => r.title),
      dates: records.map((r) => r.publishedAt),
      shapes: shapes.finish(),
      termIds: termIds.finish(),
      termCounts: termCounts.finish(),
      nameWordIds: nameWordIds.finish(),
      spellings: slots.map((slot) => this.spellings[slot]),
      removed,
    };
  }

  // What the matcher reads, by slot.

  slot(id: string): number | undefined {
    return this.slotOf.get(id);
  }

  record(slot: number): IndexedRecord {
    return this.records[slot]!;
  }

  termIds(slot: number): Int32Array {
    return this.termPool.subarray(this.termStart[slot], this.termStart[slot] + this.termLength[slot]);
  }

  termCounts(slot: number): Uint16Array {
    return this.countPool.subarray(this.termStart[slot], this.termStart[slot] + this.termLength[slot]);
  }

  nameWordIds(slot: number): Int32Array {
    return this.namePool.subarray(this.nameStart[slot], this.nameStart[slot] + this.nameLength[slot]);
  }

  leadWeekdays(slot: number): number {
    return this.weekdays[slot];
  }

  /** The article's name words as it writes them when that is not plain capitalisation ("NATO"), space-separated. */
  spelling(slot: number): string {
    return this.spellings[slot];
  }

  termId(term: string): number | undefined {
    return this.terms.idOf(term);
  }

  nameWordId(word: string): number | undefined {
    return this.nameWords.idOf(word);
  }

  term(id: number): string {
    return this.terms.words[id];
  }

  nameWord(id: number): string {
    return this.nameWords.words[id];
  }

  /** Term idf from the current counts; an id of no live article weighs as an unknown term. */
  termIdf(id: number | undefined): number {
    return idf(id === undefined ? 0 : this.terms.frequency[id], this.size);
  }

  nameWordIdf(id: number | undefined): number {
    return idf(id === undefined ? 0 : this.nameWords.frequency[id], this.size);
  }

  /** Name words of live articles spelled like `word` (see FuzzyNames). */
  nameVariants(word: string): string[] {
    return this.fuzzy.variants(word).flatMap(([variant]) => (this.nameWords.frequency[this.nameWords.idOf(variant)!] > 0 ? [variant] : []));
  }

  /**
   * The prefilter: adds, per live article, the query weight × the article's posted weight × the
   * current idf of each of the given terms and name words into `scores` (indexed by slot).
   */
  accumulate(termIds: ArrayLike<number>, termWeights: ArrayLike<number>, nameWordIds: ArrayLike<number>, nameWordWeights: ArrayLike<number>, scores: Float32Array, touched: number[]): void {
    for (let k = 0; k < termIds.length; k++) this.termPostings.accumulate(termIds[k], termWeights[k] * this.termIdf(termIds[k]), this.live, scores, touched);
    for (let k = 0; k < nameWordIds.length; k++) this.nameWordPostings.accumulate(nameWordIds[k], nameWordWeights[k] * this.nameWordIdf(nameWordIds[k]), this.live, scores, touched);
  }

  /**
   * Stores the articles (counting their words first, so that a batch's postings are weighed with
   * the idf of the whole batch), then posts each under its strongest terms and all its name words.
   */
  private addResolved(entries: { record: IndexedRecord; features: ResolvedFeatures }[]): void {
    const added: number[] = [];
    for (const { record, features } of entries) {
      this.remove([record.id]);
      const slot = this.freeSlots.pop() ?? this.records.length;
      this.ensureSlots(slot + 1);
      this.records[slot] = { id: record.id, source: record.source, url: record.url, title: record.title, publishedAt: record.publishedAt };
      this.slotOf.set(record.id, slot);
      this.live[slot] = 1;
      this.weekdays[slot] = features.leadWeekdays;
      this.spellings[slot] = features.spelling;
      const terms = features.termIds.length;
      this.termPool = fit(this.termPool, this.termEnd + terms);
      this.countPool = fit(this.countPool, this.termEnd + terms);
      this.termStart[slot] = this.termEnd;
      this.termLength[slot] = terms;
      for (let k = 0; k < terms; k++) {
        this.termPool[this.termEnd + k] = features.termIds[k];
        this.countPool[this.termEnd + k] = Math.min(features.termCounts[k], 0xffff);
        this.terms.frequency[features.termIds[k]]++;
      }
      this.termEnd += terms;
      const names = features.nameWordIds.length;
      this.namePool = fit(this.namePool, this.nameEnd + names);
      this.nameStart[slot] = this.nameEnd;
      this.nameLength[slot] = names;
      for (let k = 0; k < names; k++) {
        this.namePool[this.nameEnd + k] = features.nameWordIds[k];
        this.nameWords.frequency[features.nameWordIds[k]]++;
      }
      this.nameEnd += names;
      added.push(slot);
    }
    for (const slot of added) if (this.live[slot]) this.post(slot);
  }

  private post(slot: number): void {
    const ids = this.termIds(slot);
    const counts = this.termCounts(slot);
    const weights = new Float64Array(ids.length);
    let squares = 0;
    for (let k = 0; k < ids.length; k++) {
      weights[k] = (1 + Math.log(counts[k])) * this.termIdf(ids[k]);
      squares += weights[k] * weights[k];
    }
    const termNorm = Math.sqrt(squares) || 1;
    // Posted under its strongest terms; of equal weights, the lower ids (as a stable sort would pick).
    const cut = ids.length <= POSTED_TERMS ? -Infinity : weights.slice().sort()[ids.length - POSTED_TERMS];
    let room = POSTED_TERMS - weights.reduce((n, w) => (w > cut ? n + 1 : n), 0);
    for (let k = 0; k < ids.length; k++) {
      if (weights[k] < cut || (weights[k] === cut && room-- <= 0)) continue;
      this.termPostings.push(ids[k], slot, weights[k] / this.termIdf(ids[k]) / termNorm);
    }
    const names = this.nameWordIds(slot);
    let nameSquares = 0;
    for (const id of names) nameSquares += this.nameWordIdf(id) ** 2;
    const nameNorm = Math.sqrt(nameSquares) || 1;
    for (const id of names) this.nameWordPostings.push(id, slot, 1 / nameNorm);
  }

  private ensureSlots(count: number): void {
    this.live = fit(this.live, count);
    this.weekdays = fit(this.weekdays, count);
    this.termStart = fit(this.termStart, count);
    this.termLength = fit(this.termLength, count);
    this.nameStart = fit(this.nameStart, count);
    this.nameLength = fit(this.nameLength, count);
    while (this.records.length < count) {
      this.records.push(undefined);
      this.spellings.push('');
    }
  }

  /** Drops removed articles' postings and features, and frees their slots for new articles. */
  private compact(): void {
    this.termPostings.compact(this.live);
    this.nameWordPostings.compact(this.live);
    const termPool = new Int32Array(Math.max(4096, this.termEnd));
    const countPool = new Uint16Array(termPool.length);
    const namePool = new Int32Array(Math.max(4096, this.nameEnd));
    let [termEnd, nameEnd] = [0, 0];
    this.freeSlots = [];
    for (let slot = this.records.length - 1; slot >= 0; slot--) {
      if (!this.live[slot]) {
        this.freeSlots.push(slot);
        this.spellings[slot] = '';
        continue;
      }
      termPool.set(this.termIds(slot), termEnd);
      countPool.set(this.termCounts(slot), termEnd);
      this.termStart[slot] = termEnd;
      termEnd += this.termLength[slot];
      namePool.set(this.nameWordIds(slot), nameEnd);
      this.nameStart[slot] = nameEnd;
      nameEnd += this.nameLength[slot];
    }
    [this.termPool, this.countPool, this.namePool, this.termEnd, this.nameEnd] = [termPool, countPool, namePool, termEnd, nameEnd];
    this.removedSinceCompaction = 0;
  }
}

/** A snapshot as JSON text for a file: its byte fields in base64. */
export function encodeSnapshot(snapshot: IndexSnapshot): string {
  const encoded: Record<string, unknown> = { ...snapshot };
  for (const field of BYTE_FIELDS) encoded[field] = toBase64(snapshot[field]);
  return JSON.stringify(encoded);
}

/** A snapshot from parsed `encodeSnapshot` JSON. */
export function decodeSnapshot(value: unknown): IndexSnapshot {
  const encoded = value as Record<string, unknown> | null;
  if (!encoded || encoded.format !== SNAPSHOT_FORMAT) throw new Error('This file is not a Crosscheck corpus index.');
  const snapshot = { ...encoded } as Record<string, unknown>;
  for (const field of BYTE_FIELDS) snapshot[field] = fromBase64(String(encoded[field]));
  return snapshot as unknown as IndexSnapshot;
}
