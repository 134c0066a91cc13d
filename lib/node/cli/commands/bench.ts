import { runNamed } from '../named-runs';

/** Each benchmark prints JSON of ratios measured in one run; `npm run bench` with no name runs them all. */
const BENCHMARKS = {
  compare: () => import('../../bench/compare'),
  popup: () => import('../../bench/popup'),
  matching: () => import('../../bench/matching'),
  store: () => import('../../bench/store'),
};

export const run = (argv: string[]) => runNamed('benchmark', BENCHMARKS, argv);
