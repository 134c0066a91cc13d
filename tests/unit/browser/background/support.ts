import { vi } from 'vitest';
import type { CorpusRecord } from '../../../../lib/core/types';
import { buildBundle, bundleFiles } from '../../../../lib/core/corpus/bundle';

/** A stand-in for fetch serving the bundle of `records` as the extension does: corpus.json (the index) and corpus.texts.json. */
export function bundleServer(records: CorpusRecord[]) {
  const files = bundleFiles(buildBundle(records));
  return vi.fn(async (url: string | URL) => new Response(String(url).endsWith('.texts.json') ? files.texts : files.index));
}
