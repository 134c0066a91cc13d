import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const SEED = 'lib/core/corpus/seeds/000_0611a9d22c9f4f7c.txt';

/** Runs the CLI as a user would; resolves with its exit code and output, never rejects. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node_modules/.bin/tsx', ['lib/node/cli/main.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const expectOneLineError = (result: { code: number; stderr: string }, pattern: RegExp) => {
  expect(result.code).not.toBe(0);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
};

/** Each case starts the CLI in a new Node process (tsx + the NLP library): seconds, not milliseconds. */
describe('the CLI', { timeout: 60_000 }, () => {
  it('gives a one-line error for an unknown command, a missing file and a bad option', async () => {
    expectOneLineError(await cli('frobnicate'), /^crosscheck: Unknown command "frobnicate"/);
    expectOneLineError(await cli('extract', 'no/such/file.html'), /^crosscheck: No such file: no\/such\/file.html/);
    expectOneLineError(await cli('match', SEED, '--top', 'zero'), /--top needs a whole number/);
    expectOneLineError(await cli('match', SEED, '--colour'), /Unknown option --colour/);
    expectOneLineError(await cli('compare', SEED, '--top', 'x'), /^crosscheck: --top needs a whole number of at least 1$/m);
    expectOneLineError(await cli('match', SEED, '--corpus'), /^crosscheck: --corpus needs a value$/m);
  });

  it('gives up on a page nested a thousand levels deep with a one-line error, in extract and compare', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'crosscheck-cli-'));
    try {
      const deep = join(dir, 'deep.html');
      await writeFile(deep, `<!doctype html><html><body>${'<div>'.repeat(1_000)}word${'</div>'.repeat(1_000)}</body></html>`);
      const [extracted, compared] = await Promise.all([cli('extract', deep), cli('compare', deep)]);
      expectOneLineError(extracted, /^crosscheck: .*deep\.html: This page is too deeply nested to read as an article\.$/m);
      expectOneLineError(compared, /^crosscheck: .*deep\.html: This page is too deeply nested to read as an article\.$/m);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('extract prints the article in the documented shape', async () => {
    const { code, stdout } = await cli('extract', SEED);
    expect(code).toBe(0);
    const article = JSON.parse(stdout);
    expect(Object.keys(article)).toEqual(['id', 'title', 'byline', 'source', 'url', 'publishedAt', 'lang', 'excerpt', 'text', 'readerable']);
    expect(article.id).toBe('000_0611a9d22c9f4f7c');
    expect(article.publishedAt).toBe('2022-03-15');
  });

  it('outlets prints the catalogue one JSON object a line, filtered by --country', async () => {
    const all = await cli('outlets');
    expect(all.code).toBe(0);
    const outlets = all.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(outlets.length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(outlets[0])).toEqual(expect.arrayContaining(['id', 'name', 'country', 'language', 'sites', 'feeds', 'defaultSelected', 'sources']));
    const british = (await cli('outlets', '--country', 'gbr')).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(british.length).toBeGreaterThan(0);
    expect(british.every((o: { country: string }) => o.country === 'GBR')).toBe(true);
    expectOneLineError(await cli('outlets', '--country', 'UK'), /--country needs an ISO 3166 alpha-3 code/);
  });

  it('match lists the other seeds with scores, and never the article itself', async () => {
    const { code, stdout } = await cli('match', SEED);
    expect(code).toBe(0);
    const { related } = JSON.parse(stdout) as { related: { id: string; score: number; relation: string }[] };
    const sameStory = related.filter((r) => r.relation === 'same-story');
    expect(sameStory.map((r) => r.id).sort()).toEqual(['001_a3a14fe7bb12f349', '002_0bb4eac14f98afa7', '003_10781772dd07afe7']);
    expect(related.map((r) => r.id)).not.toContain('000_0611a9d22c9f4f7c');
    for (const r of related) expect(r.score).toBeGreaterThan(0);
  });
});
