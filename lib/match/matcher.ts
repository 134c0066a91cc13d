import Fuse from 'fuse.js';
import type { CorpusBundle, BundleArticle } from '../corpus/bundle';
import { FUSE_KEYS } from '../corpus/bundle';
import { articleFeatures, type ArticleFeatures } from '../corpus/features';
import type { Article, MatchReason, RelatedArticle, Relation } from '../types';
import { cosine, daysBetween, tfidfVector, type TermVector } from './similarity';

export interface MatchOptions {
  /** At most this many results. */
  top?: number;
}

/** Thresholds of the combined score; see `combinedScore`. */
const SAME_STORY_SCORE = 0.25;
const RELATED_SCORE = 0.15;
/** Cosine above which two texts are the same copy (republished wire text). */
const DUPLICATE_COSINE = 0.9;
/** Cosine above which two texts are the same article, unless their metadata says otherwise. */
const SAME_TEXT_COSINE = 0.97;
const CANDIDATE_TERMS = 12;
const MAX_CANDIDATES = 400;
const SHARED_TERMS_SHOWN = 8;

/**
 * Finds the corpus articles that report the same story as a given article. Candidates come from an
 * inverted index over key terms plus fuse.js over headlines and names (so spelling variants of a
 * name still find each other); each candidate is then scored on content terms, names and dates.
 */
export class Matcher {
  private readonly fuse: Fuse<BundleArticle>;
  private readonly postings = new Map<string, number[]>();
  private readonly vectors: TermVector[];
  private readonly byId = new Map<string, BundleArticle>();

  constructor(private readonly bundle: CorpusBundle) {
    const { articles } = bundle;
    this.fuse = new Fuse(articles, { keys: FUSE_KEYS, threshold: 0.2, ignoreLocation: true, includeScore: true }, Fuse.parseIndex(bundle.fuseIndex as never));
    this.vectors = articles.map((a) => this.vector(a.terms));
    articles.forEach((article, index) => {
      this.byId.set(article.id, article);
      for (const [term] of article.terms.slice(0, CANDIDATE_TERMS * 2)) {
        const list = this.postings.get(term);
        if (list) list.push(index);
        else this.postings.set(term, [index]);
      }
    });
  }

  get size(): number {
    return this.bundle.articles.length;
  }

  article(id: string): BundleArticle | undefined {
    return this.byId.get(id);
  }

  match(article: Article, options: MatchOptions = {}): RelatedArticle[] {
    const features = articleFeatures(article);
    const vector = this.vector(features.terms);
    const related: RelatedArticle[] = [];
    for (const index of this.candidates(features, vector)) {
      const candidate = this.bundle.articles[index];
      const similarity = cosine(vector, this.vectors[index]);
      if (isSameArticle(article, candidate, similarity)) continue;
      const why = explain(article, features, vector, candidate, this.vectors[index]);
      const score = combinedScore(similarity, features, candidate, why.daysApart);
      const relation = relationOf(similarity, score);
      if (!relation) continue;
      related.push({
        id: candidate.id,
        source: candidate.source,
        title: candidate.title,
        url: candidate.url,
        publishedAt: candidate.publishedAt,
        score: Math.round(score * 1000) / 1000,
        relation,
        why,
      });
    }
    related.sort((a, b) => b.score - a.score);
    return related.slice(0, options.top ?? 20);
  }

  private vector(terms: [string, number][]): TermVector {
    return tfidfVector(terms, this.bundle.documentFrequency, this.bundle.articles.length);
  }

  private candidates(features: ArticleFeatures, vector: TermVector): Set<number> {
    const keyTerms = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATE_TERMS);
    const found = new Set<number>();
    for (const [term] of keyTerms) {
      for (const index of this.postings.get(term) ?? []) found.add(index);
    }
    for (const name of features.names.slice(0, 10)) {
      for (const hit of this.fuse.search(name, { limit: 20 })) found.add(hit.refIndex);
    }
    return new Set([...found].slice(0, MAX_CANDIDATES));
  }
}

/**
 * The reader's own article is never its own coverage. It is the same article when the address is
 * the same, or when the text is near-identical and nothing known sets them apart (a different outlet,
 * headline or address); near-identical text that does differ there is a republished copy.
 */
function isSameArticle(article: Article, candidate: BundleArticle, similarity: number): boolean {
  if (article.id === candidate.id) return true;
  const urls = [article.url, candidate.url].map((u) => (u ? normaliseUrl(u) : null));
  if (urls[0] && urls[0] === urls[1]) return true;
  if (similarity < SAME_TEXT_COSINE) return false;
  const differ = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;
  return !differ(urls[0], urls[1]) && !differ(normaliseText(article.source), normaliseText(candidate.source)) && !differ(normaliseText(article.title), normaliseText(candidate.title));
}

function normaliseUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
}

function normaliseText(text: string | null): string | null {
  const normalised = (text ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
  return normalised || null;
}

function nameOverlap(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((name) => other.has(name));
}

/** Tf-idf cosine carries most weight; shared names and close dates break ties between stories. */
function combinedScore(similarity: number, features: ArticleFeatures, candidate: BundleArticle, daysApart: number | null): number {
  const shared = nameOverlap(features.names, candidate.names).length;
  const nameScore = shared / Math.max(1, Math.min(features.names.length, candidate.names.length));
  const dateScore = daysApart === null ? 0.5 : Math.exp(-daysApart / 7);
  return 0.65 * similarity + 0.25 * nameScore + 0.1 * dateScore;
}

function relationOf(similarity: number, score: number): Relation | null {
  if (similarity >= DUPLICATE_COSINE) return 'duplicate';
  if (score >= SAME_STORY_SCORE) return 'same-story';
  if (score >= RELATED_SCORE) return 'related';
  return null;
}

function explain(article: Article, features: ArticleFeatures, vector: TermVector, candidate: BundleArticle, candidateVector: TermVector): MatchReason {
  const sharedTerms = [...vector.entries()]
    .filter(([term]) => candidateVector.has(term))
    .sort((a, b) => b[1] * (candidateVector.get(b[0]) ?? 0) - a[1] * (candidateVector.get(a[0]) ?? 0))
    .slice(0, SHARED_TERMS_SHOWN)
    .map(([term]) => term);
  return {
    sharedEntities: nameOverlap(features.names, candidate.names).slice(0, SHARED_TERMS_SHOWN),
    sharedTerms,
    daysApart: daysBetween(article.publishedAt, candidate.publishedAt),
  };
}
