import { entities } from './entities';
import { sexOfFirstName } from './first-names';
import { nameSpans, withoutTitles, type NameSpan } from './names';
import { endsWithAbbreviation, sentences } from './sentences';
import { escapeRegExp } from './regexp';

/** A direct quote, its speaker as written (null when no attribution is found) and its context. */
export interface Quote {
  text: string;
  speaker: string | null;
  /** The speaker is named in the quote's own attribution, not inferred from a pronoun or the quote before. */
  attributed: boolean;
  /** A pronoun's speaker the sentence before has speak ("Ann Lee said the family was stunned. “…,” she said"). */
  spokeBefore?: true;
  /** The sentence(s) the quote sits in, attribution included. */
  sentence: string;
  /** A body its own attribution gives the words to, naming no person ("…," the commission said): "commission". */
  body?: string;
}

const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|added|adds|noted|notes|announced|stated|states|wrote|writes|asked|asks|explained|insisted|argued|argues|declared|warned|warns|recalled|continued|acknowledged|saying|lamented|complained|conceded|admitted|quipped|joked|remarked|observed|claimed|countered|demanded|informed|confirmed|stressed|emphasi[sz]ed|vowed|promised|urged|cautioned|testified|replied|replies|responded|responds|answered|answers|tweeted|posted|accused|shouted|yelled|screamed|disagreed|agreed|agrees|suggested|suggests|maintained|maintains|contended|contends|predicted|predicts|pledged|pledges|denied|denies|reiterated|reiterates|retorted|objected|interjected|(?:shot|fired|hit)\s+back|called|calls|calling|described|describes|dubbed|branded|hailed|hails|touted|touts|decried|decries|according to)\b/i;
const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'gi');
const PRONOUN = /\b(he|she|they)\b/i;
/** A finite verb after a pronoun or a name: "she would", "Kerr had". */
const FINITE_AFTER = String.raw`\s+(?:would|will|was|is|were|are|had|has|have|could|should|did|does|might|may|must|\p{Ll}+ed)\b`;
/** "she said", "said he": the pronoun speaks; not "said she would…", where it leads what was said. */
const PRONOUN_BESIDE_VERB = new RegExp(`\\b(?:he|she|they)\\s+${SPEECH_VERB.source}|${SPEECH_VERB.source}\\s+(?:he|she|they)\\b(?!${FINITE_AFTER})`, 'iu');
/** "…and said she would": a pronoun leading what was said, no speaker. */
const PRONOUN_LEADING_CLAUSE = new RegExp(`${SPEECH_VERB.source}\\s+(?:he|she|they)(?=${FINITE_AFTER})`, 'giu');
const MIN_WORDS = 4;
/** Words every one of which is capitalised: a title, name or slogan in quotes, not speech. */
const TITLE_CASED = /^(?:\p{Lu}[\p{L}'’-]*[,:]?\s+)+\p{Lu}[\p{L}'’-]*[.!?]?$/u;
/** "saying the city was too large": a clause of indirect speech after a quote. */
const INDIRECT_SPEECH = /\bsaying\s+(?:that\s+)?\S+\s+\S+\s+\S+/i;
/** How far back (in characters) a pronoun's person is looked for. */
const LOOKBACK = 400;
/** A verb of speech right after a name, maybe past an aside: the name is its subject. */
const SPEAKS_AFTER = new RegExp(String.raw`^(?:,[^,“”"]{1,60},)?\s+${SPEECH_VERB.source}`, 'i');

/** Titles right before a name that tell a woman or a man. */
const FEMALE_TITLE = /\b(?:Ms|Mrs|Miss|Madam|Congresswoman|Chairwoman|Councilwoman|Spokeswoman|Queen|Lady|Dame|Sister)\.?\s+$/i;
const MALE_TITLE = /\b(?:Mr|Congressman|Chairman|Councilman|Spokesman|King|Lord|Sir|Father|Brother)\.?\s+$/i;
/** An aside right after a name that tells a woman or a man ("Ann Lee, a spokeswoman for the mayor,"). */
const FEMALE_ASIDE = /^,\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|woman|mother|wife|daughter|sister|grandmother|widow)\b/iu;
const MALE_ASIDE = /^,\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:spokesman|chairman|congressman|councilman|businessman|man|father|husband|son|brother|grandfather|widower)\b/iu;

/** How far (in characters) from its verb an attribution names the speaker. */
const MAX_SPEAKER_DISTANCE = 40;

/** "wrote on a blog", "told reporters in Dunmore", "sent to Mr. Okoye", "the fight over Judge Ann Lee": a medium, place, addressee or topic. */
function afterPreposition(text: string, start: number): boolean {
  return /\b(?:on|in|at|to|with|from|for|via|of|by|over|about|against|toward|towards|into|under)\s+(?:the\s+)?(?:\p{Lu}[\p{L}]*\.?\s+)?$/iu.test(text.slice(0, start));
}

interface Piece {
  start: number;
  end: number;
}

/**
 * Direct quotes of an article. Curly, straight and doubled-apostrophe (’’) marks are read alike; a
 * quote interrupted by its attribution (“…,” Psaki said. “…”) is one quote, its parts joined by an
 * ellipsis; a quote left open at a
 * paragraph's end continues into the next paragraph when that one closes it. Speakers come from the
 * attribution after or before the quote; "he"/"she" is the previous speaker.
 */
export function quotes(text: string): Quote[] {
  // Same length as the text, so offsets hold: doubled apostrophes become one curly mark and a space.
  const marks = singleQuotesAsDouble(text.replace(/’’|''/g, '” ').replace(/‘‘|``/g, ' “'));
  const pieces = quotePieces(marks);
  // Quotes blanked out over the whole text, so that a look back starting inside a quote cannot pair its marks wrongly.
  const unquoted = blankQuotes(marks, pieces);
  // Surnames the article gives a title or a first name somewhere ("Rep. Paul Ryan", "Lois Lerner"): people, wherever they appear alone.
  const spans = nameSpans(text.replace(/\n+/g, ' '));
  const people = new Set(spans.map((s) => ({ ...s, text: personOf(s.text) })).filter((s) => s.titled || /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}+$/u.test(s.text)).map((s) => surname(s.text)));
  const out: Quote[] = [];
  let previousSpeaker: string | null = null;
  let previousAttributed = false;
  let previousEnd = -1;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const parts = [piece];
    let after = attributionAfter(marks, piece.end);
    // "…," Psaki said. "…": the next piece continues this quote.
    while (
      SPEECH_VERB.test(marks.slice(after.start, after.end)) &&
      pieces[i + 1] &&
      // A title in quotes after the verb ('he told "Today."') is what was spoken to, not more of the quote; so is a name or
      // slogan, every word capitalised ('who wore a "Keep Our Harbour Free" cap').
      marks.slice(pieces[i + 1].start, pieces[i + 1].end).trim().split(/\s+/).length >= MIN_WORDS &&
      !TITLE_CASED.test(marks.slice(pieces[i + 1].start, pieces[i + 1].end).trim()) &&
      /^[.,;:]?[ \t]*$/.test(marks.slice(after.end, pieces[i + 1].start - 1)) &&
      /,\s*$/.test(marks.slice(parts[parts.length - 1].start, parts[parts.length - 1].end)) &&
      // '…," saying the city was too large. "…," he said': what follows "saying" is the speaker's own point, not a pause in the quote.
      !INDIRECT_SPEECH.test(marks.slice(after.start, after.end)) &&
      !attributedToSomeoneElse(marks, pieces[i + 1], marks.slice(after.start, after.end))
    ) {
      i += 1;
      parts.push(pieces[i]);
    }
    const last = parts[parts.length - 1];
    if (parts.length > 1) after = attributionAfter(marks, last.end);
    const firstAfter = attributionAfter(marks, piece.end);
    const before = attributionBefore(marks, piece.start, pieces[pieces.indexOf(piece) - 1]?.end ?? -1);
    const speakerTexts = [firstAfter, after, before].map((s) => marks.slice(s.start, s.end)).filter((s) => SPEECH_VERB.test(s));
    const speakerText = speakerTexts[0];
    // The speaker a plain attribution names ("…,” Ann Lee said", "Ann Lee said: “…"), else the name nearest a speech verb, unsure;
    // a verb after the quote that names nobody ('He called it “…” and said…') leaves the one before it to say who spoke.
    const explicit = explicitSpeaker(marks.slice(firstAfter.start, firstAfter.end), 'after') ?? explicitSpeaker(marks.slice(after.start, after.end), 'after') ?? explicitSpeaker(marks.slice(before.start, before.end), 'before');
    const nearest = speakerTexts.map(speakerIn).find((found) => found !== null);
    // A colon right after a sentence opening on a person ("Dana Roe, a driver who saw it: “…") attributes the words as plainly.
    const byColon = explicit === null && nearest === undefined ? colonSpeaker(marks.slice(before.start, before.end), people) : null;
    let speaker = explicit ?? nearest ?? byColon;
    let attributed = explicit !== null || (byColon !== null && byColon !== 'pronoun');
    let spokeBefore = false;
    const attributions = [firstAfter, after, before].map((s) => marks.slice(s.start, s.end));
    // "…," the governor said: the one person the article names with that office before the quote.
    if (!explicit) {
      const holder = officeHolderBefore(unquoted.slice(0, piece.start), attributions);
      if (holder) [speaker, attributed] = [holder, true];
    }
    // "…,” a Lee campaign aide said": someone unnamed speaks for a person the article names, not that person.
    const unnamed = speaker !== null && speaker !== 'pronoun' && people.has(surname(speaker)) && attributions.some((a) => speaksFor(a, speaker!));
    // "…the state's breach law, which requires notice “…”": the words are the thing's the clause is about, not a person's.
    const ofAThing = !SPEECH_VERB.test(attributions[0]) && !SPEECH_VERB.test(attributions[1]) && THING_QUOTED.test(attributions[2]);
    // "the mayor's own remarks, including his pledge to “…”": words owned by someone the sentence tells of, not its speaker's.
    const owned = OWNED_WORDS_BEFORE.test(unquoted.slice(Math.max(0, piece.start - OWNED_REACH), piece.start));
    if (unnamed || ofAThing || owned) [speaker, attributed] = [null, false];
    // A pronoun is the person last named before the quote; no attribution right after an attributed
    // quote continues its speaker.
    else if (speaker === 'pronoun') {
      const told = unquoted.slice(Math.max(0, before.start - LOOKBACK), piece.start);
      const pronoun = attributions.map((a) => PRONOUN.exec(a)?.[1].toLowerCase()).find(Boolean);
      // The speaker before carries on, or a name before is the pronoun's, only if nothing the article tells of them is of the
      // other sex ("Ann Lee, a spokeswoman, said…" is no "he").
      const toldBefore = unquoted.slice(0, piece.start);
      const otherSex = (name: string) => [...toldBefore.matchAll(new RegExp(`\\b${escapeRegExp(name.split(/\s+/).pop()!)}\\b`, 'g'))].some((m) => ofOtherSex(toldBefore, m.index, m.index + m[0].length, pronoun));
      const carriesOn: boolean = previousSpeaker !== null && !otherSex(previousSpeaker);
      speaker = lastPersonBefore(told, people, pronoun, (office) => officeHolder(toldBefore, office), otherSex) ?? (carriesOn ? previousSpeaker : null);
      // "Ann Lee, the driver's sister, said the family was stunned. “…,” she said": the one the sentence before has speak, or
      // the one person it tells of, as its subject ("Sen. Ann Lee, who leads the panel, was unmoved. “…,” she said").
      spokeBefore = speaker !== null && (spokeJustBefore(told, speaker) || soleSubjectJustBefore(told, speaker, people));
    }
    // A sentence naming someone else around the quote ("…, with press secretary Ann Lee thanking “…”") does not carry on the
    // speaker before.
    else if (!speaker && !speakerText && /^\s*$/.test(marks.slice(previousEnd, before.start)) && !namesAnother(marks.slice(before.start, before.end), previousSpeaker, people)) {
      speaker = previousSpeaker;
      // A quote standing alone (no words of the sentence around it) right after an attributed one carries on its words.
      attributed = previousAttributed && /^[\s"“]*$/.test(marks.slice(before.start, before.end)) && !/[\p{L}]/u.test(marks.slice(after.start, after.end));
    }
    // The attribution between two parts is left out, as an ellipsis would mark it.
    const quoted = parts.map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ').trim().replace(/,$/, '')).join(' … ').replace(/[,\s]+$/, '');
    if (quoted.split(/\s+/).length < MIN_WORDS || TITLE_CASED.test(quoted)) continue;
    // "Reese declared", in an article naming two people Reese: the family name alone is the one of them named in full before
    // the quote ("President Harlan Reese"), not one named later ("the first lady, Caroline Reese").
    if (speaker && /^\p{Lu}[\p{L}'’-]+$/u.test(speaker)) {
      const family: string = speaker;
      const inFull: { start: number; name: string }[] = spans.map((span) => ({ start: span.start, name: personOf(span.text) })).filter(({ name }) => NAME_IN_FULL.test(name) && name.split(' ').pop() === family);
      const before = new Set<string>(inFull.filter((span) => span.start < piece.start).map((span) => span.name));
      if (new Set(inFull.map((span) => span.name)).size > 1 && before.size === 1) speaker = [...before][0];
    }
    if (speaker) previousSpeaker = speaker;
    previousAttributed = attributed;
    previousEnd = Math.max(after.end + 1, last.end + 1);
    const context = text.slice(before.start, Math.max(after.end, last.end + 1)).replace(/\s+/g, ' ').trim();
    const body = speaker === null ? bodySpeaking(attributions) : null;
    out.push({ text: quoted, speaker, attributed, ...(spokeBefore ? { spokeBefore: true as const } : {}), sentence: context, ...(body ? { body } : {}) });
  }
  return out;
}

/** Bodies that issue words as their own: "…," the commission said; the company said in a statement: "…". */
const BODIES = 'commission|company|agency|department|ministry|government|council|board|committee|court|union|firm|police|administration|campaign|authority|office|bureau|army|military|hospital|university|district|(?:majority |minority )?leader|chairman|chairwoman';
const BODY_SPEAKS = new RegExp(String.raw`^\W*the\s+(${BODIES})\s+${SPEECH_VERB.source}|\bthe\s+(${BODIES})\s+${SPEECH_VERB.source}[^“”"]{0,40}:\s*$|^\W*${SPEECH_VERB.source}\s+the\s+(${BODIES})\b`, 'i');

/** Someone left unnamed: "…," said a senior administration official; an aide said. */
const UNNAMED = String.raw`(?:an?\s+(?:[\p{L}-]+\s+){0,3}?)(official|aide|spokes(?:man|woman|person)|adviser|advisor|staffer|source)`;
const UNNAMED_SPEAKS = new RegExp(String.raw`^\W*${SPEECH_VERB.source}\s+${UNNAMED}\b|^\W*${UNNAMED}\s+${SPEECH_VERB.source}`, 'iu');

/**
 * The body, or the unnamed person, an attribution gives a quote's words to where it names nobody ("the commission said",
 * "said a senior administration official"), or null.
 */
function bodySpeaking(attributions: string[]): string | null {
  const found = attributions.map((a) => BODY_SPEAKS.exec(a) ?? UNNAMED_SPEAKS.exec(a)).find(Boolean);
  return found?.slice(1).find(Boolean)?.toLowerCase() ?? null;
}

/** An office alone as the speaker: "…," the governor said; the mayor said: "…"; said the sheriff. */
const SOLE_OFFICES = 'governor|mayor|senator|sheriff|judge|chancellor|superintendent|commissioner|premier|chief|president|secretary|minister|coach';
// "said the president was…" tells what was said of the office holder, who is no speaker: a verb after the office.
const OFFICE_SPEAKS = new RegExp(String.raw`\bthe\s+(${SOLE_OFFICES})\s+${SPEECH_VERB.source}|${SPEECH_VERB.source}\s+the\s+(${SOLE_OFFICES})\b(?!${FINITE_AFTER})`, 'iu');
/** Verbs whose object is the one spoken to or about, not the speaker. */
const ADDRESSING = /^(?:told|tells|asked|asks|urged|warned|warns|informed|accused)\b/i;
/** How an article writes each office before a name. */
const OFFICE_TITLES: Record<string, string> = { governor: String.raw`Gov\.|Governor`, senator: String.raw`Sen\.|Senator`, superintendent: String.raw`Supt\.|Superintendent` };

/** The one person the text names with the office an attribution gives alone ("the governor said" after "Gov. Ann Lee"), or null. */
function officeHolderBefore(text: string, attributions: string[]): string | null {
  // "accused the mayor of…", "told the governor": the office after a verb of addressing is spoken to or about.
  const spoken = attributions.map((a) => OFFICE_SPEAKS.exec(a)).find((found) => found && !(found[2] && ADDRESSING.test(found[0])));
  const office = (spoken?.[1] ?? spoken?.[2])?.toLowerCase();
  return office ? officeHolder(text, office) : null;
}

/** The one person the text names with an office as their title ("Gov. Ann Lee" for "governor"), or null. */
function officeHolder(text: string, office: string): string | null {
  const title = OFFICE_TITLES[office] ?? `${office[0].toUpperCase()}${office.slice(1)}`;
  const holders = new Set([...text.matchAll(new RegExp(String.raw`\b(?:${title})\s+((?:\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?){0,2}\p{Lu}[\p{L}'’-]+)`, 'gu'))].map((m) => m[1]));
  // "Chief Marcia Delgado-Reyes", later "Chief Delgado-Reyes": one holder, named in full where the article does.
  const named = [...holders];
  return new Set(named.map(surname)).size === 1 ? named.reduce((a, b) => (b.length > a.length ? b : a)) : null;
}

/** "a statement from Mr. Okoye:", "a post by Omar Diallo on X:": whose words a colon introduces. */
const SOURCE_BEFORE_COLON = /\b(?:statement|message|post|letter|note|e-?mail|tweet)\s+(?:from|by)\s+((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}'’-]+)[^:“”"]{0,40}:\s*$/u;

/** "signed an order that reads:", "carried a sign reading:": words of a writing, not of the sentence's subject. */
const WRITING_BEFORE_COLON = /\b(?:(?:that|which)\s+(?:reads?|said|says|states?)|reads|reading|titled|entitled|headlined|signs?|banners?|slogans?|placards?)\b[^:“”"]*:\s*$/i;

/**
 * Whose words a colon introduces where no verb of speech does: the source of a statement the sentence names, else the
 * person its sentence opens with ("Omar Diallo, who leads the shop owners, blasted the governor on X: “…").
 */
function colonSpeaker(attribution: string, people: Set<string>): string | null {
  if (!/:\s*$/.test(attribution) || WRITING_BEFORE_COLON.test(attribution)) return null;
  const source = SOURCE_BEFORE_COLON.exec(attribution)?.[1];
  if (source) return withoutTitles(source);
  const [first] = nameSpans(attribution);
  const opens = first !== undefined && /^\s*(?:\p{Lu}[\p{L}.-]*\s+)*$/u.test(attribution.slice(0, first.start));
  return opens && (first.titled || people.has(surname(first.text)) || first.text.includes(' ')) ? first.text : null;
}

/** The subject a pronoun points back to: the first person named in the nearest sentence naming one. */
function blankQuotes(marks: string, pieces: Piece[]): string {
  const chars = marks.split('');
  // A quote's own full stop ('…to "waste and fraud." Mara Quist interrupted.') still ends the sentence around it.
  const keptStop = (i: number, end: number) => i === end - 1 && /[.!?]/.test(chars[i]);
  for (const { start, end } of pieces) for (let i = Math.max(0, start - 1); i <= Math.min(chars.length - 1, end); i++) if (chars[i] !== '\n' && !keptStop(i, end)) chars[i] = ' ';
  return chars.join('');
}

/** "For Ann Lee, the wait is nearly over.": a sentence opening on a person it is about, whom the pronoun after it points to. */
const TOPIC_BEFORE = /^\s*For\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u;

/** Whether a stretch of text names a person other than `speaker`: in full, with a title, or by the family name of one the article names. */
function namesAnother(text: string, speaker: string | null, people: Set<string>): boolean {
  // "Dunn praised lawmakers, thanking them for “…”": a family name alone of a person the article names is someone too.
  return nameSpans(text).some((span) => (span.titled || span.text.includes(' ') || people.has(surname(span.text))) && (speaker === null || surname(span.text) !== surname(speaker)));
}

/**
 * "Ms. Kwan … her spokesman, Ravi Oduya. “…,” he said": a name with a title, an aside or a first name of the other sex than
 * the pronoun's ("Tom Brandt" is no "she").
 */
function ofOtherSex(text: string, start: number, end: number, pronoun?: string): boolean {
  const [title, aside, other] = pronoun === 'he' ? [FEMALE_TITLE, FEMALE_ASIDE, 'female'] : pronoun === 'she' ? [MALE_TITLE, MALE_ASIDE, 'male'] : [null, null, null];
  // The name's first word, or the word right before a family name ("Thomas" of "Thomas Brandt" for "Brandt").
  const firstName = (/^\p{Lu}[\p{L}'’-]*(?=\s+\p{Lu})/u.exec(text.slice(start, end))?.[0] ?? /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(text.slice(0, start))?.[1])?.toLowerCase();
  return title !== null && aside !== null && (title.test(text.slice(0, start)) || aside.test(text.slice(end)) || (firstName !== undefined && sexOfFirstName(firstName) === other));
}

/** A sentence whose subject is an office alone: "The mayor has defended his record." */
const OFFICE_SUBJECT = new RegExp(String.raw`^\s*(?:\p{Lu}[\p{L}'’-]*,\s+)?the\s+(${SOLE_OFFICES})\b(?!\s*['’]s)`, 'iu');

/**
 * The subject a pronoun points back to, in text whose quotes are blanked out; a sentence whose subject is an office alone
 * points to the one person named with that office (`holderOf`).
 */
function lastPersonBefore(unquoted: string, people: Set<string>, pronoun?: string, holderOf?: (office: string) => string | null, otherSex?: (name: string) => boolean): string | null {
  for (const sentence of sentences(unquoted).reverse()) {
    const office = OFFICE_SUBJECT.exec(sentence)?.[1];
    const holder = office && holderOf ? holderOf(office.toLowerCase()) : null;
    if (holder) return holder;
    const kinds = new Map(entities(sentence).map((e) => [e.text, e.kind]));
    // The same pronoun earlier in the sentence ("Asked whether he would sue Mr. Ray, he said…") already points further back:
    // names after it are what it did things to.
    const pronounAt = pronoun ? sentence.search(new RegExp(`\\b${pronoun}\\b`, 'i')) : -1;
    // The sentence's subject comes first; names after a preposition are objects or places. One a verb of speech follows
    // ("In a dissent joined by Justices Ann Lee and Ida Roe, Justice Tom Ray said…") is the one who speaks.
    const candidates = nameSpans(sentence).filter(
      (span) =>
        (pronounAt < 0 || span.start < pronounAt) &&
        (!afterPreposition(sentence, span.start) || (TOPIC_BEFORE.test(sentence.slice(0, span.start)) && /^,/.test(sentence.slice(span.end))) || WORDS_FROM_BEFORE.test(sentence.slice(0, span.start))) &&
        !ofOtherSex(sentence, span.start, span.end, pronoun) &&
        !otherSex?.(span.text) &&
        // "Mayor Ann Lee of Port Ellery": the person, where she is from aside.
        (kinds.get(personOf(span.text)) === 'person' || people.has(surname(personOf(span.text))) || (kinds.get(span.text) === null && span.text.includes(' '))),
    );
    // "Mr. Roy's lawyer, Ann Lee, spoke. “…,” she said": a name owning the subject is not the subject; a sentence whose subject is
    // only owned by a name ("Mr. Roy's lawyer spoke") tells of someone unnamed.
    const owner = (span: { end: number }) => /^['’]s\b/.test(sentence.slice(span.end));
    const named = candidates.filter((span) => !owner(span) && !TITLE_OF_BODY_AFTER.test(sentence.slice(span.end)));
    if (named.length === 0 && candidates.length > 0) return null;
    const subject = named.find((span) => SPEAKS_AFTER.test(sentence.slice(span.end))) ?? named[0];
    if (subject) return personOf(subject.text);
  }
  return null;
}

/**
 * Whether the sentence ending right before the quote's has `name` speak: the name, then a verb of speech with no other
 * subject between ("Of Ann Lee, he said" has him speak). The quote's own sentence, begun before it, does not count.
 */
function spokeJustBefore(told: string, name: string): boolean {
  const last = sentenceJustBefore(told);
  const at = last?.indexOf(name) ?? -1;
  const verb = at >= 0 ? SPEECH_VERB.exec(last!.slice(at + name.length)) : null;
  return verb !== null && !PRONOUN.test(last!.slice(at + name.length, at + name.length + verb.index));
}

/**
 * After a name, a title in lower case and another name: "Cal Fire battalion chief Tom Alvarez", "Harbour Gas chief executive Ann
 * Lee". The first name is the body the title is of, not a person.
 */
const TITLE_OF_BODY_AFTER =
  /^\s+(?:(?:battalion|fire|police|deputy|assistant|executive|senior|press|campaign|general|head|vice|chief)\s+)*(?:chief|director|spokes(?:man|woman|person)|president|chair(?:man|woman)?|secretary|officer|captain|commander|minister|leader|manager|official|coach|executive|superintendent|sheriff|inspector)\s+\p{Lu}/u;

/** "Karen Lindqvist of Eden Prairie": the person, without where they are from. */
const personOf = (name: string) => name.replace(/\s+of\s.*$/, '');

/** A name right after a verb in the past tense ("thanked Mr. Ray"): what the verb acted on, not who acted. */
/** A pronoun the subject of the verb right before a name: "He praised Ms. …". */
const PRONOUN_ACTED_BEFORE = /(?:^|[.;:]\s+|\band\s+)(?:He|She|They|he|she|they)\s+\p{Ll}{3,}ed\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$/u;
const ACTED_ON_BEFORE = /\b\p{Ll}{3,}ed\s+(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?$/u;

/** A person's name in full, from a first name to a family name ("Ann Lee", "Ann B. Lee", "Ann Rodham Lee"), within one sentence. */
const NAME_IN_FULL = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+))*\s+\p{Lu}[\p{L}'’-]+$/u;

/** The last sentence ended before a quote's own sentence began. */
function sentenceJustBefore(told: string): string | undefined {
  const ended = sentences(told).filter((s) => s.trim() !== '');
  return /[.!?]["”’]?\s*$/.test(told) ? ended.pop() : (ended.pop(), ended.pop());
}

/** Between a name and what it is described as: "Lee, a Westmark Republican,", "Lee, the Ohio Democrat,". */
const APPOSITION = /^,\s+(?:an?|the)\s+$/;

/**
 * Whether the sentence ending right before the quote's opens on `name` (after a title at most) and tells of no other person
 * (a description right after the name, "Lee, a Westmark Republican, was not done", is of that person).
 */
function soleSubjectJustBefore(told: string, name: string, people: Set<string>): boolean {
  const last = sentenceJustBefore(told);
  const at = last?.indexOf(name) ?? -1;
  if (at < 0 || !/^\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(last!.slice(0, at))) return false;
  const kinds = new Map(entities(last!).map((e) => [e.text, e.kind]));
  const describesName = (span: NameSpan) => kinds.get(span.text) !== 'person' && APPOSITION.test(last!.slice(at + name.length, span.start));
  return nameSpans(last!).every((span) => span.text.includes(name) || name.includes(span.text) || describesName(span) || (kinds.get(span.text) !== 'person' && !people.has(surname(span.text))));
}

/** Whether a quote's own attribution names a speaker other than the one of `previousAttribution`. */
function attributedToSomeoneElse(marks: string, piece: Piece, previousAttribution: string): boolean {
  // "…," Grund said, but Gov. Hale disagreed: "…": the attribution between the parts has a second speaker.
  const turn = /\b(?:but|while|whereas|although|though)\s+(.*)$/i.exec(previousAttribution);
  if (turn && SPEECH_VERB.test(turn[1]) && nameSpans(turn[1]).length > 0) return true;
  const { start, end } = attributionAfter(marks, piece.end);
  const own = marks.slice(start, end);
  if (!SPEECH_VERB.test(own)) return false;
  // Its own attribution gives it to someone unnamed ("a spokesman for the governor said", "said the mayor"), or names someone else; "he added" may go on.
  if (UNNAMED_SPEAKER.test(own)) return true;
  const speaker = speakerIn(own);
  return speaker !== null && speaker !== 'pronoun' && speaker !== speakerIn(previousAttribution);
}

const UNNAMED_SPEAKER = /^[\s,.;:!?—–-]*(?:(?:an?|one)\s+[\p{L}'’ .-]{1,60}?\s+(?:said|says|added|replied|responded|countered|shouted|yelled)\b|(?:said|says|added|replied|responded|countered)\s+(?:an?|the|one)\s+\p{Ll})/iu;

/** Whose aide, official or lawyer: "a Lee campaign aide", "an Ortiz administration official". */
const SPOKESPERSON = String.raw`\s+(?:(?:administration|campaign|transition|family|legal|press)\s+)?(?:aides?|advis[eo]rs?|officials?|spokes(?:man|men|woman|women|person|people)|staffers?|lawyers?|attorneys?|allies|ally)\b`;

/** The body that speaks for a person: "the Lee campaign", "the Ortiz administration". */
const PERSONS_BODY = String.raw`\s+(?:campaign|administration|transition|family|camp)\b`;

/** Whether an attribution has its speaker speak for the person of a name: "a Lee campaign aide", "the Lee campaign", "a lawyer for Ann Lee". */
export function speaksFor(attribution: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  // "a Lee campaign aide", "The Lee campaign called…", and "A spokesman for Mayor Ann Lee" opening the sentence.
  return (
    new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}.-]*\s+)*${escaped}(?:${SPOKESPERSON}|${PERSONS_BODY})`, 'u').test(attribution) ||
    new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)${SPOKESPERSON}\s+(?:for|to|of)\s+(?:\p{Lu}[\p{L}.-]*\s+)*${escaped}`, 'u').test(attribution)
  );
}

function surname(name: string): string {
  return name.split(/\s+/).pop()!.toLowerCase();
}

/**
 * A text quoting in single marks only, as British papers do ('We are asking people to leave,' he said.), with its quotations
 * in double marks, of the same length. A mark opens after a space or a line start before a letter, and closes within
 * the paragraph after a comma or a full stop, or before punctuation; an apostrophe inside a word ("don't") or after a plural
 * ("the workers' union") does neither. A text with any double mark keeps its single ones: they are quotes inside quotes.
 */
function singleQuotesAsDouble(text: string): string {
  if (/[“”"]/.test(text) || !/['‘’]/.test(text)) return text;
  // By UTF-16 unit, as the text is indexed: an emoji before a quote must not shift the marks.
  const out = text.split('');
  const isMark = (c: string | undefined) => c === "'" || c === '‘' || c === '’';
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text[i]) || !(i === 0 || /[\s(\[—–-]/.test(text[i - 1])) || !/\p{L}/u.test(text[i + 1] ?? '')) continue;
    for (let j = i + 2; j < text.length && text[j] !== '\n'; j++) {
      if (!isMark(text[j])) continue;
      const [before, after] = [text[j - 1], text[j + 1]];
      if (/\p{L}/u.test(before) && /\p{L}/u.test(after ?? '')) continue;
      if (/[,.!?]/.test(before) || after === undefined || /[,.!?;:\n]/.test(after)) {
        [out[i], out[j]] = ['“', '”'];
        i = j;
        break;
      }
    }
  }
  return out.join('');
}

/** Spans inside quotation marks; straight marks open after a space or line start and close elsewhere. */
function quotePieces(marks: string): Piece[] {
  const pieces: Piece[] = [];
  let open = -1;
  for (let i = 0; i < marks.length; i++) {
    const c = marks[i];
    const opens = c === '“' || (c === '"' && (i === 0 || /[\s(\[—–-]/.test(marks[i - 1])));
    const closes = c === '”' || (c === '"' && !opens);
    if (open < 0) {
      if (opens) open = i + 1;
    } else if (closes || (c === '"' && open >= 0)) {
      pieces.push({ start: open, end: i });
      open = -1;
    } else if (c === '\n' && !closesBeforeOpening(marks, i)) {
      // A quote running to a paragraph's end and reopened in the next one: keep the part we have.
      pieces.push({ start: open, end: i });
      open = -1;
    } else if (opens) {
      open = i + 1;
    }
  }
  return pieces;
}

/** Whether the paragraph after `newline` closes a quote before opening one (the quote spans both). */
function closesBeforeOpening(marks: string, newline: number): boolean {
  const rest = marks.slice(newline).replace(/^\s+/, '');
  const paragraph = rest.split('\n')[0];
  const close = paragraph.search(/[”"]/);
  const open = paragraph.search(/“/);
  return close >= 0 && (open < 0 || close < open) && !/^["“]/.test(paragraph);
}

/** From a closing mark to the sentence end or the next opening mark, within the paragraph. */
function attributionAfter(marks: string, end: number): Piece {
  const start = end + 1;
  // A quote closed after a full stop ends its sentence when a new one opens after it (news closes a quote before
  // "…, Lee said" with a comma; '…again." said Lee' still carries on).
  if (/\.\s*$/.test(marks.slice(Math.max(0, end - 2), end)) && /^\s+\p{Lu}/u.test(marks.slice(start))) return { start, end: start };
  const rest = marks.slice(start);
  // 'Ruiz said it was “…,” and Marsh said…': a clause joined after the quote tells what someone else said, not who said this.
  if (NEXT_CLAUSE.test(rest)) return { start, end: start };
  for (const stop of rest.matchAll(/[.!?](?=\s|$)|\n|[“"]/g)) {
    if (stop[0] === '.' && endsWithAbbreviation(rest.slice(0, stop.index + 1), rest.slice(stop.index + 1))) continue;
    return { start, end: start + stop.index };
  }
  return { start, end: start + rest.length };
}

/** Whether a place in a sentence is inside a quotation (more marks opened than closed before it). */
export function insideQuotes(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  // A straight mark closing a quote the sentence before opened ('…for them," said Ada Roe, who…') opens none: what follows is
  // outside. (The words before it are read as this sentence's own, as a quote carried over is not seen here.)
  const carriedOver = /^[^"]*[\p{L},.!?]"/u.exec(sentence);
  const closing = carriedOver !== null && at >= carriedOver[0].length ? 1 : 0;
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || ((before.match(/"/g)?.length ?? 0) - closing) % 2 === 1;
}

/** A clause joined after a quote by a conjunction. */
const NEXT_CLAUSE = /^[,\s]*(?:and|but|while|whereas)\s/i;

/**
 * From the start of the sentence to an opening mark; from the closing mark of a quote earlier in the sentence where what
 * follows it has someone speak ("“…,” Lee said, but Ray disagreed: “…", 'called it "a sham," and Ray said it was "…"'), as
 * that quote's attribution is its own. Words that only go on after it ('said it was "a sham" in pushing "…"') go on with the
 * sentence's speaker.
 */
function attributionBefore(marks: string, start: number, previousEnd: number): Piece {
  const head = marks.slice(0, start - 1);
  // A title's or a town's full stop ("Sen. Ann Lee", "the St. Louis group") ends no sentence.
  const ends = [...head.matchAll(/[.!?][”"]?\s+/g)].filter((m) => m[0][0] !== '.' || !endsWithAbbreviation(head.slice(0, m.index + 1), head.slice(m.index + 1)));
  const sentenceStart = Math.max(head.search(/[^\n]*$/), ...ends.map((m) => m.index + m[0].length));
  const afterQuote = previousEnd + 1;
  const from = afterQuote > sentenceStart && SPEECH_VERB.test(marks.slice(afterQuote, start - 1)) ? afterQuote : sentenceStart;
  return { start: from, end: start - 1 };
}

/** Participles that open a clause of what the sentence's subject said. */
const PARTICIPLE = /^(?:calling|saying|describing|dubbing|branding)$/i;
/** A verb in the past between two names of one clause, no comma between: "Lee ordered Ray", "Lee also told Ray" (not "Harbour master Lee"). */
const ACTING_BETWEEN = /^[^,]*\b(?:\p{Ll}+ed|told|gave|sent|met|let|made|took|brought|sought|urged|bade)\b[^,]*$/u;
/** What the subject did before the participle: lower-case words and a comma, no quote ("vetoed the bill on Friday, "). */
const CLAUSE_BEFORE_PARTICIPLE = /^\s+\p{Ll}[^“”"]{0,100},\s*$/u;
/** A clause about a thing right before a quote: "…the law, which requires notice to patients". */
/** Right before a quote, words someone else owns: "his pledge to", "her vow that", "the mayor's promise of". */
const OWNED_WORDS_BEFORE = /\b(?:his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s+(?:own\s+)?(?:pledge|promise|vow|remarks?|words|call|claim|description|slogan|phrase|assertion|warning|threat|boast|characteri[sz]ation)\s+(?:to|that|of|as)?\s*["“]?$/u;
const OWNED_REACH = 80;
const THING_QUOTED = /,\s*which\s+(?:[\p{L}'’-]+\s+){0,6}$/u;
/** Words a speaker is introduced by ("an emotional", "the legislator,", "youth pastor", "Marshfield’s town clerk,"). */
const INTRODUCED = /^(?:[^,“”"]{0,80},\s*)?(?:[\p{L}'’.-]+\s+){0,6}$/u;
/** A name after a preposition ("a spokeswoman for Ann Lee said", "the letter from Ann Lee states") is not who speaks. */
const AFTER_PREPOSITION = /\b(?:for|from|of|to|by|with|at|in|on|about)\s+$/i;
/**
 * Between a speaker and the verb: asides (", a spokeswoman for the mayor,", "(R-Ky.)"), the body the speaker is of ("of the city
 * police") and a word or two ("on Friday", "later").
 */
const BESIDE_VERB = /^(?:\s*\([^)]{0,30}\))?(?:(?:,\s*[^,“”"]{1,120}){1,2},)?(?:\s+of\s+the\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)?(?:\s+(?:[\p{Ll}][\p{L}’'-]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,3}\s+$/u;
/** A job between two names ("Ambrose spokesman Neil Tarkington"): the first is an employer, the second the speaker. */
const ROLE_BETWEEN = /^['’]?s?\s+(?:campaign\s+|press\s+|senior\s+|chief\s+|deputy\s+)?(?:spokes(?:man|woman|person)|aide|advis[eo]r|lawyer|attorney|counsel|executive|director|chair(?:man|woman)?|secretary|manager|strategist|official|president|founder|owner|coach)\s+$/u;
/** A statement put out, right before "saying": "issued a written statement", "released a brief statement". */
const STATEMENT_ISSUED = /\b(?:issued|released|put\s+out|posted)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|post|message)\s+$/iu;
/** A role after whom it is for: "Harbour Daily contributor", "GOP strategist". */
const ROLE_FOR = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:contributor|columnist|commentator|correspondent|analyst|strategist|pollster|consultant|spokes(?:man|woman|person)|aide|advis[eo]r|lawyer|attorney|professor|economist|director|chair(?:man|woman)?|president|founder|executive|official)`;
/** Roles joined by "and" right before a person's name: "Harbour Daily contributor and GOP strategist ". */
const ROLE_CHAIN = new RegExp(String.raw`^\s+(?:${ROLE_FOR}\s+and\s+){1,2}${ROLE_FOR}\s+$`, 'u');
/** A role in lower case right before the name ("said committee chairman Roy Lee", "said campaign spokeswoman Ann Lee"). */
const ROLE_BEFORE_NAME = /^\s+(?:[a-z][a-z-]*\s+){0,2}(?:[a-z]{3,}(?:man|woman|person)|aide|advis[eo]r|lawyer|attorney|counsel|director|chair|secretary|manager|strategist|official|president|sponsor|leader|analyst|economist|professor|prosecutor|member|commissioner|council(?:l)?or|trustee|superintendent|sheriff|detective|officer|organi[sz]er|founder|executive|researcher|resident|neighbou?r|witness)\s+$/u;
/** Who the speaker is, up to a comma, then maybe titles: "the Senate majority leader, ", "the legislator, Representative ". */
const ROLE_THEN_NAME = /^\s+(?:the|an?|his|her|their|its)\s+[^,“”"]{1,60},\s*(?:[\p{Lu}][\p{L}.-]*\s+)*$/u;
/** Words in lower case before a title ("said state Sen. Ann Lee", "said former Gov. Tom Ray", "said school board President Ann Lee"). */
const TITLE_QUALIFIERS = /^\s+(?:(?:the|state|former|acting|interim|deputy|assistant|county|city|federal|retired|outgoing|incoming|then|school|board|council|committee|union|party|police|fire|district|company|university|college|hospital|church|club|team|village|town|township)[\s-]+)+$/;
/** Titles between a verb and the name it introduces ("said Gov.", "said the legislator, Representative", "Secretary of State"). */
const TITLES = /(?:[\p{Lu}][\p{L}.-]*\s+(?:(?:of|for)\s+(?:the\s+)?(?=\p{Lu}))?)*$/u;

/** Who heard the words, after whoever said them: ", according to one person who attended", ", according to two aides". */
const UNNAMED_WITNESS_AFTER = /,\s+according\s+to\s+(?:a|an|one|two|three|several|some|people|those|sources?|aides?|officials?)\b[^“”"]*$/i;

/** Words someone said, told as coming from them: "drew a sharp reply from Justice Ann Lee", "a rebuke from Sen. Ann Lee". */
const WORDS_FROM_BEFORE = /\b(?:reply|response|rebuke|retort|answer|questions?|criticism|praise|warning|objection|pushback)\s+from\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/** A title between a name and the person it qualifies: " Prime Minister ", " Chief of Staff ". */
const TITLE_BETWEEN = /^(?:\s+(?:\p{Lu}[\p{L}.-]*|of|for|the))+\s+$/u;

/**
 * The speaker of a quote when its attribution says so plainly: the name that is the subject of a
 * speech verb right beside the quote ("…,” Ann Lee, the mayor, said", "…,” said Ann Lee",
 * "On Friday, Ann Lee said: “…") or the name "according to" introduces. A name elsewhere in the
 * sentence (spoken to, spoken about, in a clause of its own) is not taken; null when unsure.
 */
export function explicitSpeaker(written: string, side: 'after' | 'before'): string | null {
  const attribution = withoutVerbsInNames(withoutAsideVerbs(written.replace(UNNAMED_WITNESS_AFTER, '')));
  // Before a quote, the last verb of speech introduces it ("Lee said, but Ray disagreed: “…", "Lee said Ray told her: “…").
  const verbs = side === 'before' ? [...attribution.matchAll(SPEECH_VERBS)] : [];
  if (verbs.length > 1) {
    const previous = verbs[verbs.length - 2];
    return explicitSpeaker(attribution.slice(previous.index + previous[0].length), side);
  }
  const verb = SPEECH_VERB.exec(attribution);
  if (!verb) return null;
  const spans = nameSpans(attribution).filter((span) => !/^['’]s\b/.test(attribution.slice(span.end)) && !/^[DRI]-[A-Z]/.test(span.text));
  const verbEnd = verb.index + verb[0].length;
  // "…,” said Ann Lee" / "according to Ann Lee": the name follows the verb, maybe after titles ("said NCAA President Ann Lee").
  if ((side === 'after' && /^[\s,.;:!?—–-]*$/.test(attribution.slice(0, verb.index))) || /^according to$/i.test(verb[0])) {
    const following = spans.filter((span) => span.start >= verbEnd);
    let at = 0;
    while (following[at + 1]?.titled && TITLE_BETWEEN.test(attribution.slice(following[at].end, following[at + 1].start))) at += 1;
    // "said Ambrose spokesman Neil Tarkington": the first name is whom the speaker works for.
    const employer = following[at + 1] !== undefined && ROLE_BETWEEN.test(attribution.slice(following[at].end, following[at + 1].start)) && /^\s*$/.test(attribution.slice(verbEnd, following[at].start));
    if (employer) return personOf(following[at + 1].text);
    // "said Harbour Daily contributor and party strategist Tom Dell": whom each role is for, then the person who holds them.
    const holder = following.find((span, j) => j > 0 && ROLE_CHAIN.test(attribution.slice(verbEnd, span.start)));
    if (holder) return personOf(holder.text);
    // "said the Senate majority leader, Ann Lee": a role naming a body of its own, then, after the comma, the person.
    const afterRole = following.find((span) => span.text.includes(' ') && ROLE_THEN_NAME.test(attribution.slice(verbEnd, span.start)));
    if (afterRole) return personOf(afterRole.text);
    const next = following[at];
    const gap = next ? attribution.slice(verbEnd, next.start).replace(TITLES, '') : '';
    // "said the mayor’s spokesman, Ann Lee", "said his niece, Ann Lee", "said Lee’s niece, Ann Lee": who the speaker is, then the name.
    if (next && (/^\s+(?:(?:the|an?|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s+[^,“”"]{1,60},\s*)?$|^\s*$/u.test(gap) || (next.titled && TITLE_QUALIFIERS.test(gap)) || ROLE_BEFORE_NAME.test(gap)) && (at === 0 || next.titled)) return personOf(next.text);
    if (side === 'after') return null;
  }
  // "Ann Lee issued a statement saying that “…": whoever issued the statement speaks.
  const issued = side === 'before' && /^saying$/i.test(verb[0]) ? STATEMENT_ISSUED.exec(attribution.slice(0, verb.index)) : null;
  const issuer = issued ? spans.filter((span) => span.end <= issued.index).pop() : undefined;
  if (issued && issuer && /^\s+$/.test(attribution.slice(issuer.end, issued.index))) return personOf(issuer.text);
  // "…,” Ann Lee said" / "Ann Lee said: “…": a name opens the attribution (after a few words) and the verb follows it.
  const lead = (span: { start: number; titled: boolean }) => {
    const words = attribution.slice(0, span.start).replace(side === 'after' ? /^[\s,.;:!?—–-]+/ : /^\s+/, '');
    return span.titled ? words.replace(TITLES, '') : words;
  };
  // "Gov. Ann Lee vetoed the bill on Friday, calling it “…": the sentence's subject speaks in the clause the participle opens.
  const participle = side === 'before' && PARTICIPLE.test(verb[0]) && /,\s*$/.test(attribution.slice(0, verb.index));
  const subject = spans.find((span) => {
    if (span.end > verb.index) return false;
    const before = lead(span);
    const between = attribution.slice(span.end, verb.index);
    // No full name before the subject, and no other name between it and the participle ("Ann Lee met Tom Ray, calling…" is not plain).
    // A name after another and a verb of the same clause is what the verb acts on ("Lee ordered Ray to pay, calling…"), not its subject.
    const actedOn = spans.some((other) => other.end <= span.start && ACTING_BETWEEN.test(attribution.slice(other.end, span.start)));
    const clauseToParticiple = participle && !spans.some((other) => other.end <= span.start && other.text.includes(' ')) && !actedOn && CLAUSE_BEFORE_PARTICIPLE.test(between) && !spans.some((other) => other.start > span.end && other.start < verb.index);
    // An aside closed before the name ("the mayor’s spokeswoman, Ann Lee, said") leaves its comma after it, unless another
    // aside follows the name ("the bill’s sponsor, Sen. Ann Lee, R-Ames, said").
    // "He praised Ms. Okafor, saying": the name a pronoun's verb acted on is no subject.
    return INTRODUCED.test(before) && !AFTER_PREPOSITION.test(before) && !PRONOUN_ACTED_BEFORE.test(attribution.slice(0, span.start)) && (BESIDE_VERB.test(between) || clauseToParticiple || (/,\s*$/.test(before) && BESIDE_VERB.test(between.replace(/^,/, ''))));
  });
  if (!subject) return null;
  // "Ann Lee and Gov. Tom Ray said": a joint statement is neither one's own words.
  if (/\p{Lu}[\p{L}'’-]+,?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\.?\s+)*$/u.test(attribution.slice(0, subject.start))) return null;
  // A second speech verb before the quote opens ("Ann Lee said Tom Ray told her “…") gives the words to someone else.
  if (side === 'before' && SPEECH_VERB.test(attribution.slice(verbEnd))) return null;
  return personOf(subject.text);
}

/** A verb of speech inside an aside that ends right before another one ("Omar Whitlock, speaking after Irene Dahl announced the review, said"). */
const ASIDE_VERB_END = /^[^,“”"]*,\s*(?:\p{Ll}+\s+){0,2}$/u;

/**
 * The attribution with the verbs of speech of its asides blanked out (offsets kept): who an aside says spoke earlier
 * is not who speaks the quote.
 */
function withoutAsideVerbs(attribution: string): string {
  const verbs = [...attribution.matchAll(SPEECH_VERBS)];
  return verbs.reduce((text, verb, i) => {
    const next = verbs[i + 1];
    const inAside = next !== undefined && attribution.slice(0, verb.index).includes(',') && ASIDE_VERB_END.test(attribution.slice(verb.index + verb[0].length, next.index));
    return inAside ? text.slice(0, verb.index) + ' '.repeat(verb[0].length) + text.slice(verb.index + verb[0].length) : text;
  }, attribution);
}

/** A capitalised word right after another: part of a name ("the United States attorney"), whatever verb it spells. */
const WORD_IN_NAME = /(?<=\p{Lu}[\p{L}.'’-]*\s+)\p{Lu}\p{Ll}+/gu;

/** The attribution with words of names that spell a verb of speech ("States", "Says") blanked out (offsets kept). */
function withoutVerbsInNames(attribution: string): string {
  return attribution.replace(WORD_IN_NAME, (word) => (SPEECH_VERB.test(word) ? ' '.repeat(word.length) : word));
}

/** The name nearest the speech verb of an attribution, or 'pronoun' when a pronoun speaks. */
/** A finite verb right after a name: the name is the subject of a clause ("…said Kerr had raised…"). */
const REPORTED_VERB_AFTER = new RegExp(`^${FINITE_AFTER}`, 'u');

function speakerIn(attribution: string): string | 'pronoun' | null {
  const verb = SPEECH_VERB.exec(attribution)!;
  if (PRONOUN_BESIDE_VERB.test(attribution)) return 'pronoun';
  // "X told Y", "X accused Y": the name after the verb is the one spoken to or about.
  const addressed = ADDRESSING.test(verb[0]);
  const kinds = new Map(entities(attribution).map((e) => [e.text, e.kind]));
  const relativeClauses = [...attribution.matchAll(/,\s*(?:who|whose|which)\b[^,]*,/g)].map((m) => [m.index, m.index + m[0].length]);
  // Asides between a name and its verb (", R-Ky.,", ", who …,") do not put the name further from it.
  const asides = [...relativeClauses, ...[...attribution.matchAll(/,\s*[DRI]-[A-Z][\w.]*,/g)].map((m) => [m.index, m.index + m[0].length])];
  const asideBetween = (from: number, to: number) => asides.reduce((n, [a, b]) => (a >= from && b <= to ? n + b - a : n), 0);
  const distance = (s: { start: number; end: number }) =>
    Math.min(Math.abs(s.start - verb.index), Math.abs(s.end - verb.index) - asideBetween(s.end, verb.index), Math.abs(s.start - verb.index - verb[0].length));
  const named = nameSpans(attribution);
  const spans = named.filter(
    (span, i, all) =>
      // A qualifier cut off by a title ("Estonian" in "Estonian Prime Minister Kaja Kallas", "White House" in "White House Chief
      // of Staff Ned Barlow") is not the speaker.
      !(all[i + 1]?.titled && TITLE_BETWEEN.test(attribution.slice(span.end, all[i + 1].start))) &&
      !(addressed && span.start > verb.index) &&
      // A party or a kind named in an aside ("Ms. Okafor, a Republican, …") describes someone; it does not speak.
      !/,\s+(?:a|an)\s+$/i.test(attribution.slice(0, span.start)) &&
      // "Mr. Lee thanked Mr. Ray for the troops but said…", "He praised Ms. Okafor, saying, “…”": a name right after another's
      // verb, or a pronoun's, is what that verb acted on.
      !(span.start < verb.index && (all.some((other) => other.start < span.start) || PRONOUN_ACTED_BEFORE.test(attribution.slice(0, span.start))) && ACTED_ON_BEFORE.test(attribution.slice(0, span.start))) &&
      // "saying that Lee had", "said only that Mr. Lee deserved": whom the words are about, the subject of what was said.
      !(span.start > verb.index && /^\s+(?:(?:only|simply|just|merely|\p{Ll}+ly)\s+)?that\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.\s+)?$/iu.test(attribution.slice(verb.index + verb[0].length, span.start))) &&
      // "An official said Ms. Kerr had raised it": a name right after the verb with a verb of its own leads what was said.
      !(span.start > verb.index && /^\s+(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(attribution.slice(verb.index + verb[0].length, span.start)) && REPORTED_VERB_AFTER.test(attribution.slice(span.end))) &&
      !afterPreposition(attribution, span.start) &&
      // "Cohen’s testimony", "Pence’s office": a name in the possessive is whose the words are about, not who speaks.
      !/^[^\s]*['’]s\b/.test(attribution.slice(span.start + span.text.length)) &&
      !/['’]s$/.test(attribution.slice(span.start, span.end)) &&
      // "McConnell, who backed Luther Strange, said": a name inside a relative clause is not the subject.
      !relativeClauses.some(([from, to]) => span.start > from && span.start < to) &&
      // A party and state ("D-N.Y.") follows a name; it is not one.
      !/^[DRI]-[A-Z]/.test(span.text) &&
      // Speakers are people or institutions named beside the verb, not places.
      (span.titled || kinds.get(span.text) !== 'place') &&
      distance(span) <= MAX_SPEAKER_DISTANCE,
  );
  // "Ann Lee thanked her running mate, Sen. Tom Ray, and promised…", "Ann Lee turned to Tom Ray and said:": a verb joined to
  // another by "and" has that one's subject, the first name that is neither after a preposition nor what a verb acted on.
  const subject = named.find((span) => span.start < verb.index && !afterPreposition(attribution, span.start) && !ACTED_ON_BEFORE.test(attribution.slice(0, span.start)));
  if (subject && /(?:,\s+|\s)and\s+$/.test(attribution.slice(0, verb.index))) return subject.text;
  if (spans.length > 0) return spans.sort((a, b) => distance(a) - distance(b) || Number(b.titled) - Number(a.titled))[0].text;
  return PRONOUN.test(attribution.replace(PRONOUN_LEADING_CLAUSE, '')) ? 'pronoun' : null;
}
