import { render } from 'preact';
import { ComparisonView } from '../../components/ComparisonView';
import '../../components/styles.css';
import './compare.css';

const param = new URLSearchParams(location.search).get('tabId');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;

render(
  <>
    <header class="app-header">
      <img src="/icon/32.png" alt="" width={20} height={20} />
      <h1>Crosscheck: compare coverage</h1>
    </header>
    <main class="app-main">
      <ComparisonView tabId={tabId} layout="page" />
    </main>
  </>,
  document.getElementById('app')!,
);
