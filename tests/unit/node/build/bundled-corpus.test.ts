import { describe, expect, it } from 'vitest';
import { bundleRecords, readBundleIndex } from '../../../../lib/core/corpus/bundle';
import { bundledCorpusAssets } from '../../../../lib/node/build/bundled-corpus';
import { seedRecords } from '../../../../lib/node/corpus-files';

describe('the extension’s corpus assets', () => {
  it('are corpus.json, the index of the seed articles when no corpus file is named, and their texts beside it', async () => {
    const [index, texts] = await bundledCorpusAssets(' , ');
    const seeds = await seedRecords();
    expect(index.relativeDest).toBe('corpus.json');
    expect(readBundleIndex(JSON.parse(index.contents)).ids()).toEqual(seeds.map((r) => r.id));
    expect(index.contents).not.toContain(seeds[0].text.slice(0, 40));
    expect(texts.relativeDest).toBe('corpus.texts.json');
    expect(bundleRecords(JSON.parse(texts.contents))).toEqual(seeds);
  });
});
