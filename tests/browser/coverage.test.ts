import { expect, it } from 'vitest';
import { measureCoverage } from '../../lib/node/eval/coverage';
import { basilStories, seedsAsOutlets } from './support';

/*
 * The coverage evaluation (`npm run eval -- coverage`) end to end on a small simulated news web:
 * a test build follows every outlet through onboarding, then the popup of one article per story
 * must list the story's other outlets, found from feed summaries and compared in full text.
 */
const STORIES = 4;

/** Four BASIL stories (three outlets each) when the shared data is there, else the seeds as one story from four outlets. */
const smallWeb = async () => (await basilStories(STORIES)) ?? (await seedsAsOutlets());

it('lists every story’s other outlets in the popup, after following them through onboarding', async () => {
  const { report, misses } = await measureCoverage(await smallWeb());
  expect(report.stories).toBeGreaterThanOrEqual(1);
  expect(report.recall, JSON.stringify(misses)).toBeGreaterThanOrEqual(0.8);
  expect(report.precision, JSON.stringify(misses)).toBeGreaterThanOrEqual(0.8);
  // Feed entries are summaries: the candidates' full articles were fetched to compare them.
  expect(report.fullTextsFetched).toBeGreaterThan(0);
  expect(report.medianFirstCoverageMs).toBeGreaterThan(0);
}, 120_000);
