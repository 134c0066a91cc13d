import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ComparisonView } from '../../components/ComparisonView';
import '../../components/styles.css';
import './popup.css';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function openComparison(tabId: number | null) {
  if (tabId === null) return;
  void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?tabId=${tabId}`) });
  window.close();
}

void activeTabId().then((tabId) =>
  render(
    <>
      <header class="app-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>Crosscheck</h1>
      </header>
      <main class="app-main">
        <ComparisonView tabId={tabId} layout="popup" onOpenComparison={() => openComparison(tabId)} />
      </main>
    </>,
    document.getElementById('app')!,
  ),
);
