import { logOdds, type LogisticModel } from './logistic';
import { averageLink } from './query-story';

/**
 * What decides whether the query's topic holds two stories: statistics of one principal cut (see
 * principalSplit), combined by a logistic model fitted on the calibration half of the shared
 * corpora (`npm run eval -- matching --fit-split`). The halves' average link alone cannot tell a
 * loosely knit story from two tight events of one topic; how cohesive each half is, how large, and
 * how the query itself links to the other half can.
 */
export const SPLIT_FEATURES = [
  'betweenLink',
  'ownCohesion',
  'otherCohesion',
  'queryToOther',
  'logOwnSize',
  'logOtherSize',
  'betweenOverCohesion',
] as const;

/** The features of a cut, in SPLIT_FEATURES order. */
export function splitFeatures(link: number[][], own: number[], other: number[]): number[] {
  const between = averageLink(link, own, other);
  const ownCohesion = cohesion(link, own);
  const otherCohesion = cohesion(link, other);
  return [
    between,
    ownCohesion,
    otherCohesion,
    averageLink(link, [0], other),
    Math.log(own.length),
    Math.log(other.length),
    between / Math.max(Math.min(ownCohesion, otherCohesion), 1e-3),
  ];
}

/** Whether the model says the cut separates two stories (probability of at least one half). */
export function isStorySplit(model: LogisticModel, features: number[]): boolean {
  return logOdds(model, features) >= 0;
}

/** Average link between distinct members of a group; a single article is fully cohesive. */
function cohesion(link: number[][], group: number[]): number {
  if (group.length < 2) return 1;
  let sum = 0;
  for (const i of group) for (const j of group) if (i !== j) sum += link[i][j];
  return sum / (group.length * (group.length - 1));
}
