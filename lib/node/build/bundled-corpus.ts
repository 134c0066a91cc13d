import { corpusBundle, reportLineError } from '../corpus-files';

/**
 * The extension's corpus asset, built when the extension is built: the seed articles plus any
 * corpus files named in CROSSCHECK_CORPUS (comma-separated paths).
 */
export async function bundledCorpusAsset(extraFiles: string | undefined) {
  const paths = (extraFiles ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const bundle = await corpusBundle(paths, reportLineError);
  return { relativeDest: 'corpus.json', contents: JSON.stringify(bundle) };
}
