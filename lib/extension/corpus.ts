import { asCorpusBundle } from '../corpus/bundle';
import { Matcher } from '../match/matcher';
import type { CorpusRecord } from '../types';

export interface BundledCorpus {
  matcher: Matcher;
  /** The bundled articles as records, to give the reader's own corpus the same term statistics. */
  records: CorpusRecord[];
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
      const records = bundle.articles.map(({ id, source, url, title, publishedAt, text }) => ({ id, source, url, title, publishedAt, text }));
      return { matcher: new Matcher(bundle), records };
    })
    .catch((error: unknown) => {
      loading = null; // let the next request try again
      throw error;
    });
  return loading;
}
