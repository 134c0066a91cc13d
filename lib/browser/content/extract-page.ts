import { browser } from 'wxt/browser';
import { extractFromDocument } from '../../core/extract/html';
import { sendMessage } from '../messaging/protocol';
import type { Article } from '../../core/types';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/**
 * The article of a fetched page, extracted with the same code as the content script. Extraction
 * needs a DOM: Firefox's background page has one; Chrome's service worker does not, so there the
 * page goes to an offscreen document.
 */
export async function extractPage(html: string, url: string): Promise<Article> {
  if (typeof DOMParser !== 'undefined') return extractFromDocument(new DOMParser().parseFromString(html, 'text/html'), { id: url, url });
  await ensureOffscreenDocument();
  return sendWhenListening(html, url);
}

const LISTENER_WAIT_MS = [50, 100, 200, 400, 800, 1_600];

/** A just-created offscreen document may not have run its script yet: retry until it listens. */
async function sendWhenListening(html: string, url: string): Promise<Article> {
  for (const wait of LISTENER_WAIT_MS) {
    try {
      return await sendMessage('extractHtml', { html, url });
    } catch (error) {
      if (!/receiving end does not exist|could not establish connection|no response/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return sendMessage('extractHtml', { html, url });
}

async function ensureOffscreenDocument(): Promise<void> {
  if (!('offscreen' in browser)) throw new Error('This browser has neither a DOM in the background nor offscreen documents.');
  if (await browser.offscreen.hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Extract the article text of pages from feeds the reader follows.' })
    .catch((error: unknown) => {
      // Another caller created it meanwhile: that is fine.
      if (!/single offscreen/i.test(String(error))) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
