import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareArticles } from '../../core/compare';
import type { CorpusRecord, Difference, DifferenceKind } from '../../core/types';
import { median, round, timed } from '../measure';
import { GOLD_FOLDER } from './gold-folder';

/**
 * Scoring against the blind gold of `tests/gold/details/` (its README says how it was written and how it
 * is matched) and against the judgements of the cards the engine shows.
 */
export interface GoldValue {
  article: string;
  text: string;
  key: string;
}

export interface GoldDifference {
  type: 'conflict' | 'only-some';
  kind: DifferenceKind;
  importance: 'major' | 'minor';
  subject: string;
  values: GoldValue[];
  missingFrom: string[];
}

export interface GoldTrap {
  kind: DifferenceKind;
  a: { article: string; text: string };
  b: { article: string; text: string };
}

/**
 * `tune` and `report`: BASIL, split once; `dev`: ECB+ topics 1–35, tuned on like `tune`;
 * `precision-*`: more ECB+ or AllSides comparisons with no gold, whose shown cards are judged only.
 */
export type PrecisionSet = `precision-${string}`;
export type GoldHalf = 'tune' | 'report' | 'dev' | PrecisionSet;

export interface GoldStory {
  story: string;
  half: GoldHalf;
  articles: string[];
  differences: GoldDifference[];
  traps: GoldTrap[];
}

export type Verdict = 'useful' | 'trivial' | 'false';
export interface Judgement {
  verdict: Verdict;
  reason: string;
}

const GOLD_DIR = join(GOLD_FOLDER, 'details');
export const JUDGEMENTS_FILE = join(GOLD_DIR, 'judgements.json');

export async function readGoldStories(): Promise<GoldStory[]> {
  const names = (await readdir(GOLD_DIR)).filter((n) => /^(?:tune|report|dev)-\d+\.json$/.test(n)).sort();
  const gold = await Promise.all(names.map(async (n) => JSON.parse(await readFile(join(GOLD_DIR, n), 'utf8')) as GoldStory));
  const precisionSets = (await readdir(GOLD_DIR)).filter((n) => /^precision-[\w-]+\.json$/.test(n)).sort();
  const precisionOnly = await Promise.all(
    precisionSets.map(async (n) => {
      const { stories } = JSON.parse(await readFile(join(GOLD_DIR, n), 'utf8')) as { stories: { story: string; articles: string[] }[] };
      return stories.map((s): GoldStory => ({ ...s, half: n.replace(/\.json$/, '') as PrecisionSet, differences: [], traps: [] }));
    }),
  );
  return [...gold, ...precisionOnly.flat()];
}

export async function readJudgements(): Promise<Record<string, Judgement>> {
  try {
    return JSON.parse(await readFile(JUDGEMENTS_FILE, 'utf8')) as Record<string, Judgement>;
  } catch {
    return {};
  }
}

const has = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.toLowerCase());

/** Whether an output value from `article` shows `text` (as its value or in its sentence). */
function shows(difference: Difference, article: string, text: string): boolean {
  return difference.values.some((v) => v.articleId === article && (has(v.text, text) || has(v.sentence, text)));
}

export function found(gold: GoldDifference, output: Difference[]): boolean {
  return output.some((d) => {
    if ((gold.type === 'conflict') !== (d.status === 'conflict')) return false;
    if (gold.type === 'only-some' && (d.status !== 'partial' || d.missingFrom.length === 0 || !d.missingFrom.every((id) => gold.missingFrom.includes(id)))) return false;
    return gold.values.every((v) => shows(d, v.article, v.key));
  });
}

/** The output differences that treat the trap's two writings as two facts (see the gold README). */
function trapFlags(trap: GoldTrap, output: Difference[]): Difference[] {
  // A value is one side of the trap when it contains that side, or is part of it where its sentence writes it.
  const valueIs = (d: Difference, side: { article: string; text: string }) =>
    d.values.some((v) => v.articleId === side.article && (has(v.text, side.text) || (has(side.text, v.text) && has(v.sentence, side.text))));
  return output.filter((d) => {
    if (d.status === 'conflict' && valueIs(d, trap.a) && valueIs(d, trap.b)) return true;
    return (valueIs(d, trap.a) && d.missingFrom.includes(trap.b.article)) || (valueIs(d, trap.b) && d.missingFrom.includes(trap.a.article));
  });
}

/** A shown card's identity for judging: the story, and what the card says (kind, status, values, who is silent). */
export function cardKey(story: string, d: Difference): string {
  const values = d.values.map((v) => `${v.articleId}=${v.text}`).sort();
  return [story, d.kind, d.status, ...values, `missing:${[...d.missingFrom].sort().join(',')}`].join(' | ');
}

export interface StoryRun {
  gold: GoldStory;
  output: Difference[];
  ms: number;
}

export function runStory(gold: GoldStory, records: Map<string, CorpusRecord>): StoryRun | null {
  const articles = gold.articles.map((id) => records.get(id));
  if (!articles.every(Boolean)) return null;
  const [target, ...coverage] = articles as CorpusRecord[];
  let output: Difference[] = [];
  const ms = timed(() => (output = compareArticles(target, coverage)));
  return { gold, output, ms };
}

const share = (n: number, d: number) => (d === 0 ? null : round(n / d, 3));

/** The figures of one half: recall over all output, judged shares over the shown cards. */
export function halfFigures(runs: StoryRun[], judgements: Record<string, Judgement>) {
  const golds = runs.flatMap((r) => r.gold.differences.map((g) => ({ g, hit: found(g, r.output) })));
  const conflicts = golds.filter(({ g }) => g.type === 'conflict');
  const major = golds.filter(({ g }) => g.importance === 'major');
  const traps = runs.flatMap((r) => r.gold.traps.flatMap((t) => { const by = trapFlags(t, r.output); return by.length ? [{ story: r.gold.story, trap: t, by }] : []; }));
  const shown = runs.flatMap((r) => r.output.filter((d) => d.shown).map((d) => ({ key: cardKey(r.gold.story, d), d })));
  const verdicts = shown.map(({ key }) => judgements[key]?.verdict);
  const judged = verdicts.filter(Boolean).length;
  const count = (v: Verdict) => verdicts.filter((x) => x === v).length;
  const shownConflicts = shown.filter(({ d }) => d.status === 'conflict');
  const realConflicts = shownConflicts.filter(({ key }) => judgements[key] && judgements[key].verdict !== 'false').length;
  return {
    stories: runs.length,
    goldDifferences: golds.length,
    recall: share(golds.filter((x) => x.hit).length, golds.length),
    recallMajor: share(major.filter((x) => x.hit).length, major.length),
    goldConflicts: conflicts.length,
    recallConflicts: share(conflicts.filter((x) => x.hit).length, conflicts.length),
    trapsFlagged: traps.length,
    traps: runs.reduce((n, r) => n + r.gold.traps.length, 0),
    shownCards: shown.length,
    judged,
    useful: share(count('useful'), judged),
    trivial: share(count('trivial'), judged),
    false: share(count('false'), judged),
    shownConflicts: shownConflicts.length,
    shownConflictsReal: share(realConflicts, shownConflicts.length),
    medianShownPerComparison: median(runs.map((r) => r.output.filter((d) => d.shown).length)),
    medianDetailsMs: round(median(runs.map((r) => r.ms)), 1),
    unjudged: shown.filter(({ key }) => !judgements[key]).map(({ key }) => key),
    flaggedTraps: traps,
  };
}
