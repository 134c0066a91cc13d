import { describe, expect, it } from 'vitest';
import { runNamed } from '../../../../lib/node/cli/named-runs';

describe('runNamed', () => {
  const calls: string[] = [];
  const runners = {
    first: async () => ({ run: async (argv: string[]) => void calls.push(`first ${argv.join(' ')}`) }),
    second: async () => ({ run: async (argv: string[]) => void calls.push(`second ${argv.join(' ')}`) }),
  };

  it('runs the named runner with the remaining arguments, or all of them in order', async () => {
    calls.length = 0;
    await runNamed('benchmark', runners, ['second', '--sizes', '10']);
    await runNamed('benchmark', runners, []);
    expect(calls).toEqual(['second --sizes 10', 'first ', 'second ']);
  });

  it('names the runners there are when the name is wrong', async () => {
    await expect(runNamed('benchmark', runners, ['third'])).rejects.toThrow('Unknown benchmark "third" (available: first, second)');
  });
});
