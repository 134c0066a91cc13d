import { analyse, type AnalysedArticle } from '../text/analyse';
import type { Difference, DifferenceKind, DifferenceStatus } from '../types';
import { compareClaims } from './claims';
import { compareDates } from './dates';
import type { Ranked } from './difference';
import { compareEntities, entityResolver } from './entities';
import { compareNumbers } from './numbers';
import { compareQuotes } from './quotes';

const STATUS_ORDER: Record<DifferenceStatus, number> = { conflict: 0, partial: 1, consensus: 2 };
/**
 * How many differences of each kind a reader is shown, per status, for a comparison of three
 * articles; more coverage brings more genuine partial details, so caps grow with it (up to twice).
 * Conflicts are always shown; partial names are capped hardest because most are passing mentions.
 */
const CAPS: Record<Exclude<DifferenceStatus, 'conflict'>, Record<DifferenceKind, number>> = {
  partial: { number: 10, date: 6, quote: 14, claim: 4, person: 12, organization: 4, place: 3 },
  consensus: { number: 3, date: 3, quote: 3, claim: 3, person: 3, organization: 2, place: 2 },
};

/** The details on which the target article and its same-story coverage differ or agree. */
export function compareArticles(target: AnalysedArticle['article'], coverage: AnalysedArticle['article'][]): Difference[] {
  if (coverage.length === 0) return [];
  return compareAnalysed([target, ...coverage].map(analyse));
}

/** Compares articles already analysed; the first is the one the reader is looking at. */
export function compareAnalysed(analysed: AnalysedArticle[]): Difference[] {
  const resolve = entityResolver(analysed);
  const ranked: Ranked[] = [
    ...compareNumbers(analysed),
    ...compareDates(analysed),
    ...compareEntities(analysed, resolve),
    ...compareQuotes(analysed, resolve),
    ...compareClaims(analysed),
  ];
  ranked.sort((a, b) => STATUS_ORDER[a.difference.status] - STATUS_ORDER[b.difference.status] || b.salience - a.salience);
  const scale = Math.min(2, Math.max(1, (analysed.length - 1) / 2));
  const shown = new Map<string, number>();
  return ranked
    .filter(({ difference: { status, kind } }) => {
      if (status === 'conflict') return true;
      const count = shown.get(`${status}:${kind}`) ?? 0;
      shown.set(`${status}:${kind}`, count + 1);
      return count < Math.ceil(CAPS[status][kind] * scale);
    })
    .map((r) => r.difference);
}
