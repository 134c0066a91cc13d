import { basename } from 'node:path';
import { articleOf } from '../../core/corpus/record';
import { buildBundle } from '../../core/corpus/bundle';
import { pairwiseScore, seededHalf, type PairwiseScore, type QueryOutcome } from '../../core/match/evaluation';
import { decide, type CandidateEvidence } from '../../core/match/decide';
import { fitLogistic, type LogisticModel } from '../../core/match/logistic';
import type { PairEvidence } from '../../core/match/evidence';
import { Matcher } from '../../core/match/matcher';
import { DEFAULT_PARAMETERS, DUPLICATE_COSINE, type MatchParameters } from '../../core/match/parameters';
import type { CorpusRecord } from '../../core/types';
import { readCorpusFiles, seedRecords, sharedCorpusFiles, SHARED_DATA_HINT } from '../corpus-files';
import { optionsOnly } from '../cli/args';
import { readStoryLabels } from '../story-labels';

/** Seed of the story split: stories of half 0 calibrate the matcher, half 1 is reported on. */
export const SPLIT_SEED = 20261122;
const RESULTS_PER_QUERY = 50;

interface Corpus {
  name: string;
  ids: string[];
}

/** Values tried for each parameter by `--calibrate`, one parameter at a time. */
const SEARCH: Partial<Record<keyof MatchParameters, number[]>> = {
  topicLink: [0.03, 0.04, 0.05, 0.06, 0.08, 0.1],
  shortTopicLink: [0.09, 0.11, 0.13, 0.14, 0.15, 0.19],
  otherWeekdayPenalty: [0, 0.05, 0.1, 0.13, 0.16, 0.2],
  nameWeight: [0, 0.1, 0.2, 0.3, 0.4, 0.5],
  dateWeight: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  maxDaysApart: [1, 2, 3, 5, 7, 14, 30],
  clusteredCandidates: [10, 20, 40, 60, 80],
};
const CALIBRATION_ROUNDS = 2;

/**
 * `npm run eval -- matching [--calibrate | --fit-split]`: leave-one-out over all shared corpora mixed together (plus the seeds)
 * as one corpus: each article is matched against all the others. Pairwise P/R/F1 of the same-story
 * decision (a pair counts as predicted when either article's results call the other same-story or
 * duplicate) and recall@5, per corpus, on the calibration half, the report half and all stories; a
 * half's figures cover every pair of the corpus that involves one of the half's articles, so a
 * wrong link into the other half counts against both.
 * recall@5: for each article whose story has other members, the share of them among its top 5
 * results (whatever their relation), averaged over those articles. `--calibrate` searches the
 * matcher's parameters on the calibration half only (mean F1 over the corpora) and prints them;
 * `--fit-split` fits the split decision (see split-decision.ts) on the same half and prints it.
 */
export async function run(argv: string[]): Promise<void> {
  const options = optionsOnly(argv, { calibrate: { type: 'boolean' }, 'fit-split': { type: 'boolean' } }, 'eval matching');
  const files = await sharedCorpusFiles();
  if (!files) {
    console.log(`eval matching: skipped, the shared data is not there (${SHARED_DATA_HINT})`);
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
  const label = (id: string) => labels.get(id);
  const half = (id: string) => seededHalf(labels.get(id) ?? id, SPLIT_SEED);
  const score = (outcomes: Map<string, QueryOutcome>) =>
    Object.fromEntries(
      corpora.map((corpus) => [
        corpus.name,
        {
          calibration: pairwiseScore(outcomes, corpus.ids.filter((id) => half(id) === 0), corpus.ids, label),
          report: pairwiseScore(outcomes, corpus.ids.filter((id) => half(id) === 1), corpus.ids, label),
          all: pairwiseScore(outcomes, corpus.ids, corpus.ids, label),
        },
      ]),
    );
  const { index } = buildBundle(all);
  if (options['fit-split']) {
    const calibration = all.filter((record) => label(record.id) !== undefined && half(record.id) === 0);
    console.log(JSON.stringify({ storySplit: fitStorySplit(new Matcher(index), calibration, label) }));
    return;
  }
  if (options.calibrate) {
    const calibrationScore = (outcomes: Map<string, QueryOutcome>) => mean(Object.values(score(outcomes)).map((s) => s.calibration.f1));
    console.log(JSON.stringify({ calibrated: calibrate(new Matcher(index), all, calibrationScore) }));
    return;
  }
  const matcher = new Matcher(index);
  const started = performance.now();
  const outcomes = new Map<string, QueryOutcome>();
  for (const record of all) outcomes.set(record.id, outcome(matcher, record));
  const queryMs = (performance.now() - started) / all.length;
  const report = score(outcomes);
  const seedIds = seeds.map((s) => s.id);
  const seedsFound = seeds.map((s) => ({ id: s.id, sameStory: seedIds.filter((other) => other !== s.id && outcomes.get(s.id)?.sameStory.has(other)).length }));
  printTable(report);
  console.log(JSON.stringify({ articles: all.length, meanQueryMs: round(queryMs), splitSeed: SPLIT_SEED, corpora: roundAll(report), seeds: seedsFound }, null, 2));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function outcome(matcher: Matcher, record: CorpusRecord): QueryOutcome {
  const article = articleOf(record);
  const related = matcher.match(article, { top: RESULTS_PER_QUERY });
  return { id: record.id, ranked: related.map((r) => r.id), sameStory: new Set(related.filter((r) => r.relation !== 'related').map((r) => r.id)) };
}

/**
 * Coordinate search: each parameter in turn takes the value that scores best on the calibration
 * half, the others held; the candidates and their evidence are gathered once and re-decided.
 */
function calibrate(matcher: Matcher, records: CorpusRecord[], objective: (outcomes: Map<string, QueryOutcome>) => number): MatchParameters {
  const gathered = records.map((record) => {
    const { candidates, evidence } = matcher.candidateEvidence(articleOf(record));
    return { id: record.id, ids: candidates.map((index) => matcher.idAt(index)), evidence: memoised(evidence) };
  });
  const evaluate = (p: MatchParameters) => {
    const outcomes = new Map<string, QueryOutcome>();
    for (const { id, ids, evidence } of gathered) {
      const { scores, sameStory } = decide(evidence, p);
      const ranked = ids.map((other, k) => ({ other, score: scores[k] })).sort((a, b) => b.score - a.score).map((r) => r.other);
      const same = new Set(ids.filter((_, k) => sameStory.has(k) || evidence.toQuery[k].termCosine >= DUPLICATE_COSINE));
      outcomes.set(id, { id, ranked, sameStory: same });
    }
    return objective(outcomes);
  };
  let best = { ...DEFAULT_PARAMETERS };
  let bestScore = evaluate(best);
  for (let round = 0; round < CALIBRATION_ROUNDS; round++) {
    for (const [key, values] of Object.entries(SEARCH) as [keyof MatchParameters, number[]][]) {
      for (const value of values) {
        const trial = { ...best, [key]: value };
        if (key === 'nameWeight') trial.termWeight = 1 - value;
        const trialScore = evaluate(trial);
        if (trialScore > bestScore) [best, bestScore] = [trial, trialScore];
      }
      console.error(`calibrate: round ${round + 1}, ${key} = ${best[key]}, mean calibration F1 ${bestScore.toFixed(4)}`);
    }
  }
  return best;
}

/**
 * Fits the split decision on the labelled records: every cut queryStory would try while the cuts
 * so far were right, labelled right when fewer than half of the split-off articles report the
 * query's story.
 */
function fitStorySplit(matcher: Matcher, records: CorpusRecord[], label: (id: string) => string | undefined): LogisticModel {
  const rows: number[][] = [];
  const right: boolean[] = [];
  for (const record of records) {
    const { candidates, evidence } = matcher.candidateEvidence(articleOf(record));
    const story = label(record.id);
    const isMate = (k: number) => label(matcher.idAt(candidates[k])) === story;
    decide(evidence, DEFAULT_PARAMETERS, (_, other, features) => {
      const isRight = other.filter(isMate).length < other.length / 2;
      rows.push(features);
      right.push(isRight);
      return isRight;
    });
  }
  console.error(`fit-split: ${rows.length} cuts from ${records.length} articles, ${right.filter(Boolean).length} right`);
  return fitLogistic(rows, right);
}

/** The evidence between two candidates, computed once however many parameter sets ask for it. */
function memoised(evidence: CandidateEvidence): CandidateEvidence {
  const cache = new Map<number, PairEvidence>();
  return {
    toQuery: evidence.toQuery,
    terms: evidence.terms,
    between: (i, j) => {
      const key = Math.min(i, j) * 100_000 + Math.max(i, j);
      let pair = cache.get(key);
      if (!pair) cache.set(key, (pair = evidence.between(i, j)));
      return pair;
    },
  };
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
