import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ComparisonView } from '../../components/ComparisonView';
import { ShortcutNote } from '../../components/ShortcutNote';
import { LoadingState } from '../../components/states';
import '../../components/styles.css';
import './popup.css';

const app = document.getElementById('app')!;

function openComparison(tabId: number) {
  void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?tabId=${tabId}`) });
  window.close();
}

render(<LoadingState />, app);
render(<ShortcutNote />, document.getElementById('footer')!);
void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  const tabId = tab?.id ?? null;
  render(<ComparisonView tabId={tabId} layout="popup" onOpenComparison={() => tabId !== null && openComparison(tabId)} />, app);
});
