import { DEFAULT_TOP } from '../../../core/types';
import { articleOf } from '../../../core/corpus/record';
import { Matcher } from '../../../core/match/matcher';
import { oneFile, parseCliArgs, positiveInteger } from '../args';
import { printJson, printJsonLine } from '../print';
import { corpusBundle, readCorpusFiles, reportLineError } from '../../corpus-files';
import { CliError, readArticleToCompare } from '../read-input';

/** The options of match and compare: corpus files besides the seeds (`--corpus a b` or repeated), and how many articles to list. */
export const CORPUS_OPTIONS = { corpus: { type: 'string', list: true }, top: { type: 'string' } } as const;

export async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseCliArgs(argv, { ...CORPUS_OPTIONS, all: { type: 'boolean' } });
  const top = positiveInteger(values.top, 'top') ?? DEFAULT_TOP;
  const corpusPaths = values.corpus ?? [];
  const matcher = new Matcher((await corpusBundle(corpusPaths, reportLineError)).index);
  if (!values.all) {
    const article = await readArticleToCompare(oneFile(positionals, 'match'));
    printJson({ article, related: matcher.match(article, { top }) });
    return;
  }
  // --all: every article of the --corpus files against all the others (and the seeds).
  if (corpusPaths.length === 0) throw new CliError('match --all needs --corpus FILE...');
  const { records } = await readCorpusFiles(corpusPaths);
  for (const record of records) {
    const article = articleOf(record);
    const related = matcher.match(article, { top }).map(({ id, score, relation }) => ({ id, score, relation }));
    printJsonLine({ id: record.id, related });
  }
}
