import nlp from 'compromise';
import { nameSpans } from './names';
import { tagTerms, type TaggedTerm } from './tags';

export type EntityKind = 'person' | 'organization' | 'place';

/** A proper name in a sentence and what it names; `kind` is null when the evidence is too weak. */
export interface EntityMention {
  text: string;
  kind: EntityKind | null;
  start: number;
}

/** Words that make a name an institution whatever the tagger thinks ("White House", "Supreme Court"). */
const ORGANIZATION_WORDS =
  /\b(?:Organi[sz]ation|Council|Union|Commission|House|Ministry|Department|Party|Agency|Bank|Court|Congress|Parliament|Senate|Committee|Group|Inc|Corp|Corporation|Company|University|College|Alliance|Forces|Army|Navy|Police|Office|Administration|Association|Institute|Foundation|Federation|Fund|Board|Bureau|Service|Network|Times|Post|Journal|Network|Airlines|Motors|Reserve|Assembly|Coalition|Campaign|Caucus)\b/;
/** Country abbreviations: acronyms that are places, not organisations. */
const COUNTRY_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC']);
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const NOT_A_NAME_TAGS = ['Month', 'WeekDay', 'Date', 'Demonym', 'Pronoun', 'Holiday', 'Value', 'Cardinal'];

/**
 * People, organisations and places of a sentence: candidates are capitalised runs cut at titles
 * (names.ts); compromise's part-of-speech tags decide what each one names.
 */
export function entities(sentence: string, terms: TaggedTerm[] = tagTerms(sentence)): EntityMention[] {
  const out: EntityMention[] = [];
  for (const span of nameSpans(sentence)) {
    const tags = terms.filter((t) => t.start >= span.start && t.start < span.end).flatMap((t) => [...t.tags]);
    const has = (wanted: string[]) => wanted.some((tag) => tags.includes(tag));
    const acronym = /^[A-Z][A-Z0-9.]+$/.test(span.text);
    const demonym = !span.text.includes(' ') && (has(['Demonym']) || nlp(span.text).has('#Demonym'));
    if (demonym || (!span.titled && !acronym && has(NOT_A_NAME_TAGS) && !has(PERSON_TAGS) && !has(['Organization']))) continue;
    // A lone capitalised word the tagger reads as a common noun is a sentence opener ("Administration officials").
    if (!span.titled && !acronym && !span.text.includes(' ') && !has(['ProperNoun', 'Acronym', ...PERSON_TAGS, ...PLACE_TAGS])) continue;
    out.push({ text: span.text, kind: kindOf(span.text, span.titled, has), start: span.start });
  }
  return out;
}

function kindOf(name: string, titled: boolean, has: (tags: string[]) => boolean): EntityKind | null {
  const bare = name.replace(/\./g, '');
  if (titled) return 'person';
  if (COUNTRY_ACRONYMS.has(bare)) return 'place';
  if (ORGANIZATION_WORDS.test(name) || has(['Organization'])) return 'organization';
  if (has(PERSON_TAGS)) return 'person';
  if (has(PLACE_TAGS)) return 'place';
  if (/^[A-Z][A-Z0-9]{1,5}$/.test(bare)) return 'organization';
  return null;
}
