/** English names of the catalogue’s countries (ISO 3166 alpha-3), as outlet labels show them. */
const COUNTRY_NAMES: Record<string, string> = {
  ARG: 'Argentina', AUS: 'Australia', BEL: 'Belgium', BGD: 'Bangladesh', BRA: 'Brazil', CAN: 'Canada', CHN: 'China', COG: 'Congo',
  COL: 'Colombia', CRI: 'Costa Rica', CZE: 'Czechia', DEU: 'Germany', EGY: 'Egypt', ESP: 'Spain', FRA: 'France', GBR: 'UK', GHA: 'Ghana',
  HKG: 'Hong Kong', IND: 'India', IRL: 'Ireland', IRN: 'Iran', ISR: 'Israel', JPN: 'Japan', KEN: 'Kenya', KOR: 'South Korea', LVA: 'Latvia',
  MEX: 'Mexico', NGA: 'Nigeria', NZL: 'New Zealand', PAK: 'Pakistan', PHL: 'Philippines', QAT: 'Qatar', RUS: 'Russia', SAU: 'Saudi Arabia',
  SGP: 'Singapore', SRB: 'Serbia', THA: 'Thailand', TUR: 'Turkey', TWN: 'Taiwan', TZA: 'Tanzania', UKR: 'Ukraine', URY: 'Uruguay', USA: 'US',
  ZAF: 'South Africa',
};

/** The country's name, or its code for a country the list does not know. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}
