import { principalSplit } from './bisect';

/**
 * Average-link clustering of a query and its best candidates (queryStory uses it to gather the
 * query's topic): an article joins the query's cluster only when it is, on average, close enough to
 * everything already in it, so one chance link does not chain unrelated articles in.
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

/** Mean link between the members of two groups. */
export function averageLink(link: number[][], a: number[], b: number[]): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += link[i][j];
  return sum / (a.length * b.length);
}

/**
 * The query's story among its clustered candidates: its topic by average link at `topicLink`,
 * then cut in two along the principal direction of the links (see principalSplit) for as long as
 * `isSplit` says the cut separates two stories; the query keeps its half each time. Average link alone
 * either splits a loosely knit story or merges the topic's other event; cutting the topic in two
 * keeps a story's loosely linked articles with the half they are closest to.
 */
export function queryStory(link: number[][], topicLink: number, isSplit: (own: number[], other: number[]) => boolean): number[] {
  let story = [0, ...queryCluster(link, topicLink)];
  for (;;) {
    const halves = principalSplit(link, story);
    if (!halves) break;
    const [own, other] = halves[0].includes(0) ? halves : [halves[1], halves[0]];
    if (!isSplit(own, other)) break;
    story = own;
  }
  return story.filter((i) => i !== 0);
}
