import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BATCH_ARTICLES } from '../../lib/browser/messaging/schemas';
import { launchWithExtension, waitForExtensionPage, type CdpPageHandle, type ExtensionBrowser } from '../../lib/node/harness/chromium';
import { screenshotPath } from './support';

/*
 * Importing corpus files on the options page of the real extension: a per-line report of what was
 * left out, the valid lines stored (by the background, a batch at a time), and an import abandoned
 * midway (the page closed) keeping the batches it reported saved and no part of a batch. The 50 MB file is generated here, in a temporary folder.
 */
let browser: ExtensionBrowser;
let dir: string;
let bigFile: string;
let bigValidLines = 0;
const BIG_BAD_LINES = new Map<number, string>();

// Sentences written for this test; varied per article so that no two texts are the same.
const SENTENCES = [
  'President Joe Biden travelled to Brussels for an extraordinary NATO summit on the war in Ukraine.',
  'Leaders of the European Union met the same day to discuss sanctions and energy supplies.',
  'The White House said the president would announce humanitarian aid for refugees.',
  'Alliance officials described the meeting as a show of unity against Russia.',
  'Reporters travelling with the president asked about troops on the eastern flank.',
  'The summit ended with a joint statement on support for Ukraine.',
];

function bulkLine(i: number): string {
  const sentences: string[] = [];
  for (let n = 0; n < 80; n++) sentences.push(`${SENTENCES[(i + n) % SENTENCES.length]} (Report ${i}, note ${n}.)`);
  return JSON.stringify({ id: `bulk-${i}`, source: `Bulk Wire ${i % 7}`, title: `Summit report number ${i}`, publishedAt: '2022-03-24', text: sentences.join(' ') });
}

/** About 50 MB of JSON Lines, with a broken line and a line without text at known places. */
async function writeBigFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  const bad = new Map([
    [1_234, '{"id": "bulk-broken", "text": "cut off'],
    [4_321, JSON.stringify({ id: 'bulk-no-text', title: 'No body' })],
  ]);
  let line = 0;
  let bytes = 0;
  while (bytes < 50_000_000) {
    line++;
    const text = bad.get(line) ?? bulkLine(line);
    if (!bad.has(line)) bigValidLines++;
    bytes += Buffer.byteLength(text) + 1;
    if (!out.write(`${text}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  BIG_BAD_LINES.set(1_234, 'not valid JSON');
  BIG_BAD_LINES.set(4_321, 'missing "text"');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'crosscheck-import-'));
  bigFile = join(dir, 'big.jsonl');
  await writeBigFile(bigFile);
  browser = await launchWithExtension({ headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openOptions(): Promise<{ page: Page; view: CdpPageHandle }> {
  const page = await browser.openExtensionPage('options.html');
  const view = await waitForExtensionPage(browser, 'options.html');
  await view.waitFor(`document.querySelector('.article-count')`);
  return { page, view };
}

/** Chooses files in the page's file input, as the reader does in the file dialog. */
async function chooseFiles(view: CdpPageHandle, paths: string[]): Promise<void> {
  const { root } = await view.send<{ root: { nodeId: number } }>('DOM.getDocument');
  const { nodeId } = await view.send<{ nodeId: number }>('DOM.querySelector', { nodeId: root.nodeId, selector: 'input[type="file"]' });
  await view.send('DOM.setFileInputFiles', { nodeId, files: paths });
}

const count = (view: CdpPageHandle) => view.evaluate<string>(`document.querySelector('.article-count').textContent`).then(Number);

describe('importing corpus files on the options page', () => {
  it('stores the valid lines, names each bad line with its reason, and exports what it stored', async () => {
    const path = join(dir, 'mixed.jsonl');
    const summit = (id: string, source: string) => JSON.stringify({ id, source, title: 'Biden in Brussels', publishedAt: '2022-03-24', text: `${SENTENCES[0]}\n\n${SENTENCES[1]} (${source})` });
    await writeFile(path, [summit('m-1', 'Wire One'), '{"id": "m-2", "text": ', summit('m-3', 'Wire Two'), JSON.stringify({ id: 'm-4', text: '   ' }), summit('m-5', 'Wire Three')].join('\n'));
    const { page, view } = await openOptions();
    await chooseFiles(view, [path]);
    await view.evaluate(`document.querySelector('.import-start').click()`);
    await view.waitFor(`document.querySelector('.import-report')`);
    expect(await view.evaluate<string>(`document.querySelector('.import-stored').textContent`)).toBe('Imported 3 articles. 2 entries were left out:');
    expect(await view.evaluate<string[]>(`[...document.querySelectorAll('.rejection')].map((li) => li.textContent)`)).toEqual([
      'mixed.jsonl, line 2: not valid JSON',
      'mixed.jsonl, line 4: missing "text"',
    ]);
    await view.waitFor(`document.querySelector('.article-count').textContent === '3'`);
    await view.screenshot(await screenshotPath('options-import-report'));

    // Export gives back exactly what was stored, in the same format.
    const download = page.waitForEvent('download');
    await view.evaluate(`document.querySelector('.export').click()`);
    const exported = (await readFile((await (await download).path())!, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { id: string; source: string });
    expect(exported.map((a) => [a.id, a.source]).sort()).toEqual([
      ['m-1', 'Wire One'],
      ['m-3', 'Wire Two'],
      ['m-5', 'Wire Three'],
    ]);
    await page.close();
  });

  it('keeps the articles it said were saved when the page is closed midway through a 50 MB file, and never part of a batch', async () => {
    expect((await stat(bigFile)).size).toBeGreaterThanOrEqual(50_000_000);
    const { page, view } = await openOptions();
    const before = await count(view);
    await chooseFiles(view, [bigFile]);
    await view.evaluate(`document.querySelector('.import-start').click()`);
    await view.waitFor(`Number(document.querySelector('.import-progress')?.dataset.stored) >= ${IMPORT_BATCH_ARTICLES}`, 60_000);
    await view.screenshot(await screenshotPath('options-import-progress'));
    const reported = await view.evaluate<number>(`Number(document.querySelector('.import-progress').dataset.stored)`);
    await page.close();
    const reopened = await openOptions();
    // Each batch is one transaction, committed whole or not at all; one may have been on its way when the page closed.
    const kept = (await count(reopened.view)) - before;
    expect(kept).toBeGreaterThanOrEqual(reported);
    expect(kept).toBeLessThanOrEqual(reported + IMPORT_BATCH_ARTICLES);
    expect(kept % IMPORT_BATCH_ARTICLES).toBe(0);
    await reopened.page.close();
  });

  it('imports a 50 MB file with a progress bar and a report naming its bad lines', async () => {
    const { page, view } = await openOptions();
    await chooseFiles(view, [bigFile]);
    await view.evaluate(`document.querySelector('.import-start').click()`);
    await view.waitFor(`document.querySelector('.import-report')`, 90_000);
    expect(await view.evaluate<string>(`document.querySelector('.import-stored').textContent`)).toBe(`Imported ${bigValidLines} articles. 2 entries were left out:`);
    expect(await view.evaluate<string[]>(`[...document.querySelectorAll('.rejection')].map((li) => li.textContent)`)).toEqual(
      [...BIG_BAD_LINES].map(([line, reason]) => `big.jsonl, line ${line}: ${reason}`),
    );
    await view.waitFor(`document.querySelector('.article-count').textContent === '${3 + bigValidLines}'`);
    await page.close();
  });
});
