import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusRecord } from '../../core/types';
import { optionsOnly, positiveInteger } from '../cli/args';
import { printJson } from '../cli/print';
import { launchWithExtension } from '../harness/chromium';
import { readCorpusFiles, reportLineError, sharedDataDir, SHARED_DATA_HINT } from '../corpus-files';
import { median, quantile, round } from '../measure';
import { serveNewsWeb, type NewsWeb, type WebArticle } from '../harness/news-web';
import { buildWithOutlets, followEveryOutlet, popupCoverage, storedCompleteness, type PopupCoverage } from './coverage-browser';
import { readStoryLabels } from '../story-labels';

/** A corpus with its gold story labels, which only the scoring reads. */
export interface LabelledCorpus {
  records: CorpusRecord[];
  storyOf: Map<string, string>;
}

export interface CoverageReport {
  stories: number;
  articles: number;
  recall: number;
  precision: number;
  medianFirstCoverageMs: number | null;
  p95FirstCoverageMs: number | null;
  fullTextsFetched: number;
}

/** Where the gold pairs the popup did not list were lost, and how many listed pairs were wrong. */
export interface CoverageMisses {
  /** Never stored: the feed did not bring the entry. */
  notStored: number;
  /** Stored as a feed summary only: its full article was never fetched. */
  summaryOnly: number;
  /** Stored with its full text, yet not listed: the matcher's call. */
  fullTextNotListed: number;
  /** Listed, but another story's (or an article outside the web). */
  wronglyListed: number;
}

export interface CoverageOptions {
  /** Open at most this many stories (in file order); the web still serves every article. */
  stories?: number;
  /** Progress lines go here (stderr for the command). */
  log?: (line: string) => void;
}

const DEFAULT_WEB = () => join(sharedDataDir(), 'corpora', 'basil.jsonl');

/**
 * `npm run eval -- coverage [--web FILE.jsonl] [--stories N]`: the whole path a reader takes, in
 * real Chromium, on a simulated news web made from a labelled corpus (BASIL by default): follow
 * every outlet through onboarding, then open one article of each story covered by two outlets or
 * more, click the toolbar button and score the popup's same-story list against the gold stories.
 */
export async function run(argv: string[]): Promise<void> {
  const { web, stories: storiesOption } = optionsOnly(argv, { web: { type: 'string' }, stories: { type: 'string' } }, 'eval coverage');
  const stories = positiveInteger(storiesOption, 'stories');
  const file = web ?? DEFAULT_WEB();
  if (web === undefined && !(await exists(file))) {
    console.log(`eval coverage: skipped, the shared data is not there (${SHARED_DATA_HINT}) and no --web FILE was given`);
    return;
  }
  const { records, errors } = await readCorpusFiles([file]);
  errors.forEach(reportLineError);
  const log = (line: string) => console.error(`eval coverage: ${line}`);
  const { report, misses } = await measureCoverage({ records, storyOf: await readStoryLabels(file) }, { stories, log });
  log(`misses ${JSON.stringify(misses)}`);
  printJson(report);
}

/** Serves the web, builds and launches the extension, follows every outlet, then opens the stories one by one. */
export async function measureCoverage(corpus: LabelledCorpus, options: CoverageOptions = {}): Promise<{ report: CoverageReport; misses: CoverageMisses }> {
  const log = options.log ?? (() => {});
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-coverage-'));
  const web = await serveNewsWeb(corpus.records);
  try {
    const extensionDir = await buildWithOutlets(dir, web.outlets);
    log(`built the test extension; ${web.outlets.length} outlets, ${corpus.records.length} articles`);
    // Headless Chromium cannot accept the permission prompt: 127.0.0.1 is granted at install, so the page's own request resolves at once.
    const browser = await launchWithExtension({ headless: true, extensionDir, grantHosts: ['http://127.0.0.1/*'] });
    try {
      const failedFeeds = await followEveryOutlet(browser, 300_000);
      log(`followed ${web.outlets.length - failedFeeds.length} of ${web.outlets.length} outlets${failedFeeds.length ? `; not ok: ${failedFeeds.join(', ')}` : ''}`);
      const opened = storiesToOpen(corpus, web).slice(0, options.stories);
      const seen: Seen[] = [];
      for (const article of opened) {
        seen.push({ opened: article, popup: await popupCoverage(browser, article.pageUrl) });
        if (seen.length % 10 === 0) log(`${seen.length} of ${opened.length} stories opened`);
      }
      const scoring = new Scoring(web, corpus.storyOf);
      return { report: scoring.report(seen, web.articleFetches()), misses: scoring.misses(seen, await storedCompleteness(browser)) };
    } finally {
      await browser.close();
    }
  } finally {
    await web.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

interface Seen {
  opened: WebArticle;
  popup: PopupCoverage;
}

/** The first article (in file order) of every story that at least two outlets of the web cover. */
function storiesToOpen(corpus: LabelledCorpus, web: NewsWeb): WebArticle[] {
  const served = new Map(web.outlets.flatMap((outlet) => outlet.articles.map((article) => [article.record.id, article] as const)));
  const byStory = new Map<string, CorpusRecord[]>();
  for (const record of corpus.records) {
    const story = corpus.storyOf.get(record.id);
    if (story !== undefined) byStory.set(story, [...(byStory.get(story) ?? []), record]);
  }
  return [...byStory.values()].filter((records) => new Set(records.map((r) => r.source)).size >= 2).map((records) => served.get(records[0].id)!);
}

/**
 * Pairs (opened article, listed article) against the gold: a listed id is a page address of the web
 * or, for an article bundled with the extension, its record id; either way it is scored as that
 * record, once.
 */
class Scoring {
  private readonly recordOfPage: Map<string, string>;
  private readonly pageOfRecord: Map<string, string>;
  private readonly membersOf = new Map<string, string[]>();

  constructor(
    web: NewsWeb,
    private readonly storyOf: Map<string, string>,
  ) {
    const articles = web.outlets.flatMap((outlet) => outlet.articles);
    this.recordOfPage = new Map(articles.map((a) => [a.pageUrl, a.record.id]));
    this.pageOfRecord = new Map(articles.map((a) => [a.record.id, a.pageUrl]));
    for (const { record } of articles) {
      const story = storyOf.get(record.id);
      if (story !== undefined) this.membersOf.set(story, [...(this.membersOf.get(story) ?? []), record.id]);
    }
  }

  report(seen: Seen[], fullTextsFetched: number): CoverageReport {
    let listed = 0;
    let correct = 0;
    let gold = 0;
    for (const each of seen) {
      const { records, hits } = this.pairs(each);
      listed += records.length;
      correct += hits.length;
      gold += this.gold(each.opened).length;
    }
    const times = seen.map((each) => each.popup.firstCoverageMs).filter((ms): ms is number => ms !== null);
    return {
      stories: seen.length,
      articles: this.recordOfPage.size,
      recall: round(gold ? correct / gold : 0, 3),
      precision: round(listed ? correct / listed : 0, 3),
      medianFirstCoverageMs: times.length ? Math.round(median(times)) : null,
      p95FirstCoverageMs: times.length ? Math.round(quantile(times, 0.95)) : null,
      fullTextsFetched,
    };
  }

  misses(seen: Seen[], complete: Map<string, boolean>): CoverageMisses {
    const misses: CoverageMisses = { notStored: 0, summaryOnly: 0, fullTextNotListed: 0, wronglyListed: 0 };
    for (const each of seen) {
      const { records, hits } = this.pairs(each);
      misses.wronglyListed += records.length - hits.length;
      for (const id of this.gold(each.opened).filter((id) => !hits.includes(id))) {
        const stored = complete.get(this.pageOfRecord.get(id)!);
        if (stored === undefined) misses.notStored++;
        else if (stored) misses.fullTextNotListed++;
        else misses.summaryOnly++;
      }
    }
    return misses;
  }

  /** The records the popup listed for the opened article (each once, never itself), and those of its story. */
  private pairs({ opened, popup }: Seen): { records: string[]; hits: string[] } {
    const records = [...new Set(popup.listed.map((id) => this.recordOfPage.get(id) ?? id))].filter((id) => id !== opened.record.id);
    const story = this.storyOf.get(opened.record.id);
    return { records, hits: records.filter((id) => this.storyOf.get(id) === story) };
  }

  /** The other articles of the opened article's story in the web. */
  private gold(opened: WebArticle): string[] {
    return (this.membersOf.get(this.storyOf.get(opened.record.id)!) ?? []).filter((id) => id !== opened.record.id);
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
