import { linkStrength, pairScore, type PairEvidence } from './evidence';
import { queryCluster } from './neighbourhood';
import type { MatchParameters } from './parameters';

/** A query's candidates: the evidence linking each to the query, and each pair of them to each other. */
export interface Neighbourhood {
  toQuery: PairEvidence[];
  between(i: number, j: number): PairEvidence;
}

export interface Decision {
  /** Score of each candidate against the query. */
  scores: number[];
  /** Candidates (indexes into `toQuery`) that report the query's story. */
  sameStory: Set<number>;
}

/** Scores every candidate, then clusters the best `neighbourhood` of them with the query. */
export function decide(n: Neighbourhood, p: MatchParameters): Decision {
  const scores = n.toQuery.map((e) => pairScore(e, p));
  const best = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score - a.score)
    .slice(0, p.neighbourhood)
    .map((c) => c.index);
  const nodes = [-1, ...best];
  const link = nodes.map((i) =>
    nodes.map((j) => {
      if (i === j) return 1;
      if (i < 0 || j < 0) return linkStrength(n.toQuery[Math.max(i, j)], p);
      return linkStrength(n.between(i, j), p);
    }),
  );
  return { scores, sameStory: new Set(queryCluster(link, p.sameStoryLink).map((node) => nodes[node])) };
}
