import { oneFile, parseArgs, printJson } from '../args';
import { readArticleFile } from '../read-input';

export async function run(argv: string[]): Promise<void> {
  printJson(await readArticleFile(oneFile(parseArgs(argv, []), 'extract')));
}
