import { NOT_ENGLISH_NOTE } from '../../../core/engine';
import { DEFAULT_TOP } from '../../../core/types';
import { compareWithCorpus } from '../compare-with-corpus';
import { readsAsEnglish } from '../../../core/text/language';
import { oneFile, parseCliArgs, positiveInteger } from '../args';
import { printJson } from '../print';
import { corpusOf, reportLineError } from '../../corpus-files';
import { readArticleToCompare } from '../read-input';
import { CORPUS_OPTIONS } from './match';

export async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseCliArgs(argv, CORPUS_OPTIONS);
  const top = positiveInteger(values.top, 'top') ?? DEFAULT_TOP;
  const article = await readArticleToCompare(oneFile(positionals, 'compare'));
  const corpus = await corpusOf(values.corpus ?? [], reportLineError);
  if (!readsAsEnglish(article.text, article.lang)) console.error(`crosscheck: ${NOT_ENGLISH_NOTE}`);
  printJson(await compareWithCorpus(article, corpus, top));
}
