import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readCorpusFiles, seedRecords, sharedDataDir } from '../../lib/cli/corpus-files';
import { measureCoverage, type LabelledCorpus } from '../../lib/cli/eval/coverage';
import { readStoryLabels } from '../../lib/cli/eval/matching';

/*
 * The coverage evaluation (`npm run eval -- coverage`) end to end on a small simulated news web:
 * a test build follows every outlet through onboarding, then the popup of one article per story
 * must list the story's other outlets, found from feed summaries and compared in full text.
 */
const STORIES = 4;

/** Four BASIL stories (three outlets each) when the shared data is there, else the seeds as one story from four outlets. */
async function smallWeb(): Promise<LabelledCorpus> {
  const basil = join(sharedDataDir(), 'corpora', 'basil.jsonl');
  const present = await access(basil).then(
    () => true,
    () => false,
  );
  if (!present) {
    const seeds = await seedRecords();
    return {
      records: seeds.map((seed, index) => ({ ...seed, source: seed.source ?? `Seed outlet ${index + 1}` })),
      storyOf: new Map(seeds.map((seed) => [seed.id, 'seeds'])),
    };
  }
  const storyOf = await readStoryLabels(basil);
  const stories = [...new Set(storyOf.values())].slice(0, STORIES);
  const records = (await readCorpusFiles([basil])).records.filter((record) => stories.includes(storyOf.get(record.id)!));
  return { records, storyOf };
}

it('lists every story’s other outlets in the popup, after following them through onboarding', async () => {
  const { report, misses } = await measureCoverage(await smallWeb());
  expect(report.stories).toBeGreaterThanOrEqual(1);
  expect(report.recall, JSON.stringify(misses)).toBeGreaterThanOrEqual(0.8);
  expect(report.precision, JSON.stringify(misses)).toBeGreaterThanOrEqual(0.8);
  // Feed entries are summaries: the candidates' full articles were fetched to compare them.
  expect(report.fullTextsFetched).toBeGreaterThan(0);
  expect(report.medianFirstCoverageMs).toBeGreaterThan(0);
}, 120_000);
