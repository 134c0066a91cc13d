import { parseArgs } from 'node:util';
import { CliError } from './read-input';

/** An option a command accepts: a flag (`boolean`) or an option with a value (`string`). */
export interface OptionSpec {
  type: 'boolean' | 'string';
  /** Takes every value up to the next option, and may be repeated: `--corpus a b --corpus c`. */
  list?: true;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** The options given: `true` for a flag, the value, or every value of a list option. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? true : O[K]['list'] extends true ? string[] : string;
};

export interface CliArgs<O extends OptionSpecs> {
  positionals: string[];
  values: OptionValues<O>;
}

/**
 * `a --corpus x y --top 5 --all` → positionals [a], values {corpus: [x, y], top: '5', all: true}.
 * node:util parseArgs splits the words into tokens; the checks are made here, so that a list option
 * can take several values after it and every mistake is one CliError line naming the option (in
 * strict mode, parseArgs's own messages can run over several lines).
 */
export function parseCliArgs<O extends OptionSpecs>(args: string[], options: O): CliArgs<O> {
  const types = Object.fromEntries(Object.entries(options).map(([name, { type }]) => [name, { type }]));
  const { tokens } = parseArgs({ args, options: types, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const values: Record<string, true | string | string[]> = {};
  // The list option whose values are being read, until the next option or `--`.
  let list: string[] | null = null;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      (list ?? positionals).push(token.value);
      continue;
    }
    list = null;
    if (token.kind === 'option-terminator') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) throw new CliError(`Unknown option ${token.rawName} (see: npm run cli -- help)`);
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new CliError(`${token.rawName} takes no value`);
      values[token.name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is another option.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--'))) throw new CliError(`${token.rawName} needs a value`);
    if (spec.list) {
      list = (values[token.name] as string[] | undefined) ?? [];
      list.push(token.value);
      values[token.name] = list;
    } else {
      if (token.name in values) throw new CliError(`${token.rawName} takes one value`);
      values[token.name] = token.value;
    }
  }
  return { positionals, values: values as OptionValues<O> };
}

/** The options of a command that takes no FILE or other word. */
export function optionsOnly<O extends OptionSpecs>(args: string[], options: O, command: string): OptionValues<O> {
  const { positionals, values } = parseCliArgs(args, options);
  if (positionals.length > 0) throw new CliError(`${command} takes no argument "${positionals[0]}" (see: npm run cli -- help)`);
  return values;
}

/** The option's value as a whole number of at least 1; undefined when the option was not given. */
export function positiveInteger(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new CliError(`--${name} needs a whole number of at least 1`);
  return number;
}

export function oneFile(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new CliError(`${command} takes one FILE (see: npm run cli -- help)`);
  return positionals[0];
}
