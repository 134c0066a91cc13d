import { runNamed } from '../named-runs';

/** Each evaluation prints its own figures; `npm run eval` with no name runs them all. */
const EVALUATIONS = {
  // coverage [--web FILE.jsonl] [--stories N]: the popup's same-story recall and precision on a simulated news web, in Chromium
  coverage: () => import('../../eval/coverage'),
  details: () => import('../../eval/details'),
  extraction: () => import('../../eval/extraction'),
  matching: () => import('../../eval/matching'),
};

export const run = (argv: string[]) => runNamed('evaluation', EVALUATIONS, argv);
