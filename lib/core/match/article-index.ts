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

/** 1 + ln(count), the tf weight, for the counts most terms have: posting a large batch takes a logarithm per term otherwise. */
const LOG_TF = Float64Array.from({ length: 64 }, (_, count) => 1 + Math.log(count));

const BYTE_FIELDS = ['shapes', 'termIds', 'termCounts', 'nameWordIds'] as const;

/** A snapshot's articles' features as plain typed arrays, in the snapshot's numbering, each article's run after the one before. */
export interface UnpackedFeatures {
  weekdays: Uint8Array;
  termLengths: Uint16Array;
  nameLengths: Uint16Array;
  termIds: Int32Array;
  termCounts: Uint16Array;
  nameWordIds: Int32Array;
}

/**
 * A snapshot with its features unpacked (see `unpack`): about twice the size, but merged with no
 * decoding, and IndexedDB stores and reads its typed arrays as they are.
 */
export type UnpackedSnapshot = Omit<IndexSnapshot, (typeof BYTE_FIELDS)[number]> & { features: UnpackedFeatures };

type Growable = Int32Array | Uint16Array | Uint8Array | Float32Array | Float64Array;

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

  /**
   * Makes room for `extra[id]` more postings under each id at once, moving each list that needs it
   * once, so that a large batch of pushes moves nothing and leaves no outgrown runs behind.
   */
  reserve(extra: Int32Array): void {
    this.start = fit(this.start, extra.length);
    this.length = fit(this.length, extra.length);
    this.room = fit(this.room, extra.length);
    // A list that must move gets at least twice its room, as one push would give it: small batches add little each.
    const grown = (id: number) => (this.length[id] + extra[id] > this.room[id] ? Math.max(this.length[id] + extra[id], this.room[id] * 2) : 0);
    let needed = 0;
    for (let id = 0; id < extra.length; id++) needed += grown(id);
    this.slots = fit(this.slots, this.end + needed);
    this.weights = fit(this.weights, this.end + needed);
    for (let id = 0; id < extra.length; id++) {
      const room = grown(id);
      if (room > 0) this.move(id, room);
    }
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
  /** The weights of the article being posted (see postedTerms), kept to spare an allocation per article. */
  private weightScratch = new Float64Array(256);
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

  /**
   * Adds (or replaces) the snapshot's articles and removes its `removed` ids, in bulk: its number
   * lists are decoded (and checked) first, so a damaged snapshot changes nothing; then each word is
   * interned once, the features are copied into the pools whole, and every list of postings is given
   * room for all its new postings before any is written.
   */
  merge(snapshot: IndexSnapshot | UnpackedSnapshot): void {
    if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.version !== SNAPSHOT_VERSION) {
      throw new Error(`This corpus index (version ${String(snapshot.version)}) is not supported (expected ${SNAPSHOT_VERSION}); rebuild it.`);
    }
    const decoded = 'features' in snapshot ? checked(snapshot, snapshot.features) : decodeFeatures(snapshot);
    const termIds = Int32Array.from(snapshot.terms, (term) => this.terms.intern(term));
    const nameWordIds = Int32Array.from(snapshot.nameWords, (word) => this.nameWords.intern(word));
    this.remove(snapshot.removed);
    this.remove(snapshot.ids);
    const first = this.records.length;
    const count = snapshot.ids.length;
    this.ensureSlots(first + count);
    this.termPool = fit(this.termPool, this.termEnd + decoded.termIds.length);
    this.countPool = fit(this.countPool, this.termEnd + decoded.termIds.length);
    this.namePool = fit(this.namePool, this.nameEnd + decoded.nameWordIds.length);
    this.countPool.set(decoded.termCounts, this.termEnd);
    renumber(decoded.termIds, termIds, decoded.termLengths, this.termPool, this.termEnd, this.countPool);
    renumber(decoded.nameWordIds, nameWordIds, decoded.nameLengths, this.namePool, this.nameEnd);
    for (let at = this.termEnd; at < this.termEnd + decoded.termIds.length; at++) this.terms.frequency[this.termPool[at]]++;
    for (let at = this.nameEnd; at < this.nameEnd + decoded.nameWordIds.length; at++) this.nameWords.frequency[this.namePool[at]]++;
    for (let k = 0, slot = first; k < count; k++, slot++) {
      const record = { id: snapshot.ids[k], source: snapshot.sources[k], url: snapshot.urls[k], title: snapshot.titles[k], publishedAt: snapshot.dates[k] };
      this.records[slot] = record;
      this.slotOf.set(record.id, slot);
      this.live[slot] = 1;
      this.weekdays[slot] = decoded.weekdays[k];
      this.spellings[slot] = snapshot.spellings[k];
      this.termStart[slot] = this.termEnd;
      this.termLength[slot] = decoded.termLengths[k];
      this.termEnd += decoded.termLengths[k];
      this.nameStart[slot] = this.nameEnd;
      this.nameLength[slot] = decoded.nameLengths[k];
      this.nameEnd += decoded.nameLengths[k];
    }
    this.postAll(Array.from({ length: count }, (_, k) => first + k));
  }

  static fromSnapshot(snapshot: IndexSnapshot | UnpackedSnapshot): ArticleIndex {
    const index = new ArticleIndex();
    index.merge(snapshot);
    return index;
  }

  /**
   * The index (or only the articles `ids` names, with `removed` as the ids to drop) as a snapshot.
   * Only the words its articles use are written, numbered in this index's order.
   */
  snapshot(ids: Iterable<string> = this.slotOf.keys(), removed: string[] = []): IndexSnapshot {
    const slots: number[] = [];
    for (const id of ids) {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) slots.push(slot);
    }
    const terms = usedWords(this.terms.words.length, slots, (slot) => this.termIds(slot));
    const names = usedWords(this.nameWords.words.length, slots, (slot) => this.nameWordIds(slot));
    const [shapes, termIds, termCounts, nameWordIds] = [new VarintWriter(), new VarintWriter(), new VarintWriter(), new VarintWriter()];
    for (const slot of slots) {
      shapes.write(this.weekdays[slot]);
      shapes.write(this.termLength[slot]);
      shapes.write(this.nameLength[slot]);
      writeRenumbered(termIds, this.termIds(slot), terms.numbers);
      for (const count of this.termCounts(slot)) termCounts.write(count);
      writeRenumbered(nameWordIds, this.nameWordIds(slot), names.numbers);
    }
    const records = slots.map((slot) => this.records[slot]!);
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      terms: terms.used.map((id) => this.terms.words[id]),
      nameWords: names.used.map((id) => this.nameWords.words[id]),
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
    this.postAll(added.filter((slot) => this.live[slot]));
  }

  /**
   * Posts the articles in these slots: the postings each list will get are counted first, and each
   * list grown once to hold them.
   */
  private postAll(slots: number[]): void {
    // The counts do not change while posting: each word's idf is worked out once.
    const termIdf = Float64Array.from({ length: this.terms.words.length }, (_, id) => this.termIdf(id));
    const nameWordIdf = Float64Array.from({ length: this.nameWords.words.length }, (_, id) => this.nameWordIdf(id));
    const termPostings = new Int32Array(termIdf.length);
    const nameWordPostings = new Int32Array(nameWordIdf.length);
    // Each article's posted terms and weights, in slot order, kept until the lists have room for them.
    let posted = 0;
    for (const slot of slots) posted += Math.min(this.termLength[slot], POSTED_TERMS);
    const [postedIds, postedWeights, postedCounts] = [new Int32Array(posted), new Float32Array(posted), new Uint8Array(slots.length)];
    let at = 0;
    for (let k = 0; k < slots.length; k++) {
      postedCounts[k] = this.postedTerms(slots[k], termIdf, postedIds, postedWeights, at);
      for (let end = at + postedCounts[k]; at < end; at++) termPostings[postedIds[at]]++;
      for (const id of this.nameWordIds(slots[k])) nameWordPostings[id]++;
    }
    this.termPostings.reserve(termPostings);
    this.nameWordPostings.reserve(nameWordPostings);
    at = 0;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k];
      for (let end = at + postedCounts[k]; at < end; at++) this.termPostings.push(postedIds[at], slot, postedWeights[at]);
      const names = this.nameWordIds(slot);
      let nameSquares = 0;
      for (const id of names) nameSquares += nameWordIdf[id] ** 2;
      const nameNorm = Math.sqrt(nameSquares) || 1;
      for (const id of names) this.nameWordPostings.push(id, slot, 1 / nameNorm);
    }
  }

  /**
   * The terms the article is posted under, its strongest (of equal weights, the lower ids, as a
   * stable sort would pick), each with its tf-idf weight over the article's norm, without the idf:
   * written into `into` and `weightsInto` from `at`; answers how many.
   */
  private postedTerms(slot: number, idf: Float64Array, into: Int32Array, weightsInto: Float32Array, at: number): number {
    const [start, length] = [this.termStart[slot], this.termLength[slot]];
    this.weightScratch = fit(this.weightScratch, length);
    const weights = this.weightScratch;
    let squares = 0;
    for (let k = 0; k < length; k++) {
      const count = this.countPool[start + k];
      weights[k] = (count < LOG_TF.length ? LOG_TF[count] : 1 + Math.log(count)) * idf[this.termPool[start + k]];
      squares += weights[k] * weights[k];
    }
    const termNorm = Math.sqrt(squares) || 1;
    let [cut, room] = [-Infinity, POSTED_TERMS];
    if (length > POSTED_TERMS) {
      cut = weights.slice(0, length).sort()[length - POSTED_TERMS];
      for (let k = 0; k < length; k++) if (weights[k] > cut) room--;
    }
    let written = 0;
    for (let k = 0; k < length; k++) {
      if (weights[k] < cut || (weights[k] === cut && room-- <= 0)) continue;
      const id = this.termPool[start + k];
      into[at + written] = id;
      weightsInto[at + written++] = weights[k] / idf[id] / termNorm;
    }
    return written;
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

/** The snapshot with its features unpacked. */
export function unpack(snapshot: IndexSnapshot): UnpackedSnapshot {
  const { shapes: _shapes, termIds: _termIds, termCounts: _termCounts, nameWordIds: _nameWordIds, ...rest } = snapshot;
  return { ...rest, features: decodeFeatures(snapshot) };
}

/** Decodes a snapshot's byte fields; throws on any that is cut short or names a word it does not list. */
function decodeFeatures(snapshot: IndexSnapshot): UnpackedFeatures {
  const count = snapshot.ids.length;
  const shapes = new VarintReader(snapshot.shapes);
  const [weekdays, termLengths, nameLengths] = [new Uint8Array(count), new Uint16Array(count), new Uint16Array(count)];
  let [termTotal, nameTotal] = [0, 0];
  for (let k = 0; k < count; k++) {
    weekdays[k] = shapes.read();
    termLengths[k] = shapes.read();
    nameLengths[k] = shapes.read();
    termTotal += termLengths[k];
    nameTotal += nameLengths[k];
  }
  const [terms, counts, names] = [snapshot.termIds, snapshot.termCounts, snapshot.nameWordIds].map((bytes) => new VarintReader(bytes));
  const decoded = { weekdays, termLengths, nameLengths, termIds: new Int32Array(termTotal), termCounts: new Uint16Array(termTotal), nameWordIds: new Int32Array(nameTotal) };
  for (let k = 0, at = 0; k < count; at += termLengths[k++]) terms.readAscending(termLengths[k], decoded.termIds, at);
  for (let at = 0; at < termTotal; at++) decoded.termCounts[at] = counts.read();
  for (let k = 0, at = 0; k < count; at += nameLengths[k++]) names.readAscending(nameLengths[k], decoded.nameWordIds, at);
  return checked(snapshot, decoded);
}

/** Unpacked features, once checked to fit the snapshot's articles and words. */
function checked(snapshot: Pick<IndexSnapshot, 'ids' | 'terms' | 'nameWords'>, features: UnpackedFeatures): UnpackedFeatures {
  const { weekdays, termLengths, nameLengths, termIds, termCounts, nameWordIds } = features;
  const types = [weekdays instanceof Uint8Array, termLengths instanceof Uint16Array, nameLengths instanceof Uint16Array, termIds instanceof Int32Array, termCounts instanceof Uint16Array, nameWordIds instanceof Int32Array];
  const count = snapshot.ids.length;
  if (types.includes(false) || weekdays.length !== count || termLengths.length !== count || nameLengths.length !== count || total(termLengths) !== termIds.length || termCounts.length !== termIds.length || total(nameLengths) !== nameWordIds.length) {
    throw new Error('The corpus index is damaged (its parts do not fit together); rebuild it.');
  }
  if (largest(termIds) >= snapshot.terms.length || largest(nameWordIds) >= snapshot.nameWords.length) {
    throw new Error('The corpus index is damaged (a word it does not list); rebuild it.');
  }
  return features;
}

function total(lengths: Uint16Array): number {
  let sum = 0;
  for (let k = 0; k < lengths.length; k++) sum += lengths[k];
  return sum;
}

function largest(ids: Int32Array): number {
  let max = -1;
  for (let k = 0; k < ids.length; k++) if (ids[k] > max) max = ids[k];
  return max;
}

/**
 * Writes the ids renumbered through `numbers` into `into` from `at`, keeping each article's run
 * (`lengths` long each) ascending, and `counts` (already in place beside them) in step; it sorts
 * only when the new numbering changes the order.
 */
function renumber(source: Int32Array, numbers: Int32Array, lengths: Uint16Array, into: Int32Array, at: number, counts?: Uint16Array): void {
  const inOrder = numbers.every((n, k) => k === 0 || n > numbers[k - 1]);
  for (let k = 0; k < source.length; k++) into[at + k] = numbers[source[k]];
  if (inOrder) return;
  const ids = into;
  for (let article = 0, start = at; article < lengths.length; start += lengths[article++]) {
    // Insertion sort: runs are short (at most 150 terms) and mostly in order already.
    for (let j = start + 1; j < start + lengths[article]; j++) {
      const [id, count] = [ids[j], counts?.[j] ?? 0];
      let at = j;
      for (; at > start && ids[at - 1] > id; at--) {
        ids[at] = ids[at - 1];
        if (counts) counts[at] = counts[at - 1];
      }
      ids[at] = id;
      if (counts) counts[at] = count;
    }
  }
}

/** The word ids `slots`' articles use, ascending, and each one's number among them (-1 for words unused). */
function usedWords(vocabularySize: number, slots: number[], wordsOf: (slot: number) => Int32Array): { used: number[]; numbers: Int32Array } {
  const numbers = new Int32Array(vocabularySize).fill(-1);
  for (const slot of slots) for (const id of wordsOf(slot)) numbers[id] = 0;
  const used: number[] = [];
  for (let id = 0; id < vocabularySize; id++) if (numbers[id] === 0) numbers[id] = used.push(id) - 1;
  return { used, numbers };
}

/** Ascending word ids as `writeAscending` writes them, in the snapshot's numbering (which keeps their order). */
function writeRenumbered(writer: VarintWriter, ids: Int32Array, numbers: Int32Array): void {
  let previous = 0;
  for (const id of ids) {
    writer.write(numbers[id] - previous);
    previous = numbers[id];
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
