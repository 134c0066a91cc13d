/**
 * Scores of a same-story decision against gold labels (evaluation only: the matcher never sees
 * labels). `label(id)` gives an article's gold cluster; ids without a label are distractors.
 */

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  /** For each article whose cluster has other members: the share of them found in its top 5, averaged. */
  recallAt5: number;
  /** Articles that counted for recall@5. */
  queries: number;
  goldPairs: number;
  predictedPairs: number;
}

/** One article's ranked results, best first, and which of them were decided same-story. */
export interface QueryOutcome {
  id: string;
  ranked: string[];
  sameStory: Set<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Pairwise precision/recall/F1 of the same-story decision over the unordered pairs of one corpus
 * that involve at least one of `queries` (the whole corpus, or the articles of some of its
 * stories): a pair is predicted when either article's results call the other same-story, gold when
 * both carry the same label. recall@5 is averaged over the queries whose cluster has other members.
 */
export function pairwiseScore(outcomes: Map<string, QueryOutcome>, queries: string[], corpus: string[], label: (id: string) => string | undefined): PairwiseScore {
  const inCorpus = new Set(corpus);
  const predicted = new Set<string>();
  for (const id of corpus) {
    for (const other of outcomes.get(id)?.sameStory ?? []) if (inCorpus.has(other) && other !== id) predicted.add(pairKey(id, other));
  }
  const isQuery = new Set(queries);
  let predictedPairs = 0;
  for (const key of predicted) {
    const [a, b] = key.split('\u0000');
    if (isQuery.has(a) || isQuery.has(b)) predictedPairs++;
  }
  const clusters = new Map<string, string[]>();
  for (const id of corpus) {
    const gold = label(id);
    if (gold === undefined) continue;
    const list = clusters.get(gold);
    if (list) list.push(id);
    else clusters.set(gold, [id]);
  }
  let goldPairs = 0;
  let truePositives = 0;
  let recallSum = 0;
  let counted = 0;
  for (const cluster of clusters.values()) {
    for (let i = 0; i < cluster.length; i++) {
      for (let j = i + 1; j < cluster.length; j++) {
        if (!isQuery.has(cluster[i]) && !isQuery.has(cluster[j])) continue;
        goldPairs++;
        if (predicted.has(pairKey(cluster[i], cluster[j]))) truePositives++;
      }
    }
    if (cluster.length < 2) continue;
    for (const id of cluster) {
      if (!isQuery.has(id)) continue;
      const top5 = new Set(outcomes.get(id)?.ranked.slice(0, 5) ?? []);
      recallSum += cluster.filter((other) => other !== id && top5.has(other)).length / (cluster.length - 1);
      counted++;
    }
  }
  const precision = predictedPairs ? truePositives / predictedPairs : 0;
  const recall = goldPairs ? truePositives / goldPairs : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, recallAt5: counted ? recallSum / counted : 0, queries: counted, goldPairs, predictedPairs };
}

/** A stable pseudo-random half (0 or 1) for a label, so a split is reproducible from its seed. */
export function seededHalf(label: string, seed: number): 0 | 1 {
  let hash = 2166136261 ^ seed;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 16777619);
  hash = Math.imul(hash ^ (hash >>> 15), 2246822507);
  hash ^= hash >>> 13;
  return ((hash >>> 0) & 1) as 0 | 1;
}
