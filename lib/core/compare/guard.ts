import { normalizeName } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import { similarity } from './align';

/** Reports of one event are published within days of each other; weeks apart, they are another event. */
const MAX_DAYS_APART = 14;
/** Two reports of one event say at least one thing in much the same words. */
const SAME_STATEMENT = 0.35;
/** …or at least name the same few people and organisations. */
const MIN_SHARED_NAMES = 3;

/**
 * The coverage worth comparing detail by detail with the article being read (the first). An
 * article published weeks away from it, or that shares neither a statement nor the names of the
 * story, was matched on its topic rather than its event: its details would all read as "not
 * reported", so it is left out of the comparison (it stays listed as coverage).
 */
export function comparableCoverage(articles: AnalysedArticle[]): AnalysedArticle[] {
  const [reading, ...coverage] = articles;
  if (!reading) return [];
  return [reading, ...coverage.filter((other) => !farApart(reading, other) && sharesFacts(reading, other))];
}

function farApart(a: AnalysedArticle, b: AnalysedArticle): boolean {
  const [x, y] = [a.article.publishedAt, b.article.publishedAt];
  if (!x || !y) return false;
  return Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000 > MAX_DAYS_APART;
}

function sharesFacts(a: AnalysedArticle, b: AnalysedArticle): boolean {
  const names = (x: AnalysedArticle) => new Set(x.entities.filter((m) => m.value.kind !== 'place').map((m) => normalizeName(m.value.text).split(' ').pop()!));
  const theirs = names(b);
  const shared = [...names(a)].filter((n) => theirs.has(n)).length;
  if (shared >= MIN_SHARED_NAMES) return true;
  return a.terms.some((terms) => terms.size >= 4 && b.terms.some((other) => similarity(terms, other) >= SAME_STATEMENT));
}
