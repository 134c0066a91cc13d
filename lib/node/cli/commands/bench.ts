import { CliError } from '../read-input';

type Runner = { run(argv: string[]): Promise<void> };

/** Each benchmark prints JSON of ratios measured in one run; `npm run bench` with no name runs them all. */
const BENCHMARKS: Record<string, () => Promise<Runner>> = {
  compare: () => import('../../bench/compare'),
  popup: () => import('../../bench/popup'),
  matching: () => import('../../bench/matching'),
  store: () => import('../../bench/store'),
};

export async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const names = name ? [name] : Object.keys(BENCHMARKS);
  for (const each of names) {
    const load = BENCHMARKS[each];
    if (!load) throw new CliError(`Unknown benchmark "${each}" (available: ${Object.keys(BENCHMARKS).join(', ') || 'none yet'})`);
    await (await load()).run(rest);
  }
}
