import { basename } from 'node:path';
import { buildBundle } from '../../corpus/bundle';
import { pairwiseScore, seededHalf, type PairwiseScore, type QueryOutcome } from '../../match/evaluation';
import { Matcher } from '../../match/matcher';
import type { Article, CorpusRecord } from '../../types';
import { readCorpusFiles, seedRecords, sharedCorpusFiles } from '../corpus-files';
import { readText } from '../read-input';

/** Seed of the story split: stories of half 0 calibrate the matcher, half 1 is reported on. */
export const SPLIT_SEED = 20261122;
const RESULTS_PER_QUERY = 50;

interface Corpus {
  name: string;
  ids: string[];
}

/**
 * `npm run eval -- matching`: leave-one-out over all shared corpora mixed together (plus the seeds)
 * as one corpus: each article is matched against all the others. Pairwise P/R/F1 of the same-story
 * decision (a pair counts as predicted when either article's results call the other same-story or
 * duplicate) and recall@5, per corpus, on the calibration half, the report half and all stories.
 */
export async function run(_argv: string[]): Promise<void> {
  const files = await sharedCorpusFiles();
  if (!files) {
    console.log('eval matching: skipped, the shared data is not there (set CROSSCHECK_DATA or place it at ../shared/data)');
    return;
  }
  const { records, errors } = await readCorpusFiles(files);
  if (errors.length) console.error(`eval matching: ${errors.length} bad corpus lines skipped`);
  const labels = new Map<string, string>();
  const corpora: Corpus[] = [];
  for (const file of files) {
    const fileLabels = await readStoryLabels(file);
    fileLabels.forEach((value, key) => labels.set(key, value));
    corpora.push({ name: basename(file, '.jsonl'), ids: [...fileLabels.keys()] });
  }
  const seeds = await seedRecords();
  const all = [...seeds, ...records];
  const matcher = new Matcher(buildBundle(all));
  const started = performance.now();
  const outcomes = new Map<string, QueryOutcome>();
  for (const record of all) outcomes.set(record.id, outcome(matcher, record));
  const queryMs = (performance.now() - started) / all.length;

  const label = (id: string) => labels.get(id);
  const report: Record<string, Record<'calibration' | 'report' | 'all', PairwiseScore>> = {};
  for (const corpus of corpora) {
    const half = (id: string) => seededHalf(labels.get(id) ?? id, SPLIT_SEED);
    report[corpus.name] = {
      calibration: pairwiseScore(outcomes, corpus.ids.filter((id) => half(id) === 0), label),
      report: pairwiseScore(outcomes, corpus.ids.filter((id) => half(id) === 1), label),
      all: pairwiseScore(outcomes, corpus.ids, label),
    };
  }
  const seedIds = seeds.map((s) => s.id);
  const seedsFound = seeds.map((s) => ({ id: s.id, sameStory: seedIds.filter((other) => other !== s.id && outcomes.get(s.id)?.sameStory.has(other)).length }));
  printTable(report);
  console.log(JSON.stringify({ articles: all.length, meanQueryMs: round(queryMs), splitSeed: SPLIT_SEED, corpora: roundAll(report), seeds: seedsFound }, null, 2));
}

function outcome(matcher: Matcher, record: CorpusRecord): QueryOutcome {
  const article: Article = { ...record, byline: null, lang: null, excerpt: null, readerable: true };
  const related = matcher.match(article, { top: RESULTS_PER_QUERY });
  return { id: record.id, ranked: related.map((r) => r.id), sameStory: new Set(related.filter((r) => r.relation !== 'related').map((r) => r.id)) };
}

/** The gold `story` of each line: read here, in the evaluation, and nowhere in the matcher. */
async function readStoryLabels(file: string): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const line of (await readText(file)).split('\n')) {
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as { id?: unknown; story?: unknown };
      if (typeof value.id === 'string' && typeof value.story === 'string') labels.set(value.id, value.story);
    } catch {
      // reported by readCorpusFiles
    }
  }
  return labels;
}

function printTable(report: Record<string, Record<string, PairwiseScore>>): void {
  console.log('corpus            half          P      R      F1     R@5    pairs');
  for (const [name, halves] of Object.entries(report)) {
    for (const [half, s] of Object.entries(halves)) {
      console.log(`${name.padEnd(18)}${half.padEnd(12)}${[s.precision, s.recall, s.f1, s.recallAt5].map((x) => x.toFixed(3).padStart(7)).join('')}   ${s.goldPairs}`);
    }
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function roundAll(report: Record<string, Record<string, PairwiseScore>>) {
  return Object.fromEntries(
    Object.entries(report).map(([name, halves]) => [
      name,
      Object.fromEntries(Object.entries(halves).map(([half, s]) => [half, { P: round(s.precision), R: round(s.recall), F1: round(s.f1), recallAt5: round(s.recallAt5), goldPairs: s.goldPairs, predictedPairs: s.predictedPairs }])),
    ]),
  );
}
