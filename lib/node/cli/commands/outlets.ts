import { allOutlets, outletsInCountry } from '../../../core/outlets/catalogue';
import { parseArgs, printJsonLine, singleValue } from '../args';
import { CliError } from '../read-input';

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv, ['country']);
  if (args.positional.length > 0) throw new CliError('outlets takes no FILE (see: npm run cli -- help)');
  const country = singleValue(args, 'country');
  if (country !== undefined && !/^[a-z]{3}$/i.test(country)) throw new CliError('--country needs an ISO 3166 alpha-3 code, such as GBR');
  for (const outlet of country === undefined ? allOutlets() : outletsInCountry(country)) printJsonLine(outlet);
}
