import { render } from 'preact';
import { ComparisonView } from '../../components/ComparisonView';
import '../../components/styles.css';
import './compare.css';

const param = new URLSearchParams(location.search).get('tabId');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : null;

render(<ComparisonView tabId={tabId} layout="page" />, document.getElementById('app')!);
