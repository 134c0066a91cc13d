import { STOPWORDS } from './stopwords';

/** A proper-name candidate and where it sits in its sentence. */
export interface NameSpan {
  /** The name without titles or possessive ("Jen Psaki" from "Press Secretary Jen Psaki's"). */
  text: string;
  start: number;
  end: number;
  /** Preceded by a personal title or honorific ("Mr.", "President", "Prime Minister"): a person. */
  titled: boolean;
}

/**
 * Runs of capitalised words, allowing the lower-case joiners of names ("Bank of England", "Luiz
 * da Silva"), a surname's particle before it ("de Blasio") and one joined to it ("Karim al-Rashid").
 */
const CAPITALISED_RUN = /(?:\b(?:de|del|della|di|da|du|van|von)\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}\p{N}'’.-]*[\p{L}\p{N}.]|\p{Lu})(?:\s+(?:(?:of|the|de|del|della|di|da|du|von|van|al|bin|for)\s+)?(?:(?:al|el|bin|ibn|abu|abd)-)?(?:\p{Lu}[\p{L}\p{N}'’.-]*[\p{L}\p{N}.]|\p{Lu}\.))*/gu;
/** A nickname inside a name: Robert "Bobby" Lane, Luis (Lucho) Perez. */
const NICKNAME = /(?<=\p{Lu}[\p{L}'’.-]*\s+)(["“]|\()(\p{Lu}[\p{L}'’.-]*)(["”]|\))(?=\s+\p{Lu})/gu;

/** A hyphenated word after a name that says what is like it, from it or near it. */
const DESCRIPTIVE_SUFFIX = /(?<=\p{Lu}[\p{L}.]*)-(?:style|based|born|area|led|backed|owned|made|run|funded|bound|era|type)\b/gu;

/** "Early November", "Last Monday": a time, never anyone's name ("May" alone may be one). */
const CALENDAR = /^(?:(?:early|late|mid|last|next|this)[\s-]+may|(?:(?:early|late|mid|last|next|this)[\s-]+)?(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?)$/i;

/** "We’ve", "Don't": capitalised contractions are never names. */
const CONTRACTION = /['’](?:ve|re|ll|d|m)$|n['’]t$/i;

/** Titles and honorifics: they precede a person's name and are not part of it. */
const TITLE_WORDS = new Set(
  `mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt.
  president vice prime minister secretary secretary-general press general chancellor senator representative
  governor mayor king queen prince princess pope judge justice chief speaker leader director ambassador
  commissioner chairman chairwoman chair spokesman spokeswoman spokesperson attorney deputy foreign defense
  defence interior finance state treasury former acting lady sir dame lord bishop cardinal rabbi
  sheikh emir sultan premier officer ceo founder coach captain sergeant lieutenant colonel major admiral
  detective inspector professor doctor council-member congressman congresswoman counsel pro tem tempore
  capt capt. cmdr cmdr. det det. rev rev. maj maj. supt supt. insp insp. reverend pastor father
  sheriff trooper constable superintendent councillor councilman councilwoman alderman councilmember councilmembers councilor councilors
  ranger chef firefighter headteacher headmaster prosecutor
  sens sens. reps reps. senators representatives justices judges governors mayors commissioners councillors
  dist dist. atty atty. asst asst. dep dep.
  majority minority whip executive administrator commander treasurer comptroller provost warden agent`.split(/\s+/),
);
/** A name without the titles before it ("Mrs. Harlow" → "Harlow", "Senator Ann Lee" → "Ann Lee"). */
export function withoutTitles(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has(words[0].toLowerCase())) words.shift();
  return words.join(' ');
}

/** Words that make a name an institution whatever the tagger thinks ("White House", "Supreme Court", "Mercy Hospital"). */
export const ORGANIZATION_WORDS =
  /\b(?:Organi[sz]ation|Council|Union|Commission|House|Ministry|Department|Party|Agency|Bank|Court|Congress|Parliament|Senate|Committee|Group|Inc|Corp|Corporation|Company|University|College|Center|Centre|Conference|Legislature|Alliance|Forces|Army|Navy|Police|Office|Administration|Association|Institute|Foundation|Federation|Fund|Board|Bureau|Service|Network|Times|Post|Journal|Airlines|Motors|Reserve|Assembly|Coalition|Campaign|Caucus|Hospital|Electric|Dynamics|Mills)\b/;

/** The last word of a title's own qualifier before "Judge": "U.S. District", "Circuit", "Magistrate". */
const QUALIFIES_TITLE = /^(?:District|Circuit|Magistrate|Bankruptcy|Appeals|Appellate|Superior)$/;

/** Titles that are also common family names ("Angus King", "Garrett Pope"). */
const SURNAME_TITLES = new Set(['king', 'pope', 'bishop', 'judge', 'major']);
/** A word that makes what follows a common noun: "the King", "his judge", "Spain's king". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|['’]s?)\s+$/i;

/** "in Charge" after "Agent": part of the title. */
const IN_CHARGE = /(?<=\bAgent)\s+in\s+Charge\b/g;

/** Words that open a title; a run starting with one is a title followed by a name. */
const PERSON_HONORIFICS = new Set('mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. sir dame'.split(' '));

/**
 * Proper-name candidates of a sentence with their offsets. A run of capitalised words is cut at
 * titles ("White House Press Secretary Jen Psaki" → "White House", "Jen Psaki"); a capitalised
 * stopword that only opens the sentence ("The", "While") is dropped.
 */
export function nameSpans(text: string): NameSpan[] {
  const out: NameSpan[] = [];
  // The nickname is blanked out of the name ("Robert Lane") and given as a name of its own ("Bobby Lane").
  const nicknames: NameSpan[] = [];
  // "a New Jersey-style town hall", "a Woodburn-area bank": the name is what comes before the hyphen.
  // "Special Agent in Charge Lena Ortiz": the charge is the title's, blanked so that the name follows "Agent".
  const unsuffixed = text.replace(DESCRIPTIVE_SUFFIX, (suffix) => ' '.repeat(suffix.length)).replace(IN_CHARGE, (words) => ' '.repeat(words.length));
  const sentence = unsuffixed.replace(NICKNAME, (whole, _open, nickname: string, _close, at: number) => {
    const surname = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(unsuffixed.slice(at + whole.length))?.[1];
    if (surname) nicknames.push({ text: `${nickname} ${surname}`, start: at + 1, end: at + whole.length, titled: false });
    return ' '.repeat(whole.length);
  });
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    const tokens = [...match[0].matchAll(/\S+/g)].map((t) => ({ word: t[0], start: match.index + t.index }));
    // "Ambassador to the United Nations Karen Whitfield", "Minister for Trade and Industry Karen Whitfield": the title's place,
    // body or field, then the person, in one run: the person is the last two words (three with a middle initial).
    const before = sentence.slice(0, match.index);
    const fieldBefore = FIELD_AND_BEFORE.test(before);
    const personFrom = (POSTED_TO_BEFORE.test(before) || fieldBefore) && tokens.length >= 3 ? tokens.length - (/^\p{Lu}\.$/u.test(tokens[tokens.length - 2].word) && tokens.length >= 4 ? 3 : 2) : -1;
    let segment: typeof tokens = [];
    let titled = false;
    const flush = () => {
      // "Professor of Marine Biology", "Minister for Trade": what follows a title's "of" is its field, not the person.
      const field = titled && /^(?:of|for)$/i.test(segment[0]?.word ?? '');
      // "at the Harbour Lodge Thursday", "said Obama Monday": the day after a name is when, not part of it ("Super Tuesday" stays).
      while (segment.length > 1 && WEEKDAY.test(segment[segment.length - 1].word) && !DAY_NAMED.test(segment[segment.length - 2].word)) segment.pop();
      while (segment.length && /^(?:of|the|de|von|van|al|bin|for)$/i.test(segment[segment.length - 1].word)) segment.pop();
      while (
        segment.length &&
        (/^(?:of|the|for|and)$/i.test(segment[0].word) ||
          opensSentenceAsWord(segment[0], sentence, segment.length > 1) ||
          (segment.length >= 3 && (describesAtStart(segment[0], sentence) || verbAtStart(segment, sentence))))
      )
        segment.shift();
      if (segment.length) {
        const first = segment[0];
        const last = segment[segment.length - 1];
        const raw = sentence.slice(first.start, last.start + last.word.length);
        const text = raw.replace(/['’]s?$/, '').replace(/\.$/, (dot, at: number) => (/(?:^|[\s.])\p{Lu}$/u.test(raw.slice(0, at)) ? dot : ''));
        if (text.length >= 2 && !STOPWORDS.has(text.toLowerCase()) && !CONTRACTION.test(text) && !CALENDAR.test(text)) out.push({ text: text.replace(/\s+/g, ' '), start: first.start, end: first.start + text.length, titled: titled && !field });
      }
      segment = [];
    };
    for (const [at, token] of tokens.entries()) {
      if (at === personFrom) {
        // The rest of a field ("Industry") names no one; a place or body posted to ("United Nations") is a name.
        if (fieldBefore) segment = [];
        else flush();
        titled = true;
      }
      // "Co-Chairwoman", "Vice-Chair": a title with its prefix is a title; so is one ending a sentence ("back the Prime Minister.").
      const bare = token.word.replace(/['’]s$/, '').toLowerCase().replace(/^(?:co|vice)-/, '').replace(/(?<=\p{L}{3})\.$/u, '');
      // "…,” King said": a title that is also a family name, alone, with no article before it, is that name.
      const familyName = tokens.length === 1 && SURNAME_TITLES.has(bare) && !DETERMINER_BEFORE.test(sentence.slice(0, token.start));
      // "Bayview General Hospital", "General Motors", "the Executive Committee": a title word naming a body is part of its name.
      const ofBody = /^\p{Lu}/u.test(token.word) && !/['’]s$/.test(token.word) && ORGANIZATION_WORDS.test(tokens[at + 1]?.word ?? '');
      // "Chief of Staff Ned Barlow": the staff a chief heads is the title's.
      const staffOfTitle = titled && bare === 'staff' && segment.length === 1 && /^of$/i.test(segment[0].word);
      if ((TITLE_WORDS.has(bare) || PERSON_HONORIFICS.has(bare) || staffOfTitle) && !familyName && !ofBody) {
        // "U.S. District Judge", "Magistrate Judge": words naming the kind of judge are the title's, no name of their own.
        if (QUALIFIES_TITLE.test(segment[segment.length - 1]?.word ?? '') || staffOfTitle) segment = [];
        // "Acting Harbour House Chief of Staff": the body a title is of is no person, though a title stands before it.
        if (ORGANIZATION_WORDS.test(segment.map((t) => t.word).join(' '))) titled = false;
        flush();
        titled = true;
        continue;
      }
      segment.push(token);
      // A possessive ends a name: "Fusion’s Jorge Ramos" is two names.
      if (/['’]s$/.test(token.word)) {
        flush();
        titled = false;
      }
    }
    flush();
  }
  // A nickname is titled as the name it sits in is.
  for (const nickname of nicknames) nickname.titled = out.some((span) => span.titled && span.start < nickname.start && span.end > nickname.end);
  return [...out, ...nicknames].sort((a, b) => a.start - b.start);
}

/** A title of someone posted to a place or a body, right before its name: "Ambassador to the", "envoy to". */
const POSTED_TO_BEFORE = /\b(?:ambassador|envoy|emissary|representative|delegate|consul|liaison)\s+to\s+(?:the\s+)?$/i;
/** A title's field of two parts, the first before "and": "Minister for Trade and", "Secretary of Housing and". */
const FIELD_AND_BEFORE = /\b(?:Secretary|Minister|Commissioner|Director|Professor)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)+and\s+$/u;

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,.]?$/;
/** Days named after a weekday: "Super Tuesday", "Good Friday", "Black Friday", "Ash Wednesday". */
const DAY_NAMED = /^(?:Super|Good|Black|Cyber|Ash|Holy|Maundy|Palm|Easter|Bloody|Fat|Giving)$/;

/** Stopwords that also open names: "New York", "First Amendment" keep them when a capitalised word follows. */
const NAME_OPENERS = new Set(['new', 'first']);

/** An ordinary word capitalised only because it opens the sentence or a quote ("The", "While"). */
function opensSentenceAsWord(token: { word: string; start: number }, sentence: string, nameFollows: boolean): boolean {
  const word = token.word.replace(/['’]s$/, '').replace(/,$/, '').toLowerCase();
  return atSentenceStart(token, sentence) && (STOPWORDS.has(word) || SENTENCE_ADVERBS.has(word)) && !(nameFollows && NAME_OPENERS.has(word));
}

/** Adverbs that open a sentence, capitalised there only ("Later, officials said…"). */
const SENTENCE_ADVERBS = new Set(
  'later earlier afterward afterwards meanwhile separately instead still nevertheless nonetheless however moreover furthermore additionally overall yesterday today tonight recently previously initially eventually finally ultimately currently lately privately publicly'.split(' '),
);

function atSentenceStart(token: { start: number }, sentence: string): boolean {
  const before = sentence.slice(0, token.start);
  return /^\s*["“‘(]?\s*$/.test(before) || /(?:[.!?:]["”’]?|—|--)\s+["“‘]?$/.test(before) || /["“‘]$/.test(before);
}

/** Words that say who someone is, capitalised only when they open a sentence ("Resident Olga Meyer said"). */
const DESCRIPTORS = new Set(
  'resident residents witness neighbour neighbor owner teacher engineer clerk student driver passenger victim volunteer organiser organizer activist analyst economist researcher scientist expert manager worker employee shopkeeper shopper voter parent tourist survivor candidate challenger incumbent protester protestor historian author nurse lawyer farmer democrat republican'.split(' '),
);

/** A word saying who the named person is, opening the sentence before their name. */
function describesAtStart(token: { word: string; start: number }, sentence: string): boolean {
  return atSentenceStart(token, sentence) && DESCRIPTORS.has(token.word.toLowerCase());
}

/** "Following the Senate vote", "Reversing the Bush rule": a verb in -ing opening the sentence before "the" is no part of the name after it. */
function verbAtStart(segment: { word: string; start: number }[], sentence: string): boolean {
  return atSentenceStart(segment[0], sentence) && /^\p{Lu}\p{Ll}{2,}ing$/u.test(segment[0].word) && /^the$/i.test(segment[1].word);
}

/** Proper-name candidates of a sentence, titles removed ("Jens Stoltenberg", "NATO"). */
export function names(sentence: string): string[] {
  return nameSpans(sentence).map((span) => span.text);
}
