import { browser } from 'wxt/browser';

/** Opens the page where the reader chooses outlets to follow (from an empty result). */
export function openOnboarding(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
}
