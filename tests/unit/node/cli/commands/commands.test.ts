import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundleRecords, readBundleIndex } from '../../../../../lib/core/corpus/bundle';
import { DEFAULT_TOP } from '../../../../../lib/core/types';
import { run as buildCorpus } from '../../../../../lib/node/cli/commands/corpus';
import { run as match } from '../../../../../lib/node/cli/commands/match';
import { run as outlets } from '../../../../../lib/node/cli/commands/outlets';
import { CliError } from '../../../../../lib/node/cli/read-input';

const SEEDS = 'lib/core/corpus/seeds';
const SEED = `${SEEDS}/000_0611a9d22c9f4f7c.txt`;

/** What a command writes on stdout, in process (cli.test.ts runs the CLI as a user does). */
async function stdoutOf(work: () => Promise<void>): Promise<string> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  try {
    await work();
  } finally {
    write.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('the CLI commands, run in process', { timeout: 30_000 }, () => {
  it('outlets --country filters the catalogue, and a stray word is refused', async () => {
    const lines = (await stdoutOf(() => outlets(['--country', 'gbr']))).trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).country).toBe('GBR');
    await expect(outlets(['gbr'])).rejects.toThrow(CliError);
  });

  it('match lists at most --top articles, DEFAULT_TOP by default, and refuses a bad --top before reading anything', async () => {
    const related = async (...args: string[]) => (JSON.parse(await stdoutOf(() => match([SEED, ...args]))) as { related: unknown[] }).related;
    expect(await related('--top', '1')).toHaveLength(1);
    expect((await related()).length).toBeLessThanOrEqual(DEFAULT_TOP);
    await expect(match(['no/such/file.txt', '--top', '0'])).rejects.toThrow(new CliError('--top needs a whole number of at least 1'));
  });

  it('match --all takes the values after --corpus as corpus files, one JSON line each', async () => {
    const corpus = [`${SEEDS}/001_a3a14fe7bb12f349.txt`, `${SEEDS}/002_0bb4eac14f98afa7.txt`];
    const lines = (await stdoutOf(() => match(['--all', '--corpus', ...corpus, '--top', '2']))).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(['001_a3a14fe7bb12f349', '002_0bb4eac14f98afa7']);
  });

  it('corpus build writes a bundle of its inputs to --out: the index there, the texts beside it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-build-'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const out = join(dir, 'bundle.json');
      await buildCorpus(['build', SEED, '--out', out]);
      expect(readBundleIndex(JSON.parse(await readFile(out, 'utf8'))).ids()).toEqual(['000_0611a9d22c9f4f7c']);
      expect(bundleRecords(JSON.parse(await readFile(join(dir, 'bundle.texts.json'), 'utf8'))).map((r) => r.id)).toEqual(['000_0611a9d22c9f4f7c']);
      await expect(buildCorpus(['build', '--out', out])).rejects.toThrow(/needs at least one input file/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
