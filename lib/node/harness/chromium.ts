import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens one of the extension's pages (e.g. `popup.html`) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /**
   * A profile directory to use and keep (to restart the browser on the same profile); by default a
   * fresh profile is made and deleted on close.
   */
  profileDir?: string;
  /**
   * Test only: host patterns to grant at install, by loading a copy of the extension whose manifest
   * lists them as host permissions. Headless Chromium cannot accept the prompt that
   * `permissions.request` shows, and automation cannot reach it; a pattern already granted makes the
   * request resolve true at once, so the product's own request flow still runs. Never shipped.
   */
  grantHosts?: string[];
}

/** Chromium with the built extension loaded, in a fresh profile that is deleted on close (unless one is given). */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const temporary: string[] = [];
  let extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (options.grantHosts?.length) {
    const copy = await mkdtemp(join(tmpdir(), 'crosscheck-granted-'));
    temporary.push(copy);
    await cp(extensionDir, copy, { recursive: true });
    const manifestPath = join(copy, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
    manifest.host_permissions = [...(manifest.host_permissions ?? []), ...options.grantHosts];
    await writeFile(manifestPath, JSON.stringify(manifest));
    extensionDir = copy;
  }
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'crosscheck-profile-')));
  if (!options.profileDir) temporary.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      for (const dir of temporary) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A page of the extension reached over raw CDP (the real action popup is not a Playwright page). */
export interface CdpPageHandle {
  url: string;
  /** Evaluates an expression in the page and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls an expression until it is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Sends one CDP command to the page. */
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
}

/**
 * Clicks the extension's toolbar button on a tab, exactly as a person would (so `activeTab` is
 * granted), and returns the popup that opens.
 */
export async function clickToolbarButton(browser: ExtensionBrowser, tab: Page): Promise<CdpPageHandle> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  // A tab that has only just committed its navigation may not report its address yet.
  let tabTarget: { targetId: string } | undefined;
  for (let waited = 0; !tabTarget && waited < 10_000; waited += 100) {
    tabTarget = (await allTargets(cdp)).find((t) => t.type === 'tab' && t.url === tab.url());
    if (!tabTarget) await new Promise((r) => setTimeout(r, 100));
  }
  if (!tabTarget) throw new Error(`No tab target for ${tab.url()}`);
  await tab.bringToFront();
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tabTarget.targetId } as never);
  return waitForExtensionPage(browser, 'popup.html', cdp);
}

/**
 * An extension page (e.g. `compare.html`) once it is open, reached over CDP: Runtime.evaluate is not
 * subject to the page's content security policy, which forbids Playwright's string evaluation.
 */
export async function waitForExtensionPage(browser: ExtensionBrowser, path: string, session?: CDPSession): Promise<CdpPageHandle> {
  const cdp = session ?? (await browser.context.browser()!.newBrowserCDPSession());
  const prefix = `chrome-extension://${browser.extensionId}/${path}`;
  for (let waited = 0; waited < 10_000; waited += 100) {
    const page = (await allTargets(cdp)).find((t) => t.type === 'page' && t.url.startsWith(prefix));
    if (page) return attach(cdp, page.targetId, page.url);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${path} did not open`);
}

async function allTargets(cdp: CDPSession) {
  return (await cdp.send('Target.getTargets', { filter: [{}] } as never)).targetInfos;
}

export async function attach(cdp: CDPSession, targetId: string, url: string): Promise<CdpPageHandle> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (message) => {
        pending.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as T);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const evaluate = async <T>(expression: string) => {
    const { result, exceptionDetails } = await send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.text}`);
    return result.value;
  };
  return {
    url,
    evaluate,
    send,
    async waitFor(expression, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await evaluate<boolean>(`Boolean(${expression})`))) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path, Buffer.from(data, 'base64'));
    },
  };
}
