import { bundleRecords, readBundleIndex, textsPathOf } from '../../core/corpus/bundle';
import type { RecordLookup } from '../../core/engine';
import type { ArticleIndex } from '../../core/match/article-index';
import type { CorpusRecord } from '../../core/types';

export interface BundledCorpus {
  /** The bundled articles' index; the reader's stored articles are added to this same index (see readerCorpus). */
  index: ArticleIndex;
  /** The ids of the bundled articles. */
  ids: ReadonlySet<string>;
  /** The bundled articles' texts, fetched on first use. */
  records: RecordLookup;
  /** The outlets its articles come from (see `outletKeys`). */
  outlets: ReadonlySet<string>;
}

/**
 * What tells the outlets of these articles apart: the source's name, else the site's host. An article
 * naming neither counts as an outlet of its own, as the popup names it apart from the others.
 */
export function outletKeys(records: Pick<CorpusRecord, 'id' | 'source' | 'url'>[]): Set<string> {
  return new Set(records.map(outletKey));
}

export function outletKey({ id, source, url }: Pick<CorpusRecord, 'id' | 'source' | 'url'>): string {
  const name = source?.trim().toLowerCase();
  if (name) return `source:${name}`;
  const host = url ? hostOf(url) : null;
  return host ? `site:${host}` : `article:${id}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} could not be read (HTTP ${response.status}).`);
  return response.json();
}

/** A promise kept while it is pending or fulfilled; a failed one is dropped so that the next request tries again. */
function retried<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= start().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

const loaders = new Map<string, () => Promise<BundledCorpus>>();

/**
 * The bundled corpus, loaded on first use and kept while the worker lives. A restarted worker
 * reads only its index (features computed at build time, never re-analysed); the texts file beside
 * it is read when a comparison first needs a bundled article's text.
 */
export function bundledCorpus(indexUrl: string): Promise<BundledCorpus> {
  let load = loaders.get(indexUrl);
  if (!load) loaders.set(indexUrl, (load = retried(() => loadBundledCorpus(indexUrl))));
  return load();
}

async function loadBundledCorpus(indexUrl: string): Promise<BundledCorpus> {
  const index = readBundleIndex(await fetchJson(indexUrl, 'The bundled corpus'));
  const texts = retried(async () => new Map(bundleRecords(await fetchJson(textsPathOf(indexUrl), 'The texts of the bundled corpus')).map((record) => [record.id, record])));
  const ids = new Set(index.ids());
  const records: RecordLookup = async (wanted) => {
    const held = wanted.filter((id) => ids.has(id));
    if (held.length === 0) return [];
    const byId = await texts();
    return held.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  };
  return { index, ids, records, outlets: outletKeys([...ids].map((id) => index.record(index.slot(id)!))) };
}
