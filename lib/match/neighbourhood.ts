/**
 * Average-link clustering of a query and its best candidates. Deciding "same story" by clusters
 * rather than by one pairwise cut lets a topic's two different events fall apart: an article joins
 * the query's story only when it is, on average, close enough to everything already in it.
 *
 * `link[i][j]` is the symmetric similarity of nodes i and j; node 0 is the query. Returns the other
 * nodes of the query's cluster once no two clusters are linked at `threshold` or more on average.
 */
export function queryCluster(link: number[][], threshold: number): number[] {
  let clusters = link.map((_, i) => [i]);
  for (;;) {
    let best = threshold;
    let pair: [number, number] | null = null;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const average = averageLink(link, clusters[a], clusters[b]);
        if (average >= best) {
          best = average;
          pair = [a, b];
        }
      }
    }
    if (!pair) break;
    const [a, b] = pair;
    clusters[a] = clusters[a].concat(clusters[b]);
    clusters = clusters.filter((_, i) => i !== b);
  }
  return (clusters.find((c) => c.includes(0)) ?? []).filter((i) => i !== 0).sort((x, y) => x - y);
}

function averageLink(link: number[][], a: number[], b: number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += link[i][j];
  return sum / (a.length * b.length);
}
