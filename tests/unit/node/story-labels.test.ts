import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusFiles } from '../../../lib/node/corpus-files';
import { readStoryLabels, storyLabels, storyMembers } from '../../../lib/node/story-labels';

const line = (id: string, story?: unknown) => JSON.stringify({ id, title: `Title ${id}`, text: `The text of ${id}.`, source: 'Outlet', url: null, publishedAt: '2022-03-15', ...(story === undefined ? {} : { story }) });
const JSONL = [line('b1', 'budget'), line('w1', 'war'), '', 'not json', line('b2', 'budget'), line('n1'), line('n2', 7)].join('\n');

describe('story labels', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'crosscheck-labels-'));
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('reads each article’s story by id, in file order, skipping lines without a string story', () => {
    expect([...storyLabels(JSONL)]).toEqual([
      ['b1', 'budget'],
      ['w1', 'war'],
      ['b2', 'budget'],
    ]);
  });

  it('groups the ids of each story, in order', () => {
    expect([...storyMembers(storyLabels(JSONL))]).toEqual([
      ['budget', ['b1', 'b2']],
      ['war', ['w1']],
    ]);
  });

  it('reads a file, gzipped or not, as the corpus reader does', async () => {
    const plain = join(dir, 'labelled.jsonl');
    const gzipped = join(dir, 'labelled.jsonl.gz');
    await writeFile(plain, JSONL);
    await writeFile(gzipped, gzipSync(JSONL));
    expect((await readStoryLabels(plain)).get('b2')).toBe('budget');
    expect(await readStoryLabels(gzipped)).toEqual(await readStoryLabels(plain));
  });

  it('stays out of the records the product reads', async () => {
    const file = join(dir, 'records.jsonl');
    await writeFile(file, JSONL);
    const { records } = await readCorpusFiles([file]);
    expect(records.map((r) => r.id)).toEqual(['b1', 'w1', 'b2', 'n1', 'n2']);
    for (const record of records) expect(record).not.toHaveProperty('story');
  });
});
