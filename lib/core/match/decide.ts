import { linkStrength, pairScore, type PairEvidence } from './evidence';
import { queryStory } from './neighbourhood';
import type { MatchParameters } from './parameters';
import { isStorySplit, splitFeatures } from './split-decision';
import { cosine, withinGroupWeights, type SparseVector } from './similarity';

/** A query's candidates: the evidence linking each to the query, and each pair of them to each other. */
export interface Neighbourhood {
  toQuery: PairEvidence[];
  between(i: number, j: number): PairEvidence;
  /** The content-term vector of candidate `k`, or of the query for k = -1. */
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
 * Scores every candidate, then finds the query's story among the best `neighbourhood` of them (see
 * queryStory), on content terms re-weighted within that group (see withinGroupWeights) so that the
 * topic the group shares does not tie together two different events of it.
 */
export function decide(n: Neighbourhood, p: MatchParameters, override?: SplitOverride): Decision {
  const scores = n.toQuery.map((e) => pairScore(e, p));
  const best = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, p.neighbourhood)
    .map((c) => c.index);
  const nodes = [-1, ...best];
  const terms = withinGroupWeights(nodes.map((k) => n.terms(k)), p.neighbourhood + 1);
  const link = nodes.map((i, a) =>
    nodes.map((j, b) => {
      if (i === j) return 1;
      const evidence = i < 0 || j < 0 ? n.toQuery[Math.max(i, j)] : n.between(i, j);
      return linkStrength({ ...evidence, termCosine: cosine(terms[a], terms[b]) }, p);
    }),
  );
  const isSplit = (own: number[], other: number[]) => {
    const features = splitFeatures(link, own, other);
    const asCandidates = (group: number[]) => group.map((node) => nodes[node]);
    return override ? override(asCandidates(own), asCandidates(other), features) : isStorySplit(p.storySplit, features);
  };
  return { scores, sameStory: new Set(queryStory(link, p.topicLink, isSplit).map((node) => nodes[node])) };
}
