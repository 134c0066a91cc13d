import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle, type Extraction } from '../lib/core/extract/html';
import { onValidMessage } from '../lib/browser/messaging/receive';
import { highlightRequestSchema } from '../lib/browser/messaging/schemas';
import { clearHighlight, highlightSentence } from '../lib/browser/page/highlight';

/** Set on the content script's isolated world so repeated injections listen only once. */
const LISTENING = Symbol.for('crosscheck.listening');

// Injected on demand (activeTab + scripting); its return value is what executeScript resolves to.
export default defineContentScript({
  registration: 'runtime',
  main(): Extraction {
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
    // extractArticle never throws into the page: a failure comes back as an empty article and a note.
    return extractArticle(document, { id: location.href, url: location.href });
  },
});
