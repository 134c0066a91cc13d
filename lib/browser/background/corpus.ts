import { asCorpusBundle } from '../../core/corpus/bundle';
import { corpusRecordOf } from '../../core/corpus/record';
import { Matcher } from '../../core/match/matcher';
import type { CorpusRecord } from '../../core/types';

export interface BundledCorpus {
  matcher: Matcher;
  /** The bundled articles as records, to give the reader's own corpus the same term statistics. */
  records: CorpusRecord[];
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

function outletKey({ id, source, url }: Pick<CorpusRecord, 'id' | 'source' | 'url'>): string {
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

let loading: Promise<BundledCorpus> | null = null;

/**
 * The bundled corpus, loaded on first use and kept while the worker lives. Its features were
 * computed at build time, so a restarted worker only parses JSON; it never re-analyses articles.
 */
export function bundledCorpus(corpusUrl: string): Promise<BundledCorpus> {
  loading ??= fetch(corpusUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The bundled corpus could not be read (HTTP ${response.status}).`);
      return response.json();
    })
    .then((json) => {
      const bundle = asCorpusBundle(json);
      const records = bundle.articles.map(corpusRecordOf);
      return { matcher: new Matcher(bundle), records, outlets: outletKeys(records) };
    })
    .catch((error: unknown) => {
      loading = null; // let the next request try again
      throw error;
    });
  return loading;
}
