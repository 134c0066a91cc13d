import { compatibleFirstNames, editDistance, normalizeName, spelledAlike, surnameOf } from '../text/aliases';
import { withoutTitles } from '../text/names';
import type { AnalysedArticle, Mention } from '../text/analyse';
import type { DateMention } from '../text/dates';
import type { DifferenceKind, DifferenceValue } from '../types';
import { STOPWORDS } from '../text/stopwords';
import { contentTerms, inflected, isContentTerm, stem, words } from '../text/terms';
import { CURRENCIES, IN_DOZENS, MEASURES, MONTH_NAME, PHYSICAL_UNITS, quantities, roughlyEqual, sameTally, singularNoun, type Quantity } from '../text/quantities';
import { CLOCK_TIMES, hoursOf, sameDate, sameYearlessDate, sideOfPublicationHolds, toldAsToCome } from './dates';
import { similarity } from './align';
import { WEEKDAYS } from '../text/dates';
import { actsIn } from './entities';
import { spokenWording } from '../text/wording';
import { perText } from '../text/per-text';
import { escapeRegExp } from '../text/regexp';
import { sentencesOfQuote } from '../text/sentences';
import { NUMBER_UNDER_HUNDRED, ORDINALS, SMALL_NUMBERS, numberWordsPattern, smallNumber } from '../text/number-words';
import { voteOutcomeIn } from './figure-subject';
import { writtenAt } from './difference';

/**
 * How sure a check is that an article reports a detail: `strong` when it gives the same figure or
 * date, writes the name, or shares a run of the quote's words; `weak` when it only comes close (a
 * figure in words or within a few percent of a hedged one, a coarser date, a name misspelt, a
 * paraphrase of a quote), which may as well be another statement.
 */
export type Evidence = 'strong' | 'weak';

/**
 * Whether an article reports a detail in any form, read from its full text, before it is called
 * silent about it: a surname or an initial for a full name, an acronym with or without dots or the
 * initials of a name, a name spelt a letter apart, a figure in words or rounded, a relative date
 * for a calendar one, part of a quote.
 */
export function reportsDetail(article: AnalysedArticle, kind: DifferenceKind, values: DifferenceValue[]): boolean {
  return evidenceOf(article, kind, values) !== null;
}

/** The surest evidence that an article reports a detail, or null when it does not. */
export function evidenceOf(article: AnalysedArticle, kind: DifferenceKind, values: DifferenceValue[]): Evidence | null {
  const check = PRESENCE[kind];
  if (check === undefined) return null;
  let found: Evidence | null = null;
  for (const value of values) {
    const evidence = check(article, value);
    if (evidence === 'strong') return evidence;
    found ??= evidence;
  }
  return found;
}

/**
 * Where an article surely reports a detail in another form: a value of that article (the sentence
 * that gives it), so that a card can name every outlet that reports the detail; null when it does
 * not, or when the only evidence is weak (a paraphrase is often another statement: it may keep the
 * outlet from being called silent, it may not put the detail in its mouth).
 */
export function whereReported(article: AnalysedArticle, kind: DifferenceKind, values: DifferenceValue[]): DifferenceValue | null {
  const found = reportedAs(article, kind, values);
  return found?.evidence === 'strong' ? found.value : null;
}

/** The article's value for a detail it reports in another form, on the surest evidence there is; null when it does not. */
export function reportedAs(article: AnalysedArticle, kind: DifferenceKind, values: DifferenceValue[]): { value: DifferenceValue; evidence: Evidence } | null {
  const check = PRESENCE[kind];
  if (check === undefined) return null;
  const checked = values.map((v) => ({ v, evidence: check(article, v) }));
  const best = checked.find((c) => c.evidence === 'strong') ?? checked.find((c) => c.evidence === 'weak');
  if (!best?.evidence) return null;
  const at = sentenceReporting(article, kind, best.v);
  const sentence = article.sentences[at] ?? '';
  const value = { articleId: article.article.id, source: article.article.source, text: writtenAs(article, at, kind, best.v) ?? sentence, normalized: best.v.normalized, sentence };
  return { value, evidence: best.evidence };
}

/** The sentence that reports the detail: the one giving the same figure or date or writing the name, else the one most like it. */
function sentenceReporting(article: AnalysedArticle, kind: DifferenceKind, value: DifferenceValue): number {
  if (kind === 'number') {
    const [amount, ...unit] = value.normalized.split(' ');
    const target = Number(amount);
    // A small count recurs for unrelated things ("four weeks" is no writing of "four girls"): only of the same thing.
    const found =
      article.quantities.find((m) => m.value.value === target && m.value.unit === unit.join(' ')) ??
      article.quantities.find((m) => m.value.value === target && (target >= 10 ? !measureOfOther(target, unit.join(' '), m.value.unit) : countsAlike(m.value.unit, unit.join(' ')))) ??
      article.quantities.find((m) => sameSpan(m.value, target, unit.join(' ')));
    if (found) return found.index;
    const written = article.sentences.findIndex((sentence) => bareFigureIn(sentence, target));
    if (written >= 0) return written;
    const named = namesCounted(article, target, unit.join(' '));
    if (named >= 0) return named;
    // A tally told by its counts in words, or as unanimous, is in the sentence telling it so.
    const toldOtherwise = unit.join(' ') === 'tally' ? article.sentences.findIndex((sentence) => tallyInWords(sentence, Math.floor(target / 1000), target % 1000) || unanimous(sentence, target % 1000)) : -1;
    if (toldOtherwise >= 0) return toldOtherwise;
    const nearest = nearestCount(article, value);
    if (nearest !== null) return nearest;
  } else if (kind === 'date') {
    const found = dateReported(article, value);
    if (found !== null) return found.index;
  } else if (kind === 'quote') {
    const { index } = quoteFound(article, value);
    if (index !== null && index >= 0) return index;
  } else if (kind === 'person') {
    const name = surnameOf(normalizeName(value.normalized).replace(/,/g, ''));
    const index = name.length >= 2 ? article.sentences.findIndex((s) => normalizeName(s).includes(name)) : -1;
    if (index >= 0) return index;
  } else if (kind === 'organization' || kind === 'place') {
    const index = article.sentences.findIndex((s) => nameWritten(s, value.text) || initialsWritten(s, value.text) || tailWritten(s, value.text) || spellingWritten(s, value.text));
    if (index >= 0) return index;
  }
  return closestSentence(article, kind === 'quote' ? value.text : value.sentence);
}

/** How far (as a log ratio, about a third either way) a count told loosely may be from the figure it stands for. */
const NEAREST_COUNT_APART = Math.log(1.35);

/**
 * The sentence of an article's count nearest a figure, of the same kind of thing and not far from it ("more than 400,000
 * people" for 412,000 donors): where the article may tell that figure loosely; null if none.
 */
export function nearestCount(article: AnalysedArticle, value: DifferenceValue): number | null {
  const [amount, ...words] = value.normalized.split(' ');
  const [target, unit] = [Number(amount), words.join(' ')];
  if (!(target > 0)) return null;
  // A measure in another system of units ("about 4,200 pounds" for "1,900 kilograms") is compared in its base unit.
  const base = inBaseUnits(target, unit);
  const apart = (q: Quantity) => {
    const theirs = countsAlike(q.unit, unit) ? null : inBaseUnits(q.value, q.unit);
    return theirs && base && theirs[1] === base[1] ? Math.abs(Math.log(theirs[0] / base[0])) : Math.abs(Math.log(q.value / target));
  };
  const measured = (q: Quantity) => countsAlike(q.unit, unit) || sameMeasure(q.unit, unit);
  const near = article.quantities.filter(({ value: q }) => q.value > 0 && measured(q) && apart(q) <= NEAREST_COUNT_APART);
  // Of two counts as near ("4 percent of its staff", "shares fell about 4 percent" for "slid 3.8%"), the one told most alike.
  const terms = contentTerms(value.sentence);
  const alike = (index: number) => terms.filter((t) => article.terms[index].has(t)).length;
  return near.sort((a, b) => apart(a.value) - apart(b.value) || alike(b.index) - alike(a.index))[0]?.index ?? null;
}

function closestSentence(article: AnalysedArticle, text: string): number {
  const terms = contentTerms(text);
  let best = 0;
  let bestShared = -1;
  article.terms.forEach((other, i) => {
    const shared = terms.filter((t) => other.has(t)).length;
    if (shared > bestShared) [best, bestShared] = [i, shared];
  });
  return best;
}

/**
 * The detail as the article writes it in that sentence: the figure of its unit closest to it, the date, the
 * name, the quotation; null when the sentence has none of them.
 */
function writtenAs(article: AnalysedArticle, index: number, kind: DifferenceKind, value: DifferenceValue): string | null {
  const sentence = article.sentences[index] ?? '';
  if (kind === 'number') {
    const [amount, ...unit] = value.normalized.split(' ');
    const target = Number(amount);
    // Another figure of the sentence is not this one written otherwise: only one of the same unit or within a tenth.
    const figures = article.quantities
      .filter((m) => m.index === index && (countsAlike(m.value.unit, unit.join(' ')) || sameSpan(m.value, target, unit.join(' ')) || sameMeasure(m.value.unit, unit.join(' ')) || (target >= 10 && Math.abs(m.value.value - target) <= target / 10)))
      .sort((a, b) => Math.abs(a.value.value - target) - Math.abs(b.value.value - target));
    if (figures[0]?.value.value === target) return figures[0].value.text;
    // "pulling 90 cars when 28 of them derailed", "Four of the six other jurors": the figure written bare, in digits or in
    // words, is this one, not the nearest count of its unit.
    const inDigits = bareFigureIn(sentence, target) ? ([target.toLocaleString('en-US'), String(target)].find((written) => sentence.includes(written)) ?? String(target)) : null;
    const words = target > 1 ? numberWordsPattern(target) : null;
    const inWords = words ? (new RegExp(`\\b${words}\\b`, 'i').exec(sentence)?.[0] ?? null) : null;
    const asUnanimous = unit.join(' ') === 'tally' ? (UNANIMOUS.exec(sentence)?.[0] ?? null) : null;
    return inDigits ?? inWords ?? figures[0]?.value.text ?? asUnanimous;
  }
  if (kind === 'date') {
    const found = dateReported(article, value);
    return found !== null && found.index === index ? ('words' in found ? found.words : found.value.text) : null;
  }
  if (kind === 'quote') return article.quotes.find((q) => q.sentence.includes(sentence) || sentence.includes(q.text) || q.text.includes(sentence))?.text ?? null;
  const name = kind === 'person' ? surnameOf(normalizeName(value.normalized).replace(/,/g, '')) : normalizeName(value.text);
  const named = article.entities.find((m) => m.index === index && normalizeName(m.value.text).includes(name));
  return named?.value.text ?? null;
}

const PRESENCE: Partial<Record<DifferenceKind, (article: AnalysedArticle, value: DifferenceValue) => Evidence | null>> = {
  person: (article, value) => surest(personWritten(article, value.normalized), personWritten(article, value.text)) ?? (officeWritten(article, value) ? 'weak' : null),
  organization: (article, value) => bodyWritten(article, value),
  place: (article, value) => (countryWritten(article.article.text, value.normalized) ? 'strong' : bodyWritten(article, value)),
  number: (article, value) => figureWritten(article, value),
  date: (article, value) => dateWritten(article, value),
  quote: (article, value) => quoteFound(article, value).evidence,
};

function surest(a: Evidence | null, b: Evidence | null): Evidence | null {
  return a === 'strong' || b === 'strong' ? 'strong' : (a ?? b);
}

/** A spokesperson's office, whose body speaks for them ("The ministry said…"). */
const SPOKESPERSON = '[Ss]pokes(?:man|woman|person)';

/**
 * Offices a person is known by: how a sentence writes one before the name, and how an outlet
 * writes it, alone ("the governor") or before someone's name ("Gov. Tom Ray").
 */
const OFFICES: [RegExp, string][] = [
  [/(?<!\b(?:vice|lt\.?|lieutenant)\s+)\bpresident\s+$/i, '[Pp]resident'],
  [/\bvice\s+president\s+$/i, '[Vv]ice\\s+[Pp]resident'],
  [/\bprime\s+minister\s+$/i, '[Pp]rime\\s+[Mm]inister'],
  // "Almora's foreign minister, Sefa Ambrin": after the prime minister, whose office this is not.
  [/(?<!\bprime\s+)\bminister,?\s+$/i, '[Mm]inister'],
  [/(?<!\b(?:lt\.?|lieutenant)\s+)\b(?:gov\.|governor)\s+$/i, '(?:[Gg]overnor|Gov\\.)'],
  [/\bmayor\s+$/i, '[Mm]ayor'],
  [/\bspeaker\s+$/i, '[Ss]peaker'],
  [/\bsecretary\s+of\s+state\s+$/i, '[Ss]ecretary\\s+of\\s+[Ss]tate'],
  [/\bpress\s+secretary\s+$/i, '[Pp]ress\\s+[Ss]ecretary'],
  [/\battorney\s+general\s+$/i, '[Aa]ttorney\\s+[Gg]eneral'],
  [/\bdistrict\s+attorney\s+$/i, '[Dd]istrict\\s+[Aa]ttorney'],
  [/\binspector\s+general,?\s+$/i, '[Ii]nspector\\s+[Gg]eneral'],
  [/\bsuperintendent(?:\s+of\s+(?:schools|public\s+instruction))?,?\s+$/i, '[Ss]uperintendent'],
  [/\bmajority\s+leader\s+$/i, '[Mm]ajority\\s+[Ll]eader'],
  [/\bminority\s+leader\s+$/i, '[Mm]inority\\s+[Ll]eader'],
  [/\bchancellor\s+$/i, '[Cc]hancellor'],
  [/\bsheriff\s+$/i, '[Ss]heriff'],
  [/\bpolice\s+chief\s+$/i, '[Pp]olice\\s+[Cc]hief'],
  [/\bchief\s+justice\s+$/i, '[Cc]hief\\s+[Jj]ustice'],
  [/\bpope\s+$/i, '[Pp]ope'],
  [/\bspokes(?:man|woman|person),?\s+$/i, SPOKESPERSON],
  // After the district attorney and the attorney general: "her attorney, Ann Lee", "defense lawyer Ann Lee".
  [/\b(?:attorney|lawyer),?\s+$/i, "(?<!(?:[Dd]istrict|[Cc]ounty|[Ss]tate|[Cc]ity|U\\.S\\.)\\s+)(?:[Aa]ttorney(?!\\s+[Gg]eneral)|[Ll]awyer)"],
  [/\bchief\s+of\s+staff,?\s+$/i, '[Cc]hief\\s+of\\s+[Ss]taff'],
  [/\bchair(?:man|woman|person)?\s+$/i, '[Cc]hair(?:man|woman|person|s)?'],
  [/\b(?:ambassador|envoy)\s+$/i, '(?:[Aa]mbassador|[Ee]nvoy)'],
  [/\bdirector\s+$/i, '[Dd]irector'],
  [/\bcommissioner\s+$/i, '[Cc]ommissioner'],
  // After the secretaries named above: "Defense Secretary", "the labor secretary".
  [/\bsecretary\s+$/i, '[Ss]ecretary'],
];

/** "former" right before an office right before a name: "former prime minister Imran Khan". */
const FORMER_OFFICE_BEFORE = /\bformer\s+(?:[\p{Ll}.'’-]+\s+){1,2}$/u;

/** An office a sentence gives a person: its writing (a pattern of `OFFICES`) and the content terms of its body ("White House"). */
interface HeldOffice {
  words: string;
  body: string[];
}

/**
 * The office a sentence gives the person written at `at`–`end`: before the name ("BuzzFeed spokesman Ann Lee", "Finance
 * Committee Chairman Ann Lee") or set off after it ("Ann Lee, the panel's chairwoman"); not a former one, since who holds
 * it now is someone else.
 */
function officeBeside(sentence: string, at: number, end: number): HeldOffice | null {
  const before = sentence.slice(0, at);
  // "the jailed former prime minister Imran Khan" is who "the former prime minister" is, not who "the prime minister" is.
  if (FORMER_OFFICE_BEFORE.test(before)) {
    const office = OFFICES.find(([preceding]) => preceding.test(before));
    return office ? { words: `[Ff]ormer\\s+${office[1]}`, body: [] } : null;
  }
  // "former HPA chairman Tom Brandt": who holds the office now is someone else.
  if (/\b(?:former|ex-)\s*(?:[\p{L}.'’-]+\s+){0,3}$/iu.test(before)) return null;
  let body: string[] = [];
  const office = OFFICES.find(([preceding, words]) => {
    const ahead = preceding.exec(before);
    if (ahead) {
      // The words right before the office that name its body: "BuzzFeed spokesman", "Finance Committee Chairman", not "from".
      const run = before.slice(0, ahead.index).trimEnd().split(/\s+/).reverse();
      const stop = run.findIndex((word) => !isContentTerm(word) || /[,;:(“"]$/.test(word));
      body = contentTerms(run.slice(0, Math.min(stop < 0 ? run.length : stop, 3)).join(' '));
      return true;
    }
    // "Ada Fenn, the panel's chairwoman", "Ada Fenn of Corby, the…", "Ada Fenn (D-Corby), the…", "Ada Fenn, a Democrat who chairs the…",
    // "Ada Fenn, president of Local 12".
    const after = new RegExp(`^(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3}|\\s+\\([^)]*\\))?,\\s+(?:(?:the|a|an)\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)|(?=\\p{Ll}))${words}\\b(?:\\s+(?:(?:for|of|at)\\s+)?(?:the\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}))?`, 'u').exec(sentence.slice(end));
    if (after) body = contentTerms(`${after[1] ?? ''} ${after[2] ?? ''}`);
    return after !== null;
  });
  return office ? { words: office[1], body } : null;
}

/** The text names someone with the office ("Gov. Tom Ray"): the office alone may be that person. */
const namedWithOffice = (text: string, { words }: HeldOffice) => new RegExp(`\\b${words}\\s+\\p{Lu}`, 'u').test(text);

/** Words for a kind of body, which name none: "department", "agency", "campaign". */
const BODY_KINDS = new Set(['department', 'agency', 'ministry', 'office', 'company', 'campaign', 'administration', 'government', 'committee', 'commission', 'board', 'council']);

/**
 * Whether the text writes the office alone, as one person's: "the state's governor", "the U.S. president", "a spokesman
 * for", "Lee's chief of staff", not "the vice president" for the president nor "a former chairman"; a name right before
 * or after is someone named ("Jo Pike, the party chairman"). Both give the office's body and no word of it is alike: two
 * people's offices ("a Taliban spokesman" is not the ministry's).
 */
function officeAloneIn(text: string, { words, body }: HeldOffice): boolean {
  const written = new RegExp(
    `(?<!\\p{Lu}[\\p{L}'’.-]+\\s+\\p{Lu}[\\p{L}'’.-]+,\\s+)(?:\\b[Tt]he|\\b[Aa]|\\b[Hh](?:is|er)|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:(?!vice\\b|[Ll]ieutenant\\b|former\\b|[Pp]rime\\b)[\\p{L}.'’-]+\\s+){0,2}?${words}\\b(?!,?\\s+(?:of\\s+)?\\p{Lu})(?:\\s+(?:for|of|at)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,4})?`,
    'gu',
  );
  // "a department spokesman" names no body of its own: "a USDA spokesman" may be the same one.
  const named = body.filter((t) => !BODY_KINDS.has(t));
  const ofBody = (phrase: string) => {
    const own = contentTerms(phrase.replace(new RegExp(words, 'u'), ' '));
    return named.length === 0 || own.length === 0 || own.some((t) => named.includes(t));
  };
  return [...text.matchAll(written)].some(([phrase]) => ofBody(phrase));
}

/**
 * A person the other outlets give with an office ("Gov. Ann Lee", "Ann Lee, the panel's chairwoman") is referred to, not
 * named, by an outlet writing only the office ("the governor signed it"), when it names nobody else so: weak.
 */
function officeWritten(article: AnalysedArticle, value: DifferenceValue): boolean {
  const at = writtenAt(value.sentence, value.text);
  const office = at < 0 ? null : officeBeside(value.sentence, at, at + value.text.length);
  return office !== null && !namedWithOffice(article.article.text, office) && officeAloneIn(article.article.text, office);
}

/**
 * Where the articles call a speaker a spokesperson beside their name ("spokeswoman Dana Ortiz"), a test of whether a sentence
 * of `article` writes that office alone ("with a spokeswoman saying…"), when the article names no spokesperson; null otherwise.
 * Spokespeople are the speakers outlets most often leave unnamed; other offices alone ("the director") are as often someone else.
 */
export function spokespersonAloneFor(articles: AnalysedArticle[], speaker: string, article: AnalysedArticle): ((sentence: string) => boolean) | null {
  if (!speaker) return null;
  for (const { sentences } of articles) {
    for (const sentence of sentences) {
      const at = sentence.indexOf(speaker);
      const office = at < 0 ? null : officeBeside(sentence, at, at + speaker.length);
      if (office?.words === SPOKESPERSON) return namedWithOffice(article.article.text, office) ? null : (text) => officeAloneIn(text, office);
    }
  }
  return null;
}

/**
 * A person named by family name is surely named when nobody else of that family name is named in
 * full in the article ("Mr. Harlow" for Robert Harlow, but not beside "Jane Harlow"); a name
 * misspelt by a letter or two, or a family name two people share, is weak.
 */
function personWritten(article: AnalysedArticle, name: string): Evidence | null {
  const found = surnameWritten(article.article.text, name) ?? familyNameFirstWritten(article.article.text, name) ?? transliterated(article.article.text, name) ?? (firstSurnameWritten(article.article.text, name) ? 'weak' : null);
  if (found === 'weak' && alikeNameOfAnother(article, name)) return null;
  if (found !== 'strong') return found;
  const full = normalizeName(withoutTitles(name).replace(/,/g, ''));
  if (!full.includes(' ') || nameWritten(article.article.text, full)) return 'strong';
  const surname = surnameOf(full);
  const given = full.split(' ')[0];
  const others = article.entities.some(({ value }) => {
    if (value.kind !== 'person') return false;
    const other = normalizeName(withoutTitles(value.text).replace(/,/g, ''));
    return other.includes(' ') && surnameOf(other) === surname && !other.startsWith(given) && !given.startsWith(other.split(' ')[0]);
  });
  return others ? 'weak' : 'strong';
}

/**
 * "Ana Torres" for "Ana Torres Vidal": a name of three words or more written without its last one, as a person with two
 * family names is often named by the first; the given name and the first family name both written, the name no longer.
 */
function firstSurnameWritten(text: string, name: string): boolean {
  const bare = (written: string) => written.normalize('NFD').replace(/\p{M}/gu, '');
  const words = bare(withoutTitles(name).replace(/,/g, '')).trim().split(/\s+/);
  if (words.length < 3) return false;
  return new RegExp(`\\b${escapeRegExp(words.slice(0, -1).join(' '))}\\b(?!\\s+\\p{Lu})`, 'u').test(bare(text));
}

/**
 * An organisation or place is surely named by its name, with or without dots, or by the initials
 * of its words ("the UAE" for "United Arab Emirates"); it may be named without the city that opens
 * its name ("the Orioles" for "Baltimore Orioles"), in a spelling a letter or two away (a
 * transliteration: "Hormozgan", "Hormouzgan"), or only as part of how a person the article names is
 * described ("Ridgeford Police Sgt. Ann Lee" where the other outlet writes "Sgt. Ann Lee"): weak.
 */
function bodyWritten(article: AnalysedArticle, value: DifferenceValue): Evidence | null {
  const text = article.article.text;
  const names = [value.text, value.normalized];
  if (names.some((name) => nameWritten(text, name) || initialsWritten(text, name))) return 'strong';
  if (names.some((name) => tailWritten(text, name) || spellingWritten(text, name)) || describesNamedPerson(article, value)) return 'weak';
  return null;
}

/** Words of a name its initials skip ("United States of America" is "USA"). */
const JOINING_WORDS = /^(?:of|and|the|for|de|&)$/i;

/** The initials of a name of two or more words, or the words of a name written as its initials, in the text. */
function initialsWritten(text: string, name: string): boolean {
  const words = withoutThe(name).split(/[\s-]+/).filter((w) => !JOINING_WORDS.test(w));
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w))) {
    const initials = words.map((w) => w[0]).join('');
    // Capitals, with or without a dot after each ("UAE", "U.A.E."): a lower-case word spelling them is not the acronym.
    return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${initials}|${[...initials].join('\\.')}\\.?)(?![\\p{L}\\p{N}])`, 'u').test(text);
  }
  const acronym = name.replace(/\./g, '');
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const capitalised = text.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|the|for)\s+)?\p{Lu}[\p{L}'’-]*)+/gu) ?? [];
  return capitalised.some((run) => run.split(/\s+/).filter((w) => !JOINING_WORDS.test(w)).map((w) => w[0]).join('') === acronym);
}

/** A day or month a tagger runs into a name ("Acme Wednesday"): not part of it. */
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const withoutThe = (name: string) => name.trim().replace(/^the\s+/i, '');

/**
 * A name of two or more words written without its first words (a city, a region), the rest
 * capitalised after "the" or a lower-case word: "the Orioles", "the Lakeside Clinic" of "Port Avon
 * Lakeside Clinic"; not "Chicago Police", not a sentence's first word, not a common noun ("Bay
 * City" is not any "City").
 */
function tailWritten(text: string, name: string): boolean {
  const words = withoutThe(name).split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) && !CALENDAR_WORD.test(w))) return false;
  return words.slice(1).some((_, i) => {
    const tail = words.slice(i + 1).join(' ');
    if (!/^\p{Lu}\p{L}{3,}/u.test(tail)) return false;
    // A word the text also writes in lower case ("City", "Police") is a common noun, not the name.
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(tail.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(text)) return false;
    return new RegExp(`(?<=(?:^|\\s)(?:\\p{Ll}[\\p{Ll}'’-]*[,;]?|The)\\s+)${escapeRegExp(tail)}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}

/** Every word of five letters or more of the name in the text, as written or spelt alike (see `spelledAlike`). */
function spellingWritten(text: string, name: string): boolean {
  const words = normalizeName(name).split(' ').filter((w) => !JOINING_WORDS.test(w));
  if (!words.some((w) => w.length >= 5)) return false;
  const written = normalizedText(text).words;
  return words.every((word) => written.includes(word) || (word.length >= 5 && written.some((w) => spelledAlike(w, word))));
}

/** Between a body's name and a person's: a possessive, a title or a job ("'s", "Sgt.", "sportscaster"), not a verb ("closed"). */
const BODY_BEFORE_PERSON = /^(?:['’]s)?\s+(?:(?:\p{Lu}\p{Ll}{0,4}\.|(?!\p{Ll}+ed\s|(?:said|says|told|is|was|has|had|will|and|or|in|on|at|to|for|with|by)\s)\p{Ll}+)\s+){0,2}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+)/u;
/** Between a person's name and a body's: "of", "with", "from" or "at", perhaps "the". */
const PERSON_BEFORE_BODY = /(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+),?\s+(?:of|with|from|at)\s+(?:the\s+)?$/u;

/**
 * The organisation or place is named only to say who a person is, right before the person's name
 * or after "of", "with", "from" or "at" behind it, and the article names that person: it
 * describes the same person in its own way.
 */
function describesNamedPerson(article: AnalysedArticle, value: DifferenceValue): boolean {
  const at = writtenAt(value.sentence, value.text);
  if (at < 0) return false;
  const person = BODY_BEFORE_PERSON.exec(value.sentence.slice(at + value.text.length))?.[1] ?? PERSON_BEFORE_BODY.exec(value.sentence.slice(0, at))?.[1];
  return person !== undefined && personWritten(article, person) !== null;
}

/** Countries most often written several ways, as written (capitals count: "US" is not "us"). */
const COUNTRY_WRITINGS = [
  ['United States', 'U.S.', 'US', 'U.S.A.', 'USA', 'America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain'],
];

/** A country in another of its writings ("U.S." for "United States"). */
function countryWritten(text: string, name: string): boolean {
  const writings = COUNTRY_WRITINGS.find((all) => all.some((w) => normalizeName(w) === normalizeName(name)));
  return writings !== undefined && writings.some((w) => new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}


/** A name's family name ("Smith" of "Robert Smith", "Mr. Smith"), anywhere in the text, or misspelt by a letter or two. */
function surnameWritten(text: string, name: string): Evidence | null {
  const surname = surnameOf(normalizeName(name).replace(/,/g, ''));
  if (surname.length < 3) return null;
  if (nameWritten(text, surname)) return 'strong';
  return normalizedText(text).words.some((word) => spelledAlike(word, surname)) ? 'weak' : null;
}

/**
 * A full name transliterated otherwise ("Hussein Ghaderi" for "Hossein Qaderi"): the given name spelt alike and, right after
 * it, a family name two letters apart whatever its first letter (Q, G, K and Gh stand for one sound). Weak.
 */
function transliterated(text: string, name: string): Evidence | null {
  const parts = normalizeName(withoutTitles(name).replace(/,/g, '')).split(' ');
  if (parts.length < 2) return null;
  const [given, surname] = [parts[0], parts[parts.length - 1]];
  if (given.length < 4 || surname.length < 5) return null;
  const words = namesInOrder(text);
  return words.some((word, i) => i + 1 < words.length && spelledAlike(word, given) && Math.abs(words[i + 1].length - surname.length) <= 2 && editDistance(words[i + 1], surname) <= 2) ? 'weak' : null;
}

/**
 * The family name spelt a letter apart is another person's: the article names someone in full with
 * it and another first name ("Dana Morgan" is not Dan Moran misspelt).
 */
function alikeNameOfAnother(article: AnalysedArticle, name: string): boolean {
  const full = normalizeName(withoutTitles(name).replace(/,/g, '')).split(' ');
  if (full.length < 2) return false;
  const surname = surnameOf(full.join(' '));
  return article.entities.some(({ value }) => {
    if (value.kind !== 'person') return false;
    const other = normalizeName(withoutTitles(value.text).replace(/,/g, '')).split(' ');
    const given = other[0];
    return other.length >= 2 && surnameOf(other.join(' ')) !== surname && spelledAlike(surnameOf(other.join(' ')), surname) && !compatibleFirstNames(given, full[0]);
  });
}

/**
 * Family names that Chinese and Korean names put first ("Kim" of "Kim Min-jun", "Xi" of "Xi
 * Jinping"): an outlet writing that name alone ("President Xi") names the person. Not "Lee", as
 * often a given name.
 */
const FAMILY_NAME_FIRST = new Set(
  'kim park choi jung jeong kang cho yoon jang lim shin kwon hwang ahn moon xi li wang zhang liu chen yang zhao huang zhou xu zhu hu guo lin luo zheng liang xie feng deng cao peng zeng xiao cai jiang wei'.split(' '),
);

function familyNameFirstWritten(text: string, name: string): Evidence | null {
  const words = normalizeName(withoutTitles(name).replace(/,/g, '')).split(' ');
  return words.length >= 2 && words.length <= 3 && FAMILY_NAME_FIRST.has(words[0]) && nameWritten(text, words[0]) ? 'strong' : null;
}

/** The words of a text as names are compared, in order. */
const namesInOrder = perText((text: string): string[] => normalizeName(text).match(/[\p{L}']+/gu) ?? []);

/** A text in the comparable form of names, and its words. */
const normalizedText = perText((text: string): { normalized: string; words: string[] } => {
  const normalized = normalizeName(text);
  return { normalized, words: [...new Set(normalized.match(/[\p{L}']+/gu) ?? [])] };
});

/** A name as written, or with its dots, accents and "the" dropped ("F.B.I." = "FBI"). */
function nameWritten(text: string, name: string): boolean {
  const key = normalizeName(name);
  if (key.length < 2) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'u').test(normalizedText(text).normalized);
}

/** Words before a figure that make it approximate. */
/** A total told after what it counts: "the other candidates on stage, eight in all". */
const IN_ALL = String.raw`[\s,—–-]+(?:in all|in total|altogether|all told)\b`;
/** The plural nouns before a total; the last one is what it counts ("the bidders waited while the lots, seven in all"). */
const PLURAL_WORD = /\b\p{L}{3,}s\b/giu;

/** Whether the text gives the count (its word or figure) as a total told after the noun it counts. */
function totalAfterCounted(text: string, unit: string, word: string, target: number): boolean {
  const stem = unit.slice(0, Math.max(3, unit.length - 2)).toLowerCase();
  return [...text.matchAll(new RegExp(`\\b(?:${word}|${target})${IN_ALL}`, 'giu'))].some((total) => {
    const clause = text.slice(0, total.index).split(/[.!?;]/).pop()!;
    const counted = clause.match(PLURAL_WORD)?.pop()?.toLowerCase();
    return counted !== undefined && counted.startsWith(stem);
  });
}

export const HEDGE_WORDS = 'about|around|roughly|nearly|almost|approximately|some|more than|in excess of|over|above|at least|topped|exceeded|surpassed|fewer than|less than|below|under|up to|close to|upward of|estimated';
export const HEDGE = new RegExp(`\\b(?:${HEDGE_WORDS})\\s*$`, 'i');

/**
 * Words before a figure that make it a bound or an estimate, with the values each allows (`bound`:
 * whether two counts can both be true) and those it most likely stands for (`likely`: whether two
 * outlets give one figure two ways), as shares of the figure.
 */
export const HEDGE_RANGES: { before: RegExp; bound: [number, number]; likely: [number, number] }[] = [
  { before: /\b(?:more than|in excess of|over|above|at least|upward of|upwards of|topped|exceeded|surpassed)\s+$/i, bound: [1, Infinity], likely: [1, 1.15] },
  { before: /\b(?:nearly|almost|close to)\s+$/i, bound: [0.8, 1], likely: [0.9, 1] },
  { before: /\b(?:about|around|roughly|approximately|some|an estimated|estimated)\s+$/i, bound: [0.7, 1.3], likely: [0.9, 1.1] },
  { before: /\b(?:up to|as many as|fewer than|less than|no more than|below|under)\s+$/i, bound: [0, 1], likely: [0.9, 1] },
];

/** How far beyond its hedge a count in dozens likely goes: "more than a dozen" is likely 13 to 18, "about a dozen" 9 to 15. */
const DOZENS_SLACK = 6;

/** "40 minutes or more", "$5 or less": a bound told after the figure. */
const OR_MORE = /^\s+(?:[\p{L}-]+\s+){0,2}?or\s+(?:more|longer|higher|greater)\b/u;
const OR_LESS = /^\s+(?:[\p{L}-]+\s+){0,2}?or\s+(?:less|fewer|shorter|lower)\b/u;

/**
 * The words before a figure (from `start` to `end` in its sentence) that may hedge it ("a" of "more than a million" is the
 * figure's), a bound told after it read as one before ("40 or more" as "at least 40").
 */
export function hedgeBefore(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start).replace(/\b(?:a|an)\s+$/i, '');
  const after = sentence.slice(end);
  return OR_MORE.test(after) ? `${before} at least ` : OR_LESS.test(after) ? `${before} up to ` : before;
}

/** The values a figure (as `written`) most likely stands for, by the hedge before it; a bare figure stands for itself. */
export function hedgedRange(before: string, figure: number, written = ''): [number, number] {
  const hedge = HEDGE_RANGES.find((h) => h.before.test(before));
  if (!hedge) return [figure, figure];
  const [low, high] = hedge.likely;
  // A count in dozens is rounded to the dozen: its hedge reaches further than a share of it.
  const slack = IN_DOZENS.test(written) ? (low < 1 && high > 1 ? DOZENS_SLACK / 2 : DOZENS_SLACK) : 0;
  // "about 3.1 million", "roughly 61%": a figure written to a finer digit than a round one is near that digit.
  if (low < 1 && high > 1 && slack === 0) {
    const reach = Math.min(figure * (high - 1), FINE_DIGITS_REACH * lastDigitUnit(figure));
    return [figure - reach, figure + reach];
  }
  return [figure * low - (low < 1 ? slack : 0), figure * high + (high > 1 ? slack : 0)];
}

/** How many units of its last digit a figure told as approximate ("about 3.1 million") may be off. */
const FINE_DIGITS_REACH = 1;

/** The place of a figure's last digit other than zero: 1 for 61, 10 for 60, 100,000 for 3,100,000. */
export function lastDigitUnit(figure: number): number {
  let unit = 1;
  while (figure >= unit * 10 && Number.isInteger(Number((figure / (unit * 10)).toPrecision(12)))) unit *= 10;
  return Number.isInteger(figure) ? unit : 10 ** -((String(figure).split('.')[1] ?? '').length);
}

const overlap = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

/**
 * Whether `round` is `value` rounded down (or up) at some power of ten (48 → 40, 36 → 30, 1,840 → 1,800 or 1,000; up: 280
 * → 300), not `value` itself.
 */
export function roundedTo(value: number, round: number, direction: 'down' | 'up'): boolean {
  const rounding = direction === 'down' ? Math.floor : Math.ceil;
  for (let step = 1; step <= value; step *= 10) if (value !== round && rounding(value / step) * step === round) return true;
  return false;
}

const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'percent', 'per', 'cent']);
/** Two sentences sharing two words besides scales are likely about the same thing. */
function sameThing(a: string, b: string): boolean {
  const theirs = new Set(contentTerms(b));
  return new Set(contentTerms(a).filter((t) => theirs.has(t) && !SCALE_WORDS.has(t))).size >= 2;
}

/** How far apart one sum in two of the currencies news uses most may be. */
const CURRENCY_RATE_SPREAD = 2;
const ratioWithin = (a: number, b: number, spread: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= spread;

/** How often a sum is paid, right after it ("$7 a month", "$84 more per year") or as the word before its noun ("$7 to the monthly bill"): times a year. */
const SUM_PERIOD_AFTER = /^\s*(?:(?:more|less|extra)\s+)?(?:(?:a|per|each)\s+(week|month|year)\b|(weekly|monthly|annually|yearly)\b|(?:\S+\s+){0,4}?(weekly|monthly|annual|yearly)\s+\p{L}+)/iu;
const TIMES_A_YEAR: Record<string, number> = { week: 52, weekly: 52, month: 12, monthly: 12, year: 1, annually: 1, annual: 1, yearly: 1 };
export function timesAYear(sentence: string, end: number): number | null {
  const found = SUM_PERIOD_AFTER.exec(sentence.slice(end));
  const period = found?.[1] ?? found?.[2] ?? found?.[3];
  return period ? TIMES_A_YEAR[period.toLowerCase()] : null;
}

/** Words naming a period: "last year", "in 2025", "this quarter". */
const PERIOD_WORDS = /\b(?:(?:last|this|next)\s+(?:year|month|week|quarter)|(?:19|20)\d\d)\b/gi;

/** Whether two sentences name one period in the same words. */
function samePeriodWords(a: string, b: string): boolean {
  const theirs = new Set([...b.matchAll(PERIOD_WORDS)].map((m) => m[0].toLowerCase()));
  return [...a.matchAll(PERIOD_WORDS)].some((m) => theirs.has(m[0].toLowerCase()));
}

/** Whether two sentences share a content word, scale words ("billion") aside. */
function sharesTerm(a: string, b: string): boolean {
  const theirs = new Set(contentTerms(b));
  return contentTerms(a).some((t) => theirs.has(t) && !SCALE_WORDS.has(t));
}

/** From this value up, one figure in two outlets is one fact whatever unit or noun goes with it ("$1.9 trillion", "1.9 trillion"); below it, maybe two. */
export const LARGE_FIGURE = 1000;

/** A small measure ("10 seconds", "10 percent") and a figure of something else ("10 people"): the same value says nothing. */
function measureOfOther(value: number, a: string, b: string): boolean {
  return value < LARGE_FIGURE && a !== b && a !== 'count' && b !== 'count' && (MEASURES.has(a) || MEASURES.has(b));
}

/** What a utility or a storm's outages count: "410,000 homes and businesses" are "410,000 customers". */
const PREMISES = new Set(['customer', 'home', 'household', 'business', 'residence']);

/** What a chain's places of trade are counted as: "212 stores" are its "212 locations". */
const SITES = new Set(['store', 'shop', 'location', 'outlet', 'branch', 'restaurant']);

/** What a closure or a cut ends, counted either way: "640 jobs" are "640 employees" put out of work. */
const POSTS = new Set(['job', 'employee', 'worker', 'position', 'role', 'staffer']);

/**
 * Units of one count: the same noun, people and any noun for some of them ("seven people", "seven employees", not "seven
 * inches"), or premises, a chain's sites or the posts a cut ends named two ways ("homes", "customers"; "shops", "locations";
 * "jobs", "employees").
 */
export function countsAlike(a: string, b: string): boolean {
  return a === b || ((a === 'person' || b === 'person') && [a, b].every((u) => !MEASURES.has(u) && !PHYSICAL_UNITS.has(u))) || [PREMISES, SITES, POSTS].some((named) => named.has(a) && named.has(b));
}

/** Words telling that those counted voted on the losing side of a tally. */
const DISSENT = /\b(?:dissent(?:ed|ing|ers?)?|voted\s+(?:no|against)|opposed\s+(?:it|the))\b/i;

/** Between two counts of people told as the parts of one whole: "142 passengers and six crew members". */
const PARTS_BETWEEN = /^\s+and\s+$/;
/** The other part after a count of people: "and six crew members", "and a crew of six". */
const OTHER_PART_AFTER = new RegExp(String.raw`^\s+and\s+(?:(\d{1,3}(?:,\d{3})*|${NUMBER_UNDER_HUNDRED})\s+[\p{L}-]+|a\s+[\p{L}-]+\s+of\s+(\d{1,3}(?:,\d{3})*|${NUMBER_UNDER_HUNDRED}))\b`, 'iu');

/**
 * People counted in parts and as a whole: "148 people aboard" is "142 passengers and six crew members", either way round.
 * Weak evidence: the outlet gives the same people, counted otherwise.
 */
function partsOrWhole(article: AnalysedArticle, target: number, unit: string, value: DifferenceValue): boolean {
  if (!countsAlike(unit, 'person')) return false;
  const { counts, sums } = peopleCounted(article);
  // The silent article's parts add up to the figure…
  if (sums.has(target)) return true;
  // …or the figure and the part told with it add up to the silent article's whole.
  const at = writtenAt(value.sentence, value.text);
  const other = at < 0 ? null : OTHER_PART_AFTER.exec(value.sentence.slice(at + value.text.length));
  const part = other ? (/\d/.test(other[1] ?? other[2]) ? Number((other[1] ?? other[2]).replace(/,/g, '')) : smallNumber(other[1] ?? other[2])) : NaN;
  return Number.isFinite(part) && counts.has(target + part);
}

/** Each article's counts of people, and the sums of two told as the parts of one whole: read once per article. */
const peopleCounts = new WeakMap<AnalysedArticle, { counts: Set<number>; sums: Set<number> }>();

function peopleCounted(article: AnalysedArticle): { counts: Set<number>; sums: Set<number> } {
  const known = peopleCounts.get(article);
  if (known) return known;
  const people = article.quantities.filter((q) => countsAlike(q.value.unit, 'person'));
  const sums = new Set<number>();
  for (const [i, a] of people.entries()) {
    const b = people[i + 1];
    if (b && a.index === b.index && PARTS_BETWEEN.test(a.sentence.slice(a.value.end, b.value.start))) sums.add(a.value.value + b.value.value);
  }
  const read = { counts: new Set(people.map((q) => q.value.value)), sums };
  peopleCounts.set(article, read);
  return read;
}

/** A change told by where it went from and to ("about 1,740, down from more than 1,900"; "from 1,900 to 1,740") for "lost more than 160". */
function changeBetween(article: AnalysedArticle, target: number, unit: string): boolean {
  if (target < 10 || !/^\p{L}{3,}$/u.test(unit) || MEASURES.has(unit)) return false;
  // Sentences naming what is counted: "down from more than 1,900" names no unit.
  const noun = new RegExp(`\\b${escapeRegExp(unit.slice(0, Math.max(3, unit.length - 2)))}`, 'i');
  return article.sentences.some((sentence) => noun.test(sentence) && changesIn(sentence).some(([from, to]) => Math.abs(Math.abs(from - to) - target) <= target * CHANGE_SPREAD));
}

/** The changes a sentence tells by where they went from and to, as [from, to]. */
function changesIn(sentence: string): [number, number][] {
  const figure = (written: string) => Number(written.replace(/,/g, ''));
  return [...sentence.matchAll(CHANGE_BETWEEN)].map((m) => (m[1] !== undefined ? [figure(m[2]), figure(m[1])] : [figure(m[3]), figure(m[4])]));
}
/** A figure in digits, with or without thousands commas. */
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d)`;
/** A hedged figure with no noun after it ("Turnout topped 600,000, a record"). */
const HEDGED_BARE = new RegExp(String.raw`\b(?:${HEDGE_WORDS})\s+${FIGURE}`, 'gi');

/** The figure in words with no noun read after it ("classes are capped at twenty-four"), in a sentence about the same thing. */
function wordsInLikeSentence(article: AnalysedArticle, target: number, value: DifferenceValue): boolean {
  const words = numberWordsPattern(target);
  // Under ten a number word is too common to tell ("two of them").
  if (words === null || target < 10) return false;
  const written = new RegExp(`\\b${words}\\b`, 'i');
  // A figure read there with a noun ("twenty-six months") is of that noun.
  return article.sentences.some(
    (sentence, index) => written.test(sentence) && sameThing(value.sentence, sentence) && !article.quantities.some((q) => q.index === index && q.value.value === target),
  );
}

/** A small count standing for its noun, told before: "Three of the injured", "3 were listed in serious condition". */
const BARE_COUNT_AFTER = /^\s+(?:of\s+(?:the|them|those)\b|(?:were|was|are|have|had|remain(?:ed)?)\b)/i;

/**
 * A small count whose noun is left to the sentence ("Three of the injured were in serious condition" for "three people were
 * hospitalized in serious condition"), in a sentence about the same thing: it may be the figure.
 */
function bareCountInLikeSentence(article: AnalysedArticle, target: number, value: DifferenceValue): boolean {
  const word = SMALL_NUMBERS[target];
  if (word === undefined || target < 2 || target >= 10) return false;
  const written = new RegExp(`\\b(?:${word}|${target})\\b`, 'gi');
  return article.sentences.some(
    (sentence, index) =>
      sameThing(value.sentence, sentence) &&
      !article.quantities.some((q) => q.index === index && q.value.value === target) &&
      [...sentence.matchAll(written)].some((m) => BARE_COUNT_AFTER.test(sentence.slice(m.index + m[0].length))),
  );
}

/** A hedged bare figure a few percent from the value, in a sentence about the same thing, may be it written loosely. */
function hedgedBare(article: AnalysedArticle, target: number, value: DifferenceValue): boolean {
  if (target < 100) return false;
  return article.sentences.some(
    (sentence) => [...sentence.matchAll(HEDGED_BARE)].some(([, figure]) => Math.abs(Number(figure.replace(/,/g, '')) - target) / target <= 0.05) && sameThing(value.sentence, sentence),
  );
}

/** Changes told as a multiple: "doubled", "more than tripled", "nearly halved". */
const MULTIPLE = /\b(more than|nearly|almost)?\s*(doubled|tripled|quadrupled|halved)\b/gi;
const FACTORS: Record<string, number> = { doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5 };
/** How far a change may be from a multiple told plainly ("doubled" for 900 to 1,950). */
const MULTIPLE_SPREAD = 0.15;

/**
 * A figure of a change told from and to ("rose from about 900 megawatts to more than 2,100") is weakly reported by
 * an outlet telling the change as a multiple of the same thing ("more than doubled").
 */
function multipleWritten(article: AnalysedArticle, changes: [number, number][], value: DifferenceValue): boolean {
  const ratios = changes.flatMap(([from, to]) => (from > 0 ? [to / from] : []));
  if (ratios.length === 0) return false;
  return article.sentences.some(
    (sentence) =>
      sameThing(value.sentence, sentence) &&
      [...sentence.matchAll(MULTIPLE)].some(([, hedge, verb]) => {
        const factor = FACTORS[verb.toLowerCase()];
        // "more than doubled" is past the factor, "nearly doubled" short of it, "doubled" about it; the other way for "halved".
        const [past, short] = factor > 1 ? [[factor, Infinity], [factor * (1 - MULTIPLE_SPREAD), factor]] : [[0, factor], [factor, factor * (1 + MULTIPLE_SPREAD)]];
        const [low, high] = !hedge ? [factor * (1 - MULTIPLE_SPREAD), factor * (1 + MULTIPLE_SPREAD)] : /more than/i.test(hedge) ? past : short;
        return ratios.some((r) => r >= low && r <= high);
      }),
  );
}

/** The changes the detail's sentence tells from and to ("rose from 900 megawatts to 2,100"), the figure at one end, as [from, to]. */
function changesAt(target: number, value: DifferenceValue): [number, number][] {
  const sums = FROM_TO.test(value.sentence) ? changesOfMeasure(sentenceQuantities(value.sentence), value.sentence).map(([from, to]): [number, number] => [from.value, to.value]) : [];
  return [...changesIn(value.sentence), ...sums].filter(([from, to]) => from === target || to === target);
}

/**
 * A figure at one end of a change told from and to ("fell from 48 percent to 41 percent") is weakly reported by an
 * outlet telling the change by its size, of the same thing ("dropped seven points").
 */
function sizeOfChangeWritten(article: AnalysedArticle, changes: [number, number][], unit: string, value: DifferenceValue): boolean {
  const sizes = changes.map(([from, to]) => Math.abs(to - from)).filter((size) => size > 0);
  if (sizes.length === 0) return false;
  // A share's change is told in points.
  const units = unit === 'percent' ? ['point', 'percentage point'] : [unit];
  return article.quantities.some(
    ({ value: figure, sentence }) => units.includes(figure.unit) && sizes.some((size) => Math.abs(figure.value - size) <= size * CHANGE_SPREAD) && sameThing(value.sentence, sentence),
  );
}

/** "from" (and a hedge) before the figure a change starts at; "to" (after a word or two) before the one it ends at. */
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+(?:(?:${HEDGE_WORDS})\s+)?$`, 'i');
const TO_BETWEEN = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?to\s+(?:(?:${HEDGE_WORDS})\s+)?$`, 'iu');

/** A sentence that may tell a change from one figure to another; reading its figures (the tagger) is slow to do everywhere. */
const FROM_TO = /\bfrom\b.*\bto\b/i;
/** The figures of another outlet's sentence, read once. */
const sentenceQuantities = perText(quantities);

/** Two figures of one measure in a sentence, where it went from and to ("from $8.4 billion to $14.9 billion"). */
function changesOfMeasure(figures: Quantity[], sentence: string): [Quantity, Quantity][] {
  return figures.flatMap((from) => {
    const to = figures.find((m) => m.unit === from.unit && m.start > from.end && TO_BETWEEN.test(sentence.slice(from.end, m.start)));
    return to && FROM_BEFORE.test(sentence.slice(0, from.start)) ? [[from, to] as [Quantity, Quantity]] : [];
  });
}

/**
 * A sum or share told by where it went from and to ("risen from $8.4 billion to $14.9 billion" for "grew by $6.5 billion",
 * or for "rose 77 percent"), read from two figures of one measure the article gives: the change between them, or for a
 * percentage the change as a share of where it started, is the figure within a few percent.
 */
function measuredChange(article: AnalysedArticle, target: number, unit: string): boolean {
  if (!MEASURES.has(unit) || target <= 0) return false;
  const relative = unit === 'percent';
  return article.sentences.some((sentence, index) =>
    changesOfMeasure(article.quantities.filter((m) => m.index === index).map((m) => m.value), sentence).some(([from, to]) => {
      if (!relative && from.unit !== unit) return false;
      const change = Math.abs(to.value - from.value);
      return [change, ...(relative && from.value > 0 ? [(100 * change) / from.value] : [])].some((c) => Math.abs(c - target) <= target * CHANGE_SPREAD);
    }),
  );
}

/** "1,740 sworn officers, down from more than 1,900", "from 1,900 to 1,740". */
const CHANGE_BETWEEN = new RegExp(
  String.raw`(?<![\d.,$€£])${FIGURE}(?:\s+[\p{L}-]+){0,3},?\s+(?:down|up)\s+from\s+(?:(?:${HEDGE_WORDS})\s+)?${FIGURE}|\bfrom\s+(?:(?:${HEDGE_WORDS})\s+)?${FIGURE}(?:\s+[\p{L}-]+){0,2}\s+to\s+(?:(?:${HEDGE_WORDS})\s+)?${FIGURE}`,
  'giu',
);
/** How far a change worked out from two hedged figures may be from the one another outlet gives. */
const CHANGE_SPREAD = 0.05;

/** A span of hours told by two times of one sentence ("began at 2 p.m. and ended after 10 p.m." for "eight hours"). */
function hoursBetween(article: AnalysedArticle, target: number, unit: string): boolean {
  if (unit !== 'hour') return false;
  return article.sentences.some((sentence) => {
    const hours = [...sentence.matchAll(CLOCK_TIMES)].flatMap(([time]) => {
      const span = hoursOf(time);
      return span ? [(span[0] + span[1]) / 2] : [];
    });
    return hours.some((a, i) => hours.slice(i + 1).some((b) => Math.abs(b - a) === target || Math.abs(b - a + 24) === target));
  });
}

/** Who casts the votes of a tally. */
const VOTERS = '(?:justices|judges|jurors|members|senators|lawmakers|legislators|representatives|delegates|commissioners|councilmembers|council members|trustees|directors|regents|Republicans|Democrats|votes)';
/** "330 daily flights", "an annual budget of $2 million": an amount per day, week, month or year, not one of a single time. */
const PER_PERIOD = /\b(?:daily|nightly|weekly|monthly|annual|yearly|hourly)\b/i;
export const perPeriod = (quantity: Pick<Quantity, 'text'>) => PER_PERIOD.test(quantity.text);

/** A noun counted (in the plural) that is of those whose votes a tally counts. */
const VOTER_COUNT = new RegExp(`^${VOTERS}$`, 'i');

/** A tally written out: "a two-to-one ruling", "seven to five", "a 134-46 vote". */
function tallyWritten(text: string, ayes: number, noes: number): boolean {
  const [yes, no] = [numberWordsPattern(ayes), numberWordsPattern(noes)];
  return (yes !== null && no !== null && new RegExp(`\\b${yes}[-\\s]to[-\\s]${no}\\b`, 'iu').test(text)) || new RegExp(`(?<![\\d.,])${ayes}\\s?[-–]\\s?${noes}(?![\\d%])`).test(text);
}

/** A vote with none against told as unanimous ("voted unanimously" for 6-0): which count is not told. */
/** A vote told as unanimous: a tally with no noes. */
export const UNANIMOUS = /\bunanimous(?:ly)?\b/i;
const unanimous = (text: string, noes: number) => noes === 0 && UNANIMOUS.test(text);

/**
 * A tally told as its two counts ("five justices ruled …", "Two justices dissented" for 5-2; "seven voted in favor and five
 * opposed"), or as the ayes who voted for it.
 */
function tallyInWords(text: string, ayes: number, noes: number): boolean {
  const count = (n: number) => {
    const words = numberWordsPattern(n);
    return words ? `(?:${n}|${words})` : String(n);
  };
  const counted = (n: number) => new RegExp(`\\b${count(n)}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${VOTERS}|voted|in favou?r|opposed|against|dissent\\w*)\\b`, 'iu').test(text);
  // "Thirty-one lawmakers voted Monday to override": the ayes alone, told as those who voted for it.
  const votedFor = new RegExp(`\\b${count(ayes)}\\s+(?:[\\p{L}-]+\\s+){0,2}?voted\\s+(?:\\p{Lu}\\p{Ll}+day\\s+)?(?:to|for|in\\s+favou?r|yes)\\b`, 'iu');
  return ayes !== noes && ((counted(ayes) && counted(noes)) || votedFor.test(text));
}

/** After a figure, in its clause: the year it is of ("recorded in 2022"). */
const YEAR_LATER_IN_CLAUSE = /^[^,;.]{0,30}?\bin\s+(?:19|20)\d\d\b/;
const A_YEAR = /\b(?:19|20)\d\d\b/;

/**
 * A figure is reported when another article gives the same value for anything (a figure two
 * outlets share is rarely two different facts); a hedged one within 5%, a small number's word
 * anywhere in the text, a vague amount of the same thing, a change told by where it went from and to,
 * hours told by two times of day, or a tally told as its two counts is weak evidence.
 */
function figureWritten(article: AnalysedArticle, value: DifferenceValue): Evidence | null {
  const [amount] = value.normalized.split(' ');
  const target = Number(amount);
  if (!Number.isFinite(target)) return null;
  const at = Math.max(0, writtenAt(value.sentence, value.text));
  const ownHedge = hedgeBefore(value.sentence, at, at + value.text.length);
  const hedged = HEDGE.test(ownHedge);
  const lowerBound = HEDGE_RANGES.find((h) => h.before.test(ownHedge))?.bound[1] === Infinity;
  let near = false;
  const unit = value.normalized.split(' ').slice(1).join(' ');
  const others = /\bother\b/i.test(value.text);
  const valueOfThen = YEAR_LATER_IN_CLAUSE.test(value.sentence.slice(at + value.text.length));
  for (const { value: quantity, sentence } of article.quantities) {
    // "about 330 daily flights" is a schedule, not the 340 flights of one day.
    if (perPeriod(quantity) !== perPeriod({ text: value.text })) continue;
    // A small count recurs for unrelated things ("two words", "two officials"): only of the same thing.
    if (
      (quantity.value === target || (unit === 'tally' && quantity.unit === 'tally' && sameTally(quantity.value, target))) &&
      (quantity.unit === unit || (target >= 10 && !measureOfOther(target, unit, quantity.unit))) &&
      !spansOfTwoThings(value, quantity, sentence) &&
      !votesOfOtherOutcomes(value, quantity, sentence)
    )
      return 'strong';
    // "the 61.8 per cent recorded in 2022": another year's figure is no looser writing of one told without a year, nor the other
    // way round.
    if ((YEAR_LATER_IN_CLAUSE.test(sentence.slice(quantity.end)) && !A_YEAR.test(value.sentence)) || (valueOfThen && !A_YEAR.test(sentence))) continue;
    const theirHedge = hedgeBefore(sentence, quantity.start, quantity.end);
    const theirsHedged = HEDGE.test(theirHedge);
    // A span in another unit: "seven days" is "one week", "47 days" nearly "seven weeks".
    if (sameSpan(quantity, target, unit)) return 'strong';
    const [ours, theirs] = [SPAN_SECONDS[unit], SPAN_SECONDS[quantity.unit]];
    if (ours && theirs && ours !== theirs && Math.abs(quantity.value * theirs - target * ours) / (target * ours) <= (hedged || theirsHedged ? HEDGED_SPAN_SPREAD : SPAN_SPREAD)) near = true;
    // "£28.4 billion" and "roughly $36 billion" of trade: one sum in two currencies, where a word of what it is of is shared and
    // the two are no further apart than currencies' rates.
    if (CURRENCIES.has(unit) && CURRENCIES.has(quantity.unit) && unit !== quantity.unit && ratioWithin(quantity.value, target, CURRENCY_RATE_SPREAD) && (sameThing(value.sentence, sentence) || (sharesTerm(value.sentence, sentence) && samePeriodWords(value.sentence, sentence)))) near = true;
    // "$7 a month" and "$84 a year": one sum paid over two periods.
    if (CURRENCIES.has(unit) && quantity.unit === unit && quantity.value !== target) {
      const [ours, theirs] = [timesAYear(value.sentence, at + value.text.length), timesAYear(sentence, quantity.end)];
      if (ours !== null && theirs !== null && ours !== theirs && Math.abs(quantity.value * theirs - target * ours) / (target * ours) <= CONVERTED_SPREAD) near = true;
    }
    // "14 kilograms" and "about 31 pounds": one amount in two systems of units.
    if (target > 0 && quantity.value > 0 && sameMeasure(unit, quantity.unit)) {
      const [ours, theirs] = [inBaseUnits(target, unit)![0], inBaseUnits(quantity.value, quantity.unit)![0]];
      if (Math.abs(ours - theirs) / ours <= CONVERTED_SPREAD) near = true;
    }
    // "seven employees" may be the "seven people" of another outlet.
    if (quantity.value === target && countsAlike(quantity.unit, unit)) near = true;
    if ((hedged || theirsHedged) && target > 0 && ((target >= 10 && !measureOfOther(target, unit, quantity.unit)) || countsAlike(quantity.unit, unit)) && Math.abs(quantity.value - target) / target <= 0.05) near = true;
    // "more than 30% of crossings" and "nearly 34 percent of its crossings" may be one share, "about 1,900 people" and "nearly
    // 2,000 inmates" one count: the ranges their hedges leave overlap, of the same thing.
    // A count of things more specific than people, not a measure ("more than 200 locations" for "214 stores"), is of the same
    // thing wherever it is told.
    const counted = (u: string) => u !== 'person' && !MEASURES.has(u) && inBaseUnits(1, u) === null;
    const specific = target < LARGE_FIGURE && counted(unit) && counted(quantity.unit);
    if (countsAlike(quantity.unit, unit) && (hedged || theirsHedged) && overlap(hedgedRange(ownHedge, target, value.text), hedgedRange(theirHedge, quantity.value, quantity.text)) && (specific || sameThing(value.sentence, sentence))) near = true;
    // "more than three decades" for "36 years", "more than 40" for 48: a lower bound rounding the figure down.
    if (quantity.unit === unit && lowerBound && !theirsHedged && roundedTo(quantity.value, target, 'down')) near = true;
    // "$15 million" for "$14,959,450": the round figure of the same amount; "three other women" beside one makes four.
    // A share rounds to a share of anything ("4.08 percent" of a yield to "4.1 percent" of a jobless rate): of the same thing only.
    if (quantity.unit === unit && target > 0 && roughlyEqual(quantity, { text: value.text, value: target, unit }) && (unit !== 'percent' || sameThing(value.sentence, sentence))) near = true;
    if (quantity.unit === unit && ((others && quantity.value === target + 1) || (quantity.excludesOne && quantity.value + 1 === target))) near = true;
    // "the six conservative justices" voting one way is a side of "ruled 6-3".
    if (quantity.unit === 'tally' && VOTER_COUNT.test(`${unit}s`) && (Math.floor(quantity.value / 1000) === target || quantity.value % 1000 === target)) near = true;
  }
  // The changes the detail's sentence tells with the figure at one end, read once for both checks of them.
  const changes = changesAt(target, value);
  if (partsOrWhole(article, target, unit, value) || changeBetween(article, target, unit) || measuredChange(article, target, unit) || hoursBetween(article, target, unit) || multipleWritten(article, changes, value) || sizeOfChangeWritten(article, changes, unit, value) || hedgedBare(article, target, value) || wordsInLikeSentence(article, target, value) || bareCountInLikeSentence(article, target, value)) near = true;
  if (namesCounted(article, target, unit) >= 0) return 'strong';
  // A bare figure for a small measure ("10" for "10 seconds") may count anything.
  if (bareFigureIn(article.article.text, target)) return target < LARGE_FIGURE && unit !== 'count' && MEASURES.has(unit) ? 'weak' : 'strong';
  if (unit === 'tally' && tallyWritten(article.article.text, Math.floor(target / 1000), target % 1000)) return 'strong';
  // "Two officials dissented" for "a 10-2 vote": the tally's other side, counted.
  if (unit === 'tally' && target % 1000 > 0 && article.quantities.some(({ value: q, sentence }) => q.value === target % 1000 && q.unit !== 'tally' && DISSENT.test(sentence))) near = true;
  if (unit === 'tally' && (tallyInWords(article.article.text, Math.floor(target / 1000), target % 1000) || unanimous(article.article.text, target % 1000))) return 'weak';
  if (near || decimalIn(article.article.text, amount) || yearsToldOtherwise(article, target, unit) || spanInWords(article, target, unit) || vagueShare(article, target, unit, value) || decadeWritten(article, target, unit, value) || shareAsFraction(article, target, unit, value) || relativeChangeInCounts(article, target, unit, value) || marginWritten(article, target, unit, value) || shareAsParts(article, target, unit, value) || dayToldAsSpan(article, 'number', value)) return 'weak';
  const word = SMALL_NUMBERS[target];
  // The number's word counting the same thing a few words on ("two federal officials" for "two officials"): a bare "two" is in every text.
  const counted = unit && !/^(?:count|USD|EUR|GBP|percent|years old)$/.test(unit) ? `(?:\\S+\\s+){0,3}${escapeRegExp(unit.slice(0, Math.max(3, unit.length - 2)))}` : '';
  if (word !== undefined && target >= 2 && new RegExp(`\\b${word}\\b${counted ? `\\s+${counted}` : ''}`, 'i').test(article.article.text)) return 'weak';
  if (word !== undefined && counted && totalAfterCounted(article.article.text, unit, word, target)) return 'weak';
  // "the fourth country he has targeted" for "four countries", "on the 11th ballot" for "11 ballots": the last of a count, told by
  // its place.
  const ordinal = Number.isInteger(target) && target >= 2 ? `(?:${ORDINALS[target] ? `${ORDINALS[target]}|` : ''}${target}(?:st|nd|rd|th))` : undefined;
  if (ordinal && counted && new RegExp(`\\b(?:the|its|his|her|their)\\s+${ordinal}\\s+${counted}`, 'i').test(article.article.text)) return 'weak';
  return vaguelyWritten(article.article.text, target, value.normalized.split(' ').slice(1).join(' ')) ? 'weak' : null;
}

/** Names listed before the plural noun they are of: "in Harrow, Lisle, Dunmore and Pike counties" counts four counties. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?`;
const NAMES_OF = new RegExp(String.raw`((?:${LISTED_NAME},\s+)*${LISTED_NAME},?\s+and\s+${LISTED_NAME})\s+(\p{Ll}+s)\b`, 'gu');

/** The sentence counting by name each one of a count ("Harrow, Lisle, Dunmore and Pike counties" for four counties), or -1. */
function namesCounted(article: AnalysedArticle, target: number, unit: string): number {
  if (target < 2) return -1;
  return (listsOfNames.get(article) ?? readListsOfNames(article)).find((list) => list.count === target && (list.unit === unit || (list.unit === null && PLACE_UNITS.has(unit))))?.index ?? -1;
}

/** Nouns a list of places counts: "brought by Missouri, Kansas, Iowa and Ohio" names four states. */
const PLACE_UNITS = new Set(['state', 'country', 'city', 'county', 'town', 'province']);
/** Three or more names listed with no noun after them ("by Missouri, Kansas, Iowa and Ohio."). */
const NAMES_LISTED = new RegExp(String.raw`((?:${LISTED_NAME},\s+)+${LISTED_NAME},?\s+and\s+${LISTED_NAME})(?!\s+\p{Ll}+s\b|[\p{L}'’-])`, 'gu');

/** Each article's lists of names before a plural noun (count, noun, sentence), read once: every figure checked asks for them. */
const listsOfNames = new WeakMap<AnalysedArticle, { count: number; unit: string | null; index: number }[]>();

function readListsOfNames(article: AnalysedArticle): { count: number; unit: string | null; index: number }[] {
  const names = (list: string) => list.split(/,\s+(?:and\s+)?|\s+and\s+/);
  const places = new Set(article.entities.filter((e) => e.value.kind === 'place').map((e) => e.value.text));
  const lists = article.sentences.flatMap((sentence, index) => [
    ...[...sentence.matchAll(NAMES_OF)].map(([, list, noun]) => ({ count: names(list).length, unit: singularNoun(noun) as string | null, index })),
    // A list of places alone counts places of the kind the other outlet names (unit null).
    ...[...sentence.matchAll(NAMES_LISTED)].filter(([, list]) => names(list).every((name) => places.has(name.trim().replace(/\.$/, '')))).map(([, list]) => ({ count: names(list).length, unit: null, index })),
  ]);
  listsOfNames.set(article, lists);
  return lists;
}

/** Lengths in metres, weights in kilograms, volumes in litres: one amount told in metric and imperial units. */
const BASE_UNITS: Record<string, [number, string]> = {
  kilogram: [1, 'kg'], kilo: [1, 'kg'], kg: [1, 'kg'], pound: [0.453592, 'kg'], lb: [0.453592, 'kg'], lbs: [0.453592, 'kg'], tonne: [1000, 'kg'],
  gram: [0.001, 'kg'], ounce: [0.0283495, 'kg'], milligram: [1e-6, 'kg'], mg: [1e-6, 'kg'], microgram: [1e-9, 'kg'], nanogram: [1e-12, 'kg'],
  kilometer: [1000, 'm'], kilometre: [1000, 'm'], km: [1000, 'm'], mile: [1609.34, 'm'], meter: [1, 'm'], metre: [1, 'm'], foot: [0.3048, 'm'], feet: [0.3048, 'm'], ft: [0.3048, 'm'], yard: [0.9144, 'm'],
  inch: [0.0254, 'm'], centimeter: [0.01, 'm'], centimetre: [0.01, 'm'], cm: [0.01, 'm'], millimeter: [0.001, 'm'], millimetre: [0.001, 'm'], mm: [0.001, 'm'],
  liter: [1, 'l'], litre: [1, 'l'], gallon: [3.78541, 'l'], barrel: [158.987, 'l'],
  acre: [4046.86, 'm2'], hectare: [10_000, 'm2'], 'square mile': [2_589_988, 'm2'], 'square kilometer': [1e6, 'm2'], 'square kilometre': [1e6, 'm2'], 'square km': [1e6, 'm2'],
  'square meter': [1, 'm2'], 'square metre': [1, 'm2'], 'square foot': [0.092903, 'm2'], 'square feet': [0.092903, 'm2'], 'square yard': [0.836127, 'm2'],
};
/** How far apart two amounts converted to one unit may be and still be one amount rounded ("14 kilograms", "about 31 pounds"). */
const CONVERTED_SPREAD = 0.05;

/** Two units of one measure in two systems ("pound", "kilogram"). */
function sameMeasure(a: string, b: string): boolean {
  const [x, y] = [inBaseUnits(1, a), inBaseUnits(1, b)];
  return a !== b && x !== null && x[1] === y?.[1];
}

/** An amount in its base unit and that unit's name, for units of length, area, weight and volume; null for any other. */
function inBaseUnits(value: number, unit: string): [number, string] | null {
  const base = BASE_UNITS[unit];
  return base && value > 0 ? [value * base[0], base[1]] : null;
}

/** "An amendment failed, 3-6" is no writing of "voted 6-3 to approve": one vote carried, the other failed. */
function votesOfOtherOutcomes(value: DifferenceValue, quantity: Quantity, sentence: string): boolean {
  if (quantity.unit !== 'tally') return false;
  const [ours, theirs] = [voteOutcomeIn(value.sentence, value.text), voteOutcomeIn(sentence, quantity.text)];
  return ours !== null && theirs !== null && ours !== theirs;
}

/** The noun a span written as a modifier measures: "truce" of "a 30-day truce". */
const SPAN_MODIFIES = /^\s+([a-z][a-z-]+)/;

function spanModifies(text: string, sentence: string, end: number): string | null {
  return /-/.test(text) ? (SPAN_MODIFIES.exec(sentence.slice(end))?.[1] ?? null) : null;
}

/**
 * "a 30-day truce" and "report back within 30 days": a span written as what it measures is that thing's, not another
 * span of the same length, unless the sentences tell of the same thing.
 */
function spansOfTwoThings(value: DifferenceValue, quantity: Quantity, sentence: string): boolean {
  if (!SPAN_SECONDS[quantity.unit]) return false;
  const at = writtenAt(value.sentence, value.text);
  const ours = at < 0 ? null : spanModifies(value.text, value.sentence, at + value.text.length);
  const theirs = spanModifies(quantity.text, sentence, quantity.end);
  if (ours === null && theirs === null) return false;
  // "a 3-1/2 year sentence" and "sentenced to 3 1/2 years": the thing may be named by another form of the word.
  const names = (noun: string | null, text: string) => noun !== null && words(text).some((w) => w.startsWith(noun.slice(0, Math.max(4, noun.length - 2))));
  return ours !== theirs && !names(ours, sentence) && !names(theirs, value.sentence) && !sameThing(value.sentence, sentence);
}

/** Spans of time in seconds, to read one span written in two units; months and years on average. */
export const SPAN_SECONDS: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800, month: 2_629_800, year: 31_557_600 };

/** One span told in another unit: "six years" for "72 months", "two weeks" for "14 days". */
function sameSpan(quantity: Quantity, target: number, unit: string): boolean {
  const [ours, theirs] = [SPAN_SECONDS[unit], SPAN_SECONDS[quantity.unit]];
  return ours !== undefined && theirs !== undefined && ours !== theirs && Math.abs(quantity.value * theirs - target * ours) < 1e-9 * target * ours;
}
/** How far a span in another unit may be and still be the same span told roughly ("47 days", "nearly seven weeks"). */
const SPAN_SPREAD = 0.1;
/** …or told with a hedge ("nearly a week" for six days). */
const HEDGED_SPAN_SPREAD = 0.2;

const MONTH = String.raw`\b${MONTH_NAME}\.?`;
/** A day of a month ("28 November", "Nov. 28"), and a clock time: figures that count nothing. */
const DAY_OR_TIME = new RegExp(`${MONTH}\\s+\\d{1,2}(?!\\d)|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\d{1,2}:\\d\\d|\\b\\d{1,2}\\s*(?:[ap]\\.?m\\b\\.?|o['’]clock\\b)`, 'gi');

/**
 * A whole figure of 10 or more written in digits anywhere in the text, outside a date or a time
 * ("28 November" is not 28 of anything); "in his 30s", "the 30th", "$30", "30 million" or "30%" is
 * not the figure 30.
 */
export function bareFigureIn(text: string, target: number): boolean {
  if (!Number.isInteger(target) || target < 10) return false;
  const plain = text.replace(DAY_OR_TIME, ' ').replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
  // "14%" is a share and "a 14-year veteran" a span: no bare figure.
  return new RegExp(`(?<![\\p{L}\\d.$€£])${target}(?![\\d\\p{L}]|\\s*(?:%|(?:percent|thousand|million|billion|trillion)\\b)|-(?:year|month|week|day|hour|minute|second|mile|foot|inch|pound)s?\\b)`, 'u').test(plain);
}

/**
 * A figure with decimals written as such anywhere in the text ("5.8" of "a 5.8-magnitude quake"
 * for "a magnitude-5.8 temblor"): likely the same measure, though "1.5" recurs more than "1,534".
 */
function decimalIn(text: string, amount: string): boolean {
  return /^\d+\.\d+$/.test(amount) && new RegExp(`(?<![\\d.,])${amount.replace('.', '\\.')}(?![\\d]|[.,]\\d)`).test(text);
}

/** "hundreds of thousands of commuters" for 400,000 commuters, "a decade" for 10 years, "more than a decade" for 12. */
const VAGUE_AMOUNTS: [RegExp, number, number][] = [
  [/\bhundreds of thousands of (\w+)/gi, 1e5, 1e6],
  [/\btens of thousands of (\w+)/gi, 1e4, 1e5],
  [/\b(?<!of )thousands of (\w+)/gi, 1e3, 1e4],
  [/\b(?<!of )hundreds of (\w+)/gi, 100, 1000],
  [/\bdozens of (\w+)/gi, 24, 100],
  [/\b(?:several|a few) dozen (\w+)/gi, 24, 100],
  [/\bscores of (\w+)/gi, 40, 100],
  [/\bmillions of (\w+)/gi, 1e6, 1e7],
  // Small counts told loosely: "several anchors" for four, "a few berths along" for three berths, "some hours later" for three hours.
  [/\b(?:several|multiple) (\w+)/gi, 3, 9],
  [/\ba (?:few|handful of) (\w+)/gi, 2, 6],
  [/\ba couple of (\w+)/gi, 2, 3],
  [/\bsome (hours|days|weeks|months|years|minutes)\b/gi, 2, 12],
  [/\ba (decade)\b/gi, 10, 10],
  [/\b(?:more than|over) a (decade)\b/gi, 11, 19],
  [/\b(?:nearly|almost) a (decade)\b/gi, 8, 9],
  // "the most in a generation": some twenty to forty years.
  [/\b(?:in|for|than) a (generation)\b/gi, 20, 40],
];
/** Words of a span of years, and the units of the figures they tell ("a decade" of "12 years", of "10 years old"). */
const YEARS_SPAN_WORDS = new Map([
  ['decade', ['year', 'years old']],
  ['generation', ['year']],
]);

/**
 * A span of years told another way: by the year it began, give or take one ("the most in 9 years"
 * and "the highest since March 2012", in an article of 2021; "ran the city for six years" and "first elected in 2017"
 * in one of 2023) or as an anniversary ("10 years after the flood", "the 10th anniversary of the flood").
 */
function yearsToldOtherwise(article: AnalysedArticle, years: number, unit: string): boolean {
  if (unit !== 'year' || !Number.isInteger(years) || years < 1) return false;
  const text = article.article.text;
  if (new RegExp(`\\b${years}(?:st|nd|rd|th)\\s+anniversary\\b`, 'i').test(text)) return true;
  // "over the next decade" for "over ten years".
  if (years === 10 && /\b(?:a|the\s+(?:next|past|last|coming|previous))\s+decade\b/i.test(text)) return true;
  const published = article.article.publishedAt ? Number(article.article.publishedAt.slice(0, 4)) : NaN;
  // Counted to the day of writing or to a coming date: a year either way ("since 2005", "14 years" in late 2018).
  const began = [published - years - 1, published - years, published - years + 1].join('|');
  if (!Number.isFinite(published)) return false;
  // "since 2017", "first elected in 2017", "when he first ran for office in 2017".
  return new RegExp(`\\bsince\\s+(?:${MONTH}\\s+)?(?:${began})\\b|\\b(?:elected|took office|sworn in|appointed|ran for [\\p{L}-]+)\\s+in\\s+(?:${MONTH}\\s+)?(?:${began})\\b`, 'iu').test(text);
}

/** The most units a span told only by its unit ("for weeks") may stand for. */
const VAGUE_SPAN_MOST = 12;

/** A span of a few units told without their number: "could be without power for weeks" for "three weeks". */
function spanInWords(article: AnalysedArticle, count: number, unit: string): boolean {
  if (!['day', 'week', 'month', 'year'].includes(unit) || count < 2 || count > VAGUE_SPAN_MOST) return false;
  return new RegExp(`\\b(?:for|within|take|takes|took|last|lasts|lasted)\\s+(?:several\\s+|many\\s+|a\\s+few\\s+)?${unit}s\\b`, 'i').test(article.article.text);
}

/** The decades of a figure told in words: "the teens", "the 40s", "the forties", "single digits". */
const DECADE_WORDS: Record<string, number> = { teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const DECADE_IN_WORDS = /\b(?:(low|lower|mid|middle|high|upper)[-\s]+)?(single[-\s]+digits|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0['’]?s)\b/gi;
/** What part of a decade "low", "mid" and "high" leave, as units from its start. */
const PART_OF_DECADE: Record<string, [number, number]> = { low: [0, 4], lower: [0, 4], mid: [3, 7], middle: [3, 7], high: [6, 9], upper: [6, 9] };

/**
 * "in the low teens" for "12 percent", "in his mid-40s" for "45": a share, age or temperature told by the part of its decade,
 * in a sentence about the same thing.
 */
function decadeWritten(article: AnalysedArticle, target: number, unit: string, value: DifferenceValue): boolean {
  if (!['percent', 'years old', 'degree'].includes(unit)) return false;
  return article.sentences.some(
    (sentence) =>
      sameThing(value.sentence, sentence) &&
      [...sentence.matchAll(DECADE_IN_WORDS)].some(([, part, decade]) => {
        const start = /^single/i.test(decade) ? 0 : (DECADE_WORDS[decade.toLowerCase()] ?? Number(decade.slice(0, 2)));
        const [from, to] = part ? PART_OF_DECADE[part.toLowerCase()] : [0, 9];
        return target >= start + Math.max(from, start === 0 ? 1 : 0) && target <= start + to;
      }),
  );
}

/** Shares told in words, and the percentages they may stand for. */
const VAGUE_SHARES: [RegExp, number, number][] = [
  [/\b(?:the\s+)?vast\s+majority\s+of\b/gi, 70, 99],
  [/\b(?:a|the)\s+majority\s+of\b/gi, 50, 99],
  [/\btwo[-\s]thirds\s+of\b/gi, 63, 70],
  [/\bthree[-\s]quarters\s+of\b/gi, 72, 78],
  [/\b(?:about\s+)?half\s+of\b/gi, 45, 55],
  [/\b(?:a|one)[-\s]third\s+of\b/gi, 30, 36],
  [/\b(?:a|one)[-\s]quarter\s+of\b/gi, 22, 28],
  [/\b(?:a|one)[-\s]fifth\s+of\b/gi, 18, 22],
  // "seven in ten", "3 out of 10": a share in tenths, within five points.
  ...SMALL_NUMBERS.slice(1, 10).map((word, n): [RegExp, number, number] => [new RegExp(`\\b(?:${word}|${n + 1})\\s+(?:in|out\\s+of)\\s+(?:ten|10)\\b`, 'gi'), n * 10 + 5, n * 10 + 15]),
];

/**
 * "85% of the state's schools" and "the vast majority of schools": a share told in words, of the
 * same thing (the noun after "of"), in a sentence about the same thing.
 */
function vagueShare(article: AnalysedArticle, percent: number, unit: string, value: DifferenceValue): boolean {
  if (unit !== 'percent') return false;
  // What the share is of ("85% of the state's schools"), or what those it counts did ("86 percent voting in favor").
  const of = /^\s+(?:of\s+)?((?:\S+\s+){0,3}\S+)/.exec(value.sentence.slice(writtenAt(value.sentence, value.text) + value.text.length));
  if (!of) return false;
  const counted = new Set(contentTerms(of[1]));
  const sharesOf = (sentence: string, [pattern, low, high]: [RegExp, number, number]) =>
    percent >= low && percent <= high && [...sentence.matchAll(pattern)].some((m) => contentTerms(sentence.slice(m.index + m[0].length).trim().split(/\s+/).slice(0, 4).join(' ')).some((t) => counted.has(t)));
  return article.sentences.some((sentence) => VAGUE_SHARES.some((share) => sharesOf(sentence, share)));
}

/** Fractions a change may be told in, as percentages. */
const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10, 'two-thirds': 200 / 3, 'three-quarters': 75 };
/** A change told as a fraction: "jumped by more than a fifth", "an increase of a third", "lost nearly a fifth of its value". */
const FRACTION_CHANGE = new RegExp(String.raw`\b(?:by|of|los(?:t|es|ing)|shed(?:s|ding)?|gain(?:s|ed|ing)?|fell|dropped|rose|jumped|climbed|slid|cut|trimmed|slashed|down|up)\s+((?:${HEDGE_WORDS})\s+)?(?:(?:a|one)[-\s])?(two-thirds|three-quarters|half|third|quarter|fifth|tenth)\b`, 'gi');
/** A level told as a fraction: "little more than a third full", "half full". */
const FRACTION_LEVEL = new RegExp(String.raw`(\b(?:${HEDGE_WORDS})\s+)?(?:\b(?:a|one)[-\s])?\b(two-thirds|three-quarters|half|third|quarter|fifth|tenth)\s+full\b`, 'gi');
/** A bare fraction stands for a percentage within this share of it. */
const FRACTION_SPREAD = 0.05;

/**
 * "rose 22 percent" and "jumped by more than a fifth", "an increase of more than three-quarters" for 77 percent; "at 38
 * percent of capacity" and "little more than a third full": a share told as a fraction, by its hedge, in a sentence about the
 * same thing.
 */
function shareAsFraction(article: AnalysedArticle, percent: number, unit: string, value: DifferenceValue): boolean {
  if (unit !== 'percent') return false;
  return article.sentences.some((sentence) =>
    [...sentence.matchAll(FRACTION_CHANGE), ...sentence.matchAll(FRACTION_LEVEL)].some(([, hedge, fraction]) => {
      const share = FRACTIONS[fraction.toLowerCase()];
      const [low, high] = hedge ? hedgedRange(hedge, share) : [share * (1 - FRACTION_SPREAD), share * (1 + FRACTION_SPREAD)];
      return percent >= low && percent <= high && sameThing(value.sentence, sentence);
    }),
  );
}

/** Verbs of a change of a figure: "raised", "fell", "declined", "slashed". */
export const CHANGE_VERB =
  '(?:rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|cut(?:s|ting)?|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|ris(?:e[sn]?|ing)|rose|f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|gr[eo]w(?:s|ing|n)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|trim(?:s|med|ming)?|slash(?:es|ed|ing)?)';
/** A share that is a relative change: "fell 18 percent", "a decline of 18%", "up 12 percent". */
export const RELATIVE_CHANGE_BEFORE = new RegExp(
  `\\b(?:${CHANGE_VERB}|(?<!\\b(?:made|makes?|making|adds?|added|ended|sums?|summed)\\s+)(?:up|down))(?:\\s+(?:by|of))?\\s+(?:(?:${HEDGE_WORDS})\\s+)?$`,
  'i',
);
/** Where a count went from, in the words after the count it went to: "92 …, down from 112". */
const WENT_FROM = new RegExp(String.raw`\b(?:down|up)\s+from\s+(?:(?:${HEDGE_WORDS})\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b`, 'gi');
/** How many points a relative change told in counts may be from the percentage (rounding). */
const RELATIVE_CHANGE_SPREAD = 1;

/**
 * A relative change ("homicides fell 18 percent") told by the two counts it was between ("92 people were killed, down
 * from 112"; "from 112 to 92"): the same change, computed.
 */
function relativeChangeInCounts(article: AnalysedArticle, percent: number, unit: string, value: DifferenceValue): boolean {
  if (unit !== 'percent' || !RELATIVE_CHANGE_BEFORE.test(value.sentence.slice(0, Math.max(0, writtenAt(value.sentence, value.text))))) return false;
  const close = (from: number, to: number) => from > 0 && Math.abs((Math.abs(to - from) / from) * 100 - percent) <= RELATIVE_CHANGE_SPREAD;
  return article.sentences.some((sentence, index) => {
    if (changesIn(sentence).some(([from, to]) => close(from, to))) return true;
    const counts = article.quantities.filter((q) => q.index === index && !MEASURES.has(q.value.unit));
    return [...sentence.matchAll(WENT_FROM)].some((m) => {
      const to = counts.filter((q) => q.value.end <= m.index).pop()?.value.value;
      return to !== undefined && close(Number(m[1].replace(/,/g, '')), to);
    });
  });
}

/** Those a crowd is counted as, of whatever people it is made… */
const CROWD = /^(?:protester|protestor|demonstrator|marcher)$/;
/** …and the people it may be made of. */
const CROWD_MEMBERS = /^(?:person|people|protester|demonstrator|marcher|student|worker|employee|resident|supporter|member|teacher|parent|nurse|farmer|activist|voter)$/;
/** "Thousands turned out", "hundreds marched": a vague count of people, told by what they did. */
const VAGUE_CROWD = /\b(thousands|hundreds|dozens)\s+(?:turned out|gathered|marched|rallied|attended|protested|showed up|filled|lined|packed)\b/gi;
const CROWD_RANGES: Record<string, [number, number]> = { thousands: [1e3, 1e4], hundreds: [100, 1000], dozens: [24, 100] };

/** "won by 12 points", "by just under eight points": a margin between two shares. */
const MARGIN = new RegExp(String.raw`\bby\s+((?:just\s+)?(?:${HEDGE_WORDS}|under|over)\s+)?(\d+(?:\.\d+)?|${NUMBER_UNDER_HUNDRED})\s+(?:percentage\s+)?points?\b`, 'gi');
const MARGIN_SOMEWHERE = new RegExp(MARGIN.source, 'i');
/** How far a margin told in whole points may be from the difference of the two shares (rounding); further when hedged. */
const MARGIN_SLACK = 0.5;
const HEDGED_MARGIN_SLACK = 1;

/** The words between a share and the whole it is of: "of the university's", "of its". */
const SHARE_OF = /^\s+of\s+(?:[\p{L}'’.-]+\s+){0,4}$/u;
/** A share's words before a figure that may be its whole: "of the university's $533 million". */
const SHARE_OF_FIGURE = /^\s+of\s+(?:[\p{L}'’.-]+\s+){0,4}[$€£\d]/u;
/** How far (in points) a share worked out from two figures may be from the one given, which is usually rounded. */
const SHARE_SPREAD = 0.5;

/** The whole a share in a sentence is of ("9 percent of the university's $533 million …"), among the sentence's figures. */
function wholeOf(share: Quantity, figures: Quantity[], sentence: string): Quantity | undefined {
  return figures.find((q) => q.start >= share.end && q.value > 0 && SHARE_OF.test(sentence.slice(share.end, q.start)));
}

/**
 * A share and its part told one by the other, of one whole: "roughly 9 percent of the university's $533 million
 * appropriation" for an outlet giving the $533 million and the $48 million, or the $48 million for an outlet giving the
 * 9 percent of $533 million.
 */
function shareAsParts(article: AnalysedArticle, target: number, unit: string, value: DifferenceValue): boolean {
  if (target <= 0) return false;
  const shareOf = (part: number, whole: Quantity, share: number) => Math.abs((100 * part) / whole.value - share) <= SHARE_SPREAD;
  if (unit === 'percent') {
    // Reading the sentence's figures (the tagger) is slow: only where a whole may follow the share.
    if (!SHARE_OF_FIGURE.test(value.sentence.slice(writtenAt(value.sentence, value.text) + value.text.length))) return false;
    const figures = sentenceQuantities(value.sentence);
    const share = figures.find((q) => q.unit === 'percent' && q.value === target && value.sentence.slice(q.start, q.end) === value.text);
    const whole = share && wholeOf(share, figures, value.sentence);
    if (!whole) return false;
    const theirs = article.quantities.map((m) => m.value).filter((q) => q.unit === whole.unit);
    return theirs.some((q) => q.value === whole.value) && theirs.some((q) => shareOf(q.value, whole, target));
  }
  return article.quantities.some(({ value: share, sentence, index }) => {
    if (share.unit !== 'percent') return false;
    const whole = wholeOf(share, article.quantities.filter((m) => m.index === index).map((m) => m.value), sentence) ?? wholeBeside(article, share, sentence, index);
    return whole !== undefined && (whole.unit === unit || (WORKFORCE.has(whole.unit) && WORKFORCE.has(unit))) && shareOf(target, whole, share.value);
  });
}

/** A company's people, counted by the jobs they hold or as the workers holding them: a cut of jobs is a share of its workers. */
const WORKFORCE = new Set(['job', 'worker', 'employee', 'staffer', 'person']);
/** "6% of its employees": a share of a whole the sentence names but does not count. */
const SHARE_OF_NAMED_WHOLE = /^\s+of\s+(?:its|their|his|her|the)\s+(?:[\p{L}'’-]+['’]s\s+)?([\p{L}-]+)\b/u;

/**
 * The whole a share is of, counted in the sentence before or after it ("laying off 6% of its employees. It had 68,000
 * workers"): a count of that noun, or of the company's people where the noun is its workforce.
 */
function wholeBeside(article: AnalysedArticle, share: Quantity, sentence: string, index: number): Quantity | undefined {
  const noun = SHARE_OF_NAMED_WHOLE.exec(sentence.slice(share.end))?.[1];
  if (!noun) return undefined;
  const named = singularNoun(noun.toLowerCase());
  return article.quantities.find(({ value, index: at }) => Math.abs(at - index) === 1 && value.value > 0 && (value.unit === named || (WORKFORCE.has(value.unit) && WORKFORCE.has(named))))?.value;
}

/**
 * "won 53.9 percent of the vote to Lisk's 46.1 percent" and "defeated Lisk by just under eight points": a share given
 * with another, told by the margin between them, in a sentence about the same thing.
 */
function marginWritten(article: AnalysedArticle, percent: number, unit: string, value: DifferenceValue): boolean {
  // Reading the sentence's figures (the tagger) is slow: only where two shares and a margin may be.
  if (unit !== 'percent' || (value.sentence.match(/%|\bpercent\b/gi) ?? []).length < 2 || !MARGIN_SOMEWHERE.test(article.article.text)) return false;
  const shares = sentenceQuantities(value.sentence).filter((q) => q.unit === 'percent').map((q) => q.value);
  if (!shares.includes(percent)) return false;
  const gaps = shares.filter((other) => other !== percent).map((other) => Math.abs(other - percent));
  return article.sentences.some(
    (sentence) =>
      sameThing(value.sentence, sentence) &&
      [...sentence.matchAll(MARGIN)].some(([, hedge, written]) => gaps.some((gap) => Math.abs(smallNumber(written) - gap) <= (hedge ? HEDGED_MARGIN_SLACK : MARGIN_SLACK))),
  );
}

function vaguelyWritten(text: string, amount: number, unit: string): boolean {
  if ((unit === 'person' || unit === 'people') && [...text.matchAll(VAGUE_CROWD)].some(([, many]) => amount >= CROWD_RANGES[many.toLowerCase()][0] && amount <= CROWD_RANGES[many.toLowerCase()][1])) return true;
  for (const [pattern, low, high] of VAGUE_AMOUNTS) {
    for (const match of text.matchAll(pattern)) {
      // The noun counted may follow a name or two ("dozens of House members"), or come first ("signatures from tens of thousands of people").
      const nouns = [
        match[1],
        ...(text.slice(match.index + match[0].length).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u)?.slice(1) ?? []),
        /([\p{L}-]+)\s+(?:from|by)\s+$/u.exec(text.slice(0, match.index))?.[1],
      ];
      for (const noun of nouns.filter((word): word is string => Boolean(word))) {
        const counted = singularNoun(noun.toLowerCase());
        // "scores of others" counts people, as "scores of people" does; "hundreds of protesters" counts a crowd, whoever is in it
        // ("about 300 students").
        const people = (/^others?$/.test(counted) && (unit === 'person' || unit === 'people')) || (CROWD.test(counted) && CROWD_MEMBERS.test(unit));
        // A plural read alone may be taken for a verb or a name ("anchors", "times"): the unit's plural is the unit too.
        const plural = [`${unit}s`, `${unit}es`].includes(noun.toLowerCase());
        if (amount >= low && amount <= high && (counted === unit || plural || people || YEARS_SPAN_WORDS.get(counted)?.includes(unit))) return true;
      }
    }
  }
  return false;
}

/** A span counted from the day of publication: to a deadline ("within six weeks", "nine days left", "30 days from now"), or back ("three weeks ago"). */
const DEADLINE_BEFORE = /\b(?:within|in\s+the\s+next)\s+(?:(?:about|roughly|nearly|just)\s+)?$/i;
/** "nine days left", "60 days to apply": a span until a deadline. */
const DEADLINE_AFTER = /^\s+(?:left|remaining|to\s+go|from\s+now|to\s+(?:apply|file|register|respond|appeal|comply|decide|act|submit|pay|leave|vacate|sign|object|answer))\b/i;
/** "for three weeks", "for another 30 days": how long something lasts, right before the span. */
const FOR_SPAN_BEFORE = /\bfor\s+(?:another\s+|(?:about|roughly|nearly|just|up\s+to)\s+)?$/i;
const AGO_AFTER = /^\s+ago\b/i;
const SPAN_IN_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };
/** How many days a day may lie from a span counted in each unit (a month, or "the end of" a fiscal year, is loosely told). */
const SPAN_SLACK: Record<string, number> = { day: 1, week: 3, month: 7 };

/** Which way from publication the figure in its sentence counts days: 1 ahead, -1 back, 0 neither. */
function countsFromPublication(sentence: string, start: number, end: number, unit: string): 1 | -1 | 0 {
  if (!(unit in SPAN_IN_DAYS)) return 0;
  if (DEADLINE_BEFORE.test(sentence.slice(0, start)) || DEADLINE_AFTER.test(sentence.slice(end))) return 1;
  // "will keep the ferry running for three weeks": a span from now, to come.
  if (FOR_SPAN_BEFORE.test(sentence.slice(0, start)) && toldAsToCome(sentence, start)) return 1;
  return AGO_AFTER.test(sentence.slice(end)) ? -1 : 0;
}

const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
/** Days between two ISO days. */
const daysApart = (a: string, b: string) => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** The day a span counted from publication ends on, and how loosely. */
function dayOfSpan(published: string, value: number, unit: string, direction: 1 | -1): { day: string; slack: number } {
  const day = new Date(`${published}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + direction * Math.round(value * SPAN_IN_DAYS[unit]));
  return { day: day.toISOString().slice(0, 10), slack: SPAN_SLACK[unit] };
}

/**
 * A day and the span between it and publication are one date told two ways ("by Feb. 23" and "within six weeks" in an
 * article of Jan. 12; "nine days left before the fiscal year ends" and "by July 1" on June 22; "on Feb. 11" and "three
 * weeks ago" on March 4): weak, for either.
 */
function dayToldAsSpan(article: AnalysedArticle, kind: 'date' | 'number', value: DifferenceValue): boolean {
  const published = article.article.publishedAt;
  if (!published) return false;
  if (kind === 'date') {
    if (!ISO_DAY.test(value.normalized)) return false;
    return article.quantities.some(({ value: q, sentence }) => {
      const direction = countsFromPublication(sentence, q.start, q.end, q.unit);
      if (direction === 0) return false;
      const { day, slack } = dayOfSpan(published, q.value, q.unit, direction);
      return daysApart(day, value.normalized) <= slack;
    });
  }
  const [amount, unit] = value.normalized.split(' ');
  const at = writtenAt(value.sentence, value.text);
  const direction = at < 0 ? 0 : countsFromPublication(value.sentence, at, at + value.text.length, unit);
  if (direction === 0) return false;
  const { day, slack } = dayOfSpan(published, Number(amount), unit, direction);
  return article.dates.some((d) => ISO_DAY.test(d.value.normalized) && daysApart(day, d.value.normalized) <= slack);
}

const YEARS_AGO = /\b(\w+|\d+)\s+years?\s+ago\b/gi;

/**
 * A date is surely reported by the same day in any writing; a month or year that holds it in a
 * sentence about the same thing, "years ago", a season, a weekend for its Saturday or Sunday, or in an
 * undated article a weekday or "yesterday" telling the same event, is weak.
 */
function dateWritten(article: AnalysedArticle, value: DifferenceValue): Evidence | null {
  const found = dateReported(article, value);
  if (found === null) return dayToldAsSpan(article, 'date', value) ? 'weak' : null;
  return !('words' in found) && (sameDate(found.value.normalized, value.normalized, article.article.publishedAt ? [article.article.publishedAt] : []) || sameYearlessDate(found.value, value)) ? 'strong' : 'weak';
}

/** Months of the seasons as news in the northern hemisphere uses them (winter runs into the next year). */
const SEASON_MONTHS: Record<string, number[]> = { spring: [3, 4, 5], summer: [6, 7, 8, 9], fall: [9, 10, 11], autumn: [9, 10, 11], winter: [12, 13, 14] };
const SEASON = /\b(last|this|past|next|coming)\s+(spring|summer|fall|autumn|winter)\b/gi;

/**
 * The words placing something in a season, relative to the text's publication, that holds the month ("last summer" for
 * June of the year before, "this spring" for April, "next fall" for October): a coarser writing of it; null if none.
 */
function seasonHolding(text: string, published: string, day: string): string | null {
  const month = /^(\d{4})-(\d\d)/.exec(day.replace(/^(?:week|weekend) of /, ''));
  if (!month) return null;
  const [year, at] = [Number(month[1]), Number(month[2])];
  const publishedAt = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7));
  for (const [words, when, season] of text.matchAll(SEASON)) {
    const months = SEASON_MONTHS[season.toLowerCase()];
    const last = months[months.length - 1];
    // "this summer" begins in the year of publication (a winter in its first months began the year before);
    // "last summer" is the latest one over before publication.
    // "next fall", "the coming spring": the first one to begin after publication.
    let start = Number(published.slice(0, 4));
    const told = when.toLowerCase();
    if (told === 'this') {
      if (last > 12 && Number(published.slice(5, 7)) <= last - 12) start -= 1;
    } else if (told === 'next' || told === 'coming') {
      while (start * 12 + months[0] <= publishedAt) start += 1;
    } else while (start * 12 + last >= publishedAt) start -= 1;
    if (months.some((m) => start + Math.floor((m - 1) / 12) === year && ((m - 1) % 12) + 1 === at)) return words;
  }
  return null;
}

/** A year or month ("2013", "December", year unknown) that holds a finer date ("March 2013", "Dec. 2"; "June 2005" holds "June 24"). */
function coarserHolds(coarse: string, fine: string): boolean {
  const found = /^(\d{4}|XXXX)(-\d\d)?$/.exec(coarse);
  if (!found || fine.length <= coarse.length) return false;
  const [year, month = ''] = [found[1], found[2]];
  const fineYear = fine.slice(0, 4);
  // A month or a day without its year may be in any year; a bare unknown year holds nothing.
  if (year === 'XXXX' || fineYear === 'XXXX') return month !== '' && fine.slice(4, 7) === month;
  return fineYear === year && fine.slice(4, 4 + month.length) === month;
}

/** A bound a date is given as: "through the end of May", "funded through May 30". */
const BOUND = /\b(through|until|till|by|before|after|since)\s+(?:the\s+)?$/i;

/** Two dates given as the same bound ("through the end of May" / "through May 30"): a coarser one may be the finer one. */
function sameBound(before: string, otherBefore: string): boolean {
  const [a, b] = [BOUND.exec(before)?.[1].toLowerCase(), BOUND.exec(otherBefore)?.[1].toLowerCase()];
  return a !== undefined && a === b;
}

/** "the start of next year" for "Jan. 1", "the beginning of May" for "May 1": a span's start is its first day. */
function startOf(written: string, coarse: string, fine: string): boolean {
  return /\b(?:start|beginning)\s+of\s+(?:the\s+)?(?:next\s+|this\s+)?\S+$/i.test(written) && fine === (coarse.length === 4 ? `${coarse}-01-01` : `${coarse}-01`);
}

/** "the end of June" for "June 30" or "July 1", "the end of the year" for "Dec. 31" or "Jan. 1": a span's last day or the day after it. */
function endOf(written: string, coarse: string, fine: string): boolean {
  const span = /^(\d{4})(?:-(\d\d))?$/.exec(coarse);
  if (!span || !/\bend\s+of\s+(?:the\s+)?(?:next\s+|this\s+)?\S+$/i.test(written)) return false;
  // Months count from 0, so the month number is the index of the month after it (12: January of the next year).
  const after = new Date(Date.UTC(Number(span[1]), span[2] ? Number(span[2]) : 12, 1));
  const last = new Date(after.getTime() - 86_400_000);
  return [after, last].some((d) => d.toISOString().slice(0, 10) === fine);
}

/** Day words an undated article cannot resolve: a weekday, "yesterday", "tonight", "this week". */
const RELATIVE_DAY = new RegExp(`^(?:${WEEKDAYS.join('|')}|today|yesterday|tonight|last night|this morning|(?:earlier )?this week)$`);
/** Sentences this alike tell one event: its two writings of a day may be one day. */
const SAME_EVENT = 0.3;
/** A coarser writing of a date ("in January", "this year") reports it only in a sentence this alike to the date's. */
const COARSER_SAME_THING = 0.1;
const SPAN_PLACE_WORDS = new Set(['end', 'start', 'beginning', 'middle', 'early', 'late']);

/**
 * A weekday or a relative day against a calendar day (or another relative one) where the article
 * has no publication date to resolve it: "died yesterday" may be "died Thursday, December 11".
 */
function unresolvedDay(a: string, b: string): boolean {
  const day = (d: string) => RELATIVE_DAY.test(d) || /^(?:\d{4}|XXXX)-\d\d-\d\d$/.test(d);
  return a !== b && day(a) && day(b) && (RELATIVE_DAY.test(a) || RELATIVE_DAY.test(b));
}

/** A looser writing of a date than any date read: "four years ago", "this spring", "weekend"; and the sentence it is in. */
interface LooserWriting {
  index: number;
  words: string;
}

/** The date mention that reports the date, or a looser writing of it ("four years ago", "last summer"), or null. */
function dateReported(article: AnalysedArticle, value: DifferenceValue): Mention<DateMention> | LooserWriting | null {
  const anchors = article.article.publishedAt ? [article.article.publishedAt] : [];
  const day = value.normalized;
  const bare = (d: string) => d.replace(/^(?:week|weekend) of /, '');
  // Words that place a date in its span ("the end of March", "through the end of 2025") tell nothing of what happened on it.
  const eventTerms = (terms: Iterable<string>) => new Set([...terms].filter((t) => !SPAN_PLACE_WORDS.has(t)));
  const told = eventTerms(contentTerms(value.sentence));
  const alike = (mention: Mention<DateMention>) => similarity(eventTerms(article.terms[mention.index]), told);
  const before = (mention: Mention<DateMention>) => article.sentences[mention.index].slice(0, mention.value.start);
  const sideOfPublication = (mention: Mention<DateMention>) => sideOfPublicationHolds(before(mention), mention.value.normalized, day, article.article.publishedAt);
  const same = article.dates.find((mention) => (sameDate(mention.value.normalized, day, anchors) || sameYearlessDate(mention.value, value)) && sideOfPublication(mention));
  if (same) return same;
  // "next month" for "May 17", "2013" for "March 2013", "this month" for "last week": the coarser writing reports the finer one,
  // where its sentence tells of the same thing ("this year" in a line on the economy is no writing of "Saturday" in one on an e-mail).
  const coarser = article.dates
    .filter((mention) => (coarserHolds(mention.value.normalized, bare(day)) || coarserHolds(day, bare(mention.value.normalized))) && sideOfPublication(mention))
    .sort((a, b) => alike(b) - alike(a))[0];
  const valueBefore = value.sentence.slice(0, Math.max(0, writtenAt(value.sentence, value.text)));
  // "vote by the end of September" is a deadline, no looser writing of "hearings could start Sept. 5": bounds alike or none.
  const boundsAlike = (mention: Mention<DateMention>) => BOUND.exec(before(mention))?.[1].toLowerCase() === BOUND.exec(valueBefore)?.[1].toLowerCase();
  if (coarser && ((alike(coarser) >= COARSER_SAME_THING && boundsAlike(coarser)) || sameBound(before(coarser), valueBefore) || startOf(`${before(coarser)}${coarser.value.text}`, coarser.value.normalized, bare(day)))) return coarser;
  // "by the end of June" for "by July 1": a span's last day, or the first day after it, told with the same bound.
  const edge = article.dates.find(
    (mention) =>
      (endOf(`${before(mention)}${mention.value.text}`, mention.value.normalized, bare(day)) || endOf(`${valueBefore}${value.text}`, day, mention.value.normalized)) &&
      sameBound(before(mention), valueBefore),
  );
  if (edge) return edge;
  const unresolved = article.dates.find((mention) => !anchors.length && unresolvedDay(mention.value.normalized, day) && alike(mention) >= SAME_EVENT);
  if (unresolved) return unresolved;
  // "four years ago" against "2013".
  const published = article.article.publishedAt;
  if (published && /^\d{4}$/.test(day)) {
    for (const [index, sentence] of article.sentences.entries()) {
      for (const [words, count] of sentence.matchAll(YEARS_AGO)) {
        const n = smallNumber(count);
        if (n > 0 && Number(published.slice(0, 4)) - n === Number(day)) return { index, words };
      }
    }
  }
  if (published) {
    for (const [index, sentence] of article.sentences.entries()) {
      const words = seasonHolding(sentence, published, day);
      if (words !== null) return { index, words };
    }
  }
  // "a weekend text message" for one sent "Sunday afternoon".
  const weekday = /^\d{4}-\d\d-\d\d$/.test(day) ? new Date(`${day}T00:00:00Z`).getUTCDay() : WEEKDAYS.indexOf(day);
  const weekend = weekday === 0 || weekday === 6 ? article.sentences.findIndex((sentence, i) => /\bweekend\b/i.test(sentence) && similarity(article.terms[i], told) >= COARSER_SAME_THING) : -1;
  return weekend >= 0 ? { index: weekend, words: 'weekend' } : null;
}

const QUOTE_WINDOW = 5;

/**
 * Texts whose words for finding a quote are kept: every sentence, clause and quotation of the articles compared, which
 * are read once per quote checked.
 */
const TOKENS_KEPT = 4096;

/** Words of a text for finding a quote in it: in one spoken wording (wording.ts), lower case, no punctuation, curly apostrophes straight. */
const quoteTokens = perText(
  (text: string): string[] =>
    spokenWording(text)
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [],
  TOKENS_KEPT,
);

/** Those words joined and set off by spaces, to look for runs of a quote's words in. */
const quoteHaystack = perText((text: string) => ` ${quoteTokens(text).join(' ')} `);

/** Share of a quote's content terms one sentence must carry to be its paraphrase. */
const PARAPHRASE_SHARE = 0.5;
const PARAPHRASE_MIN_TERMS = 3;
/** Quotes longer than this (in content terms) are passages, not one statement to paraphrase. */
const PARAPHRASE_MAX_TERMS = 20;

/** How surely an article gives a quote, and the sentence that gives it (-1 for words running across a sentence break). */
interface QuoteFinding {
  evidence: Evidence | null;
  index: number | null;
}

/** Each article's findings, by quote: an outlet is checked for a quote by the comparers, then again when the cards are ranked. */
const quoteFindings = new WeakMap<AnalysedArticle, Map<string, QuoteFinding>>();

function quoteFound(article: AnalysedArticle, value: DifferenceValue): QuoteFinding {
  let findings = quoteFindings.get(article);
  if (findings === undefined) quoteFindings.set(article, (findings = new Map()));
  const key = `${value.text}\u0000${value.normalized}\u0000${value.sentence}`;
  let finding = findings.get(key);
  if (finding === undefined) findings.set(key, (finding = findQuote(article, value)));
  return finding;
}

/**
 * Where an article gives a quote: any five words in a row of it (all of a shorter one), quoted or not, strong
 * evidence unless the outlet gives those words to someone else or writes them as its own; else, as weak evidence,
 * a short quotation within it, a paraphrase in a sentence that names the speaker or follows one that does, the
 * speaker saying it in other words or in indirect speech, or the speaker's office saying it.
 */
function findQuote(article: AnalysedArticle, value: DifferenceValue): QuoteFinding {
  const { text: quote, normalized: speaker } = value;
  if (wordsWritten(ownWordsFor(article.article.text, quote), quote)) {
    const index = article.sentences.findIndex((sentence) => wordsWritten(ownWordsFor(sentence, quote), quote));
    // The words given to another person the outlet names ("Every legal vote will be counted," board chairman Harold Finch
    // said): whose they are is in doubt, and the outlet does not give them to this speaker.
    return { evidence: quotedFromAnother(article, value) || unquotedUnnamed(article, value, index) ? 'weak' : 'strong', index };
  }
  const leadIn = leadInOf(value);
  const index =
    quotedWithin(article, quote, speaker) ??
    paraphrase(article, quote, speaker) ??
    saysOfIt(article, quote, speaker) ??
    characterised(article, quote, speaker) ??
    reportedSpeech(article, quote, speaker) ??
    (leadIn === null ? null : reportedSpeech(article, `${leadIn} ${quote}`, speaker)) ??
    retold(article, quote, speaker) ??
    toldByOffice(article, value);
  return { evidence: index === null ? null : 'weak', index };
}

/**
 * What a quotation's own sentence says before it, in the speaker's clause: a quoted fragment is part of a statement
 * (`said the mayor "weighs every case on the merits"`), whose subject an outlet retelling it writes too. Null where the
 * quotation opens the sentence or its clause.
 */
function leadInOf(value: DifferenceValue): string | null {
  const at = value.sentence.indexOf(value.text);
  if (at <= 0) return null;
  const lead = LEAD_IN.exec(value.sentence.slice(0, at).trimEnd())?.[1].trim();
  return lead && contentTerms(lead).length > 0 ? lead : null;
}

/** A quote, or a sentence or clause of one, of this many words at least is a statement to find retold. */
const RETOLD_MIN_WORDS = 5;
/** Share of its words, in order, a retelling keeps; and share of the retelling clause's words they make up. */
const RETOLD_SHARE = 0.8;
const RETOLD_CLAUSE_SHARE = 0.5;
/** Words a clause counted roughly (by spaces) may have beyond its reading: "month's", "U.S." split otherwise. */
const RETOLD_CLAUSE_SLACK = 2;
/** Words that change with the tense or person of indirect speech ("does" → "did", "we" → "they"). */
const SHIFTED = [['do', 'does', 'did'], ['is', 'are', 'am', 'was', 'were'], ['will', 'would'], ['can', 'could'], ['has', 'have', 'had'], ['shall', 'should'], ['we', 'they'], ['our', 'their'], ['i', 'he', 'she'], ['my', 'his', 'her'], ['us', 'them']];
const shiftedAlike = (a: string, b: string) => a === b || inflected(a, b) || SHIFTED.some((forms) => forms.includes(a) && forms.includes(b));

/** The longest run of `part`'s words found in order in `words`, each the same or shifted. */
function keptInOrder(part: string[], words: string[]): number {
  let previous = new Array<number>(words.length + 1).fill(0);
  for (const word of part) {
    const row = [0];
    for (let j = 1; j <= words.length; j++) row[j] = shiftedAlike(word, words[j - 1]) ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
    previous = row;
  }
  return previous[words.length];
}

/**
 * A sentence that has the speaker say something and keeps, in order, most words of the quote or of one of its
 * sentences or clauses, the tense and person shifted ("said one month's data did not make a trend" for "One month does
 * not make a trend"): the statement retold in indirect speech. Weak evidence only.
 */
function retold(article: AnalysedArticle, quote: string, speaker: string): number | null {
  const attributed = attributedTo(article, speaker);
  if (!attributed) return null;
  const reading = quoteReading(quote);
  const parts = reading.texts.map((text, k) => ({ words: quoteTokens(text), negated: reading.parts[k].negated })).filter(({ words }) => words.length >= RETOLD_MIN_WORDS);
  if (parts.length === 0) return null;
  // A clause that says much besides, or denies what the quote says (or the other way round), is another statement.
  const longest = Math.max(...parts.map((part) => part.words.length));
  const keeps = (clause: string) => {
    // A clause of many more words than the longest part says much besides (counted roughly before reading its words).
    if (RETOLD_CLAUSE_SHARE * clause.split(/\s+/).length > longest + RETOLD_CLAUSE_SLACK) return false;
    const words = quoteTokens(clause);
    return parts.some((part) => {
      // Cheap bounds first: a clause more than twice the part's length, or holding too few of its words, cannot qualify.
      if (part.negated !== NEGATION.test(clause) || RETOLD_CLAUSE_SHARE * words.length > part.words.length) return false;
      if (part.words.filter((w) => words.some((x) => shiftedAlike(w, x))).length < RETOLD_SHARE * part.words.length) return false;
      const kept = keptInOrder(part.words, words);
      return kept >= RETOLD_SHARE * part.words.length && kept >= RETOLD_CLAUSE_SHARE * words.length;
    });
  };
  const readings = spokenReadings(speaker);
  const index = article.sentences.findIndex((sentence, i) => attributed(i) && readings(sentence).some((reading) => reading.split(CLAUSE_BREAK).some(keeps)));
  return index >= 0 ? index : null;
}

/**
 * Whether the article writes the quote's words only in its own voice, with no quotation marks around them, no mention
 * of the speaker in that sentence and the speaker saying nothing in the ones either side ("economists have long warned
 * that the levy drives fishermen away" for a named economist's quote): words a reporter may write without quoting anyone.
 */
function unquotedUnnamed(article: AnalysedArticle, value: DifferenceValue, index: number): boolean {
  const surname = familyName(value.normalized);
  if (surname.length < 3 || index < 0 || wordsWritten(quotedSpans(article.article.text), value.text)) return false;
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'u');
  // A sentence either side counts where the speaker says or does something there, not where they are only mentioned.
  const attributed = attributedTo(article, value.normalized);
  const near = [index - 1, index + 1].some((i) => i >= 0 && i < article.sentences.length && attributed?.(i) === true);
  return !name.test(article.sentences[index]) && !near;
}

/** The words an article gives between quotation marks, read once per article. */
const quotedSpans = perText((text: string) => [...text.matchAll(QUOTED_SPAN)].map((m) => m[1]).join(' … '));

/** Whether the article's own attribution gives a quotation sharing the quote's words to someone else, by name. */
function quotedFromAnother(article: AnalysedArticle, value: DifferenceValue): boolean {
  const surname = familyName(value.normalized);
  if (surname.length < 3) return false;
  return article.quotes.some(
    (q) => q.attributed && q.speaker !== null && familyName(q.speaker) !== surname && wordsWritten(q.text, value.text),
  );
}

/** A short quotation is as few words as this: fewer ("no", "very sad") are anyone's. */
const NESTED_QUOTE_WORDS = 3;
/** A quoted pair of words led by an article ("an outrage"): the speaker's own characterisation. */
const ARTICLE = /^\s*(?:a|an|the)\s/i;
/** Words between double quotation marks. */
const QUOTED_SPAN = /[“"]([^“”"]+)[”"]/g;

/**
 * The sentence of a quotation of the article too short to share five words with the quote that
 * is, word for word, part of it ("Wait, wait, wait!" of "Wait, wait, wait, back up, please"), or has a clause that is:
 * the outlet quotes the statement in part. Weak: a few words may be said twice.
 */
function quotedWithin(article: AnalysedArticle, quote: string, speaker: string): number | null {
  const within = quoteTokens(quote);
  // Two words of it quoted in a sentence naming the speaker ("what Kowal called a “double standard”", "Kowal said the fine
  // was “an outrage”"), or going on from one that has them speak ("He also called the plan a “paper tiger”"), both words
  // saying something or one led by "a": a single word quoted is as often a term the outlet sets off (a “coup”).
  const named = surnamePattern(speaker);
  const attributed = attributedTo(article, speaker);
  const naming = (index: number) => (named !== null && named.test(normalizeName(article.sentences[index]))) || attributed?.(index) === true;
  // The words in a row, each as said or inflected ("keep a promise" of "we are keeping a promise").
  const partOf = (words: string[]) => within.some((_, at) => words.every((w, k) => within[at + k] !== undefined && (within[at + k] === w || inflected(within[at + k], w))));
  for (const [span, quoted] of article.article.text.matchAll(QUOTED_SPAN)) {
    const words = quoteTokens(quoted);
    // A short clause of a longer quotation too ("When the count is finished, we'll still be standing"), where it says
    // something of its own (two content words), not "and I think that".
    const clauses = quoted.split(/[,;:—]/).filter((clause) => contentTerms(clause).length >= 2).map(quoteTokens);
    const short = (w: string[]) => w.length >= NESTED_QUOTE_WORDS && w.length < QUOTE_WINDOW;
    const index = article.sentences.findIndex((sentence) => sentence.includes(span) || sentence.includes(quoted));
    const saying = contentTerms(quoted).length;
    const pair = words.length === 2 && (saying === 2 || (saying === 1 && ARTICLE.test(quoted))) && partOf(words) && index >= 0 && naming(index);
    // One word the speaker said of how they are, in a sentence naming them ("Cole said she was “devastated”"): their word,
    // not a term the outlet sets off (as "called the decision an “outrage”" may be).
    const said = words.length === 1 && saying === 1 && partOf(words) && index >= 0 && naming(index) && SAID_AS_BEFORE.test(article.sentences[index].slice(0, Math.max(0, article.sentences[index].indexOf(span))));
    if (!pair && !said && !(short(words) && partOf(words)) && !clauses.some((clause) => short(clause) && partOf(clause))) continue;
    if (index >= 0) return index;
  }
  return null;
}

/** "said she was", "says they are", "said he felt": a speaker telling how they are, right before a quoted word. */
const SAID_AS_BEFORE = /\b(?:said|says)\s+(?:she|he|they|I|we)\s+(?:was|were|is|are|felt|feels|had\s+been|has\s+been|remained|remains)\s+$/;

/** The speaker's family name as a whole word, or null for none long enough to tell. */
function surnamePattern(speaker: string): RegExp | null {
  const surname = speaker ? surnameOf(normalizeName(speaker).replace(/,/g, '')) : '';
  return surname.length < 3 ? null : new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'u');
}

/** One sentence carries most content terms of the quote, or of one of its sentences (a long quote reported in part). */
function paraphrase(article: AnalysedArticle, quote: string, speaker: string): number | null {
  const named = surnamePattern(speaker);
  const naming = (i: number) => named === null || [i, i - 1].some((j) => j >= 0 && named.test(normalizeName(article.sentences[j])));
  const parts = [quote, ...sentencesOfQuote(quote)];
  for (const part of parts) {
    const terms = new Set(contentTerms(part));
    if (terms.size < PARAPHRASE_MIN_TERMS || terms.size > PARAPHRASE_MAX_TERMS) continue;
    // Names are what every outlet's story is about: a paraphrase shares what was said of them.
    const names = new Set(contentTerms((part.match(/(?<![.!?]\s|^)(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
    const said = [...terms].filter((t) => !names.has(t));
    // A figure of two digits or more the sentence repeats is one more word of the statement it shares ("100 votes").
    const figures = [...new Set((part.match(/\d[\d,.]*\d/g) ?? []).map((f) => f.replace(/,/g, '')))];
    const needed = Math.max(PARAPHRASE_MIN_TERMS, PARAPHRASE_SHARE * (terms.size + figures.length));
    const figuresIn = (i: number) => figures.filter((f) => new RegExp(`(?<![\\d.,])${f.replace(/\./g, '\\.')}(?![\\d]|[.,]\\d)`).test(article.sentences[i].replace(/(?<=\d),(?=\d{3})/g, ''))).length;
    const index = article.terms.findIndex((sentence, i) => said.filter((t) => sentence.has(t)).length + (figures.length ? figuresIn(i) : 0) >= needed && naming(i));
    if (index >= 0) return index;
  }
  return null;
}

/** Words of what was said (not names) an attributed sentence shares with a quote to be about the same thing. */
const SAME_SUBJECT_TERMS = 2;
/** …and at least this share of that sentence's words: a long sentence shares two words with anything. */
const SAME_SUBJECT_SHARE = 1 / 3;

/**
 * A sentence that has the quote's speaker say or do something (surname then a verb, or after a
 * verb of saying, or goes on with "He" or "She" after one that does) and shares with one sentence
 * of the quote two words of what was said in a row, names aside, and a third of its words: the
 * outlet may report the statement in its own words ("Ms. Lund vowed to rebuild the harbour wall"
 * for "We must rebuild the harbour wall"). An abbreviation both write, or one writes for the
 * other's words ("R and R" for "rest and repairs"), is as telling as two words in a row, and counts
 * as the words it stands for. Weak evidence only.
 */
function saysOfIt(article: AnalysedArticle, quote: string, speaker: string, attributed = attributedTo(article, speaker)): number | null {
  if (!attributed) return null;
  const nameTerms = new Set(contentTerms(speaker));
  for (const part of sentencesOfQuote(quote)) {
    const names = new Set(contentTerms((part.match(/(?<![.!?]\s|^)(?<=\s)\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')));
    const abbreviated = abbreviations(part).filter((a) => !nameTerms.has(a.toLowerCase()));
    const said = [...new Set([...contentTerms(part), ...abbreviated.map((a) => a.toLowerCase())])].filter((t) => !names.has(t) && !nameTerms.has(t));
    if (said.length < SAME_SUBJECT_TERMS) continue;
    // Two of those words in a row in both ("poll numbers"), or joined by one small word ("money in politics"): the same
    // thing, not two words met apart.
    const partWords = words(part);
    const runs = partWords.flatMap((w, i): [number, number][] => {
      if (!said.includes(w)) return [];
      const joined = i > 1 && STOPWORDS.has(partWords[i - 1]) && said.includes(partWords[i - 2]);
      return [...(i > 0 && said.includes(partWords[i - 1]) ? [[i - 1, i] as [number, number]] : []), ...(joined ? [[i - 2, i] as [number, number]] : [])];
    });
    const phrases = runs.map(([from, to]) => ` ${partWords.slice(from, to + 1).join(' ')} `);
    // Whom the sentence of the quote is about ("Clinton should…") the outlet's sentence names too, or the one before it does;
    // a name next to the shared words ("the words Green Deal") is part of what was said.
    const inPhrase = new Set(runs.flatMap(([from, to]) => [partWords[from - 1], partWords[to + 1]]));
    const about = [...names].filter((t) => !nameTerms.has(t) && !inPhrase.has(t));
    const namesThem = (i: number) => about.length === 0 || [i, i - 1].some((j) => j >= 0 && about.some((t) => article.terms[j].has(t)));
    const index = article.terms.findIndex((terms, i) => {
      if (!attributed(i) || !namesThem(i)) return false;
      const abbreviatedHere = sharedAbbreviations(part, article.sentences[i]);
      const present = said.filter((t) => terms.has(t) || abbreviatedHere.has(t)).length;
      if (present < Math.max(SAME_SUBJECT_TERMS, SAME_SUBJECT_SHARE * said.length)) return false;
      const written = ` ${words(article.sentences[i]).join(' ')} `;
      return abbreviatedHere.size > 0 || phrases.some((phrase) => written.includes(phrase));
    });
    if (index >= 0) return index;
  }
  return null;
}

/**
 * How someone characterised a thing, in the outlet's words: "describing it as a tax on landlords", "called the plan a
 * giveaway", "dismissed the report as a smear". What follows "as" (or the object) is cut at a clause break.
 */
const CHARACTERISED = new RegExp(
  String.raw`\b(?:(?:describ|dismiss|denounc|condemn|portray|characteri[sz])(?:e|es|ed|ing|s)?|decr(?:ied|ies|ying))\s+(?:it|them|him|her|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+as\s+([^.,;:!?—–]+)|\b(?:call|brand|label|term)(?:s|ed|led|ing|ling)?\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:as\s+)?((?:a|an)\s+[^.,;:!?—–]+)`,
  'gu',
);

/**
 * A sentence naming the speaker that gives their characterisation of the thing in words of the quote ("Lee, describing it as a
 * tax on landlords" for "a tax on every landlord in the country"): every word of what it calls the thing, two at least,
 * is in the quote, inflected or not. Weak evidence: the outlet retells the statement's gist.
 */
function characterised(article: AnalysedArticle, quote: string, speaker: string): number | null {
  const named = surnamePattern(speaker);
  if (named === null) return null;
  const said = words(quote);
  const inQuote = (term: string) => said.some((w) => w === term || inflected(w, term));
  const index = article.sentences.findIndex(
    (sentence) =>
      named.test(normalizeName(sentence)) &&
      [...sentence.matchAll(CHARACTERISED)].some((match) => {
        const terms = contentTerms(match[1] ?? match[2]);
        return terms.length >= 2 && terms.every(inQuote);
      }),
  );
  return index >= 0 ? index : null;
}

/**
 * Whether a sentence of the article has the speaker say or do something: the family name then a
 * verb, or after a verb of saying, or "He" or "She" going on from a sentence that does. Null when
 * the speaker has no family name to look for.
 */
function attributedTo(article: AnalysedArticle, speaker: string): ((index: number) => boolean) | null {
  const surname = familyName(speaker);
  if (surname.length < 3) return null;
  // "Rep. Dwight Keller of Calder asked…": where the speaker is from is no part of what they did.
  const from = new RegExp(`(?<![\\p{L}\\p{N}])(${escapeRegExp(surname)})\\s+of\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?`, 'u');
  const acts = (i: number) => actsIn(article.sentences[i].includes(' of ') ? article.sentences[i].replace(from, '$1') : article.sentences[i], surname);
  return (i) => acts(i) || (i > 0 && /^\s*(?:He|She)\s/.test(article.sentences[i]) && acts(i - 1));
}

/**
 * Where the quote's own sentence gives the speaker an office ("said House Speaker Dwight Hale", "Ann Lee, a
 * spokeswoman for the ministry"), the article's sentences that have the office speak without a name ("The House
 * speaker said…"); a spokesperson's body speaks for them ("The ministry accused…"). Null when the sentence gives no
 * office, or the article names someone with it, who may be the one speaking.
 */
function officeSpeaks(article: AnalysedArticle, value: DifferenceValue): ((index: number) => boolean) | null {
  const surname = familyName(value.normalized);
  if (surname.length < 3) return null;
  const name = value.sentence.includes(value.normalized) ? value.normalized : surname;
  const at = value.sentence.indexOf(name);
  const office = at < 0 ? null : officeBeside(value.sentence, at, at + name.length);
  if (office === null || namedWithOffice(article.article.text, office)) return null;
  const forBody = office.words === SPOKESPERSON && office.body.length > 0;
  return (i) => SPEECH.test(article.sentences[i]) && (officeAloneIn(article.sentences[i], office) || (forBody && office.body.every((t) => article.terms[i].has(t))));
}

/** The sentence that has the speaker, known by the office only, say what the quote says in other words (weak evidence). */
function toldByOffice(article: AnalysedArticle, value: DifferenceValue): number | null {
  const attributed = officeSpeaks(article, value);
  return attributed && (saysOfIt(article, value.text, value.normalized, attributed) ?? reportedSpeech(article, value.text, value.normalized, attributed));
}

/**
 * Whether the article has the speaker say something: a sentence where they act (see `attributedTo`) with a verb of
 * saying in it. An outlet that reports what a person said, in its own words, may report any one statement of theirs.
 */
export function speakerSpeaksIn(article: AnalysedArticle, speaker: string): boolean {
  const surname = familyName(speaker);
  const attributed = article.article.text.includes(surname) ? attributedTo(article, speaker) : null;
  // Where they act, the sentence or the one before it has their name: the cheap test first.
  const named = (i: number) => article.sentences[i].includes(surname) || (i > 0 && article.sentences[i - 1].includes(surname));
  return attributed !== null && article.sentences.some((sentence, i) => named(i) && SPEECH.test(sentence) && attributed(i));
}

/** Whether a sentence writing a speaker's office alone (`office`, from `spokespersonAloneFor`) has that office speak ("a spokeswoman said…"). */
export function officeSpeaksIn(article: AnalysedArticle, office: (sentence: string) => boolean): boolean {
  return article.sentences.some((sentence) => (SPEECH.test(sentence) || SPEAKING.test(sentence)) && office(sentence));
}

/** Speaking told as going on: "with a spokeswoman saying…", "a spokesman arguing that…". */
const SPEAKING_FORMS = ['saying', 'arguing', 'insisting', 'claiming', 'noting', 'contending', 'stressing', 'explaining', 'adding', 'countering'];
const SPEAKING = new RegExp(`\\b(?:${SPEAKING_FORMS.join('|')})\\b`, 'i');

/** The speaker's family name as written, titles and "Jr." aside ("" for none). */
function familyName(speaker: string): string {
  return speaker ? (withoutTitles(speaker).replace(/,/g, '').trim().split(/\s+/).filter((w) => !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(w)).pop() ?? '') : '';
}

/** Verbs that tell someone spoke, as written right after their name ("Lund said", "Lund also told"). */
const SAYING_VERBS = ['said', 'says', 'told', 'tells', 'argued', 'argues', 'added', 'wrote', 'writes', 'insisted', 'stated', 'noted', 'claimed', 'contended', 'maintained', 'stressed', 'explained', 'acknowledged', 'conceded', 'warned', 'declared', 'asserted', 'asked', 'accused'];
const SAYING_VERB = `(?:${SAYING_VERBS.join('|')})`;
/** Those verbs and their forms going on, as they lead into a quoted fragment ("telling reporters the mayor “…”"). */
const SAYING_VERBS_BEFORE_QUOTE = [...SAYING_VERBS, ...SPEAKING_FORMS, 'telling', 'writing'];
/** The words a sentence leads into a quotation with, after a verb of saying: "the mayor" of `told reporters the mayor "weighs every case…"`. */
const LEAD_IN = new RegExp(`\\b(?:${SAYING_VERBS_BEFORE_QUOTE.join('|')})(?:\\s+(?:reporters|him|her|them|us|me))?(?:\\s+that)?\\s+((?:[\\p{L}\\p{N}'’.-]+\\s+){1,5})[“"]$`, 'u');
/** Verbs that have someone speak wherever they stand in the sentence ("Lund, who chairs the board, vowed…"). */
const SPEECH = new RegExp(
  `\\b(?:${[...SAYING_VERBS, 'called', 'predicted', 'promised', 'vowed', 'pledged', 'urged', 'described', 'criticized', 'praised', 'defended', 'countered', 'complained', 'responded', 'replied', 'announced', 'agreed', 'suggested', 'cautioned', 'disputed', 'pressed', 'questioned', 'grilled', 'challenged', String.raw`charged(?=\s+that\b)`].join('|')}|according to)\\b`,
  'i',
);
/** Words of an indirect-speech sentence that tell who spoke, where and how ("asked whether"), not what was said. */
const ATTRIBUTION_WORDS = new Set(
  [...SAYING_VERBS, 'say', 'saying', 'tell', 'telling', 'ask', 'asking', 'whether', 'called', 'calling', 'according', 'described', 'describing', 'accusing', 'statement', 'interview', 'speech', 'reporter', 'supporter', 'conference', 'news', 'remark', 'email', 'letter', 'post', 'video'].map(stem),
);
/**
 * Where one reported clause ends and the next starts: "said the memo was a draft and that the rule would stand", "…, calling
 * it a disgrace", "…, and likened it to a circus", "… and suggested that…", "…, and Mayor Ann Lee promised…".
 */
const CLAUSE_BREAK = /,?\s+(?:and|but)\s+that\s+|;\s+|,\s+but\s+|,\s+(?=\p{Ll}+ing\s)|,\s+and\s+(?=\p{Ll}+ed\s|\p{Lu})|\s+and\s+(?=\p{Ll}+ed\s+(?:that|to|the|it|him|her|them|his|its|their)\s)/u;
/** Where one clause of a quoted sentence ends and the next starts: "…, and we will not…", "…; but…". */
const QUOTE_CLAUSE_BREAK = /,\s+(?:and|but|so)\s+|;\s+/;
/** A clause reports a statement when at least this share of its words, and two at least, are the quote's. */
const REPORTED_SHARE = 2 / 3;
const REPORTED_MIN_TERMS = 2;
/** A denial; "not just", "not only" add to what they deny no part of. */
const NEGATION = /\b(?:not|never|no|nothing|none|nobody)\b(?!\s+(?:just|only|merely|simply)\b)|n['’]t\b(?!\s+(?:just|only|merely|simply)\b)/i;

/**
 * Capitalised words past the first, and a first one a name goes on from ("Councillor Mia Lund"), are names and titles:
 * who is spoken of, not what was said of them.
 */
const saidTerms = (text: string) => contentTerms(text.replace(/(?<=\S\s+)\p{Lu}[\p{L}'’.-]*|^\s*\p{Lu}[\p{L}'’.-]*(?=\s+\p{Lu})/gu, ' ')).map(stem);

/**
 * A quote's words, and each of its sentences and of their clauses (`texts`) with whether it denies: a denial in one clause
 * ("…, and we will not allow…") is not the other's. Read once per quote, not per outlet checked.
 */
const quoteReading = perText((quote: string) => {
  const sentences = sentencesOfQuote(quote);
  const parts = [...sentences, ...sentences.flatMap((sentence) => sentence.split(QUOTE_CLAUSE_BREAK))];
  return { texts: parts, stems: new Set(saidTerms(quote)), parts: parts.map((part) => ({ stems: new Set(saidTerms(part)), negated: NEGATION.test(part) })) };
});

/**
 * A clause of a sentence that has the speaker say something and says little besides words of the
 * quote: the outlet reports the statement in indirect speech ("Lund told reporters she had phoned
 * the mayor to apologise" for "I phoned the mayor an hour ago to apologise"). Names, and the words
 * of who spoke where, are left out; a clause that denies what the quote asserts, or the other way
 * round, is another statement. Weak evidence only.
 */
function reportedSpeech(article: AnalysedArticle, quote: string, speaker: string, attributed = attributedTo(article, speaker)): number | null {
  if (!attributed) return null;
  const speakerTerms = new Set(contentTerms(speaker).map(stem));
  const { stems: quoteStems, parts: quoteParts } = quoteReading(quote);
  const reports = (clause: string) => {
    // "called" tells who spoke in "Lund called it a disgrace", and is what was said in "I called the mayor".
    const said = saidTerms(clause).filter((t) => (!ATTRIBUTION_WORDS.has(t) || quoteStems.has(t)) && !speakerTerms.has(t));
    if (said.length < REPORTED_MIN_TERMS) return false;
    // "vote" and "voted", "apologise" and "apologised": one word inflected.
    const sharedWith = (stems: Set<string>) => said.filter((t) => stems.has(t) || [...stems].some((q) => inflected(t, q))).length;
    const denies = NEGATION.test(clause);
    return quoteParts.some(({ stems, negated }) => {
      const shared = sharedWith(stems);
      return shared >= REPORTED_MIN_TERMS && shared >= REPORTED_SHARE * said.length && denies === negated;
    });
  };
  const readings = spokenReadings(speaker);
  const index = article.sentences.findIndex((sentence, i) => attributed(i) && readings(sentence).some((reading) => reading.split(CLAUSE_BREAK).some(reports)));
  return index >= 0 ? index : null;
}

/**
 * How to read a sentence that has the speaker say something: who the speaker is, set off after the name ("Lund, who ran
 * the port for a decade, said…") or told before it ("The port's former director, Mia Lund, said…"), is not what was
 * said. Both readings, whole and from the name on: what is said may come before the name too ("The ruling protects
 * everyone, Lund said on Friday").
 */
function spokenReadings(speaker: string): (sentence: string) => string[] {
  const surname = escapeRegExp(familyName(speaker));
  const described = new RegExp(`(?<![\\p{L}\\p{N}])(${surname}),[^,]{1,80},`, 'u');
  const introduced = new RegExp(`^[^"“”]*?(?<![\\p{L}\\p{N}])(?=${surname},?\\s+(?:\\p{Ll}+\\s+)?${SAYING_VERB}\\s)`, 'u');
  return (sentence) => {
    const told = sentence.replace(described, '$1');
    return [told, told.replace(introduced, '')];
  };
}

/**
 * An abbreviation: two to four capitals ("IR", "ICU"), or single capitals joined by "and" or "&"
 * ("R and R", "Q&A"); not a word of a run in capitals ("NEW MOON"), which is a title or shouting.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}]|\p{Lu}{2,}\s+)(?:\p{Lu}{2,4}|\p{Lu}\s*(?:and|&)\s*\p{Lu})(?![\p{L}\p{N}]|\s+\p{Lu}{2,})/gu;

function abbreviations(text: string): string[] {
  return [...text.matchAll(ABBREVIATION)].map((m) => m[0]);
}

/** Letters of an abbreviation ("R and R" → "rr"). */
const lettersOf = (abbreviation: string) => abbreviation.replace(/\s*(?:and|&)\s*/, '').toLowerCase();

/**
 * What of `a` is in `b` as an abbreviation, in lower case: words of `a` an abbreviation of `b` stands
 * for ("repairs", "rest" where `b` writes "R and R"), and abbreviations of `a` that `b` also writes
 * or spells out.
 */
function sharedAbbreviations(a: string, b: string): Set<string> {
  const shared = new Set<string>();
  const spelled = (text: string, abbreviation: string) => {
    const letters = lettersOf(abbreviation);
    const joined = /and|&/.test(abbreviation);
    const list = words(text);
    for (let i = 0; i + letters.length <= list.length + (joined ? -1 : 0); i++) {
      // "R and R" is spelled by two words joined by "and"; "IR" by words in a row.
      const run = joined ? [list[i], list[i + 2]] : list.slice(i, i + letters.length);
      if ((joined && list[i + 1] !== 'and') || run.some((w) => !w || w.length < 3 || STOPWORDS.has(w))) continue;
      if (run.map((w) => w[0]).join('') === letters) return run;
    }
    return null;
  };
  for (const abbreviation of abbreviations(b)) {
    if (abbreviations(a).includes(abbreviation)) shared.add(abbreviation.toLowerCase());
    for (const w of spelled(a, abbreviation) ?? []) shared.add(w);
  }
  for (const abbreviation of abbreviations(a)) if (spelled(b, abbreviation)) shared.add(abbreviation.toLowerCase());
  return shared;
}

/** Below this share of the shorter one's words, a quotation sharing a run with a quote is another statement. */
const SAME_STATEMENT_SHARE = 0.5;

/**
 * The text without its quotations that share only a stock phrase with the quote ("from the page to
 * the screen" in two different lines of one speaker): runs of five words covering less than half
 * of the shorter of the two. Another statement of the speaker is not this one quoted.
 */
function ownWordsFor(text: string, quote: string): string {
  const words = quoteTokens(quote);
  if (words.length <= QUOTE_WINDOW) return text;
  return text.replace(QUOTED_SPAN, (span, quoted: string) => {
    const other = quoteTokens(quoted);
    if (other.length <= QUOTE_WINDOW) return span;
    const runs = new Set(other.slice(0, -QUOTE_WINDOW + 1).map((_, i) => other.slice(i, i + QUOTE_WINDOW).join(' ')));
    const covered = new Set<number>();
    for (let i = 0; i + QUOTE_WINDOW <= words.length; i++) if (runs.has(words.slice(i, i + QUOTE_WINDOW).join(' '))) for (let k = i; k < i + QUOTE_WINDOW; k++) covered.add(k);
    return covered.size === 0 || covered.size >= SAME_STATEMENT_SHARE * Math.min(words.length, other.length) ? span : ' … ';
  });
}

function wordsWritten(text: string, quote: string): boolean {
  const words = quoteTokens(quote);
  if (words.length === 0) return false;
  const haystack = quoteHaystack(text);
  const size = Math.min(QUOTE_WINDOW, words.length);
  // Words an outlet adds in brackets ("the [North Valley] members") are its own, not the speaker's: no run goes through them.
  for (const part of quote.split(/\[[^\]]*\]/)) {
    const own = quoteTokens(part);
    for (let i = 0; i + size <= own.length; i++) {
      if (haystack.includes(` ${own.slice(i, i + size).join(' ')} `)) return true;
    }
  }
  return CENSORED.test(text) && censoredWordsWritten(text, words, size);
}

/** A word an outlet censors ("f---ing", "f***", "s--t"): its first letter, then dashes or stars. */
const CENSORED = /(?<![\p{L}\p{N}])\p{L}[-*]{2,}\p{L}*/u;

/** The quote's words in a row where the article censors one of them: a censored word matches a word with its first letter. */
function censoredWordsWritten(text: string, words: string[], size: number): boolean {
  const tokens = text.toLowerCase().replace(/[’‘]/g, "'").match(/\p{L}[-*]{2,}\p{L}*|[\p{L}\p{N}][\p{L}\p{N}']*/gu) ?? [];
  const same = (token: string, word: string) => token === word || (/[-*]/.test(token) && word.length >= 4 && word[0] === token[0]);
  for (let i = 0; i + size <= words.length; i++) {
    for (let j = 0; j + size <= tokens.length; j++) {
      let k = 0;
      while (k < size && same(tokens[j + k], words[i + k])) k++;
      if (k === size) return true;
    }
  }
  return false;
}
