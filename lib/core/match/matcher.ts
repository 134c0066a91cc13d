import type { BundleArticle, CorpusBundle } from '../corpus/bundle';
import { articleFeatures } from '../corpus/features';
import { FuzzyNames } from '../corpus/fuzzy-names';
import { DEFAULT_TOP, type Article, type CorpusRecord, type MatchReason, type RelatedArticle, type Relation } from '../types';
import { CandidateIndex } from './candidate-index';
import { readableTerms, sharedNames, spelledIn, type QueryWording, type SharedWord } from './explain';
import { decide, type CandidateEvidence } from './decide';
import { compareOutlets, type PairEvidence } from './evidence';
import { DEFAULT_PARAMETERS, DUPLICATE_COSINE, SAME_TEXT_COSINE, type MatchParameters } from './parameters';
import { cosine, daysBetween, idf, sharedTerms, unitVector, vectorOf, type SparseVector } from './similarity';

export interface MatchOptions {
  /** At most this many results. */
  top?: number;
}

/** Each article is posted in the prefilter under this many of its strongest terms (and all its name words). */
const POSTED_TERMS = 40;
/** A query looks up this many of its strongest terms and name words. */
const QUERY_TERMS = 30;
const QUERY_ENTITIES = 30;
/** How many prefiltered candidates are scored exactly. */
const CANDIDATES = 150;

/** An article as the matcher compares it. */
interface Profile {
  record: Pick<CorpusRecord, 'id' | 'source' | 'url' | 'title' | 'publishedAt'>;
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
 * Finds the corpus articles that report the same story as a given article. An inverted index over
 * key terms and name words (names also fuzzily, through fuse.js, so spelling variants still meet)
 * picks candidates; each is scored on matching terms and names, and on date closeness only when
 * `dateWeight` is above 0, which by default it is not (dates then only cut the link between articles
 * published more than `maxDaysApart` apart); the best form the query's topic, which is cut in two
 * for as long as the split decision says it holds two stories (see decide). Loading turns the
 * stored feature ids into vectors and never re-analyses text.
 */
export class Matcher {
  private readonly termIds: Map<string, number>;
  private readonly entityIds: Map<string, number>;
  private readonly termIdf: Float64Array;
  private readonly entityIdf: Float64Array;
  private readonly profiles: Profile[];
  private readonly termIndex: CandidateIndex;
  private readonly entityIndex: CandidateIndex;
  private readonly fuzzy: FuzzyNames;
  private readonly byId = new Map<string, BundleArticle>();
  private scores = new Float32Array(0);

  constructor(
    private readonly bundle: CorpusBundle,
    private readonly parameters: MatchParameters = DEFAULT_PARAMETERS,
  ) {
    const { articles } = bundle;
    const size = articles.length;
    this.termIds = new Map(bundle.terms.map((term, id) => [term, id]));
    this.entityIds = new Map(bundle.nameWords.map((entity, id) => [entity, id]));
    this.termIdf = Float64Array.from(bundle.documentFrequency, (df) => idf(df, size));
    this.entityIdf = Float64Array.from(bundle.nameWordFrequency, (df) => idf(df, size));
    this.fuzzy = new FuzzyNames(bundle.fuseIndex);
    this.profiles = articles.map((article) => {
      this.byId.set(article.id, article);
      const { id, source, url, title, publishedAt } = article;
      return {
        record: { id, source, url, title, publishedAt },
        terms: unitVector(article.termIds, article.termIds.map((termId, k) => (1 + Math.log(article.termCounts[k])) * this.termIdf[termId])),
        termCount: article.termIds.length,
        entities: unitVector(article.nameWordIds, article.nameWordIds.map((entityId) => this.entityIdf[entityId])),
        leadWeekdays: article.leadWeekdays,
      };
    });
    this.termIndex = new CandidateIndex(this.profiles.map((p) => p.terms), bundle.terms.length, POSTED_TERMS);
    this.entityIndex = new CandidateIndex(this.profiles.map((p) => p.entities), bundle.nameWords.length, Infinity);
  }

  get size(): number {
    return this.bundle.articles.length;
  }

  /** The id of the corpus article at `index` (as `candidateEvidence` lists candidates). */
  idAt(index: number): string {
    return this.bundle.articles[index].id;
  }

  article(id: string): BundleArticle | undefined {
    return this.byId.get(id);
  }

  match(article: Article, options: MatchOptions = {}): RelatedArticle[] {
    const { query, candidates, evidence } = this.candidateEvidence(article);
    const { scores, sameStory } = decide(evidence, this.parameters);
    const related: RelatedArticle[] = [];
    candidates.forEach((index, k) => {
      const toQuery = evidence.toQuery[k];
      const relation: Relation | null =
        toQuery.termCosine >= DUPLICATE_COSINE ? 'duplicate' : sameStory.has(k) ? 'same-story' : scores[k] >= this.parameters.relatedScore ? 'related' : null;
      if (!relation) return;
      const candidate = this.bundle.articles[index];
      related.push({
        id: candidate.id,
        source: candidate.source,
        title: candidate.title,
        url: candidate.url,
        publishedAt: candidate.publishedAt,
        score: Math.round(scores[k] * 1000) / 1000,
        relation,
        why: this.explain(query, index, toQuery),
      });
    });
    const rank = (r: RelatedArticle) => (r.relation === 'related' ? 1 : 0);
    related.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
    return related.slice(0, options.top ?? DEFAULT_TOP);
  }

  /**
   * The query's candidates (corpus indexes, never the article itself) and the evidence between
   * them; `match` decides on it, and the calibration re-decides on it with other parameters.
   */
  candidateEvidence(article: Article): { query: QueryProfile; candidates: number[]; evidence: CandidateEvidence } {
    const query = this.queryProfile(article);
    const candidates = this.candidates(query).filter((index) => !isSameArticle(query, this.profiles[index], cosine(query.terms, this.profiles[index].terms)));
    const toQuery = candidates.map((index) => evidenceBetween(query, this.profiles[index]));
    const between = (i: number, j: number) => evidenceBetween(this.profiles[candidates[i]], this.profiles[candidates[j]]);
    const terms = (k: number) => (k < 0 ? query.terms : this.profiles[candidates[k]].terms);
    return { query, candidates, evidence: { toQuery, between, terms } };
  }

  private candidates(query: Profile): number[] {
    if (this.scores.length < this.profiles.length) this.scores = new Float32Array(this.profiles.length);
    const touched: number[] = [];
    this.termIndex.accumulate(query.terms, QUERY_TERMS, this.scores, touched);
    this.entityIndex.accumulate(query.entities, QUERY_ENTITIES, this.scores, touched);
    const best = largest(touched, this.scores, CANDIDATES);
    for (const index of touched) this.scores[index] = 0;
    return best;
  }

  /** The query's vectors; its name words also stand for their spelling variants in the corpus. */
  private queryProfile(article: Article): QueryProfile {
    const features = articleFeatures(article);
    const size = this.profiles.length;
    const variants = new Map<string, string>();
    const own = new Set(features.nameWords);
    for (const entity of features.nameWords) {
      for (const [variant] of this.fuzzy.variants(entity)) if (!own.has(variant)) variants.set(variant, entity);
    }
    const termWeight = (term: string, count: number): [number | undefined, number] => {
      const id = this.termIds.get(term);
      return [id, (1 + Math.log(count)) * (id === undefined ? idf(0, size) : this.termIdf[id])];
    };
    const entityWeight = (entity: string): [number | undefined, number] => {
      const id = this.entityIds.get(entity);
      return [id, id === undefined ? idf(0, size) : this.entityIdf[id]];
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
  private explain(query: QueryProfile, index: number, evidence: PairEvidence): MatchReason {
    const candidate = this.profiles[index];
    const shared = new Map<string, SharedWord>();
    for (const [id, weight] of sharedTerms(query.entities, candidate.entities)) {
      const entity = this.bundle.nameWords[id];
      const queryWord = query.variants.get(entity);
      const word = queryWord ?? entity;
      const before = shared.get(word);
      // A word the candidate also spells as the query does is no variant.
      shared.set(word, { weight: (before?.weight ?? 0) + weight, variant: queryWord && (!before || before.variant) ? entity : undefined });
    }
    const article = this.bundle.articles[index];
    const names = sharedNames(query.wording.names, shared, (variant) => spelledIn(`${article.title ?? ''}\n${article.text}`, variant));
    const terms = sharedTerms(query.terms, candidate.terms)
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => this.bundle.terms[id]);
    return { sharedEntities: names, sharedTerms: readableTerms(terms, query.wording.text, shared.keys()), daysApart: evidence.daysApart };
  }
}

/**
 * The `count` items with the largest scores, best first, through a bounded min-heap: a query can
 * touch tens of thousands of articles in a large corpus, and sorting them all would grow with it.
 */
function largest(items: number[], scores: Float32Array, count: number): number[] {
  const heap: number[] = [];
  const less = (a: number, b: number) => scores[heap[a]] < scores[heap[b]];
  const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b], heap[a]]);
  for (const item of items) {
    if (heap.length < count) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && less(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (scores[item] > scores[heap[0]]) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const smallest = [2 * i + 1, 2 * i + 2].filter((c) => c < heap.length).reduce((m, c) => (less(c, m) ? c : m), i);
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
