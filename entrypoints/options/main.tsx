import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/styles.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
