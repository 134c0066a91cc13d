import { compareWithCorpus, DEFAULT_TOP } from '../../engine';
import { Matcher } from '../../match/matcher';
import { oneFile, parseArgs, positiveInteger, printJson } from '../args';
import { corpusBundle, reportLineError } from '../corpus-files';
import { readArticleToCompare } from '../read-input';
import { corpusPaths } from './match';

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['corpus', 'top']);
  const article = await readArticleToCompare(oneFile(args, 'compare'));
  const matcher = new Matcher(await corpusBundle(corpusPaths(args), reportLineError));
  printJson(compareWithCorpus(article, matcher, positiveInteger(args, 'top', DEFAULT_TOP)));
}
