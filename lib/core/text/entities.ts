import nlp from 'compromise';
import { nameSpans, ORGANIZATION_WORDS, type NameSpan } from './names';
import { tagTerms, type TaggedTerm } from './tags';

export type EntityKind = 'person' | 'organization' | 'place';

/** A proper name in a sentence and what it names; `kind` is null when the evidence is too weak. */
export interface EntityMention {
  text: string;
  kind: EntityKind | null;
  start: number;
}

/** A line mostly in capitals and without a full stop is a headline, where capitals say nothing of names. */
const TITLE_CASE_SHARE = 0.6;

export function isHeadline(sentence: string): boolean {
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && !/[.!?]["”’)]*$/.test(sentence.trim()) && capitalised / words.length > TITLE_CASE_SHARE;
}

/** An honour named after a person ("Tony Award", "Nobel Prize", "Stanley Cup") is a thing, not the person. */
const AWARD = /\s(?:Awards?|Prizes?|Trophy|Trophies|Medals?|Cup)$/;
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
  if (isHeadline(sentence)) return [];
  const out: EntityMention[] = [];
  for (const span of personBeforeOf(withoutParty(nameSpans(sentence), terms), terms)) {
    const tags = terms.filter((t) => t.start >= span.start && t.start < span.end).flatMap((t) => [...t.tags]);
    const has = (wanted: string[]) => wanted.some((tag) => tags.includes(tag));
    const acronym = /^[A-Z][A-Z0-9.]+$/.test(span.text);
    const demonym = !span.text.includes(' ') && (has(['Demonym']) || nlp(span.text).has('#Demonym'));
    if (demonym || (!span.titled && !acronym && has(NOT_A_NAME_TAGS) && !has(PERSON_TAGS) && !has(['Organization']))) continue;
    // A lone capitalised word the tagger reads as a common noun is a sentence opener ("Administration officials").
    if (!span.titled && !acronym && !span.text.includes(' ') && !has(['ProperNoun', 'Acronym', ...PERSON_TAGS, ...PLACE_TAGS])) continue;
    // "the Committee", "the House": a capitalised common noun standing for a name given elsewhere.
    if (!span.text.includes(' ') && /\bthe\s+$/i.test(sentence.slice(0, span.start)) && nlp(span.text.toLowerCase()).has('#Noun') && !has(PERSON_TAGS)) continue;
    // "Hurricane Ida", "Tropical Storm Lee": a storm named like a person is an event.
    if (/^(?:Hurricane|Typhoon|Cyclone|Superstorm|Tropical\s+Storm|Tropical\s+Depression|Winter\s+Storm)\s/.test(span.text)) continue;
    // "Trump-Russia", "U.S.-Mexico": two names joined, not a name.
    if (/^[\p{Lu}][^\s-]*-[\p{Lu}][^\s-]*$/u.test(span.text)) continue;
    // "O.K.": an interjection written with dots, not an acronym.
    if (has(['Expression']) || (acronym && nlp(span.text.replace(/\./g, '').toLowerCase()).has('(#Expression|#Adjective)'))) continue;
    const party = PARTY_WORD.test(span.text) && !span.text.includes(' ');
    // "Ferrante's office", "Lund's campaign": one word owning what a person has is a person's name, whatever the tagger reads.
    const owner = !span.text.includes(' ') && PERSONS_OWN_AFTER.test(sentence.slice(span.end)) && !ORGANIZATION_WORDS.test(span.text);
    const listedPlace = !span.titled && PLACES_LISTED_AFTER.test(sentence.slice(span.end));
    out.push({ text: span.text, kind: party ? 'organization' : owner ? 'person' : listedPlace ? 'place' : kindOf(span.text, span.titled, has, speaks(sentence, span)), start: span.start });
  }
  return out;
}

/** After a name, what a person has: "'s office", "'s campaign", "'s wife", "'s lawyer". */
const PERSONS_OWN_AFTER = /^['’]s\s+(?:office|campaign|wife|husband|lawyers?|attorneys?|aides?|spokes(?:man|woman|person)|chief\s+of\s+staff|family|children|son|daughter)\b/;

/** A US party word opening a capitalised run ("Democrat Nora Blake", "Republican Ames Holt", "Democratic Sen. Kay Doran"). */
const PARTY_WORD = /^(?:Democratic|Democrat|Republican)(?:\s+|$)/;

/**
 * The party before a person's name tells who they are and is no part of the name, so that "Republican Ames Holt" and
 * "Ames Holt" are one person; alone (cut from "Sen. Kay Doran" by the title) it names the party, not a person. A party's
 * own bodies ("Republican National Committee") keep it.
 */
function withoutParty(spans: NameSpan[], terms: TaggedTerm[]): NameSpan[] {
  return spans.flatMap((span) => {
    const party = PARTY_WORD.exec(span.text);
    if (!party || party[0].length === span.text.length) return [span];
    const start = span.start + party[0].length;
    const rest = span.text.slice(party[0].length);
    const person = terms.some((t) => t.start >= start && t.start < span.end && PERSON_TAGS.some((tag) => t.tags.has(tag)));
    return rest.includes(' ') && person && !ORGANIZATION_WORDS.test(rest) ? [{ ...span, text: rest, start }] : [span];
  });
}

/** "Paul D. Ryan of Wisconsin": a person's name stops before "of" and the place after it. */
function personBeforeOf(spans: NameSpan[], terms: TaggedTerm[]): NameSpan[] {
  return spans.map((span) => {
    const cut = span.text.indexOf(' of ');
    if (cut < 0) return span;
    const head = terms.filter((t) => t.start >= span.start && t.start < span.start + cut);
    const person = span.titled || head.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag)));
    return person ? { ...span, text: span.text.slice(0, cut), end: span.start + cut, titled: true } : span;
  });
}

/** A saying verb right before or after a name: "said Ada Vrell", "Ada Vrell told reporters", "the mayor, Ada Vrell, said". */
const SAID_BEFORE = /\b(?:said|says|told|added|asked)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:[\p{Ll}-]+,\s+)?$/u;
const SAID_AFTER = /^(?:,\s+(?:his|her)\s+[^,]{1,40},)?,?\s+(?:said|says|told|tells|added|asked)\b/u;
/**
 * What only a person is to someone or does for a living, told beside the name: "…, his campaign manager", "…, the union's
 * president", "…, the company's chief information security officer", "…, the regional hydrologist", "spokeswoman Ada Vrell",
 * "the town's mayor, Ada Vrell".
 */
const PERSON_AFTER =
  /^,\s+(?:(?:his|her)\s+\p{Ll}|(?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:president|chair(?:man|woman)?|director|spokes(?:man|woman|person)|manager|secretary|leader|founder|executive|lawyer|attorney|official|professor|analyst|economist|fellow|researcher|scientist|historian|strategist|consultant|advis[eo]r|partner|activist|advocate|organi[sz]er|resident|owner|teacher|nurse|officer|mayor|governor|minister|commander|captain|head|chief|commissioner|inspector|superintendent|coordinator|councill?or|engineer|doctor|surgeon|pilot|curator|detective|sergeant|guard|\p{Ll}{3,}ist)\b)/u;
const PERSON_BEFORE = /\b(?:manager|spokes(?:man|woman|person)|aide|adviser|advisor|deputy|strategist|lawyer|attorney|pollster|consultant|organi[sz]er|neighbou?r|witness|mayor|governor|minister|commander|captain|director|president|chair(?:man|woman)?|curator|professor|researcher|economist|analyst|detective|inspector|sergeant),?\s+$/i;

/**
 * Whether the sentence has the name say something and tells it is someone's (a name of two or three words the tagger
 * does not know, "Priya Daswani": "said Priya Daswani, his campaign manager"); a firm speaks too ("Trend Micro said").
 */
function speaks(sentence: string, span: NameSpan): boolean {
  const words = span.text.split(' ');
  const [before, after] = [sentence.slice(0, span.start), sentence.slice(span.end)];
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    (SAID_BEFORE.test(before) || SAID_AFTER.test(after)) &&
    (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before))
  );
}

/** Last words that make a name led by a first name a place ("Chester County", "Charlotte Street"). */
const PLACE_LAST_WORD = /\s(?:County|City|Town|Township|Beach|Street|Avenue|Road|Boulevard|Drive|Lane|Square|River|Creek|Lake|Island|Islands|Valley|Bay|Harbou?r|Heights|Springs|Falls|Bridge|Station|Airport|Canyon|Mountains?|Hills|Parish|Province|State)$/;

/**
 * After a name, the rest of a list of names and a plural of places: "Chester and Delaware counties", "Kent, Sussex and Essex
 * counties" name places, whatever first names they look like.
 */
const PLACES_LISTED_AFTER = /^(?:(?:,\s+|,?\s+(?:and|or)\s+)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*\s+(?:counties|states|provinces|cities|townships|parishes|districts|boroughs)\b/u;

/** First words that make a name a place whatever follows: "Port Eliza" is a town, though the tagger knows Eliza as a first name. */
const PLACE_FIRST_WORD = /^(?:Port|Fort|Mount|Mt\.|Lake|Cape|Isle)\s\p{Lu}/u;

/**
 * "Tom Hill", "Ann Marsh": a first name and a family name the tagger reads as a place for its last word ("hill", "marsh")
 * name a person; the tagger knows the first name alone.
 */
function firstNameLed(name: string): boolean {
  const words = name.split(' ');
  // A double-barrelled family name ("Nguyen-Hall") is one word.
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w)) || PLACE_LAST_WORD.test(name)) return false;
  if (!taggedFirstName.has(words[0])) {
    const first = nlp(words[0]);
    taggedFirstName.set(words[0], first.has('(#FirstName|#Person)') && !first.has('#Place'));
  }
  return taggedFirstName.get(words[0])!;
}
/** The tagger's reading of a word alone, kept: the same first names recur in every article. */
const taggedFirstName = new Map<string, boolean>();

function kindOf(name: string, titled: boolean, has: (tags: string[]) => boolean, speaker: boolean): EntityKind | null {
  const bare = name.replace(/\./g, '');
  if (COUNTRY_ACRONYMS.has(bare)) return 'place';
  if (/^[A-Z][A-Z0-9]{1,5}$/.test(bare)) return 'organization';
  if (AWARD.test(name)) return null;
  if (titled) return 'person';
  if (ORGANIZATION_WORDS.test(name) || has(['Organization'])) return 'organization';
  if (PLACE_FIRST_WORD.test(name)) return 'place';
  if (has(PERSON_TAGS) || firstNameLed(name)) return 'person';
  if (has(PLACE_TAGS)) return 'place';
  // Someone the sentence has speak, named like a person, is one though the tagger does not know the name.
  if (speaker) return 'person';
  return null;
}
