import { browser } from 'wxt/browser';
import { extractFromDocument } from '../../lib/core/extract/html';
import { onValidMessage } from '../../lib/browser/messaging/receive';
import { extractHtmlRequestSchema } from '../../lib/browser/messaging/schemas';

// Chrome's service worker has no DOM; this hidden document extracts fetched feed articles for it.
onValidMessage('extractHtml', extractHtmlRequestSchema, browser.runtime.getURL('/'), ({ html, url }) =>
  extractFromDocument(new DOMParser().parseFromString(html, 'text/html'), { id: url, url }),
);
