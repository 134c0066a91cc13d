import { describe, expect, it } from 'vitest';
import { oneFile, optionsOnly, parseCliArgs, positiveInteger } from '../../../../lib/node/cli/args';
import { CliError } from '../../../../lib/node/cli/read-input';

const MATCH = { corpus: { type: 'string', list: true }, top: { type: 'string' }, all: { type: 'boolean' } } as const;

describe('parseCliArgs', () => {
  it('reads words, flags and values, with --name=value too', () => {
    expect(parseCliArgs(['a.html', '--top', '5', '--all'], MATCH)).toEqual({ positionals: ['a.html'], values: { top: '5', all: true } });
    expect(parseCliArgs(['--top=7', 'a.html'], MATCH)).toEqual({ positionals: ['a.html'], values: { top: '7' } });
  });

  it('gives a list option every value up to the next option, and its repeats', () => {
    const { positionals, values } = parseCliArgs(['a.html', '--corpus', 'x', 'y', '--top', '3', '--corpus', 'z'], MATCH);
    expect(positionals).toEqual(['a.html']);
    expect(values.corpus).toEqual(['x', 'y', 'z']);
  });

  it('ends a list at `--`: what follows is positional', () => {
    expect(parseCliArgs(['--corpus', 'x', '--', '--odd-name.html'], MATCH)).toEqual({ positionals: ['--odd-name.html'], values: { corpus: ['x'] } });
  });

  it('refuses unknown options, long or short, naming them', () => {
    expect(() => parseCliArgs(['--colour'], MATCH)).toThrow(new CliError('Unknown option --colour (see: npm run cli -- help)'));
    expect(() => parseCliArgs(['-x'], MATCH)).toThrow(/^Unknown option -x /);
    // Not an own property of the options, though every object has one by that name.
    expect(() => parseCliArgs(['--constructor'], MATCH)).toThrow(/^Unknown option --constructor /);
  });

  it('refuses a missing value, a value for a flag and a repeated single value', () => {
    expect(() => parseCliArgs(['--top'], MATCH)).toThrow(new CliError('--top needs a value'));
    expect(() => parseCliArgs(['--corpus', '--top', '3'], MATCH)).toThrow(new CliError('--corpus needs a value'));
    expect(() => parseCliArgs(['--all=yes'], MATCH)).toThrow(new CliError('--all takes no value'));
    expect(() => parseCliArgs(['--top', '2', '--top', '3'], MATCH)).toThrow(new CliError('--top takes one value'));
  });

  it('throws CliError, which the CLI prints as one line', () => {
    expect(() => parseCliArgs(['--colour'], MATCH)).toThrow(CliError);
  });
});

describe('the value helpers', () => {
  it('positiveInteger: a whole number of at least 1, or undefined when not given', () => {
    expect(positiveInteger('20', 'top')).toBe(20);
    expect(positiveInteger(undefined, 'top')).toBeUndefined();
    for (const bad of ['x', '0', '-1', '2.5', '']) expect(() => positiveInteger(bad, 'top')).toThrow(new CliError('--top needs a whole number of at least 1'));
  });

  it('oneFile: exactly one word', () => {
    expect(oneFile(['a.html'], 'extract')).toBe('a.html');
    expect(() => oneFile([], 'extract')).toThrow(/^extract takes one FILE/);
    expect(() => oneFile(['a', 'b'], 'extract')).toThrow(/^extract takes one FILE/);
  });

  it('optionsOnly: the values, and no stray word', () => {
    expect(optionsOnly(['--tune'], { tune: { type: 'boolean' } }, 'eval details')).toEqual({ tune: true });
    expect(() => optionsOnly(['tune'], { tune: { type: 'boolean' } }, 'eval details')).toThrow(/^eval details takes no argument "tune"/);
  });
});
