import { describe, expect, it } from 'vitest';
import { asCorpusBundle } from '../../../../lib/core/corpus/bundle';
import { bundledCorpusAsset } from '../../../../lib/node/build/bundled-corpus';
import { seedRecords } from '../../../../lib/node/corpus-files';

describe('the extension’s corpus asset', () => {
  it('is corpus.json, a bundle of the seed articles when no corpus file is named', async () => {
    const asset = await bundledCorpusAsset(' , ');
    expect(asset.relativeDest).toBe('corpus.json');
    const bundle = asCorpusBundle(JSON.parse(asset.contents));
    expect(bundle.articles.map((a) => a.id)).toEqual((await seedRecords()).map((r) => r.id));
  });
});
