import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareArticles } from '../../core/compare';
import { parseCorpusJsonl } from '../../core/corpus/jsonl';
import { analyse } from '../../core/text/analyse';
import type { CorpusRecord } from '../../core/types';
import { seedRecords, sharedDataDir } from '../corpus-files';
import { optionsOnly } from '../cli/args';
import { median, round, timed } from '../measure';
import { storyLabels, storyMembers } from '../story-labels';

const ARTICLES = 6;
const RUNS = 5;

/**
 * `npm run bench -- compare`: median time to analyse 6 same-story articles once, and median time
 * to compare one of them with the other five (analysis included), in the same run. The articles are
 * the 6 longest of the largest ECB+ story (story labels pick them; the comparison never sees
 * them), or, without the shared data, the four seeds repeated under other ids.
 */
export async function run(argv: string[]): Promise<void> {
  optionsOnly(argv, {}, 'bench compare');
  const { articles, from } = await sameStoryArticles();
  const analyseTimes: number[] = [];
  const compareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    analyseTimes.push(timed(() => articles.forEach((a) => analyse(a))));
    compareTimes.push(timed(() => compareArticles(articles[0], articles.slice(1))));
  }
  const analyseMs = round(median(analyseTimes), 1);
  const compareMs = round(median(compareTimes), 1);
  console.log(JSON.stringify({ analyseMs, compareMs, ratio: round(compareMs / analyseMs), articles: articles.length, runs: RUNS, from }, null, 2));
}

async function sameStoryArticles(): Promise<{ articles: CorpusRecord[]; from: string }> {
  try {
    const text = await readFile(join(sharedDataDir(), 'corpora', 'ecbplus-dev.jsonl'), 'utf8');
    const stories = storyMembers(storyLabels(text));
    const [story, ids] = [...stories.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    const records = new Map(parseCorpusJsonl(text).records.map((r) => [r.id, r]));
    const articles = ids
      .map((id) => records.get(id)!)
      .sort((a, b) => b.text.length - a.text.length)
      .slice(0, ARTICLES);
    return { articles, from: `ECB+ story ${story}, its ${ARTICLES} longest articles` };
  } catch {
    const seeds = await seedRecords();
    const articles = Array.from({ length: ARTICLES }, (_, i) => ({ ...seeds[i % seeds.length], id: `${seeds[i % seeds.length].id}#${i}` }));
    return { articles, from: 'the four seeds repeated (shared data not found)' };
  }
}
