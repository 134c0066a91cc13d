import { CliError } from './read-input';

export type Runner = { run(argv: string[]): Promise<void> };

/**
 * Runs the named runner with the rest of the arguments, or every runner in turn when no name is
 * given (`npm run eval`, `npm run bench`); `what` names one of them in the message for a wrong name.
 */
export async function runNamed(what: string, runners: Record<string, () => Promise<Runner>>, argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const names = name ? [name] : Object.keys(runners);
  for (const each of names) {
    const load = runners[each];
    if (!load) throw new CliError(`Unknown ${what} "${each}" (available: ${Object.keys(runners).join(', ')})`);
    await (await load()).run(rest);
  }
}
