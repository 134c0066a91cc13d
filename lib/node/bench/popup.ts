import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FIRST_COVERAGE_MARK } from '../../core/timing-marks';
import { clickToolbarButton, launchWithExtension } from '../harness/chromium';
import { readCorpusFiles, sharedCorpusFiles, SHARED_DATA_HINT } from '../corpus-files';
import { optionsOnly } from '../cli/args';
import { median, round, seededRandom } from '../measure';
import { serveSeedSite } from '../harness/seed-site';
import { distractors } from './matching';

const OPENS = 10;
const LARGE_CORPUS = 10_000;
const SEED = 20261122;
const exec = promisify(execFile);

interface PopupTimes {
  shellMs: number;
  firstResultMs: number;
}

/**
 * `npm run bench -- popup`: in real Chromium, the time from opening the popup to its first
 * painted coverage item, beside the time to paint its empty shell (first contentful paint), median
 * of OPENS opens on a seed article; once with the seeds bundled and once with a 10k-article bundle
 * (the shared corpora plus generated distractors). Both builds and runs happen in this one run.
 */
export async function run(argv: string[]): Promise<void> {
  optionsOnly(argv, {}, 'bench popup');
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-popup-bench-'));
  try {
    const result: Record<string, PopupTimes | number> = {};
    result.seeds = await timePopup(await buildExtension(dir, 'seeds', null));
    const large = await largeCorpusFile(dir);
    if (large) {
      result['10k'] = await timePopup(await buildExtension(dir, '10k', large));
      result.firstResultOverShell10k = round(result['10k'].firstResultMs / result['10k'].shellMs);
    } else {
      console.error(`bench popup: the 10k case is skipped, the shared data is not there (${SHARED_DATA_HINT})`);
    }
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function buildExtension(dir: string, name: string, corpus: string | null): Promise<string> {
  const outDir = join(dir, name);
  const env = { ...process.env, CROSSCHECK_OUT_DIR: outDir, CROSSCHECK_CORPUS: corpus ?? '' };
  await exec('node_modules/.bin/wxt', ['build'], { env, maxBuffer: 64 * 2 ** 20 });
  console.error(`bench popup: built the ${name} extension`);
  return join(outDir, 'chrome-mv3');
}

/** The shared corpora plus generated distractors up to 10k articles, as a JSONL file; null without the data. */
async function largeCorpusFile(dir: string): Promise<string | null> {
  const files = await sharedCorpusFiles();
  if (!files) return null;
  const shared = (await readCorpusFiles(files)).records;
  const records = [...shared, ...distractors(shared, LARGE_CORPUS - shared.length, seededRandom(SEED))];
  const path = join(dir, 'corpus-10k.jsonl');
  await writeFile(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return path;
}

async function timePopup(extensionDir: string): Promise<PopupTimes> {
  const site = await serveSeedSite();
  const browser = await launchWithExtension({ headless: true, extensionDir });
  try {
    const tab = await browser.context.newPage();
    await tab.goto(site.seeds[0].pageUrl);
    const shell: number[] = [];
    const first: number[] = [];
    for (let open = 0; open < OPENS; open++) {
      const popup = await clickToolbarButton(browser, tab);
      await popup.waitFor(`performance.getEntriesByName('${FIRST_COVERAGE_MARK}').length > 0`, 60_000);
      const [paint, mark] = await popup.evaluate<[number, number]>(
        `[performance.getEntriesByName('first-contentful-paint')[0].startTime, performance.getEntriesByName('${FIRST_COVERAGE_MARK}')[0].startTime]`,
      );
      shell.push(paint);
      first.push(mark);
      await popup.evaluate('window.close()').catch(() => {}); // the popup is gone before it answers
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return { shellMs: round(median(shell)), firstResultMs: round(median(first)) };
  } finally {
    await browser.close();
    site.server.close();
  }
}
