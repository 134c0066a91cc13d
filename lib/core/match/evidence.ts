import { SHORT_TEXT_TERMS, type MatchParameters } from './parameters';

/** What is known about how alike two articles are, before any weighting. */
export interface PairEvidence {
  /** Cosine of their tf-idf matching-term vectors. */
  termCosine: number;
  /** Cosine of their idf-weighted name-word vectors. */
  nameCosine: number;
  daysApart: number | null;
  /** Both name the same outlet: one outlet's second article is not another outlet's coverage. */
  sameSource: boolean;
  /** Distinct matching terms of the shorter of the two (see SHORT_TEXT_TERMS). */
  shorterTerms: number;
  /**
   * Both leads name weekdays, none in common, and the publication dates do not already tell
   * (either is unknown): the day of the event differs.
   */
  leadWeekdaysDiffer: boolean;
}

/**
 * Weighted similarity; date closeness counts around a neutral 0 (same day +½, two weeks about −⅜),
 * times `dateWeight`, so not at all at the default 0.
 */
export function pairScore(evidence: PairEvidence, p: MatchParameters): number {
  const dateTerm = evidence.daysApart === null ? 0 : Math.exp(-evidence.daysApart / 7) - 0.5;
  return p.termWeight * evidence.termCosine + p.nameWeight * evidence.nameCosine + p.dateWeight * dateTerm;
}

/** Whether the two could report the same story at all. */
export function canBeSameStory(evidence: PairEvidence, p: MatchParameters): boolean {
  return !evidence.sameSource && (evidence.daysApart === null || evidence.daysApart <= p.maxDaysApart);
}

/**
 * The strength of the link between two articles when gathering a topic at `topicLink`: 0 when
 * they cannot share a story; shifted for short texts so that it is their own threshold that
 * applies; lowered when their leads name different weekdays.
 */
export function linkStrength(evidence: PairEvidence, p: MatchParameters): number {
  if (!canBeSameStory(evidence, p)) return 0;
  const shortShift = evidence.shorterTerms < SHORT_TEXT_TERMS ? p.shortTopicLink - p.topicLink : 0;
  return pairScore(evidence, p) - shortShift - (evidence.leadWeekdaysDiffer ? p.otherWeekdayPenalty : 0);
}

/**
 * Whether two articles come from the same outlet, by their outlet names compared loosely ("Fox News
 * (Online News)" = "fox news online news"). A missing name leaves it unknown, which each caller
 * reads its own way: the matcher needs to know it is the same outlet, a copy filter that it is not.
 */
export function compareOutlets(a: string | null, b: string | null): 'same' | 'different' | 'unknown' {
  const keyA = outletKey(a);
  const keyB = outletKey(b);
  if (!keyA || !keyB) return 'unknown';
  return keyA === keyB ? 'same' : 'different';
}

function outletKey(name: string | null): string {
  return (name ?? '').toLowerCase().replace(/\W+/g, ' ').trim();
}
