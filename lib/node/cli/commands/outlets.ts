import { allOutlets, outletsInCountry } from '../../../core/outlets/catalogue';
import { optionsOnly } from '../args';
import { printJsonLine } from '../print';
import { CliError } from '../read-input';

export async function run(argv: string[]): Promise<void> {
  const { country } = optionsOnly(argv, { country: { type: 'string' } }, 'outlets');
  if (country !== undefined && !/^[a-z]{3}$/i.test(country)) throw new CliError('--country needs an ISO 3166 alpha-3 code, such as GBR');
  for (const outlet of country === undefined ? allOutlets() : outletsInCountry(country)) printJsonLine(outlet);
}
