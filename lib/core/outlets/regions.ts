/** The regions a reader chooses outlets by (English-language editions in each). */
export const REGIONS = ['United States', 'United Kingdom', 'Europe', 'Middle East', 'Asia', 'Africa', 'Latin America', 'Canada', 'Oceania'] as const;
export type Region = (typeof REGIONS)[number];

/** ISO 3166 alpha-3 → region, for the countries of the catalogue. */
const REGION_OF_COUNTRY: Record<string, Region> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  ...Object.fromEntries(['BEL', 'CZE', 'DEU', 'ESP', 'FRA', 'IRL', 'LVA', 'RUS', 'SRB', 'UKR'].map((c) => [c, 'Europe' as const])),
  ...Object.fromEntries(['IRN', 'ISR', 'QAT', 'SAU', 'TUR'].map((c) => [c, 'Middle East' as const])),
  ...Object.fromEntries(['BGD', 'CHN', 'HKG', 'IND', 'JPN', 'KOR', 'PAK', 'PHL', 'SGP', 'THA', 'TWN'].map((c) => [c, 'Asia' as const])),
  ...Object.fromEntries(['COG', 'EGY', 'GHA', 'KEN', 'NGA', 'TZA', 'ZAF'].map((c) => [c, 'Africa' as const])),
  ...Object.fromEntries(['ARG', 'BRA', 'COL', 'CRI', 'MEX', 'URY'].map((c) => [c, 'Latin America' as const])),
  CAN: 'Canada',
  ...Object.fromEntries(['AUS', 'NZL'].map((c) => [c, 'Oceania' as const])),
};

export function regionOf(country: string): Region | undefined {
  return REGION_OF_COUNTRY[country];
}
