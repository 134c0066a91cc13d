/**
 * Wire datelines open many agency and newspaper reports: "(Bloomberg) --", "KYIV, Ukraine (AP) —",
 * "LONDON, Nov 20 (Reuters) -", "Washington (CNN) —", "NEW YORK, Nov. 19, 2019 /PRNewswire/ --",
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
// The story's first sentence starts after the dash ("NATO - the alliance - said" is no dateline).
const SENTENCE_START = String.raw`(?=["“‘'(]?[\p{Lu}\d])`;
// "(Reuters)", "(AP)", "(HawaiiNewsNow)", or the press-release form "/PRNewswire/".
const AGENCY = String.raw`(?:\(([A-Z][A-Za-z.&' ]{0,30})\)|/([A-Z][A-Za-z.&' -]{0,30})/)`;
const REGION = String.raw`(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})`;
const DAY = String.raw`(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)`;
const UPPER_PLACE = String.raw`([A-Z][A-Z.'\- ]{2,30}${REGION}?)`;
const ANY_PLACE = String.raw`([A-Z][A-Za-z.'\- ]{1,30}${REGION}?)`;

const agencyOnly = new RegExp(String.raw`^\s*${AGENCY}\s*${DASH}\s*${SENTENCE_START}`, 'u');
// An upper-case place may stand alone before the dash; a place in any case needs a credited wire.
const upperPlace = new RegExp(String.raw`^\s*${UPPER_PLACE}${DAY}?\s*(?:${AGENCY})?\s*${DASH}\s+${SENTENCE_START}`, 'u');
const placeWithAgency = new RegExp(String.raw`^\s*${ANY_PLACE}${DAY}?\s*${AGENCY}\s*${DASH}\s*${SENTENCE_START}`, 'u');

export function splitDateline(paragraph: string): Dateline {
  const wire = agencyOnly.exec(paragraph);
  if (wire) return { agency: (wire[1] ?? wire[2]).trim(), place: null, rest: paragraph.slice(wire[0].length) };
  const upper = upperPlace.exec(paragraph);
  if (upper && isUpperCaseWord(upper[1].split(',')[0])) return datelineOf(upper, paragraph);
  const placed = placeWithAgency.exec(paragraph);
  if (placed) return datelineOf(placed, paragraph);
  return { agency: null, place: null, rest: paragraph };
}

function datelineOf(match: RegExpExecArray, paragraph: string): Dateline {
  const agency = match[2] ?? match[3];
  return { agency: agency?.trim() ?? null, place: match[1].trim(), rest: paragraph.slice(match[0].length) };
}

function isUpperCaseWord(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** The story's lead may sit below a standfirst or a kicker: the dateline is looked for this far. */
const LEAD_PARAGRAPHS = 3;

/** Takes the dateline off the lead paragraph (the first of the opening paragraphs that has one). */
export function removeDateline(paragraphs: string[]): { paragraphs: string[]; dateline: Dateline | null } {
  for (let i = 0; i < Math.min(LEAD_PARAGRAPHS, paragraphs.length); i++) {
    const dateline = splitDateline(paragraphs[i]);
    if (dateline.rest !== paragraphs[i]) {
      const rest = [...paragraphs];
      rest[i] = dateline.rest;
      return { paragraphs: rest, dateline };
    }
  }
  return { paragraphs, dateline: null };
}
