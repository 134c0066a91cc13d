import { render } from 'preact';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import '../../components/styles.css';
import './onboarding.css';

render(<OnboardingApp />, document.getElementById('app')!);
