import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ComparisonView } from '../../components/ComparisonView';
import '../../components/styles.css';
import './popup.css';

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void activeTabId().then((tabId) =>
  render(
    <>
      <header class="app-header">
        <h1>Crosscheck</h1>
      </header>
      <main class="app-main">
        <ComparisonView tabId={tabId} layout="popup" />
      </main>
    </>,
    document.getElementById('app')!,
  ),
);
