import { oneFile, parseCliArgs } from '../args';
import { printJson } from '../print';
import { readArticleFile } from '../read-input';

export async function run(argv: string[]): Promise<void> {
  printJson(await readArticleFile(oneFile(parseCliArgs(argv, {}).positionals, 'extract')));
}
