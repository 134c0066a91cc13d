import { CliError } from './read-input';

const USAGE = `Usage: npm run cli -- <command> [options]

  extract FILE                               the article in FILE (HTML, .html.gz or text), as JSON
  match FILE [--corpus FILE...] [--top N]    corpus articles on the same story, with scores and reasons
  match --all --corpus FILE...               one JSON line per article of FILE, matched against the rest
  compare FILE [--corpus FILE...] [--top N]  the same-story coverage and the details that differ
  corpus build IN... --out FILE              a corpus bundle: FILE (features) and its .texts.json
  outlets [--country ISO3]                   the outlets Crosscheck can follow, one JSON line each
  eval [NAME]                                quality figures (npm run eval -- NAME)
  bench [NAME]                               speed figures (npm run bench -- NAME)
  demo                                       open Chromium with the extension on a seed article

Corpus files are JSONL (the shared corpora format), JSON, bundles, HTML or text; the bundled seed
articles are always part of the corpus.`;

type Command = { run(argv: string[]): Promise<void> };

const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: () => import('./commands/extract'),
  match: () => import('./commands/match'),
  compare: () => import('./commands/compare'),
  corpus: () => import('./commands/corpus'),
  outlets: () => import('./commands/outlets'),
  eval: () => import('./commands/eval'),
  bench: () => import('./commands/bench'),
  demo: () => import('./commands/demo'),
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help') {
    console.log(USAGE);
    return;
  }
  const load = COMMANDS[name];
  if (!load) throw new CliError(`Unknown command "${name}" (see: npm run cli -- help)`);
  await (await load()).run(rest);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`crosscheck: ${message}`);
  process.exit(1);
});
