import { asCorpusBundle } from '../corpus/bundle';
import { Matcher } from '../match/matcher';

let loading: Promise<Matcher> | null = null;

/**
 * The bundled corpus, loaded on first use and kept while the worker lives. Its features were
 * computed at build time, so a restarted worker only parses JSON; it never re-analyses articles.
 */
export function bundledMatcher(corpusUrl: string): Promise<Matcher> {
  loading ??= fetch(corpusUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The bundled corpus could not be read (HTTP ${response.status}).`);
      return response.json();
    })
    .then((json) => new Matcher(asCorpusBundle(json)))
    .catch((error: unknown) => {
      loading = null; // let the next request try again
      throw error;
    });
  return loading;
}
