import { writeFile } from 'node:fs/promises';
import { buildBundle, bundleFiles, textsPathOf } from '../../../core/corpus/bundle';
import { parseCliArgs } from '../args';
import { readCorpusFiles, reportLineError } from '../../corpus-files';
import { CliError } from '../read-input';

/** `corpus build IN... --out FILE`: a bundle, FILE the index of precomputed features and FILE's .texts.json the texts (which --corpus and the import read). */
export async function run(argv: string[]): Promise<void> {
  const [action, ...rest] = argv;
  if (action !== 'build') throw new CliError('Usage: npm run cli -- corpus build IN... --out FILE');
  const { positionals, values } = parseCliArgs(rest, { out: { type: 'string' } });
  const out = values.out;
  if (!out) throw new CliError('corpus build needs --out FILE');
  if (positionals.length === 0) throw new CliError('corpus build needs at least one input file');
  const { records, errors } = await readCorpusFiles(positionals);
  errors.forEach(reportLineError);
  const bundle = buildBundle(records);
  const files = bundleFiles(bundle);
  await writeFile(out, files.index);
  await writeFile(textsPathOf(out), files.texts);
  console.error(`${out}: ${bundle.index.size} articles, texts in ${textsPathOf(out)}${errors.length ? `, ${errors.length} bad lines skipped` : ''}`);
}
