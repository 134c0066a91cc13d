import { bundleFiles, textsPathOf } from '../../core/corpus/bundle';
import { corpusBundle, reportLineError } from '../corpus-files';

/** Where the extension finds its bundled corpus: the index it loads at start, and the texts it reads when comparing. */
export const BUNDLED_INDEX = 'corpus.json';
export const BUNDLED_TEXTS = textsPathOf(BUNDLED_INDEX);

/**
 * The extension's corpus assets, built when the extension is built: the seed articles plus any
 * corpus files named in CROSSCHECK_CORPUS (comma-separated paths), as an index and its texts.
 */
export async function bundledCorpusAssets(extraFiles: string | undefined) {
  const paths = (extraFiles ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const files = bundleFiles(await corpusBundle(paths, reportLineError));
  return [
    { relativeDest: BUNDLED_INDEX, contents: files.index },
    { relativeDest: BUNDLED_TEXTS, contents: files.texts },
  ];
}
