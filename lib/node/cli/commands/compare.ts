import { compareWithCorpus, DEFAULT_TOP, NOT_ENGLISH_NOTE } from '../../../core/engine';
import { readsAsEnglish } from '../../../core/text/language';
import { Matcher } from '../../../core/match/matcher';
import { oneFile, parseArgs, positiveInteger, printJson } from '../args';
import { corpusBundle, reportLineError } from '../../corpus-files';
import { readArticleToCompare } from '../read-input';
import { corpusPaths } from './match';

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['corpus', 'top']);
  const article = await readArticleToCompare(oneFile(args, 'compare'));
  const matcher = new Matcher(await corpusBundle(corpusPaths(args), reportLineError));
  if (!readsAsEnglish(article.text, article.lang)) console.error(`crosscheck: ${NOT_ENGLISH_NOTE}`);
  printJson(compareWithCorpus(article, matcher, positiveInteger(args, 'top', DEFAULT_TOP)));
}
