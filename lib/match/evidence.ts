import type { MatchParameters } from './parameters';

/** What is known about how alike two articles are, before any weighting. */
export interface PairEvidence {
  termCosine: number;
  nameCosine: number;
  daysApart: number | null;
  /** Both name the same outlet: one outlet's second article is not another outlet's coverage. */
  sameSource: boolean;
}

/** Weighted similarity; date closeness counts around a neutral 0 (same day +½, two weeks about −⅜). */
export function pairScore(evidence: PairEvidence, p: MatchParameters): number {
  const dateTerm = evidence.daysApart === null ? 0 : Math.exp(-evidence.daysApart / 7) - 0.5;
  return p.termWeight * evidence.termCosine + p.nameWeight * evidence.nameCosine + p.dateWeight * dateTerm;
}

/** Whether the two could report the same story at all. */
export function canBeSameStory(evidence: PairEvidence, p: MatchParameters): boolean {
  return !evidence.sameSource && (evidence.daysApart === null || evidence.daysApart <= p.maxDaysApart);
}

/** The strength of the link between two articles when clustering a story: 0 when they cannot share one. */
export function linkStrength(evidence: PairEvidence, p: MatchParameters): number {
  return canBeSameStory(evidence, p) ? pairScore(evidence, p) : 0;
}

/** Outlet names compared loosely ("Fox News (Online News)" = "fox news online news"). */
export function sameOutlet(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
  return norm(a) !== '' && norm(a) === norm(b);
}
