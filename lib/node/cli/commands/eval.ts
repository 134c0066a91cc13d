import { CliError } from '../read-input';

type Runner = { run(argv: string[]): Promise<void> };

/** Each evaluation prints its own figures; `npm run eval` with no name runs them all. */
const EVALUATIONS: Record<string, () => Promise<Runner>> = {
  // coverage [--web FILE.jsonl] [--stories N]: the popup's same-story recall and precision on a simulated news web, in Chromium
  coverage: () => import('../../eval/coverage'),
  details: () => import('../../eval/details'),
  extraction: () => import('../../eval/extraction'),
  matching: () => import('../../eval/matching'),
};

export async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const names = name ? [name] : Object.keys(EVALUATIONS);
  for (const each of names) {
    const load = EVALUATIONS[each];
    if (!load) throw new CliError(`Unknown evaluation "${each}" (available: ${Object.keys(EVALUATIONS).join(', ') || 'none yet'})`);
    await (await load()).run(rest);
  }
}
