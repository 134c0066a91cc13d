import type { LogisticModel } from './logistic';

/**
 * The matcher's weights and thresholds. DEFAULT_PARAMETERS were chosen on the calibration half of
 * the shared corpora's stories only: the weights, date limit and number of clustered candidates by
 * `npm run eval -- matching --calibrate` (see lib/node/eval/matching.ts), the two topic thresholds
 * and the weekday penalty by a grid over the same half (`--calibrate` searches them too), the split
 * decision by `--fit-split` (refit it whenever the links change: it is fitted on the cuts they lead to).
 */
export interface MatchParameters {
  /** Weight of the tf-idf cosine of matching terms (see matchingTerms: numbers included). */
  termWeight: number;
  /** Weight of the idf-weighted cosine of name tokens (people, places, organisations). */
  nameWeight: number;
  /**
   * Weight of date closeness, centred so that an unknown date neither helps nor hurts. At 0 (the
   * calibrated default) dates add nothing to a score: they only keep articles published more than
   * `maxDaysApart` apart out of each other's story.
   */
  dateWeight: number;
  /** Two articles published further apart than this have no link (see linkStrength): neither draws the other into its story. */
  maxDaysApart: number;
  /**
   * Average-link threshold at which the clustered candidates join the query's topic: the
   * query's story and any other event of the same kind that the next step splits off.
   */
  topicLink: number;
  /**
   * The same threshold for links where either article is short (a headline and lead): leads share
   * fewer words than full texts, so one threshold for all lengths transfers badly.
   */
  shortTopicLink: number;
  /** Taken off the link of two articles whose leads name different weekdays (see PairEvidence). */
  otherWeekdayPenalty: number;
  /**
   * Whether a cut of the query's topic separates two stories (see split-decision.ts); the query
   * keeps its half and the cut is tried again within it (see queryStory).
   */
  storySplit: LogisticModel;
  /** Score from which an article outside the story is still listed as related. */
  relatedScore: number;
  /** How many best-scoring candidates are clustered with the query to find its story. */
  clusteredCandidates: number;
}

export const DEFAULT_PARAMETERS: MatchParameters = {
  termWeight: 0.9,
  nameWeight: 0.1,
  dateWeight: 0,
  maxDaysApart: 3,
  topicLink: 0.06,
  shortTopicLink: 0.13,
  otherWeekdayPenalty: 0.16,
  // In SPLIT_FEATURES order, from `npm run eval -- matching --fit-split`.
  storySplit: { weights: [-13.03, -2.010, -0.2800, -5.776, -0.5810, 0.8722, -2.949], bias: 4.230 },
  relatedScore: 0.12,
  clusteredCandidates: 40,
};

/** An article with fewer distinct matching terms than this is short (a lead rather than a full text). */
export const SHORT_TEXT_TERMS = 80;

/** Cosine of matching terms from which two texts are the same copy (republished wire text). */
export const DUPLICATE_COSINE = 0.9;
/** Cosine from which two texts are the same article, unless their metadata says otherwise. */
export const SAME_TEXT_COSINE = 0.97;
