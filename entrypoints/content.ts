import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '../lib/extract/html';
import { onValidMessage } from '../lib/messaging/receive';
import { highlightRequestSchema } from '../lib/messaging/schemas';
import { clearHighlight, highlightSentence } from '../lib/page/highlight';
import type { Article } from '../lib/types';

/** Set on the content script's isolated world so repeated injections listen only once. */
const LISTENING = Symbol.for('crosscheck.listening');

// Injected on demand (activeTab + scripting); its return value is what executeScript resolves to.
export default defineContentScript({
  registration: 'runtime',
  main(): Article | null {
    const world = globalThis as { [LISTENING]?: boolean };
    if (!world[LISTENING]) {
      world[LISTENING] = true;
      onValidMessage('highlightInPage', highlightRequestSchema, browser.runtime.getURL('/'), ({ sentence }) => {
        if (sentence === null) {
          clearHighlight(document);
          return true;
        }
        return highlightSentence(document, sentence);
      });
    }
    try {
      return extractFromDocument(document, { id: location.href, url: location.href });
    } catch (error) {
      console.warn('Crosscheck could not extract this page:', error);
      return null;
    }
  },
});
