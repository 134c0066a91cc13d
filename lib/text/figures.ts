/** A figure as written in a sentence, with its number and the unit or noun it counts. */
export interface Figure {
  text: string;
  value: number;
  unit: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };
const FIGURE =
  /(\$|€|£)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn)\b)?\s*(%|percent\b|per cent\b)?(?:\s+([a-z][a-z-]+))?/giu;

/** Figures of a sentence; years and bare day numbers of dates are left to date handling. */
export function figures(sentence: string): Figure[] {
  const out: Figure[] = [];
  for (const match of sentence.matchAll(FIGURE)) {
    const [text, currency, digits, scale, percent, noun] = match;
    const before = sentence.slice(0, match.index);
    if (/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/.test(before)) continue;
    const value = Number(digits.replace(/,/g, '')) * (scale ? SCALES[scale.toLowerCase()] : 1);
    if (!currency && !scale && !percent && /^(?:19|20)\d{2}$/.test(digits)) continue;
    const unit = currency ? currencyName(currency) : percent ? 'percent' : (noun?.toLowerCase() ?? '');
    // The noun belongs to the figure only when it is what is counted ("30 leaders", not "$5 for").
    const shown = noun && (currency || percent) ? text.slice(0, text.length - noun.length) : text;
    out.push({ text: shown.trim(), value, unit });
  }
  return out;
}

function currencyName(symbol: string): string {
  return symbol === '$' ? 'USD' : symbol === '€' ? 'EUR' : 'GBP';
}
