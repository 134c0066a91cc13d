import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractFromDocument } from '../lib/extract/html';
import type { Article } from '../lib/types';

// Injected on demand (activeTab + scripting); its return value is what executeScript resolves to.
export default defineContentScript({
  registration: 'runtime',
  main(): Article | null {
    try {
      return extractFromDocument(document, { id: location.href, url: location.href });
    } catch (error) {
      console.warn('Crosscheck could not extract this page:', error);
      return null;
    }
  },
});
