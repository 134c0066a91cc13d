import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { FIRST_COVERAGE_MARK } from '../../core/timing-marks';
import type { CorpusRecord } from '../../core/types';
import { optionsOnly, positiveInteger } from '../cli/args';
import { CliError } from '../cli/read-input';
import { readCorpusFiles, sharedCorpusFiles, SHARED_DATA_HINT } from '../corpus-files';
import { SETTLED as POPUP_SETTLED } from '../eval/coverage-browser';
import { attach, clickToolbarButton, EXTENSION_DIR, launchWithExtension, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../harness/chromium';
import { serveNewsWeb } from '../harness/news-web';
import { serveSeedSite, type SeedSite } from '../harness/seed-site';
import { median, quantile, round, seededRandom } from '../measure';
import { distractors } from './matching';
import { feedEntrySized, storeCorpus } from './store-corpus';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const COMPARISONS = 50;
/** Cold starts per size, the median reported: one alone varies by half on a shared machine. */
const COLD_STARTS = 3;
/** How long the worker is left to run after a cold start's comparison before it is stopped for the next. */
const WORKER_AFTERWORK_MS = 5_000;
/** Chrome stops a worker this long after its last event: the most it can have to finish what an import left it to do. */
const WORKER_IDLE_LIFETIME_MS = 30_000;
const INGESTED_ENTRIES = 500;
/** A feed gives a poll at most 200 entries: the 500 come from this many feeds, read one after another as a poll does. */
const INGESTED_FEEDS = 5;
/** Articles per imported file: each file is one import (one transaction), as a reader would split a large corpus. */
const IMPORT_BATCH = 10_000;
const SEED = 20261122;
/** Generous: without a saved index, a cold worker reads every stored article's features before its first answer. */
const SLOW_STEP_MS = 30 * 60_000;

export interface StoreFigures {
  /**
   * The service worker's memory after a cold start and one comparison (garbage collected first): its
   * used JS heap plus the backing stores of its array buffers, which hold the index's typed arrays
   * and which the used heap alone leaves out.
   */
  heapMB: number;
  /** From the popup's opening on a cold worker to its first coverage item painted (median of COLD_STARTS). */
  coldStartMs: number;
  /** The compareTab round trip from an extension page, on a warm worker. */
  compareMedianMs: number;
  compareP95Ms: number;
  /** Following feeds of INGESTED_ENTRIES new entries in all: read, parsed and stored by the background. */
  ingest500Ms: number;
}

/**
 * `npm run bench -- store [--sizes 1000,10000,100000]`: the reader's store at each size, in real
 * Chromium with the extension built in .output/chrome-mv3 (build it first). Each size starts from a
 * fresh profile, filled through the options page's own import (the shared corpora plus generated
 * distractors; 9 in 10 feed-entry sized, 1 in 10 full texts), and the worker given the time Chrome
 * would give it to bring its saved index up to date. Then, three times, the service worker is
 * stopped and the popup opened on a seed article (cold start to first coverage); the worker's heap
 * is read over CDP, 50 comparisons timed, and feeds of 500 new entries followed (stored as a poll
 * stores entries). An empty store is measured first, as `empty`. Progress on stderr, JSON last on stdout.
 */
export async function run(argv: string[]): Promise<void> {
  const { sizes } = optionsOnly(argv, { sizes: { type: 'string' } }, 'bench store');
  const sizeList = sizes === undefined ? DEFAULT_SIZES : sizes.split(',').map((size) => positiveInteger(size.trim(), 'sizes')!);
  const files = await sharedCorpusFiles();
  if (!files) {
    console.log(`bench store: skipped, the shared data is not there (${SHARED_DATA_HINT})`);
    return;
  }
  const shared = (await readCorpusFiles(files)).records;
  const dir = await mkdtemp(join(tmpdir(), 'crosscheck-store-bench-'));
  const site = await serveSeedSite();
  const wire = await serveNewsWeb(newFeedEntries(shared));
  try {
    const extensionDir = await snapshotBuild(dir);
    const feedUrls = wire.outlets.map((outlet) => outlet.feedUrl);
    const result: Record<string, StoreFigures> = {};
    // The empty store is measured the same way, so that every size has a baseline taken alike.
    for (const size of [0, ...sizeList]) {
      const batches = await writeImportFiles(dir, storeCorpus(shared, size, seededRandom(SEED)));
      const key = size === 0 ? 'empty' : String(size);
      result[key] = await withExtension(extensionDir, (session) => measureStore(session, batches, site, feedUrls));
      log(`${size} articles: ${JSON.stringify(result[key])}`);
    }
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await wire.stop();
    site.server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const log = (line: string) => console.error(`bench store: ${line}`);

/** New articles for the feeds to follow, none of them in any store: distractors with feed-entry summaries, from INGESTED_FEEDS outlets. */
function newFeedEntries(shared: CorpusRecord[]): CorpusRecord[] {
  return distractors(shared, INGESTED_ENTRIES, seededRandom(SEED + 1)).map((record, index) =>
    feedEntrySized({ ...record, id: `feed-entry:${index}`, source: `Store Bench Wire ${index % INGESTED_FEEDS}` }),
  );
}

/** A copy of the built extension, so that a rebuild meanwhile cannot change it between sizes. */
async function snapshotBuild(dir: string): Promise<string> {
  const built = await stat(join(EXTENSION_DIR, 'manifest.json')).catch(() => null);
  if (!built) throw new CliError(`bench store measures the built extension: run npx wxt build first (${EXTENSION_DIR} has none)`);
  log(`measuring the extension built at ${built.mtime.toISOString()} (npx wxt build first if the code is newer)`);
  const copy = join(dir, 'extension');
  await cp(EXTENSION_DIR, copy, { recursive: true });
  return copy;
}

interface ImportBatch {
  path: string;
  count: number;
}

async function writeImportFiles(dir: string, records: CorpusRecord[]): Promise<ImportBatch[]> {
  const batches: ImportBatch[] = [];
  for (let start = 0; start < records.length; start += IMPORT_BATCH) {
    const batch = records.slice(start, start + IMPORT_BATCH);
    const path = join(dir, `store-${records.length}-${batches.length + 1}.jsonl`);
    await writeFile(path, batch.map((record) => JSON.stringify(record)).join('\n'));
    batches.push({ path, count: batch.length });
  }
  return batches;
}

/** The launched extension and its options page, as a Playwright page (to choose files) and over CDP (to evaluate: its policy forbids Playwright's string evaluation). */
interface Session {
  browser: ExtensionBrowser;
  options: Page;
  view: CdpPageHandle;
}

/** Runs `measure` in Chromium with the extension in a fresh profile; the host permission for 127.0.0.1 lets the background read the local pages and feeds. */
async function withExtension<T>(extensionDir: string, measure: (session: Session) => Promise<T>): Promise<T> {
  const browser = await launchWithExtension({ headless: true, extensionDir, grantHosts: ['http://127.0.0.1/*'] });
  try {
    const options = await browser.openExtensionPage('options.html');
    const view = await waitForExtensionPage(browser, 'options.html');
    return await measure({ browser, options, view });
  } finally {
    await browser.close();
  }
}

async function measureStore(session: Session, batches: ImportBatch[], site: SeedSite, feedUrls: string[]): Promise<StoreFigures> {
  const size = batches.reduce((sum, batch) => sum + batch.count, 0);
  const filling = performance.now();
  for (const batch of batches) await importFile(session.options, batch);
  log(`${size} articles: imported in ${Math.round((performance.now() - filling) / 1000)} s`);
  const afterwork = performance.now();
  await savedIndexUpToDate(session.browser);
  log(`${size} articles: saved index up to date ${Math.round((performance.now() - afterwork) / 1000)} s after the import`);
  const coldStarts: number[] = [];
  for (let n = 0; n < COLD_STARTS; n++) coldStarts.push(await coldStartToFirstCoverage(session, site.seeds[0].pageUrl));
  const coldStartMs = median(coldStarts);
  const heap = await workerHeap(session.browser);
  const heapMB = (heap.usedSize + heap.backingStorageSize) / 2 ** 20;
  // Each cold start apart: the first after an import may read every article where the next read the saved index.
  log(`${size} articles: cold starts ${coldStarts.map(Math.round).join(', ')} ms; heap ${round(heap.usedSize / 2 ** 20, 1)} MB used + ${round(heap.backingStorageSize / 2 ** 20, 1)} MB of array buffers`);
  const times = await timeComparisons(session, site, size);
  return {
    heapMB: round(heapMB, 1),
    coldStartMs: Math.round(coldStartMs),
    compareMedianMs: Math.round(median(times)),
    compareP95Ms: Math.round(quantile(times, 0.95)),
    ingest500Ms: Math.round(await timeIngest(session, feedUrls)),
  };
}

/** Imports one file as the reader does: chosen in the options page's file input, then Import; fails unless every article was stored. */
async function importFile(options: Page, batch: ImportBatch): Promise<void> {
  await options.reload();
  await options.setInputFiles('input[aria-label="Corpus files to import"]', batch.path);
  await options.click('.import-start');
  const report = options.locator('.import-report');
  await report.waitFor({ timeout: SLOW_STEP_MS });
  const text = await report.innerText();
  if (Number(/^Imported (\d+) article/.exec(text)?.[1]) !== batch.count) throw new Error(`The import of ${batch.path} did not store every article: ${text.slice(0, 500)}`);
}

/** Stops the service worker, opens a seed article and clicks the toolbar button: the popup's time to its first coverage; waits until the comparison's details are done too. */
async function coldStartToFirstCoverage({ browser, options }: Session, pageUrl: string): Promise<number> {
  await stopServiceWorker(browser, options);
  const tab = await browser.context.newPage();
  await tab.goto(pageUrl);
  const popup = await clickToolbarButton(browser, tab);
  await popup.waitFor(`performance.getEntriesByName('${FIRST_COVERAGE_MARK}').length > 0`, SLOW_STEP_MS);
  const firstCoverageMs = await popup.evaluate<number>(`performance.getEntriesByName('${FIRST_COVERAGE_MARK}')[0].startTime`);
  await popup.waitFor(POPUP_SETTLED, SLOW_STEP_MS);
  await popup.evaluate('window.close()').catch(() => {}); // the popup is gone before it answers
  await tab.close();
  // Chrome stops a worker 30 s after its last event, not at once: what it does after answering (saving its index) gets done.
  await new Promise((resolve) => setTimeout(resolve, WORKER_AFTERWORK_MS));
  return firstCoverageMs;
}

/** The extension's running service worker as a CDP target, or undefined. */
async function serviceWorkerTarget(browser: ExtensionBrowser, cdp: CDPSession) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
}

/**
 * Stops the extension's service worker, as the browser does when it is idle, from one of its pages
 * (closing the worker's target does not reliably stop it), and waits until its target is gone.
 */
async function stopServiceWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const pageCdp = await browser.context.newCDPSession(page);
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    await pageCdp.send('ServiceWorker.enable');
    // Asked again each second: just after install, one request was seen to leave the worker running.
    for (let attempt = 0; await serviceWorkerTarget(browser, cdp); attempt++) {
      if (attempt === 20) throw new Error('The service worker did not stop');
      await pageCdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  } finally {
    await pageCdp.detach();
    await cdp.detach();
  }
}

/**
 * Waits until the worker has brought its saved index up to date with the store (it does so in its
 * idle time after a large import), as a reader's browser would let it before the next comparison;
 * at most WORKER_IDLE_LIFETIME_MS, after which Chrome would have stopped it anyway.
 */
async function savedIndexUpToDate(browser: ExtensionBrowser): Promise<void> {
  const deadline = Date.now() + WORKER_IDLE_LIFETIME_MS;
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const worker = await serviceWorkerTarget(browser, cdp);
    if (!worker) return;
    const target = await attach(cdp, worker.targetId, worker.url);
    // Read in the worker, which owns the store: the store revision, and the one its saved index covers.
    // A store not made yet has nothing to save; it is left for the extension to make.
    const upToDate = `(async () => {
      if (!(await indexedDB.databases()).some((db) => db.name === 'crosscheck')) return true;
      return new Promise((resolve) => {
        const open = indexedDB.open('crosscheck');
        open.onupgradeneeded = () => open.transaction.abort();
        open.onerror = () => resolve(true);
        open.onsuccess = () => {
          try {
            const tx = open.result.transaction('meta');
            const [revision, saved] = ['revision', 'savedIndexRevision'].map((key) => tx.objectStore('meta').get(key));
            tx.oncomplete = () => resolve(revision.result === saved.result);
            tx.onerror = () => resolve(false);
          } catch {
            resolve(false);
          } finally {
            open.result.close();
          }
        };
      });
    })()`;
    while (!(await target.evaluate<boolean>(upToDate)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 1_000));
  } finally {
    await cdp.detach();
  }
}

/** The service worker's heap use in bytes, after a garbage collection, read over CDP. */
async function workerHeap(browser: ExtensionBrowser): Promise<{ usedSize: number; backingStorageSize: number }> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const worker = await serviceWorkerTarget(browser, cdp);
    if (!worker) throw new Error('The service worker is not running');
    const target = await attach(cdp, worker.targetId, worker.url);
    // Twice, a moment apart: array buffers' memory is released after the collection that finds them dead.
    for (let pass = 0; pass < 2; pass++) {
      await target.send('HeapProfiler.collectGarbage');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return await target.send<{ usedSize: number; backingStorageSize: number }>('Runtime.getHeapUsage');
  } finally {
    await cdp.detach();
  }
}

/**
 * COMPARISONS compareTab round trips, in ms, over tabs of the seed articles in turn, sent from the
 * options page in the envelope @webext-core/messaging uses, as the popup's `sendMessage` does. Each
 * must have searched at least the `stored` articles.
 */
async function timeComparisons({ browser, view }: Session, site: SeedSite, stored: number): Promise<number[]> {
  const tabs = await Promise.all(
    site.seeds.map(async ({ pageUrl }) => {
      const tab = await browser.context.newPage();
      await tab.goto(pageUrl);
      return tab;
    }),
  );
  try {
    return await view.evaluate<number[]>(`(async () => {
      const tabs = await chrome.tabs.query({ url: ${JSON.stringify(`${site.origin}/*`)} });
      const times = [];
      for (let n = 0; n < ${COMPARISONS}; n++) {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ id: n, type: 'compareTab', data: { tabId: tabs[n % tabs.length].id, force: false }, timestamp: Date.now() });
        if (reply?.res?.status !== 'ok' || reply.res.corpusSize < ${stored}) throw new Error('compareTab answered ' + JSON.stringify(reply).slice(0, 300));
        times.push(performance.now() - started);
      }
      return times;
    })()`);
  } finally {
    await Promise.all(tabs.map((tab) => tab.close()));
  }
}

/** The followFeed round trips, in ms, one feed after another: the background reads each feed and stores its new entries, as a poll does. Fails unless all were stored. */
async function timeIngest({ view }: Session, feedUrls: string[]): Promise<number> {
  const { ms, replies } = await view.evaluate<{ ms: number; replies: { res?: { entries?: number } }[] }>(`(async () => {
    const started = performance.now();
    const replies = [];
    for (const url of ${JSON.stringify(feedUrls)}) replies.push(await chrome.runtime.sendMessage({ id: replies.length, type: 'followFeed', data: { url }, timestamp: Date.now() }));
    return { ms: performance.now() - started, replies };
  })()`);
  const stored = replies.reduce((sum, reply) => sum + (reply.res?.entries ?? 0), 0);
  if (stored !== INGESTED_ENTRIES) throw new Error(`followFeed stored ${stored} entries, not ${INGESTED_ENTRIES}: ${JSON.stringify(replies).slice(0, 500)}`);
  return ms;
}
