import { CliError } from './read-input';

export interface CliArgs {
  positional: string[];
  /** Options by name (without `--`): the values that follow each, `[]` for a flag. */
  options: Map<string, string[]>;
}

/** `a b --corpus x y --top 5 --all` → positional [a, b], options {corpus: [x, y], top: [5], all: []}. */
export function parseArgs(args: string[], known: readonly string[]): CliArgs {
  const parsed: CliArgs = { positional: [], options: new Map() };
  let current: string[] | null = null;
  for (const arg of args) {
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (!known.includes(name)) throw new CliError(`Unknown option ${arg}`);
      current = parsed.options.get(name) ?? [];
      parsed.options.set(name, current);
    } else if (current) {
      current.push(arg);
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}

/** Values after `--name` go to that option until the next option; single-valued options take one. */
export function singleValue(args: CliArgs, name: string): string | undefined {
  const values = args.options.get(name);
  if (!values) return undefined;
  if (values.length !== 1) throw new CliError(`--${name} takes one value`);
  return values[0];
}

export function positiveInteger(args: CliArgs, name: string, fallback: number): number {
  const value = singleValue(args, name);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CliError(`--${name} needs a whole number of at least 1`);
  return number;
}

export function oneFile(args: CliArgs, command: string): string {
  if (args.positional.length !== 1) throw new CliError(`${command} takes one FILE (see: npm run cli -- help)`);
  return args.positional[0];
}

export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
export const printJsonLine = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
