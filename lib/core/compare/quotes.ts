import { editDistance, normalizeName, surnameOf, type Entity } from '../text/aliases';
import { withoutTitles } from '../text/names';
import type { AnalysedArticle } from '../text/analyse';
import type { Quote } from '../text/quotes';
import { speaksFor } from '../text/quotes';
import { dates, WEEKDAYS } from '../text/dates';
import { STOPWORDS } from '../text/stopwords';
import { inflected, words } from '../text/terms';
import { clusters } from './clusters';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';
import { evidenceOf, reportedAs } from './presence';
import { whoSaidLabel } from './card-label';
import { spokenWording } from '../text/wording';
import { sentencesOfQuote } from '../text/sentences';

interface QuoteMention {
  analysed: AnalysedArticle;
  quote: Quote;
  tokens: QuoteWord[];
  speaker: Entity | undefined;
}

/** A word of a quote, whether it ends one of the quote's sentences, and whether words were left out after it. */
export interface QuoteWord {
  word: string;
  endsSentence: boolean;
  /** An ellipsis ("…", "...", "[...]") follows: the outlet marked words as left out. */
  elidedAfter: boolean;
  /** The quote's first word is capitalised: it quotes whole sentences, not a fragment. */
  opensSentence: boolean;
}

/** Matched words of two wordings, and the words each has inside the stretch both quote. */
interface Alignment {
  matched: number;
  onlyA: string[];
  onlyB: string[];
  /** The words each side has between two consecutive matches, where neither marks an elision. */
  gaps: [string[], string[]][];
}

const MIN_SHARED_WORDS = 4;
const MIN_SHARED_SHARE = 0.5;
/** Words between two matches beyond which the matches belong to different stretches. */
const MAX_GAP = 4;

/**
 * Quotes. Two quotes are one quotation when their speakers agree (or one is unknown) and at
 * least half of the shorter one's words appear, in order, in the other; the same long wording is
 * one quotation whatever speakers the attributions gave. Quoting more or less of it, an elision or
 * a small change of wording is not a difference: only a change of meaning is a `conflict` (a
 * negation, a figure, or a content word replaced by another). A quotation only some outlets carry
 * is `partial`.
 */
export function compareQuotes(articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined): Ranked[] {
  const ambiguous = ambiguousSurnames(articles, resolve);
  const mentions: QuoteMention[] = articles.flatMap((analysed) =>
    analysed.quotes.map((quote) => {
      const speaker = quote.speaker && isSpeakerName(quote.speaker) ? quote.speaker : null;
      // A bare surname two people of the story share ("Clinton" with two Clintons named) says nobody in particular.
      const unsure = speaker !== null && !withoutTitles(speaker).includes(' ') && ambiguous.has(normalizeName(withoutTitles(speaker)));
      return { analysed, quote: { ...quote, speaker }, tokens: quoteWords(quote.text), speaker: speaker && !unsure ? speakerEntity(analysed, speaker, resolve) : undefined };
    }),
  );
  const groups = clusters(mentions, sameQuotation);
  return groups.map((group): Ranked[] => {
    // An attribution that plainly names the speaker beats one inferred from a pronoun or the nearest name.
    const attributed = group.filter((m) => m.quote.attributed);
    const bySource = attributed.length > 0 ? attributed : group;
    // An outlet with no attribution of its own naming the speaker, whose pronoun points to a person it names in full ("Justice
    // Ida Marsh … wrote a concurring opinion. '…,' she wrote"), says who said it too.
    const inferred = group.filter((m) => !m.quote.attributed && namedInFullPerson(m) && !attributed.some((a) => a.analysed === m.analysed));
    // Outlets that name different people leave unsure who said it: the quotation is given no speaker.
    // An outlet giving the words to a body ("the commission said") where the others give them to a person not said to speak
    // for it ("Kitchara spokeswoman Lauren Pike"): who said them is not agreed either.
    const bodies = group.flatMap((m) => (m.quote.body && !m.quote.speaker ? [m.quote.body] : []));
    const forBody = (m: QuoteMention) => bodies.every((body) => new RegExp(`\\b${body}`, 'i').test(m.quote.sentence));
    const disputed = new Set([...attributed, ...inferred].map(speakerKey).filter((k) => k !== null)).size > 1 || (bodies.length > 0 && attributed.some((m) => !forBody(m)));
    const speakerEntity = disputed ? undefined : bySource.find((m) => m.speaker)?.speaker;
    const speaker = disputed ? null : (speakerEntity?.label ?? bySource.find((m) => m.quote.speaker)?.quote.speaker ?? null);
    const change = meaningChange(group);
    // The two wordings that differ come first, so each outlet shows the quote that changed; another outlet's wording is a side
    // where it shares words with both (not another part of the statement, quoted on its own).
    const sharesBoth = (m: QuoteMention) => change!.pair.every((side) => align(m.tokens, side.tokens).matched >= MIN_SHARED_WORDS);
    const ordered = change ? [...change.pair, ...group.filter((m) => !change.pair.includes(m) && sharesBoth(m))] : [...group].sort((a, b) => b.tokens.length - a.tokens.length);
    const values = firstPerArticle(ordered.map((m) => valueOf(m.analysed, m.quote.text, speaker ?? '', m.quote.sentence)));
    const length = Math.min(...group.map((m) => m.tokens.length));
    const salience = values.length + (change ? 1 : 0) + (speaker ? 0.5 : 0) + Math.min(length, 30) / 100;
    // A reader wants who said what: a quotation of a whole thought whose own attribution names a
    // person in full is a detail; a fragment, or a speaker inferred from a pronoun, is too unsure to show.
    const namedInFull = speaker !== null && speaker.includes(' ') && speakerEntity?.kind === 'person' && attributed.some((m) => m.speaker === speakerEntity) && !disputed;
    // Only a flipped negation or figure is sure to be a change of meaning worth a card; other changes stay listed.
    const substance = change ? (change.flipped ? 3.5 : 0) : namedInFull && length >= 8 ? 2.2 : namedInFull && length >= 5 ? 0.8 : 0;
    const words = change ? ordered[0].quote.text : wordsAllQuote(ordered[0], group);
    const difference = differenceOf(articles, 'quote', speaker ? `${speaker}: “${words}”` : `“${words}”`, values, change !== null);
    return [{ difference, salience, substance }, ...quotedInPart(articles, group, speaker, salience), ...speakerConflict(articles, [...attributed, ...inferred], group, resolve)];
  }).flat();
}

/**
 * One quotation that outlets' own attributions give to different people (each a person the
 * articles name in full, in different outlets, and no outlet giving the words to both): a conflict of who said
 * it, its values the speakers as written, each in the sentence that attributes the quote; only an
 * outlet that does not quote it at all is silent.
 */
function speakerConflict(articles: AnalysedArticle[], named: QuoteMention[], group: QuoteMention[], resolve: (name: string) => Entity | undefined): Ranked[] {
  // A speaker reading out someone else's words ("“She wrote, ‘Move the money…,’” Ms. Flint said") relays them: who said
  // those words is not in dispute with an outlet that gives them to their writer.
  if (named.some((m) => RELAYED.test(m.quote.text))) return [];
  const inFull = named.filter(namedInFullPerson);
  // Where two outlets give the same words to two people, those quotes are the ones in dispute: another part of a long
  // quotation that one of those outlets gives elsewhere to the other person ("Later, Dunn told supporters that…") says
  // nothing of who said these words.
  const disputed = inFull.filter((m) => inFull.some((o) => o.analysed !== m.analysed && o.speaker!.id !== m.speaker!.id && sharedRun(m.tokens, o.tokens, SAME_WORDS_IN_A_ROW)));
  const people = disputed.length > 0 ? disputed : inFull;
  const byOutlet = new Map<AnalysedArticle, Set<string>>();
  for (const m of people) byOutlet.set(m.analysed, (byOutlet.get(m.analysed) ?? new Set()).add(m.speaker!.id));
  const speakers = new Set(people.map((m) => m.speaker!.id));
  if (speakers.size !== 2 || byOutlet.size < 2 || [...byOutlet.values()].some((ids) => ids.size > 1)) return [];
  // "An attorney for Dunn, Ada Cole, said his client…": one speaker speaks for the other, whom the attribution names too
  // ("In a dissent joined by Dunn, Ada Cole wrote" names another who did not speak).
  const familyNames = people.map((m) => surnameOf(withoutTitles(m.speaker!.label).replace(/,/g, '')));
  if (people.some((m, i) => familyNames.some((name) => name !== familyNames[i] && speaksFor(m.quote.sentence, name)))) return [];
  // Each speaker as the outlets naming them write them at their fullest ("Kristen Vogel", where another outlet's "Kris Vogel" is
  // the label): one name for one speaker, whichever outlet gives it.
  const written = ({ speaker }: QuoteMention) =>
    people
      .filter((m) => m.speaker!.id === speaker!.id)
      .flatMap(({ analysed }) => analysed.entities.filter((e) => e.value.kind === 'person' && resolve(e.value.text)?.id === speaker!.id).map((e) => withoutTitles(e.value.text)))
      .reduce((fullest, name) => (name.length > fullest.length ? name : fullest), '') || speaker!.label;
  const values = firstPerArticle(people.map((m) => valueOf(m.analysed, m.quote.speaker ?? m.speaker!.label, written(m), m.quote.sentence)));
  const labels = [...new Set(people.map((m) => m.speaker!.label))];
  // Put before the reader where the two speakers' outlets give the same words, not two statements sharing some.
  // A speaker read from a pronoun is too unsure to show the conflict on, unless the sentence before has that person speak, or
  // another outlet's own attribution names that speaker too.
  const plain = people.filter((m) => m.quote.attributed || m.quote.spokeBefore === true);
  const sameWords = new Set(plain.map((m) => m.speaker!.id)).size === speakers.size && plain.some((a) => plain.some((b) => a.speaker!.id !== b.speaker!.id && sharedRun(a.tokens, b.tokens, SAME_WORDS_IN_A_ROW)));
  // The words in dispute are those every side gives: of the shortest quote, the sentences each other side quotes too, not
  // one outlet's longer quote going on with more (nor the shortest going on with words only its outlet has).
  const shortest = people.reduce((a, b) => (b.tokens.length < a.tokens.length ? b : a));
  const shared = sentencesOfQuote(shortest.quote.text).filter((part) => people.every((m) => m === shortest || sharedRun(quoteWords(part), m.tokens, SAME_WORDS_IN_A_ROW)));
  const words = shared.length > 0 ? shared.map((part) => part.trim()).join(' … ') : shortest.quote.text;
  const difference = differenceOf(articles, 'person', whoSaidLabel(labels, words), values, true);
  // An outlet quoting it without naming who ("she told reporters") is not silent about it.
  const quoting = new Set(group.map((m) => m.analysed.article.id));
  return [{ difference: { ...difference, missingFrom: difference.missingFrom.filter((id) => !quoting.has(id)) }, salience: values.length, substance: sameWords ? SPEAKER_CONFLICT_SUBSTANCE : 0, whoSaid: true }];
}

/** A quotation that opens by saying someone else wrote or said what follows, in a quotation of its own. */
const RELAYED = /^(?:(?:he|she|they|it|the\s+\w+)\s+(?:wrote|said|told|added|texted|posted)\b[^'‘"“]{0,40}[,:]\s*)['‘"“]/i;

/**
 * The sentences of the longest quote that every outlet quoting it gives too: one outlet's quote going on with words only it
 * prints ("… not a raise. My rent rose 11 percent.") is not what the others quote.
 */
function wordsAllQuote(longest: QuoteMention, group: QuoteMention[]): string {
  if (group.length === 1) return longest.quote.text;
  const shared = sentencesOfQuote(longest.quote.text).filter((part) => group.every((m) => m === longest || sharedRun(quoteWords(part), m.tokens, SAME_WORDS_IN_A_ROW)));
  return shared.length > 0 ? shared.map((part) => part.trim()).join(' … ') : longest.quote.text;
}

/**
 * The entity a speaker's name refers to. A family name alone the tagger reads as a place ("Tisdale said", Tisdale being a town
 * too) is the person of that family name the article names in full ("Warden Lorna Tisdale"): a place does not speak.
 */
function speakerEntity(analysed: AnalysedArticle, speaker: string, resolve: (name: string) => Entity | undefined): Entity | undefined {
  const entity = resolve(speaker);
  if (entity?.kind !== 'place' || speaker.includes(' ')) return entity;
  const full = analysed.entities.find((e) => e.value.kind === 'person' && e.value.text.endsWith(` ${speaker}`));
  return full ? resolve(full.value.text) : entity;
}

/** A quotation's speaker is a person the articles name in full. */
const namedInFullPerson = (m: QuoteMention) => m.speaker?.kind === 'person' && m.speaker.label.includes(' ');

/** Who said a quotation, where outlets' own attributions disagree, is a conflict a reader wants. */
const SPEAKER_CONFLICT_SUBSTANCE = 3.5;
/** Words in a row two quotations share (or all of a shorter one) to be one statement given to two people. */
const SAME_WORDS_IN_A_ROW = 6;


/** A sentence of a quotation this long (in words) is a statement of its own. */
const MIN_PART_WORDS = 5;

/**
 * The sentences of a quotation some outlets quote and others leave out: one outlet quoting a
 * statement's three sentences and another only its first reports two statements the second does
 * not. An outlet is silent about a sentence only when no five words of it in a row are in its text
 * and nothing in it comes close (a paraphrase is not silence). Listed under "show all": the
 * quotation as a whole is the card.
 */
function quotedInPart(articles: AnalysedArticle[], group: QuoteMention[], speaker: string | null, salience: number): Ranked[] {
  const seen = new Set<string>();
  const out: Ranked[] = [];
  for (const mention of group) {
    for (const part of sentencesOfQuote(mention.quote.text)) {
      const tokens = quoteWords(part);
      const key = tokens.map((t) => t.word).join(' ');
      // A quotation of one sentence is its own card.
      if (tokens.length < MIN_PART_WORDS || tokens.length === mention.tokens.length || tokens.filter((t) => isContentWord(t.word)).length < 2 || seen.has(key)) continue;
      seen.add(key);
      const value = valueOf(mention.analysed, part.trim(), speaker ?? '', mention.quote.sentence);
      const evidence = articles.map((analysed) => (analysed === mention.analysed ? 'strong' : evidenceOf(analysed, 'quote', [value])));
      // Outlets that come close without quoting it (a paraphrase) are neither holders nor silent: on the card as other words.
      const missingFrom = articles.filter((_, i) => evidence[i] === null).map((a) => a.article.id);
      if (missingFrom.length === 0) continue;
      const values = articles.flatMap((analysed, i) => {
        if (analysed === mention.analysed) return [value];
        if (evidence[i] === null) return [];
        const reported = reportedAs(analysed, 'quote', [value])!.value;
        return [evidence[i] === 'strong' ? reported : { ...reported, inOtherWords: true as const }];
      });
      const difference = { ...differenceOf(articles, 'quote', speaker ? `${speaker}: “${part.trim()}”` : `“${part.trim()}”`, values), missingFrom };
      out.push({ difference: { ...difference, status: 'partial' as const }, salience: salience - 1, substance: 0 });
    }
  }
  return out;
}

/** Surnames that two or more people named in full in the articles share. */
function ambiguousSurnames(articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined): Set<string> {
  const people = new Map<string, Set<string>>();
  for (const analysed of articles) {
    for (const { value } of analysed.entities) {
      const entity = value.kind === 'person' ? resolve(value.text) : undefined;
      if (!entity || entity.kind !== 'person' || !withoutTitles(value.text).includes(' ')) continue;
      const surname = surnameOf(normalizeName(entity.label).replace(/,/g, ''));
      people.set(surname, (people.get(surname) ?? new Set()).add(entity.id));
    }
  }
  return new Set([...people].filter(([, ids]) => ids.size > 1).map(([surname]) => surname));
}

/** Words an attribution picks up that are not a speaker's name ("Asked", "D-Calif", "Sens"). */
const NOT_A_SPEAKER = /^(?:asked|unattributed|sens?|reps?|gov|officials?|aides?|sources?|critics|supporters|democrats?|republicans?|the\s.*)$|^[DRI]-[A-Z][\w.]*$|^[A-Z][a-z]?\.?$/i;

function isSpeakerName(name: string): boolean {
  return !NOT_A_SPEAKER.test(name.trim());
}

/** A clock time on the hour with its minutes written ("6:00 p.m.", "6: 00", "6.00 pm"): the hour alone says the same. */
const ON_THE_HOUR = /(?<![\d.,:])(\d{1,2})\s*(?::\s*|\.(?=00\s*[ap]\.?m\b))00(?!\d)/gi;

/** A clock time with its minutes ("6:30"): one word, so that "6" against "6:30" is a figure replaced, not minutes added. */
const CLOCK_MINUTES = /(?<![\d.,:])(\d{1,2})\s*:\s*(\d\d)(?!\d)/g;

/**
 * Words of a quote, compared loosely: in one spoken wording (see wording.ts: "won't" = "will not",
 * "ten" = "10"), curly and straight apostrophes alike, dots dropped ("O.K." = "OK"), hyphenated words
 * split, a censored word ("f***ing") kept whole to match its full form, a time on the hour without its ":00"
 * and other times as one word.
 */
export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  const marked = text.replace(ON_THE_HOUR, '$1').replace(CLOCK_MINUTES, '$1h$2').replace(/\s*(?:\[\s*(?:\.{3}|…)\s*\]|\.{3,}|…)\s*/g, ' \u0000 ');
  for (const sentence of sentencesOfQuote(marked, false)) {
    const tokens = spokenWording(sentence)
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/\./g, '')
      .replace(/[-–—]/g, ' ')
      .match(/[\p{L}\p{N}*][\p{L}\p{N}*']*|\u0000/gu);
    if (!tokens) continue;
    // The last word ends a sentence only when punctuation says so: a quoted fragment may stop mid-sentence.
    const closed = /[.!?]["”’]?\s*$/.test(sentence);
    tokens.forEach((token, i) => {
      if (token === '\u0000') {
        if (out.length) out[out.length - 1].elidedAfter = true;
        return;
      }
      out.push({
        word: token.includes('*') ? token : (words(token)[0] ?? token),
        endsSentence: i === tokens.length - 1 && closed,
        elidedAfter: false,
        opensSentence: out.length === 0 && /^\p{Lu}/u.test(text.trim()),
      });
    });
  }
  return out;
}

/** One word in two writings: equal, inflected ("support", "supported"), or censored ("f***ing"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.includes('*') || b.includes('*')) {
    const [masked, plain] = a.includes('*') ? [a, b] : [b, a];
    return new RegExp(`^${masked.replace(/\*+/g, '\\p{L}*')}$`, 'u').test(plain);
  }
  return inflected(a, b);
}

/** The speaker's entity, or the surname as written when no entity explains it. */
function speakerKey(mention: QuoteMention): string | null {
  if (mention.speaker) return mention.speaker.id;
  return mention.quote.speaker ? `name:${normalizeName(mention.quote.speaker).split(' ').pop()}` : null;
}

/** Words this many in a row of a long quote are the same quotation whoever the attributions name. */
const SAME_WORDING = 8;

/** Content words each of two wordings has in place of the other's beyond which they are two statements. */
const OWN_WORDS = 2;

function sameQuotation(a: QuoteMention, b: QuoteMention): boolean {
  const [x, y] = [speakerKey(a), speakerKey(b)];
  const { matched, onlyA, onlyB } = align(a.tokens, b.tokens);
  const share = matched / Math.min(a.tokens.length, b.tokens.length);
  // One quotation shares a passage word for word; common words in order ("of the United States") do not make one.
  if (!sharedRun(a.tokens, b.tokens)) return false;
  // Another speaker's words are one quotation when long and nearly the same; or, where the attributions name two people in full
  // (a conflict of who said it), when one outlet's whole quote, or a whole sentence of it, is in the other's word for word
  // (each outlet going on with another sentence of the statement).
  if (x && y && x !== y)
    return (
      (matched >= SAME_WORDING && share >= 0.8) ||
      (namedInFullPerson(a) && namedInFullPerson(b) && (wholeSentenceIn(a.tokens, b.tokens) || wholeSentenceIn(b.tokens, a.tokens) || nearlyOneSentence(a.tokens, b.tokens)))
    );
  // Each putting words of its own in place of the other's ("honoured to be entrusted with" / "grateful to
  // have received permission to"), beyond a word or so, is two statements sharing a stock phrase.
  if (share < CLOSELY_SHARED && [onlyA, onlyB].every((own) => own.filter(isContentWord).length >= OWN_WORDS)) return false;
  return matched >= MIN_SHARED_WORDS && share >= MIN_SHARED_SHARE;
}

/** A quote this long given word for word is not a stock phrase two people happen to share. */
const WHOLE_QUOTE_WORDS = 5;

/** The sentences of a quotation, or its pieces between elisions. */
function quoteSentences(tokens: QuoteWord[]): QuoteWord[][] {
  const sentences: QuoteWord[][] = [[]];
  for (const token of tokens) {
    sentences[sentences.length - 1].push(token);
    if (token.endsSentence || token.elidedAfter) sentences.push([]);
  }
  return sentences;
}

/** A sentence (or a piece between elisions) of `a`, of at least WHOLE_QUOTE_WORDS, is in `b` word for word; all of `a` may be that one. */
function wholeSentenceIn(a: QuoteWord[], b: QuoteWord[]): boolean {
  return quoteSentences(a).some((sentence) => sentence.length >= WHOLE_QUOTE_WORDS && sentence.length <= b.length && sharedRun(sentence, b, sentence.length));
}

/** A sentence this long, all but one word the same, is one sentence retold ("This is a betrayal of …" / "This was a betrayal of …"). */
const NEARLY_WHOLE_WORDS = 8;

/** A sentence of each quotation, of at least NEARLY_WHOLE_WORDS, the same but for one word. */
function nearlyOneSentence(a: QuoteWord[], b: QuoteWord[]): boolean {
  const others = quoteSentences(b);
  return quoteSentences(a).some(
    (sentence) => sentence.length >= NEARLY_WHOLE_WORDS && others.some((other) => Math.abs(other.length - sentence.length) <= 1 && align(sentence, other).matched >= Math.max(sentence.length, other.length) - 1),
  );
}

/** Words in a row two wordings of one quotation share, or all of the shorter one. */
const SHARED_RUN = 5;

function sharedRun(a: QuoteWord[], b: QuoteWord[], run = SHARED_RUN): boolean {
  // A negation one wording puts in does not break the passage: "will not respond in kind" is "will respond in kind" denied.
  const [x, y] = [a, b].map((tokens) => tokens.filter((t) => !isNegation(t.word)).map((t) => t.word));
  const size = Math.min(run, x.length, y.length);
  const runs = new Set<string>();
  for (let i = 0; i + size <= x.length; i++) runs.add(x.slice(i, i + size).join(' '));
  for (let i = 0; i + size <= y.length; i++) if (runs.has(y.slice(i, i + size).join(' '))) return true;
  return false;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'nothing', 'nobody', 'none', 'without']);
const isNegation = (word: string) => NEGATIONS.has(word) || /n't$/.test(word);
/** Words shared beyond which a negation put between two of them flips the statement, whatever else differs. */
const NEGATED_SHARED_WORDS = 5;
/** Words a negation put into a wording may stand with ("do not", "will never"); not "only" of "not only", which adds. */
const NEGATION_HELPERS = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'have', 'has', 'had']);
const negationPut = (put: string[]) => put.length <= 2 && put.some(isNegation) && put.every((w) => isNegation(w) || NEGATION_HELPERS.has(w));

/**
 * Two outlets' wordings of one quotation whose change alters what was said: a negation or figure
 * one has and the other not, or words each has in place of the other's (not an insertion, which
 * is quoting more). Null when every wording says the same.
 */
function meaningChange(group: QuoteMention[]): { pair: [QuoteMention, QuoteMention]; flipped: boolean } | null {
  for (const a of group) {
    for (const b of group) {
      if (a.analysed === b.analysed || a.analysed.article.id > b.analysed.article.id || !sameQuotation(a, b)) continue;
      // One outlet may quote one part of what the other joins with an ellipsis: that part is what both quote.
      const [wordsA, wordsB] = [partQuoted(a.tokens, b.tokens), partQuoted(b.tokens, a.tokens)];
      const { onlyA, onlyB, gaps, matched } = align(wordsA, wordsB);
      // A negation or figure flips the meaning when it stands in the shared wording, not inside a clause one outlet quotes and the other leaves out.
      const negates = (ws: string[]) => ws.length <= MAX_FLIP_WORDS && ws.some(isNegation);
      // So does a negation one wording puts between two words the other has side by side, in a long shared wording, however
      // the rest is worded ("I will not call a session over this" / "I will call the council back into session").
      if (matched >= NEGATED_SHARED_WORDS && gaps.some(([x, y]) => (x.length === 0) !== (y.length === 0) && negationPut([...x, ...y]))) return { pair: [a, b], flipped: true };
      const figured = (ws: string[]) => ws.length <= MAX_FLIP_WORDS && ws.some((w) => /^\d/.test(w));
      // A day named in place of another ("yesterday" for "this morning") tells another day.
      const dated = (ws: string[]) => ws.length <= MAX_FLIP_WORDS && ws.some((w) => DAY_WORDS.has(w));
      const dayChanged = dated(onlyA) && dated(onlyB) && !sameDaySpoken(onlyA, a, onlyB, b);
      // A figure in place of other words changes what was said; one a wording adds where the other has nothing
      // ("a $38 billion plan" / "a plan") is quoting more.
      const figureChanged = ((figured(onlyA) && onlyB.length > 0) || (figured(onlyB) && onlyA.length > 0)) && onlyA.join(' ') !== onlyB.join(' ');
      if (closelyShared(wordsA, wordsB) && (negates(onlyA) !== negates(onlyB) || figureChanged)) return { pair: [a, b], flipped: true };
      // Another day is listed, not shown: an outlet retelling a statement a day on may have put its own day in it.
      if (closelyShared(wordsA, wordsB) && dayChanged) return { pair: [a, b], flipped: false };
      // A word or two replaced inside a closely shared wording; longer stretches are different passages of one speech.
      const [extraA, extraB] = [onlyA, onlyB].map((ws) => ws.filter(isContentWord));
      const replaced = extraA.length > 0 && extraB.length > 0 && Math.max(extraA.length, extraB.length) <= MAX_REPLACED;
      if (replaced && closelyShared(wordsA, wordsB) && !extraA.every((w) => extraB.some((v) => variantOf(w, v)))) return { pair: [a, b], flipped: false };
    }
  }
  return null;
}

const MAX_REPLACED = 3;
/** Day words two outlets put in one quotation that, read from each outlet's publication date, name one day ("today" a day before "yesterday"). */
function sameDaySpoken(wordsA: string[], a: QuoteMention, wordsB: string[], b: QuoteMention): boolean {
  // "This morning" is today; the date reader takes only named days.
  const day = (ws: string[], m: QuoteMention) => dates(ws.join(' ').replace(/\bthis (?:morning|afternoon|evening)\b/, 'today'), m.analysed.article.publishedAt).find((d) => /^\d{4}-\d\d-\d\d$/.test(d.normalized))?.normalized;
  const [dayA, dayB] = [day(wordsA, a), day(wordsB, b)];
  return dayA !== undefined && dayA === dayB;
}

/** Words that name a day relative to the speaking or by its name. */
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'morning', 'afternoon', 'evening', 'weekend', ...WEEKDAYS]);
/** Words (the negation or figure with an auxiliary or unit) beyond which a difference is an added clause. */
const MAX_FLIP_WORDS = 3;

/** Two wordings alike enough that what differs is a replacement, not another passage. */
const CLOSELY_SHARED = 0.8;

function closelyShared(a: QuoteWord[], b: QuoteWord[]): boolean {
  return align(a, b).matched / Math.min(a.length, b.length) >= CLOSELY_SHARED;
}

/**
 * The part of a wording, between the ellipses its outlet marks, that holds every word of the other wording it holds
 * as a whole ("This is not about trade … This is about our jobs" against "This is about our jobs"); else all of it.
 */
function partQuoted(words: QuoteWord[], other: QuoteWord[]): QuoteWord[] {
  const parts = words.reduce<QuoteWord[][]>((all, word) => {
    all[all.length - 1].push(word);
    if (word.elidedAfter) all.push([]);
    return all;
  }, [[]]);
  if (parts.filter((part) => part.length > 0).length < 2) return words;
  const whole = align(words, other).matched;
  return parts.find((part) => part.length > 0 && align(part, other).matched >= whole) ?? words;
}

/** "toward"/"towards", "organise"/"organize", "Gadhafi"/"Qaddafi": spellings of one word. */
function variantOf(a: string, b: string): boolean {
  return sameWord(a, b) || (Math.min(a.length, b.length) >= 5 && editDistance(a, b) <= Math.floor(Math.min(a.length, b.length) / 3));
}

/** Words that carry meaning; contractions other than negations ("I'd", "they're") do not. */
function isContentWord(word: string): boolean {
  if (word.includes("'")) return /n't$/.test(word);
  return word.length > 2 && !STOPWORDS.has(word);
}

/**
 * Longest common subsequence of two quotes' words, and the unmatched words between the first and
 * last match. A sentence one wording ends and the other carries on ("…it's corrupt." against
 * "…it's corrupt and evidence of collusion.") counts as changed too.
 */
export function align(a: QuoteWord[], b: QuoteWord[]): Alignment {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = sameWord(a[i].word, b[j].word) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (sameWord(a[i].word, b[j].word) && table[i][j] === table[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  // A first or last shared word that recurs is matched next to the rest of the shared stretch: "That's not oversight.
  // That's arson…" and "That's arson…" share the second "That's", not the first and a gap.
  const slide = (end: [number, number], toward: [number, number], step: 1 | -1) => {
    for (const side of [0, 1] as const) {
      const [tokens, other] = side === 0 ? [a, b] : [b, a];
      for (let x = toward[side] - step; x !== end[side]; x -= step) {
        if (sameWord(tokens[x].word, other[end[1 - side]].word)) {
          end[side] = x;
          break;
        }
      }
    }
  };
  if (pairs.length > 1) {
    slide(pairs[0], pairs[1], 1);
    slide(pairs[pairs.length - 1], pairs[pairs.length - 2], -1);
  }
  // Stray common words matched far from the shared stretch are not part of it.
  const gap = (p: [number, number], q: [number, number]) => Math.max(q[0] - p[0], q[1] - p[1]);
  while (pairs.length > 1 && gap(pairs[0], pairs[1]) > MAX_GAP) pairs.shift();
  while (pairs.length > 1 && gap(pairs[pairs.length - 2], pairs[pairs.length - 1]) > MAX_GAP) pairs.pop();
  if (pairs.length === 0) return { matched: 0, onlyA: [], onlyB: [], gaps: [] };
  const last = pairs[pairs.length - 1];
  // Words one side has between two matches are a change unless either side marks an elision there.
  const gaps: [string[], string[]][] = [];
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [inA, inB] = [a.slice(pairs[k][0], pairs[k + 1][0]), b.slice(pairs[k][1], pairs[k + 1][1])];
    if (![...inA, ...inB].some((t) => t.elidedAfter)) gaps.push([inA.slice(1).map((t) => t.word), inB.slice(1).map((t) => t.word)]);
  }
  const unmatched = (tokens: QuoteWord[], side: 0 | 1, other: QuoteWord[]) => {
    const changed = gaps.flatMap((gap) => gap[side]);
    // The other wording, a whole quoted sentence, ends at the last match; this one carries the sentence on.
    const here = tokens[last[side]];
    if (other[last[1 - side]].endsSentence && other[0].opensSentence && !here.endsSentence && !here.elidedAfter) {
      for (let k = last[side] + 1; k < tokens.length; k++) {
        changed.push(tokens[k].word);
        if (tokens[k].endsSentence || tokens[k].elidedAfter) break;
      }
    }
    return changed;
  };
  const [onlyA, onlyB] = [unmatched(a, 0, b), unmatched(b, 1, a)];
  // Both wordings close the sentence a few words after the last match: those words replace each other ("…reject his plan." / "…reject his visit.").
  const [endA, endB] = [sentenceEnd(a, last[0]), sentenceEnd(b, last[1])];
  if (endA.length && endB.length) {
    onlyA.push(...endA);
    onlyB.push(...endB);
  }
  // Both open the sentence with a few words of their own before the first match: those replace each other too ("Last night we…" / "On Sunday we…");
  // so do a few words one puts before a sentence the other opens at the first match ("Nothing about this ruling will…" / "This ruling will…").
  const [startA, startB] = [sentenceStart(a, pairs[0][0]), sentenceStart(b, pairs[0][1])];
  const opensAtMatch = (tokens: QuoteWord[], at: number) => at === 0 && tokens[0].opensSentence;
  if ((startA.length || opensAtMatch(a, pairs[0][0])) && (startB.length || opensAtMatch(b, pairs[0][1]))) {
    onlyA.unshift(...startA);
    onlyB.unshift(...startB);
  }
  return { matched: pairs.length, onlyA, onlyB, gaps };
}

/** The few words a wording that opens its sentence puts before `to`, or none when it does not open one, puts more, or puts a sentence of its own ("No. …"). */
function sentenceStart(tokens: QuoteWord[], to: number): string[] {
  if (to === 0 || to > MAX_REPLACED || !tokens[0].opensSentence || tokens.slice(0, to).some((t) => t.elidedAfter || t.endsSentence)) return [];
  return tokens.slice(0, to).map((t) => t.word);
}

/** The words after `from` up to a full stop a few words on, or none when the sentence goes on further, is cut or is not closed. */
function sentenceEnd(tokens: QuoteWord[], from: number): string[] {
  if (tokens[from].endsSentence || tokens[from].elidedAfter) return [];
  for (let k = from + 1; k < tokens.length && k - from <= MAX_REPLACED; k++) {
    if (tokens[k].elidedAfter) return [];
    if (tokens[k].endsSentence) return tokens.slice(from + 1, k + 1).map((t) => t.word);
  }
  return [];
}
