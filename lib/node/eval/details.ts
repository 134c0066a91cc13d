import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareArticles } from '../../core/compare';
import { parseCorpusJsonl } from '../../core/corpus/jsonl';
import { DIFFERENCE_KINDS, type CorpusRecord, type Difference, type DifferenceKind, type DifferenceStatus } from '../../core/types';
import { seedRecords, sharedDataDir } from '../corpus-files';
import { optionsOnly } from '../cli/args';
import { seededRandom, shuffle } from '../measure';
import { storyLabels, storyMembers } from '../story-labels';
import { GOLD_FOLDER } from './gold-folder';
import { cardKey, found, halfFigures, JUDGEMENTS_FILE, readGoldStories, readJudgements, runStory, type Judgement, type StoryRun } from './details-blind';

/**
 * Golden sets of expected differences, written by hand from reading the articles.
 *
 * Matching: a produced difference matches an expected one when kind and status are equal and every
 * string of `match` occurs (case-insensitively) in the produced label, or a value's text or
 * normalized form; for claims, the values' sentences count too. Matching is one-to-one, in the
 * order the expected differences are listed. `acceptable` entries are differences that are true by
 * reading the articles but too minor to require; a produced difference matching one (one-to-one
 * too) is not a false positive and does not count towards recall.
 *
 * Recall = matched expected / expected (consensus expectations excluded), over everything listed;
 * precision = shown differences (the few a reader sees first) matching an expected or acceptable
 * one / shown differences. An equivalence (`a` and `b` are one value written two ways) is flagged when a
 * produced conflict of its kind has a value containing `a` and another containing `b`, and, for
 * people, organisations and places, also when `a` and `b` land in two different differences.
 */
export interface GoldenDifference {
  kind: DifferenceKind;
  status: DifferenceStatus;
  match: string[];
  note?: string;
}

export interface GoldenEquivalence {
  kind: DifferenceKind;
  a: string;
  b: string;
}

export interface GoldenCase {
  /** Article ids; the first is the article being compared. */
  articles: string[];
  expected: GoldenDifference[];
  acceptable: GoldenDifference[];
  equivalences: GoldenEquivalence[];
}

export interface GoldenSet {
  name: string;
  /** Seed of the random choice of stories, for sets drawn from a corpus. */
  seed?: number;
  cases: GoldenCase[];
}

export interface KindScore {
  expected: number;
  found: number;
  produced: number;
  /** Produced differences matching an expected one or an acceptable one. */
  correct: number;
  /** Of those, the ones matching an acceptable (true but minor) difference. */
  acceptable: number;
}

export interface CaseScore {
  perKind: Record<DifferenceKind, KindScore>;
  flagged: GoldenEquivalence[];
  missed: GoldenDifference[];
  unexpected: Difference[];
}

const ENTITY_KINDS: DifferenceKind[] = ['person', 'organization', 'place'];
export const GOLDEN_DIR = join(GOLD_FOLDER, 'pairs');

function haystack(difference: Difference): string {
  const parts = [difference.label, ...difference.values.flatMap((v) => [v.text, v.normalized, ...(difference.kind === 'claim' ? [v.sentence] : [])])];
  return parts.join('\n').toLowerCase();
}

export function matches(difference: Difference, golden: GoldenDifference): boolean {
  if (difference.kind !== golden.kind || difference.status !== golden.status) return false;
  const text = haystack(difference);
  return golden.match.every((m) => text.includes(m.toLowerCase()));
}

function valueHas(difference: Difference, needle: string): number[] {
  const lower = needle.toLowerCase();
  return difference.values.flatMap((v, i) => (`${v.text}\n${v.normalized}`.toLowerCase().includes(lower) ? [i] : []));
}

export function flaggedEquivalence(produced: Difference[], equivalence: GoldenEquivalence): boolean {
  const ofKind = produced.filter((d) => d.kind === equivalence.kind);
  const conflicting = ofKind.some((d) => {
    if (d.status !== 'conflict') return false;
    const [a, b] = [valueHas(d, equivalence.a), valueHas(d, equivalence.b)];
    return a.some((i) => b.some((j) => i !== j));
  });
  if (conflicting || !ENTITY_KINDS.includes(equivalence.kind)) return conflicting;
  const holders = (needle: string) => ofKind.filter((d) => valueHas(d, needle).length > 0 || d.label.toLowerCase() === needle.toLowerCase());
  const [withA, withB] = [holders(equivalence.a), holders(equivalence.b)];
  return withA.length > 0 && withB.length > 0 && !withA.some((d) => withB.includes(d));
}

export function scoreCase(produced: Difference[], golden: GoldenCase): CaseScore {
  const perKind = Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, { expected: 0, found: 0, produced: 0, correct: 0, acceptable: 0 }])) as Record<DifferenceKind, KindScore>;
  const listed = produced.filter((d) => d.status !== 'consensus');
  const used = new Set<Difference>();
  const missed: GoldenDifference[] = [];
  for (const expected of golden.expected.filter((e) => e.status !== 'consensus')) {
    perKind[expected.kind].expected += 1;
    const hit = listed.find((d) => !used.has(d) && matches(d, expected));
    if (hit) {
      used.add(hit);
      perKind[expected.kind].found += 1;
    } else missed.push(expected);
  }
  const acceptedOnly = new Set<Difference>();
  for (const acceptable of golden.acceptable) {
    const hit = listed.find((d) => !used.has(d) && matches(d, acceptable));
    if (hit) {
      used.add(hit);
      acceptedOnly.add(hit);
    }
  }
  for (const d of listed.filter((d) => d.shown)) {
    perKind[d.kind].produced += 1;
    if (used.has(d)) perKind[d.kind].correct += 1;
    if (acceptedOnly.has(d)) perKind[d.kind].acceptable += 1;
  }
  return {
    perKind,
    flagged: golden.equivalences.filter((e) => flaggedEquivalence(produced, e)),
    missed,
    unexpected: listed.filter((d) => d.shown && !used.has(d)),
  };
}

export async function readGoldenSet(name: string): Promise<GoldenSet> {
  return JSON.parse(await readFile(join(GOLDEN_DIR, `${name}.json`), 'utf8')) as GoldenSet;
}

/** A shared corpus's records with their story labels (labels choose the triplets; the comparers never see them). */
export async function readLabelledCorpus(file: string): Promise<{ records: Map<string, CorpusRecord>; stories: Map<string, string[]> } | null> {
  let text: string;
  try {
    text = await readFile(join(sharedDataDir(), 'corpora', file), 'utf8');
  } catch {
    return null;
  }
  const records = new Map(parseCorpusJsonl(text).records.map((r) => [r.id, r]));
  return { records, stories: storyMembers(storyLabels(text)) };
}

export const readBasil = () => readLabelledCorpus('basil.jsonl');

/** `count` stories drawn without replacement by a seeded shuffle (mulberry32) of the sorted labels. */
export function drawStories(stories: string[], seed: number, count: number): string[] {
  return shuffle([...stories].sort(), seededRandom(seed)).slice(0, count);
}

/** The articles of a case, or null when one is not available. */
export function caseArticles(golden: GoldenCase, records: Map<string, CorpusRecord>): CorpusRecord[] | null {
  const found = golden.articles.map((id) => records.get(id));
  return found.every(Boolean) ? (found as CorpusRecord[]) : null;
}

export function compareCase(articles: CorpusRecord[]): Difference[] {
  const [target, ...coverage] = articles;
  return compareArticles(target, coverage);
}

function totals(scores: CaseScore[]) {
  const perKind = Object.fromEntries(
    DIFFERENCE_KINDS.map((kind) => {
      const sum = (field: keyof KindScore) => scores.reduce((n, s) => n + s.perKind[kind][field], 0);
      return [kind, { expected: sum('expected'), found: sum('found'), produced: sum('produced'), correct: sum('correct'), acceptable: sum('acceptable') }];
    }),
  ) as Record<DifferenceKind, KindScore>;
  const all = Object.values(perKind).reduce((a, b) => ({
    expected: a.expected + b.expected,
    found: a.found + b.found,
    produced: a.produced + b.produced,
    correct: a.correct + b.correct,
    acceptable: a.acceptable + b.acceptable,
  }));
  const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);
  const row = (s: KindScore) => ({ recall: ratio(s.found, s.expected), precision: ratio(s.correct, s.produced), ...s });
  return {
    overall: row(all),
    perKind: Object.fromEntries(DIFFERENCE_KINDS.map((k) => [k, row(perKind[k])])),
    equivalencesFlagged: scores.reduce((n, s) => n + s.flagged.length, 0),
  };
}

export type Totals = ReturnType<typeof totals>;

/** Scores every case of a golden set whose articles are available; null when none is. */
export function scoreSet(golden: GoldenSet, records: Map<string, CorpusRecord>): { scores: CaseScore[]; totals: Totals } | null {
  const scores = golden.cases.flatMap((c) => {
    const articles = caseArticles(c, records);
    return articles ? [scoreCase(compareCase(articles), c)] : [];
  });
  return scores.length ? { scores, totals: totals(scores) } : null;
}

/** Shown cards written out for judging, with each value's sentence and who is silent. */
async function writeCards(half: string, runs: StoryRun[], judgements: Record<string, Judgement>): Promise<string> {
  const cards = runs.flatMap((r) =>
    r.output
      .filter((d) => d.shown)
      .map((d) => {
        const key = cardKey(r.gold.story, d);
        return { key, judged: judgements[key] ?? null, story: r.gold.story, articles: r.gold.articles, rank: d.rank, kind: d.kind, status: d.status, label: d.label, values: d.values, missingFrom: d.missingFrom };
      }),
  );
  const path = join('artifacts', `details-cards-${half}.json`);
  await mkdir('artifacts', { recursive: true });
  await writeFile(path, JSON.stringify(cards, null, 2));
  return path;
}

/**
 * `npm run eval -- details [--verbose]`: first the blind gold's report half (recall of gold
 * differences and conflicts over all output, traps flagged, and the judged useful and false shares
 * of the cards shown by default; it fails when a shown card is not judged yet), then its tune half,
 * the ECB+ dev half and the precision sets of ECB+ and AllSides (tuned on too; their unjudged cards are counted, not
 * failed; precision sets have no gold, so only its judged shares mean anything), then the older
 * golden sets. `--verbose` lists the tune and dev halves' misses on stderr (never the report
 * half's: nobody tuning looks at it); `--tune` runs the tune and dev halves alone.
 */
export async function run(argv: string[]): Promise<void> {
  const { tune, verbose } = optionsOnly(argv, { tune: { type: 'boolean' }, verbose: { type: 'boolean' } }, 'eval details');
  const seeds = new Map((await seedRecords()).map((r) => [r.id, r]));
  const basil = await readBasil();
  const report: Record<string, unknown> = {};
  let unjudged = 0;
  const ecb = await readLabelledCorpus('ecbplus-dev.jsonl');
  const allsides = await readLabelledCorpus('allsides.jsonl');
  if (basil) {
    const judgements = await readJudgements();
    const stories = await readGoldStories();
    const records = new Map([...basil.records, ...(ecb?.records ?? []), ...(allsides?.records ?? [])]);
    // While tuning (`--tune`), the report half is not even run.
    const precisionSets = [...new Set(stories.map((g) => g.half).filter((h) => h.startsWith('precision-')))];
    for (const half of [...(tune ? [] : ['report']), 'tune', 'dev', ...precisionSets]) {
      const runs = stories.filter((g) => g.half === half).flatMap((g) => runStory(g, records) ?? []);
      if (runs.length === 0) continue;
      const { unjudged: missing, flaggedTraps, ...figures } = halfFigures(runs, judgements);
      const cards = await writeCards(half, runs, judgements);
      report[`blind-${half}`] = { ...figures, unjudged: missing.length, cards };
      if (half === 'report') unjudged = missing.length;
      if (verbose && (half === 'tune' || half === 'dev')) {
        for (const r of runs) for (const g of r.gold.differences) if (!found(g, r.output)) console.error(`${r.gold.story} missed ${g.type} ${g.kind} ${g.values.map((v) => v.key).join(' / ')}`);
        for (const { story, trap, by } of flaggedTraps) console.error(`${story} flagged trap ${trap.a.text} = ${trap.b.text}\n    by ${by[0].status} ${by[0].kind}: ${by[0].label.slice(0, 160)} missing ${by[0].missingFrom}`);
      }
    }
    if (!ecb) console.error(`eval details: the dev half and the ECB+ precision sets are skipped, ../shared/data/corpora/ecbplus-dev.jsonl is not there (set CROSSCHECK_DATA)`);
    if (!allsides) console.error(`eval details: the AllSides precision sets are skipped, ../shared/data/corpora/allsides.jsonl is not there (set CROSSCHECK_DATA)`);
  } else console.error(`eval details: the blind gold is skipped, ../shared/data/corpora/basil.jsonl is not there (set CROSSCHECK_DATA)`);
  const sets: [GoldenSet, Map<string, CorpusRecord>][] = [[await readGoldenSet('seeds'), seeds]];
  if (basil) sets.push([await readGoldenSet('basil'), basil.records]);
  const allScores: CaseScore[] = [];
  for (const [golden, records] of sets) {
    const scored = scoreSet(golden, records);
    if (!scored) continue;
    allScores.push(...scored.scores);
    report[`older-${golden.name}`] = { cases: scored.scores.length, ...scored.totals };
  }
  // One line per kind keeps the table readable.
  console.log(JSON.stringify(report, null, 2).replace(/\{\n\s+("recall"[^{}]*?)\n\s+\}/g, (_, body: string) => `{ ${body.replace(/\n\s+/g, ' ')} }`));
  if (unjudged > 0) {
    console.error(`eval details: ${unjudged} shown card(s) of the report half are not judged: judge them in ${JUDGEMENTS_FILE} (cards in artifacts/details-cards-report.json)`);
    process.exitCode = 1;
  }
}
