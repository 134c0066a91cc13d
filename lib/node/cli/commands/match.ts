import { matchArticle, DEFAULT_TOP } from '../../../core/engine';
import { Matcher } from '../../../core/match/matcher';
import { oneFile, parseArgs, positiveInteger, printJson, printJsonLine, type CliArgs } from '../args';
import { corpusBundle, readCorpusFiles, reportLineError } from '../../corpus-files';
import { CliError, readArticleToCompare } from '../read-input';

const MATCH_OPTIONS = ['corpus', 'top', 'all'] as const;

export function corpusPaths(args: CliArgs): string[] {
  const paths = args.options.get('corpus') ?? [];
  if (args.options.has('corpus') && paths.length === 0) throw new CliError('--corpus needs at least one file');
  return paths;
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv, MATCH_OPTIONS);
  const top = positiveInteger(args, 'top', DEFAULT_TOP);
  const matcher = new Matcher(await corpusBundle(corpusPaths(args), reportLineError));
  if (!args.options.has('all')) {
    printJson(matchArticle(await readArticleToCompare(oneFile(args, 'match')), matcher, top));
    return;
  }
  // --all: every article of the --corpus files against all the others (and the seeds).
  if (!args.options.has('corpus')) throw new CliError('match --all needs --corpus FILE...');
  const { records } = await readCorpusFiles(corpusPaths(args));
  for (const record of records) {
    const article = { ...record, byline: null, lang: null, excerpt: null, readerable: true };
    const related = matcher.match(article, { top }).map(({ id, score, relation }) => ({ id, score, relation }));
    printJsonLine({ id: record.id, related });
  }
}
