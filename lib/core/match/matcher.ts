import { articleFeatures } from '../corpus/features';
import { DEFAULT_TOP, type Article, type MatchReason, type RelatedArticle, type Relation } from '../types';
import type { ArticleIndex, IndexedRecord } from './article-index';
import { readableTerms, sharedNames, spelledIn, type QueryWording, type SharedWord } from './explain';
import { decide, type CandidateEvidence } from './decide';
import { compareOutlets, type PairEvidence } from './evidence';
import { DEFAULT_PARAMETERS, DUPLICATE_COSINE, SAME_TEXT_COSINE, type MatchParameters } from './parameters';
import { cosine, daysBetween, sharedTerms, unitVector, vectorOf, type SparseVector } from './similarity';

export interface MatchOptions {
  /** At most this many results. */
  top?: number;
}

/** A query looks up this many of its strongest terms and name words. */
const QUERY_TERMS = 30;
const QUERY_ENTITIES = 30;
/** How many prefiltered candidates are scored exactly. */
const CANDIDATES = 150;

/** An article as the matcher compares it. */
interface Profile {
  record: IndexedRecord;
  terms: SparseVector;
  /** Distinct matching terms, known to the corpus or not: how long the text is. */
  termCount: number;
  entities: SparseVector;
  /** The weekdays its lead names (see ArticleFeatures). */
  leadWeekdays: number;
}

/** The reader's article as the matcher compares it, and as it is worded for explanations. */
interface QueryProfile extends Profile {
  /** Corpus name words the query matches through a spelling variant: variant → the query's word. */
  variants: Map<string, string>;
  wording: QueryWording;
}

/**
 * Finds the corpus articles that report the same story as a given article. The index's postings
 * over key terms and name words (names also fuzzily, through fuse.js, so spelling variants still
 * meet) pick candidates; each is scored on matching terms and names, weighed by idf from the
 * index's current counts, and on date closeness only when `dateWeight` is above 0, which by default
 * it is not (dates then only cut the link between articles published more than `maxDaysApart`
 * apart); the best form the query's topic, which is cut in two for as long as the split decision
 * says it holds two stories (see decide). It reads features only, never a corpus article's text.
 */
export class Matcher {
  private scores = new Float32Array(0);

  constructor(
    private readonly index: ArticleIndex,
    private readonly parameters: MatchParameters = DEFAULT_PARAMETERS,
  ) {}

  get size(): number {
    return this.index.size;
  }

  /** The id of the corpus article in `slot` (as `candidateEvidence` lists candidates). */
  idAt(slot: number): string {
    return this.index.record(slot).id;
  }

  match(article: Article, options: MatchOptions = {}): RelatedArticle[] {
    const { query, candidates, evidence } = this.candidateEvidence(article);
    const { scores, sameStory } = decide(evidence, this.parameters);
    const related: RelatedArticle[] = [];
    candidates.forEach((slot, k) => {
      const toQuery = evidence.toQuery[k];
      const relation: Relation | null =
        toQuery.termCosine >= DUPLICATE_COSINE ? 'duplicate' : sameStory.has(k) ? 'same-story' : scores[k] >= this.parameters.relatedScore ? 'related' : null;
      if (!relation) return;
      const candidate = this.index.record(slot);
      related.push({
        id: candidate.id,
        source: candidate.source,
        title: candidate.title,
        url: candidate.url,
        publishedAt: candidate.publishedAt,
        score: Math.round(scores[k] * 1000) / 1000,
        relation,
        why: this.explain(query, slot, toQuery),
      });
    });
    const rank = (r: RelatedArticle) => (r.relation === 'related' ? 1 : 0);
    related.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
    return related.slice(0, options.top ?? DEFAULT_TOP);
  }

  /**
   * The query's candidates (slots in the index, never the article itself) and the evidence between
   * them; `match` decides on it, and the calibration re-decides on it with other parameters.
   */
  candidateEvidence(article: Article): { query: QueryProfile; candidates: number[]; evidence: CandidateEvidence } {
    const query = this.queryProfile(article);
    const prefiltered = this.candidates(query).map((slot) => ({ slot, profile: this.profile(slot) }));
    const kept = prefiltered.filter(({ profile }) => !isSameArticle(query, profile, cosine(query.terms, profile.terms)));
    const candidates = kept.map(({ slot }) => slot);
    const profiles = kept.map(({ profile }) => profile);
    const toQuery = profiles.map((profile) => evidenceBetween(query, profile));
    const between = (i: number, j: number) => evidenceBetween(profiles[i], profiles[j]);
    const terms = (k: number) => (k < 0 ? query.terms : profiles[k].terms);
    return { query, candidates, evidence: { toQuery, between, terms } };
  }

  /** A corpus article's vectors, weighed with the current idf. */
  private profile(slot: number): Profile {
    const termIds = this.index.termIds(slot);
    const counts = this.index.termCounts(slot);
    const nameWordIds = this.index.nameWordIds(slot);
    return {
      record: this.index.record(slot),
      terms: unitVector(termIds, Array.from(termIds, (id, k) => (1 + Math.log(counts[k])) * this.index.termIdf(id))),
      termCount: termIds.length,
      entities: unitVector(nameWordIds, Array.from(nameWordIds, (id) => this.index.nameWordIdf(id))),
      leadWeekdays: this.index.leadWeekdays(slot),
    };
  }

  private candidates(query: Profile): number[] {
    if (this.scores.length < this.index.slotCount) this.scores = new Float32Array(this.index.slotCount);
    const touched: number[] = [];
    const terms = strongest(query.terms, QUERY_TERMS);
    const names = strongest(query.entities, QUERY_ENTITIES);
    this.index.accumulate(
      terms.map((k) => query.terms.ids[k]),
      terms.map((k) => query.terms.weights[k]),
      names.map((k) => query.entities.ids[k]),
      names.map((k) => query.entities.weights[k]),
      this.scores,
      touched,
    );
    const best = largest(touched, this.scores, CANDIDATES);
    for (const slot of touched) this.scores[slot] = 0;
    return best;
  }

  /** The query's vectors; its name words also stand for their spelling variants in the corpus. */
  private queryProfile(article: Article): QueryProfile {
    const features = articleFeatures(article);
    const variants = new Map<string, string>();
    const own = new Set(features.nameWords);
    for (const entity of features.nameWords) {
      for (const variant of this.index.nameVariants(entity)) if (!own.has(variant)) variants.set(variant, entity);
    }
    const termWeight = (term: string, count: number): [number | undefined, number] => {
      const id = this.index.termId(term);
      return [id, (1 + Math.log(count)) * this.index.termIdf(id)];
    };
    const entityWeight = (entity: string): [number | undefined, number] => {
      const id = this.index.nameWordId(entity);
      return [id, this.index.nameWordIdf(id)];
    };
    const { id, source, url, title, publishedAt } = article;
    return {
      record: { id, source, url, title, publishedAt },
      terms: vectorOf(features.terms.map(([term, count]) => termWeight(term, count))),
      termCount: features.terms.length,
      leadWeekdays: features.leadWeekdays,
      entities: vectorOf([...features.nameWords, ...variants.keys()].map(entityWeight)),
      variants,
      wording: { names: features.names, text: `${article.title ?? ''}\n${article.text}` },
    };
  }

  /** Why a result was listed, in the query's own words (built for listed results only). */
  private explain(query: QueryProfile, slot: number, evidence: PairEvidence): MatchReason {
    const candidate = this.profile(slot);
    const shared = new Map<string, SharedWord>();
    for (const [id, weight] of sharedTerms(query.entities, candidate.entities)) {
      const entity = this.index.nameWord(id);
      const queryWord = query.variants.get(entity);
      const word = queryWord ?? entity;
      const before = shared.get(word);
      // A word the candidate also spells as the query does is no variant.
      shared.set(word, { weight: (before?.weight ?? 0) + weight, variant: queryWord && (!before || before.variant) ? entity : undefined });
    }
    const written = `${this.index.record(slot).title ?? ''}\n${this.index.spelling(slot)}`;
    const names = sharedNames(query.wording.names, shared, (variant) => spelledIn(written, variant));
    const terms = sharedTerms(query.terms, candidate.terms)
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => this.index.term(id));
    return { sharedEntities: names, sharedTerms: readableTerms(terms, query.wording.text, shared.keys()), daysApart: evidence.daysApart };
  }
}

/** Positions of a vector's `count` largest weights (equal weights in id order). */
function strongest(vector: SparseVector, count: number): number[] {
  const positions = Array.from(vector.weights.keys());
  if (positions.length <= count) return positions;
  return positions.sort((a, b) => vector.weights[b] - vector.weights[a]).slice(0, count);
}

/**
 * The `count` items with the largest scores, best first, through a bounded min-heap: a query can
 * touch tens of thousands of articles in a large corpus, and sorting them all would grow with it.
 */
function largest(items: number[], scores: Float32Array, count: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[heap[a]] < scores[heap[b]];
  const swap = (a: number, b: number) => {
    const kept = heap[a];
    heap[a] = heap[b];
    heap[b] = kept;
  };
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (scores[item] > scores[heap[0]]) {
      heap[0] = item;
      for (let i = 0; ; ) {
        // Sifted down without allocating: this runs for most of the articles a query touches.
        let smallest = i;
        if (2 * i + 1 < heap.length && less(2 * i + 1, smallest)) smallest = 2 * i + 1;
        if (2 * i + 2 < heap.length && less(2 * i + 2, smallest)) smallest = 2 * i + 2;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
  }
  return heap.sort((a, b) => scores[b] - scores[a]);
}

function evidenceBetween(a: Profile, b: Profile): PairEvidence {
  return {
    termCosine: cosine(a.terms, b.terms),
    nameCosine: cosine(a.entities, b.entities),
    daysApart: daysBetween(a.record.publishedAt, b.record.publishedAt),
    sameSource: compareOutlets(a.record.source, b.record.source) === 'same',
    shorterTerms: Math.min(a.termCount, b.termCount),
    leadWeekdaysDiffer: a.leadWeekdays !== 0 && b.leadWeekdays !== 0 && (a.leadWeekdays & b.leadWeekdays) === 0 && !(a.record.publishedAt && b.record.publishedAt),
  };
}

/**
 * The reader's own article is never its own coverage. It is the same article when the id or the
 * address is the same, or when the text is near-identical and nothing known sets them apart (a
 * different outlet, headline or address); near-identical text that does differ there is a copy.
 */
function isSameArticle(a: Profile, b: Profile, termCosine: number): boolean {
  if (a.record.id === b.record.id) return true;
  const urls = [a.record.url, b.record.url].map((u) => (u ? normaliseUrl(u) : null));
  if (urls[0] && urls[0] === urls[1]) return true;
  if (termCosine < SAME_TEXT_COSINE) return false;
  const differ = (x: string | null, y: string | null) => x !== null && y !== null && x !== y;
  return !differ(urls[0], urls[1]) && !differ(normaliseText(a.record.source), normaliseText(b.record.source)) && !differ(normaliseText(a.record.title), normaliseText(b.record.title));
}

function normaliseUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
}

function normaliseText(text: string | null): string | null {
  const normalised = (text ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
  return normalised || null;
}
