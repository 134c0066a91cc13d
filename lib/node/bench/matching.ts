import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { articleOf } from '../../core/corpus/record';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { buildBundle, bundleFiles, readBundleIndex, textsPathOf } from '../../core/corpus/bundle';
import { pairwiseScore, type QueryOutcome } from '../../core/match/evaluation';
import { Matcher } from '../../core/match/matcher';
import type { CorpusRecord } from '../../core/types';
import { readCorpusFiles, seedRecords, sharedCorpusFiles, SHARED_DATA_HINT } from '../corpus-files';
import { readStoryLabels } from '../story-labels';
import { optionsOnly } from '../cli/args';
import { quantile, round, sample, seededRandom, timed } from '../measure';

const SIZES = [5000, 10000, 50000];
const TIMED_QUERIES = 200;
const FUSE_QUERIES = 20;
const FUSE_RESULTS = 10;
const SEED = 20261122;

/** A full garbage collection, so that the heap measured is what is still held. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
})();

const megabytes = (bytes: number) => round(bytes / 2 ** 20);

/** What the JS heap holds, with the array buffers outside it where the index's typed arrays live. */
const heldBytes = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/**
 * `npm run bench -- matching`: query times of the matcher on corpora of 5k, 10k and 50k articles
 * (the shared corpora plus generated distractors, written to a temp dir as bundles: the index file
 * and its texts), the 50k index file's size (and its texts file's), its load time and the heap it
 * takes, and the same queries answered by plain fuse.js over full texts at 10k. Query articles are
 * drawn from the shared corpora, whose stories give the F1 of both.
 */
export async function run(argv: string[]): Promise<void> {
  optionsOnly(argv, {}, 'bench matching');
  const files = await sharedCorpusFiles();
  if (!files) {
    console.log(`bench matching: skipped, the shared data is not there (${SHARED_DATA_HINT})`);
    return;
  }
  const base = [...(await seedRecords()), ...(await readCorpusFiles(files)).records];
  const labels = new Map<string, string>();
  for (const file of files) (await readStoryLabels(file)).forEach((story, id) => labels.set(id, story));
  const random = seededRandom(SEED);
  const queries = sample(base.filter((r) => labels.has(r.id)), TIMED_QUERIES, random);
  const fuseQueries = queries.slice(0, FUSE_QUERIES);
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-bench-'));
  const result: Record<string, unknown> = {};
  try {
    for (const size of SIZES) {
      const path = join(dir, `corpus-${size}.json`);
      // Plain fuse.js needs the texts at 10k; otherwise they stay in the texts file, out of the heap measured.
      const records = await writeBundle(path, [...base, ...distractors(base, size - base.length, random)], size === 10000);
      collectGarbage();
      const heapBefore = heldBytes();
      const loadStarted = performance.now();
      const matcher = new Matcher(readBundleIndex(JSON.parse(await readFile(path, 'utf8'))));
      const loadMs = performance.now() - loadStarted;
      collectGarbage();
      const heapAfter = heldBytes();
      queries.forEach((q) => matcher.match(articleOf(q)));
      // timed on a second pass, so that every size is measured compiled and with its fuse buckets parsed
      const times = queries.map((q) => timed(() => matcher.match(articleOf(q))));
      result[size] = { medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) };
      if (size === 10000) {
        const ours = fuseQueries.map((q) => outcomeOf(q.id, matcher.match(articleOf(q)).filter((r) => r.relation !== 'related').map((r) => r.id)));
        result.ours10000 = { f1: round(f1Of(ours, records!, labels)) };
        result.plainFuse10000 = plainFuse(records!, fuseQueries, labels);
      }
      if (size === 50000) {
        result.indexFileMB50000 = megabytes((await stat(path)).size);
        result.textsFileMB50000 = megabytes((await stat(textsPathOf(path))).size);
        result.loadMs50000 = round(loadMs);
        // The whole heap after loading (the bench's shared records included), and the index's part of it.
        result.heapMB50000 = megabytes(heapAfter);
        result.indexHeapMB50000 = megabytes(heapAfter - heapBefore);
      }
      console.error(`bench matching: ${size} articles done`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify(result, null, 2));
}

/** Writes the records' bundle (index and texts files); answers the records when they are to be kept. */
async function writeBundle(path: string, records: CorpusRecord[], keep: boolean): Promise<CorpusRecord[] | null> {
  const files = bundleFiles(buildBundle(records));
  await writeFile(path, files.index);
  await writeFile(textsPathOf(path), files.texts);
  return keep ? records : null;
}

/** Plain fuse.js over title and full text, the query's headline (or opening words) as pattern. */
function plainFuse(records: CorpusRecord[], queries: CorpusRecord[], labels: Map<string, string>) {
  const fuse = new Fuse(records, { keys: ['title', 'text'], ignoreLocation: true, includeScore: true });
  const outcomes: QueryOutcome[] = [];
  const times = queries.map((q) =>
    timed(() => {
      const hits = fuse.search(q.title ?? q.text.slice(0, 100), { limit: FUSE_RESULTS + 1 });
      outcomes.push(outcomeOf(q.id, hits.map((h) => h.item.id).filter((id) => id !== q.id).slice(0, FUSE_RESULTS)));
    }),
  );
  return { medianMs: round(quantile(times, 0.5)), f1: round(f1Of(outcomes, records, labels)) };
}

const outcomeOf = (id: string, same: string[]): QueryOutcome => ({ id, ranked: same, sameStory: new Set(same) });

/** Pairwise F1 over the pairs that involve a sampled query (only the queries' results decide). */
function f1Of(outcomes: QueryOutcome[], records: CorpusRecord[], labels: Map<string, string>): number {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  return pairwiseScore(byId, [...byId.keys()], records.map((r) => r.id), (id) => labels.get(id)).f1;
}

/**
 * Distractors: articles of no story, shaped like a shared article (its paragraph and headline
 * lengths, date shifted, another outlet) with every word drawn from the words of DONORS other shared
 * articles, so that terms and names follow the corpus's own distribution but nothing repeats a
 * story. (Near-miss rejection is measured by the evaluation, not here.)
 */
const DONORS = 30;

export function distractors(base: CorpusRecord[], count: number, random: () => number): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const wordLists = base.map((r) => r.text.split(' '));
  for (let n = 0; n < count; n++) {
    const shape = pick(base);
    const donors = Array.from({ length: DONORS }, () => pick(wordLists));
    const blend = (text: string) =>
      text
        .split(' ')
        .map(() => pick(pick(donors)))
        .join(' ');
    const date = shape.publishedAt ? new Date(Date.parse(shape.publishedAt) + Math.floor((random() - 0.5) * 2000) * 86_400_000).toISOString().slice(0, 10) : null;
    out.push({
      id: `generated:${n}`,
      source: pick(base).source,
      url: null,
      title: shape.title ? blend(shape.title) : null,
      publishedAt: date,
      text: shape.text.split('\n\n').map(blend).join('\n\n'),
    });
  }
  return out;
}

