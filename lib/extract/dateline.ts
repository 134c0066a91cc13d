/**
 * Wire datelines open many agency and newspaper reports: "(Bloomberg) --", "KYIV, Ukraine (AP) —",
 * "WASHINGTON —". They name the wire or the place, not a fact of the story, so they are kept out of
 * the body's first sentence and returned separately.
 */
export interface Dateline {
  /** The wire agency credited in the dateline, e.g. "Bloomberg", "AP". */
  agency: string | null;
  /** The place, e.g. "WASHINGTON" or "KYIV, Ukraine". */
  place: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

const DASH = String.raw`(?:--|—|–|-)`;
const AGENCY = String.raw`\(([A-Z][A-Za-z.&' ]{0,30})\)`;
// An upper-case place ("WASHINGTON", "NEW YORK"), optionally followed by ", Region" in any case.
const PLACE = String.raw`([A-Z][A-Z.'\- ]{2,30}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?)`;

const agencyOnly = new RegExp(String.raw`^\s*${AGENCY}\s*${DASH}\s*`);
const placeThenAgency = new RegExp(String.raw`^\s*${PLACE}\s*(?:${AGENCY})?\s*${DASH}\s+`);

export function splitDateline(paragraph: string): Dateline {
  const wire = agencyOnly.exec(paragraph);
  if (wire) return { agency: wire[1].trim(), place: null, rest: paragraph.slice(wire[0].length) };
  const placed = placeThenAgency.exec(paragraph);
  if (placed && isUpperCaseWord(placed[1].split(',')[0])) {
    return { agency: placed[2]?.trim() ?? null, place: placed[1].trim(), rest: paragraph.slice(placed[0].length) };
  }
  return { agency: null, place: null, rest: paragraph };
}

function isUpperCaseWord(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
