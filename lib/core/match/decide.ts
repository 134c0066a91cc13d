import { linkStrength, pairScore, type PairEvidence } from './evidence';
import { queryStory } from './query-story';
import type { MatchParameters } from './parameters';
import { isStorySplit, splitFeatures } from './split-decision';
import { cosine, withinGroupWeights, type SparseVector } from './similarity';

/**
 * What the decision is taken on: the evidence linking each of a query's candidates to the query,
 * and each pair of them to each other.
 */
export interface CandidateEvidence {
  toQuery: PairEvidence[];
  between(i: number, j: number): PairEvidence;
  /** The matching-term vector of candidate `k`, or of the query for k = -1. */
  terms(k: number): SparseVector;
}

/**
 * Overrides the split decision, for fitting it: `own` and `other` are the two halves of a cut as
 * candidate indexes (-1 for the query), `features` its SPLIT_FEATURES.
 */
export type SplitOverride = (own: number[], other: number[], features: number[]) => boolean;

export interface Decision {
  /** Score of each candidate against the query. */
  scores: number[];
  /** Candidates (indexes into `toQuery`) that report the query's story. */
  sameStory: Set<number>;
}

/**
 * Scores every candidate, then finds the query's story among the query and its best
 * `clusteredCandidates` candidates (see queryStory), their links taken on matching terms
 * re-weighted within that group (see withinGroupWeights) so that the topic the group shares does
 * not tie together two different events of it.
 */
export function decide(evidence: CandidateEvidence, p: MatchParameters, override?: SplitOverride): Decision {
  const scores = evidence.toQuery.map((e) => pairScore(e, p));
  const best = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, p.clusteredCandidates)
    .map((c) => c.index);
  const nodes = [-1, ...best];
  const terms = withinGroupWeights(nodes.map((k) => evidence.terms(k)), p.clusteredCandidates + 1);
  const link = nodes.map((i, a) =>
    nodes.map((j, b) => {
      if (i === j) return 1;
      const pair = i < 0 || j < 0 ? evidence.toQuery[Math.max(i, j)] : evidence.between(i, j);
      return linkStrength({ ...pair, termCosine: cosine(terms[a], terms[b]) }, p);
    }),
  );
  const isSplit = (own: number[], other: number[]) => {
    const features = splitFeatures(link, own, other);
    const asCandidates = (group: number[]) => group.map((node) => nodes[node]);
    return override ? override(asCandidates(own), asCandidates(other), features) : isStorySplit(p.storySplit, features);
  };
  return { scores, sameStory: new Set(queryStory(link, p.topicLink, isSplit).map((node) => nodes[node])) };
}
