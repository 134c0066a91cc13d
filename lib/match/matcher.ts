import type { BundleArticle, CorpusBundle } from '../corpus/bundle';
import { articleFeatures, nameTokens, type ArticleFeatures } from '../corpus/features';
import { FuzzyNames } from '../corpus/fuzzy-names';
import type { Article, CorpusRecord, MatchReason, RelatedArticle, Relation } from '../types';
import { CandidateIndex } from './candidate-index';
import { decide, type Neighbourhood } from './decide';
import { sameOutlet, type PairEvidence } from './evidence';
import { DEFAULT_PARAMETERS, DUPLICATE_COSINE, SAME_TEXT_COSINE, type MatchParameters } from './parameters';
import { cosine, daysBetween, idf, sharedTerms, tfidfVector, Vocabulary, type SparseVector } from './similarity';

export interface MatchOptions {
  /** At most this many results. */
  top?: number;
}

/** How many prefiltered candidates are scored exactly. */
const CANDIDATES = 150;
const REASONS_SHOWN = 8;

/** An article as the matcher compares it. */
interface Profile {
  record: Pick<CorpusRecord, 'id' | 'source' | 'url' | 'title' | 'publishedAt'>;
  names: string[];
  terms: SparseVector;
  nameVector: SparseVector;
  /** Corpus name tokens the query matches through a spelling variant: variant → the query's token. */
  variants: Map<string, string>;
}

/**
 * Finds the corpus articles that report the same story as a given article. An inverted index over
 * key terms and name tokens (names fuzzily, through fuse.js, so spelling variants still meet) picks
 * candidates; each is scored on content terms, names and dates; the best are clustered with the
 * query to decide which report its story. Loading rebuilds vectors from the stored features and
 * never re-analyses text.
 */
export class Matcher {
  private readonly terms = new Vocabulary();
  private readonly nameVocabulary = new Vocabulary();
  private readonly nameFrequency = new Map<string, number>();
  private readonly profiles: Profile[];
  private readonly index = new CandidateIndex();
  private readonly fuzzy: FuzzyNames;
  private readonly byId = new Map<string, BundleArticle>();

  constructor(
    private readonly bundle: CorpusBundle,
    private readonly parameters: MatchParameters = DEFAULT_PARAMETERS,
  ) {
    const { articles } = bundle;
    this.fuzzy = new FuzzyNames(bundle.fuseIndex);
    const tokenLists = articles.map((a) => nameTokens(a.names));
    for (const tokens of tokenLists) for (const t of tokens) this.nameFrequency.set(t, (this.nameFrequency.get(t) ?? 0) + 1);
    for (const term of Object.keys(bundle.documentFrequency)) this.terms.id(term);
    for (const token of this.nameFrequency.keys()) this.nameVocabulary.id(token);
    this.profiles = articles.map((article, i) => {
      this.byId.set(article.id, article);
      const profile = this.profile(article, article, tokenLists[i], new Map());
      this.index.add(i, profile.terms, profile.nameVector);
      return profile;
    });
  }

  get size(): number {
    return this.bundle.articles.length;
  }

  /** The id of the corpus article at `index` (as `neighbourhood` lists candidates). */
  idAt(index: number): string {
    return this.bundle.articles[index].id;
  }

  article(id: string): BundleArticle | undefined {
    return this.byId.get(id);
  }

  match(article: Article, options: MatchOptions = {}): RelatedArticle[] {
    const { query, candidates, neighbourhood } = this.neighbourhood(article);
    const { scores, sameStory } = decide(neighbourhood, this.parameters);
    const related: RelatedArticle[] = [];
    candidates.forEach((index, k) => {
      const evidence = neighbourhood.toQuery[k];
      const relation: Relation | null =
        evidence.termCosine >= DUPLICATE_COSINE ? 'duplicate' : sameStory.has(k) ? 'same-story' : scores[k] >= this.parameters.relatedScore ? 'related' : null;
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
        why: this.explain(query, this.profiles[index], evidence),
      });
    });
    const rank = (r: RelatedArticle) => (r.relation === 'related' ? 1 : 0);
    related.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
    return related.slice(0, options.top ?? 20);
  }

  /**
   * The query's candidates (corpus indexes, never the article itself) and the evidence between
   * them; `match` decides on it, and the calibration re-decides on it with other parameters.
   */
  neighbourhood(article: Article): { query: Profile; candidates: number[]; neighbourhood: Neighbourhood } {
    const features = articleFeatures(article);
    const query = this.queryProfile(article, features);
    const candidates = this.index
      .candidates(query.terms, query.nameVector, this.profiles.length, CANDIDATES)
      .filter((index) => !isSameArticle(query, this.profiles[index], cosine(query.terms, this.profiles[index].terms)));
    const toQuery = candidates.map((index) => evidenceBetween(query, this.profiles[index]));
    const between = (i: number, j: number) => evidenceBetween(this.profiles[candidates[i]], this.profiles[candidates[j]]);
    return { query, candidates, neighbourhood: { toQuery, between } };
  }

  private queryProfile(article: Article, features: ArticleFeatures): Profile {
    const variants = new Map<string, string>();
    const tokens = nameTokens(features.names);
    const own = new Set(tokens);
    for (const token of tokens) {
      for (const [variant] of this.fuzzy.variants(token)) if (!own.has(variant)) variants.set(variant, token);
    }
    return this.profile(article, features, [...tokens, ...variants.keys()], variants);
  }

  private profile(record: Profile['record'], features: ArticleFeatures, tokens: string[], variants: Map<string, string>): Profile {
    const size = this.bundle.articles.length;
    const df = this.bundle.documentFrequency;
    const terms = tfidfVector(features.terms, (term, count) => (1 + Math.log(count)) * idf(df[term] ?? 0, size), (t) => this.terms.known(t));
    const nameVector = tfidfVector(
      tokens.map((t) => [t, 1] as [string, number]),
      (token) => idf(this.nameFrequency.get(token) ?? 0, size),
      (t) => this.nameVocabulary.known(t),
    );
    const { id, source, url, title, publishedAt } = record;
    return { record: { id, source, url, title, publishedAt }, names: features.names, terms, nameVector, variants };
  }

  private explain(query: Profile, candidate: Profile, evidence: PairEvidence): MatchReason {
    const top = (pairs: [number, number][], vocabulary: Vocabulary) =>
      pairs
        .sort((a, b) => b[1] - a[1])
        .slice(0, REASONS_SHOWN)
        .map(([id]) => vocabulary.term(id));
    const sharedNameTokens = top(sharedTerms(query.nameVector, candidate.nameVector), this.nameVocabulary);
    return {
      sharedEntities: sharedNameTokens.map((token) => (query.variants.has(token) ? `${query.variants.get(token)} ~ ${token}` : token)),
      sharedTerms: top(sharedTerms(query.terms, candidate.terms), this.terms),
      daysApart: evidence.daysApart,
    };
  }
}

function evidenceBetween(a: Profile, b: Profile): PairEvidence {
  return {
    termCosine: cosine(a.terms, b.terms),
    nameCosine: cosine(a.nameVector, b.nameVector),
    daysApart: daysBetween(a.record.publishedAt, b.record.publishedAt),
    sameSource: sameOutlet(a.record.source, b.record.source),
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
