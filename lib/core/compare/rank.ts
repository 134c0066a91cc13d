import { analyse, type AnalysedArticle } from '../text/analyse';
import { isHeadline } from '../text/entities';
import { DIFFERENCE_STATUSES, type Difference, type DifferenceKind, type DifferenceStatus, type DifferenceValue } from '../types';
import { contentTerms, words } from '../text/terms';
import { sentenceIdf, similarity } from './align';
import { cardLabel, labelledQuote } from './card-label';
import type { Ranked } from './difference';
import { normalizeName, surnameOf } from '../text/aliases';
import { fullNameWritten, sharedSurnames } from './entities';
import { harmOf, heldByAnother } from './figure-subject';
import { namedApart } from './numbers';
import type { Quantity } from '../text/quantities';
import { countsAlike, LARGE_FIGURE, nearestCount, officeSpeaksIn, reportedAs, speakerSpeaksIn, spokespersonAloneFor, UNANIMOUS } from './presence';

/** Cards a reader sees before "show all". */
export const SHOWN_CARDS = 8;
/**
 * At most this many shown cards of one kind, so one kind cannot crowd out the rest. A name some
 * outlets leave out is as often a passing mention as an actor of the story: one card of names.
 */
const SHOWN_PER_KIND: Record<DifferenceKind, number> = { number: 3, date: 2, quote: 3, person: 1, claim: 1, organization: 1, place: 1 };
/**
 * Sure conflicts of one kind shown, counted apart from the kind's other cards: two quotes credited to two speakers each are two
 * things to know; and a kind's conflicts take one more card than its other details may, for a fourth figure outlets disagree on
 * tells more than a name only some give.
 */
const SHOWN_CONFLICTS_PER_KIND = 2;
const shownConflictsOf = (kind: DifferenceKind) => Math.max(SHOWN_CONFLICTS_PER_KIND, SHOWN_PER_KIND[kind] + 1);
/** A detail the reader's own article lacks tells them more than one they have just read. */
const MISSING_HERE_BONUS = 0.3;
/** Details in an article's first sentences are what its story is about. */
const LEAD_SENTENCES = 30;
const LEAD_BONUS = 0.5;
const RELEVANCE_FLOOR = 0.5;
/**
 * A detail two outlets report and another leaves out is usually one a reader wants; a detail only
 * one outlet of three gives is as often its own background, so those only fill a short list.
 */
const CORROBORATED_BONUS = 1.5;
/** Fewer cards than this are topped up with details a single outlet gives. */
const MIN_SHOWN = 3;
/** Details only some outlets give that a full list keeps beside conflicts over their kind's limit. */
const KEPT_BESIDE_CONFLICTS = 2;
/** The kinds of single-outlet details that may top up a short list. */
const TOPS_UP = new Set<DifferenceKind>(['quote']);
/** Sentences this alike (weighted by rarity) may say the same thing in other words. */
const ECHO = 0.25;
/** The kinds of details an outlet may report in other words: statements, not figures, dates or names. */
const PARAPHRASED = new Set<DifferenceKind>(['claim', 'quote']);
/** A sentence naming the quote's speaker this alike to the quote reports the statement in other words. */
const SPEAKER_ECHO = 0.17;
/** A silent outlet's sentence this alike to a shown detail is put beside "not reported", for the reader to compare. */
const CLOSEST = 0.16;
/** Below this score a difference is listed under "show all" only. */
const MIN_SHOWN_SCORE = 1.5;

const NAME_WORDS = 4;

/**
 * How a card names an article: its outlet, else the first words of its headline, else its place in
 * the comparison ("article 2"), so that two nameless articles are never one "unnamed outlet".
 */
function outletName(article: AnalysedArticle['article'] | undefined, position: number): string {
  if (article?.source) return article.source;
  const words = article?.title?.split(/\s+/).filter(Boolean) ?? [];
  if (words.length === 0) return position === 0 ? 'this article' : `article ${position + 1}`;
  return words.length > NAME_WORDS ? `“${words.slice(0, NAME_WORDS).join(' ')}…”` : `“${words.join(' ')}”`;
}

/**
 * Checks each "not reported" against the silent article's full text: an outlet that surely gives the
 * detail in another form (the same figure or date, the name, a run of the quote's words) is named on
 * the card with its own sentence; one that only comes close (a paraphrase, a figure in words, a
 * sentence much alike) is called neither silent nor reporting it, and the card is not shown. Then
 * ranks: conflicts, then details only some report, by how much they change what a reader knows;
 * everything else after. Up to SHOWN_CARDS are `shown`, within the per-kind limits and one detail per
 * sentence (conflicts apart): conflicts and details several outlets report first, then single-outlet quotations only
 * to reach MIN_SHOWN. The shown ones take the first ranks.
 */
/**
 * A figure an outlet gives of another noun than every side of a conflict of figures ("a dozen states" beside "a dozen
 * agents" / "about 20 agents"): the same value of another thing, no side of the conflict.
 */
function ofAnotherNoun(article: AnalysedArticle, value: DifferenceValue, { difference }: Ranked, analysed: Map<string, AnalysedArticle>): boolean {
  if (difference.kind !== 'number') return false;
  const quantityOf = (v: DifferenceValue, from?: AnalysedArticle) => from?.quantities.find((q) => q.sentence === v.sentence && q.value.text === v.text)?.value;
  const quantity = quantityOf(value, article);
  if (quantity === undefined) return false;
  // "about 200 were hurt" is no count of the "238 passengers" aboard: people harmed are another count than those the sides count.
  const harmed = (v: DifferenceValue, q: Quantity | undefined) => q !== undefined && harmOf({ sentence: v.sentence, quantity: q }) !== null;
  if (harmed(value, quantity) && difference.values.every((v) => { const side = quantityOf(v, analysed.get(v.articleId)); return side !== undefined && !harmed(v, side); })) return true;
  // "the $1.8 million alarm project" is no side of a conflict of "$2 million bond" / "a $2.5 million bond" (though "$2 million
  // bail" is: the same figure named otherwise).
  const figure = { sentence: value.sentence, quantity };
  const namedAsNoSide = (v: DifferenceValue) => {
    const side = quantityOf(v, analysed.get(v.articleId));
    return side !== undefined && side.value !== quantity.value && namedApart(figure, { sentence: v.sentence, quantity: side });
  };
  if (difference.values.every(namedAsNoSide)) return true;
  // "The party took 34.2 percent" is no side of what "Merdel's Social Alliance" took, told one way and another.
  const sides = difference.values.flatMap((v) => {
    const side = quantityOf(v, analysed.get(v.articleId));
    return side === undefined ? [] : [{ sentence: v.sentence, quantity: side }];
  });
  if (sides.length === difference.values.length && heldByAnother(sides, figure)) return true;
  const units = difference.values.map((v) => v.normalized.split(' ').slice(1).join(' '));
  // A large figure is rarely two things, whatever noun the reading gave it ("870,000 economists" for jobs economists expected).
  return quantity.value < LARGE_FIGURE && !units.some((u) => countsAlike(u, quantity.unit));
}

/** A value found in a headline read in lower case, as the headline writes it. */
function asWritten<T extends { value: DifferenceValue } | null>(found: T, title: string): T {
  if (found === null || found.value.sentence === title) return found;
  const at = title.toLowerCase().indexOf(found.value.text.toLowerCase());
  return { ...found, value: { ...found.value, sentence: title, text: at >= 0 ? title.slice(at, at + found.value.text.length) : found.value.text } };
}

export function rankDifferences(articles: AnalysedArticle[], ranked: Ranked[], compared: AnalysedArticle[] = articles): Difference[] {
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const readingId = articles[0]?.article.id;
  // How many outlets the comparers found giving the detail, before the looser check of who is silent.
  const sources = new Map(ranked.map((r) => [r, r.difference.values.length]));
  const weight = sentenceIdf(articles.flatMap((a) => a.terms));
  // The silent outlet's sentence most like the detail's (the quote's words for a quote), at least `floor` alike.
  const nearest = (r: Ranked, id: string, floor: number): number | null => {
    const value = r.difference.values[0];
    const terms = new Set(contentTerms(r.difference.kind === 'quote' ? value.text : value.sentence));
    let best: number | null = null;
    let bestScore = floor;
    byId.get(id)!.terms.forEach((other, i) => {
      const score = similarity(terms, other, weight);
      if (score >= bestScore) [best, bestScore] = [i, score];
    });
    return best;
  };
  // A silent outlet's sentence much like the detail's (weighted by rarity) may report it in words no
  // check of presence reads: weak evidence, like a paraphrase.
  const echo = (r: Ranked, id: string): DifferenceValue | null => {
    const best = nearest(r, id, ECHO);
    if (best === null) return null;
    const silent = byId.get(id)!;
    const sentence = silent.sentences[best];
    return { articleId: id, source: silent.article.source, text: sentence, normalized: r.difference.values[0].normalized, sentence };
  };
  // A quote one outlet alone carries, while every other outlet has the same speaker saying much the
  // same near a mention of them: the statement is reported everywhere, the wording is that outlet's
  // (too loose a likeness to say so of any one outlet: the card is only kept from the reader).
  const speakerEcho = (r: Ranked, id: string): DifferenceValue | null => {
    const value = r.difference.values[0];
    if (r.difference.kind !== 'quote' || !value.normalized) return null;
    const surname = value.normalized.split(/\s+/).pop()!.toLowerCase();
    const terms = new Set(contentTerms(value.text));
    const silent = byId.get(id)!;
    const names = (i: number) => i >= 0 && silent.sentences[i].toLowerCase().split(/[^\p{L}]+/u).includes(surname);
    const at = silent.terms.findIndex((other, i) => (names(i) || names(i - 1)) && similarity(terms, other, weight) >= SPEAKER_ECHO);
    if (at < 0) return null;
    return { articleId: id, source: silent.article.source, text: silent.sentences[at], normalized: value.normalized, sentence: silent.sentences[at] };
  };
  // A quote one outlet carries, where every outlet without it has the same speaker say something in its own words: which
  // statement that reports cannot be read from the words (one statement retold, or another one), so the card is kept
  // from the reader rather than calling those outlets silent.
  const speaks = new Map<string, boolean>();
  const speaksIn = (id: string, speaker: string) => {
    const key = `${id}\u0000${speaker}`;
    if (!speaks.has(key)) {
      const silent = byId.get(id)!;
      // By name, or as the spokesperson the other outlets call them ("a spokeswoman said").
      const office = spokespersonAloneFor(articles, speaker, silent);
      speaks.set(key, speakerSpeaksIn(silent, speaker) || (office !== null && officeSpeaksIn(silent, office)));
    }
    return speaks.get(key)!;
  };
  const speakerHeardElsewhere = (r: Ranked) => {
    const speaker = r.difference.values[0].normalized;
    return r.difference.kind === 'quote' && speaker !== '' && r.difference.missingFrom.every((id) => speaksIn(id, speaker));
  };
  // A family name two people of the story share, written bare by an outlet that names neither in full,
  // may be the other one (a relative, a better-known namesake): only weak evidence for this one.
  const shared = sharedSurnames(articles);
  const surely = (r: Ranked, id: string, found: { value: DifferenceValue; evidence: 'strong' | 'weak' }) => {
    const name = r.difference.values[0].normalized;
    if (r.difference.kind !== 'person' || found.evidence !== 'strong' || !shared.has(surnameOf(normalizeName(name).replace(/,/g, ''))) || fullNameWritten(byId.get(id)!, name)) return found;
    return { ...found, evidence: 'weak' as const };
  };
  // An outlet's headline is its reporting too, and the reader sees it listed: a detail it gives there is not one the outlet leaves out.
  // A headline in title case is read in lower case too: its capitals hide figures and their nouns ("Ferry Line Reopens After Nearly Two Decades").
  const headlines = new Map<AnalysedArticle, AnalysedArticle[]>();
  const headline = (analysed: AnalysedArticle) => {
    const title = analysed.article.title;
    if (!headlines.has(analysed)) headlines.set(analysed, (title ? (isHeadline(title) ? [title, title.toLowerCase()] : [title]) : []).map((text) => analyse({ ...analysed.article, text })));
    return headlines.get(analysed)!;
  };
  // The detail as the outlets giving it write it: an outlet's sentence that may say it in other words is no writing of it.
  const reportedIn = (analysed: AnalysedArticle, { difference: { kind, values: all } }: Ranked) => {
    const values = all.filter((v) => !v.inOtherWords);
    const title = analysed.article.title ?? '';
    return headline(analysed).reduce((found, read) => found ?? asWritten(reportedAs(read, kind, values), title), reportedAs(analysed, kind, values));
  };
  // Outlets that may report a detail, on weak evidence only: on the card with their sentence, not as reporting it.
  const unsure = new Map<Ranked, string[]>();
  // A conflict's outlets said to give neither value: one that gives one of them is on the card with it, not silent; where
  // it only comes close ("roughly 412 seconds" for "just under seven minutes"), with its sentence marked as other words.
  const withSidesFound = (r: Ranked): Ranked => {
    const found = r.difference.missingFrom.flatMap((id) => {
      const reported = reportedIn(byId.get(id)!, r);
      if (reported === null || ofAnotherNoun(byId.get(id)!, reported.value, r, byId)) return [];
      // The same day told of something else ("published her findings yesterday" beside "resigned on Wednesday") is no side.
      if (reported.evidence === 'strong' && (r.difference.kind !== 'date' || aboutTheSame(r, reported.value.sentence))) return [reported.value];
      if (reported.evidence === 'strong') return [];
      // A looser writing ("in February" for "Feb. 3") is the outlet's side only in a sentence about the same thing, or one
      // counting the same kind of thing near the figure ("more than 400,000 people" for 412,000 donors).
      const silent = byId.get(id)!;
      const nearCount = r.difference.kind === 'number' && r.difference.values.some((v) => silent.sentences[nearestCount(silent, v) ?? -1] === reported.value.sentence);
      // A vote told as unanimous is a tally wherever it is told.
      const unanimous = r.difference.kind === 'number' && UNANIMOUS.test(reported.value.text);
      return aboutTheSame(r, reported.value.sentence) || nearCount || unanimous ? [{ ...reported.value, inOtherWords: true as const }] : [];
    });
    if (found.length === 0) return r;
    const sided = { ...r, difference: { ...r.difference, values: [...r.difference.values, ...found], missingFrom: r.difference.missingFrom.filter((id) => !found.some((v) => v.articleId === id)) } };
    sources.set(sided, sources.get(r)!);
    return sided;
  };
  // A sentence alike (weighted by rarity) to one of the sentences a difference's values stand in.
  const aboutTheSame = (r: Ranked, sentence: string) => {
    const terms = new Set(contentTerms(sentence));
    return r.difference.values.some((v) => similarity(terms, new Set(contentTerms(v.sentence)), weight) >= ECHO);
  };
  // Who said a quotation, where outlets disagree: an outlet naming either speaker ("Judge Ida Marsh dissented, arguing…") may
  // tell it in its own words, for either side; it is not called silent.
  const withSpeakersNamed = (r: Ranked): Ranked => {
    // As words() writes them ("Greaves" is "greave"), to be found among a sentence's words.
    const surnames = r.difference.values.flatMap((v) => words(surnameOf(normalizeName(v.normalized))));
    // …or one that has either speaker's office speak ("A department spokesman said…") where the other outlets call that speaker so.
    // …or one quoting the words in dispute, or part of them, from whoever it names ("Bluewater said it was “following every protocol”").
    const disputed = labelledQuote(r.difference.label);
    const quotesThem = (id: string) => disputed !== undefined && reportedAs(byId.get(id)!, 'quote', [{ articleId: '', source: null, text: disputed, normalized: '', sentence: disputed }]) !== null;
    const missingFrom = r.difference.missingFrom.filter((id) => !byId.get(id)!.sentences.some((s) => words(s).some((w) => surnames.includes(w))) && !r.difference.values.some((v) => speaksIn(id, v.normalized)) && !quotesThem(id));
    if (missingFrom.length === r.difference.missingFrom.length) return r;
    const unsilenced = { ...r, difference: { ...r.difference, missingFrom } };
    sources.set(unsilenced, sources.get(r)!);
    return unsilenced;
  };
  const checked = ranked.map((r) => {
    // A figure or a date is a value an outlet gives; a name it writes is no side of a conflict of roles, only a hint of who said a
    // quotation, or that an outlet tells the quotation worded two ways in its own words.
    if (r.difference.status === 'conflict') return r.difference.kind === 'number' || r.difference.kind === 'date' ? withSidesFound(r) : r.whoSaid || r.difference.kind === 'quote' ? withSpeakersNamed(r) : r;
    if (r.difference.status !== 'partial') return r;
    // An outlet that surely reports the detail in other words is named on the card with its own sentence;
    // when it only comes close (a paraphrase, a figure in words, a sentence much alike), it is not
    // called silent, and the card is not put before the reader.
    const found = r.difference.missingFrom.flatMap((id) => {
      const reported = reportedIn(byId.get(id)!, r);
      if (reported) return [surely(r, id, reported)];
      // A statement is reported in other words; a figure, date or name is not reported by a sentence that lacks it.
      const echoed = PARAPHRASED.has(r.difference.kind) ? echo(r, id) : null;
      return echoed ? [{ value: echoed, evidence: 'weak' as const }] : [];
    });
    // A quotation one outlet gives at more length is one statement: an outlet quoting another part of it quotes the statement.
    if (r.difference.kind === 'quote') {
      const longer = found.filter((f) => f.evidence === 'strong').map((f) => f.value);
      for (const id of r.difference.missingFrom.filter((id) => !found.some((f) => f.value.articleId === id))) {
        const reported = longer.length > 0 ? reportedAs(byId.get(id)!, 'quote', longer) : null;
        if (reported?.evidence === 'strong') found.push(reported);
      }
    }
    const reported = new Set(found.map((f) => f.value.articleId));
    const maybe = found.filter((f) => f.evidence === 'weak').map((f) => f.value.articleId);
    const missingFrom = r.difference.missingFrom.filter((id) => !reported.has(id));
    const status: DifferenceStatus = missingFrom.length === 0 ? 'consensus' : 'partial';
    const values = [...r.difference.values, ...found.map((f) => (f.evidence === 'weak' ? { ...f.value, inOtherWords: true as const } : f.value))];
    const checkedRanked = { ...r, difference: { ...r.difference, values, missingFrom, status }, substance: status === 'partial' ? r.substance : 0 };
    sources.set(checkedRanked, sources.get(r)!);
    if (maybe.length > 0) unsure.set(checkedRanked, maybe);
    return checkedRanked;
  });
  const vocabulary = new Map(articles.map((a) => [a.article.id, new Set(a.terms.flatMap((t) => [...t]))]));
  // How much a detail's sentence is about the story the other outlets tell, not a tangent of one outlet.
  const relevance = (r: Ranked) => {
    const value = r.difference.values[0];
    const terms = contentTerms(value.sentence);
    const elsewhere = articles.filter((a) => a.article.id !== value.articleId).map((a) => vocabulary.get(a.article.id)!);
    return terms.length === 0 ? 0 : terms.filter((t) => elsewhere.some((v) => v.has(t))).length / terms.length;
  };
  // Coverage the guard left out stays listed beside the cards: one that gives the detail after all
  // (the guard is wary of short articles) would make "only these outlets" wrong.
  const leftOut = compared.filter((a) => !byId.has(a.article.id));
  const givenByLeftOut = (r: Ranked) => leftOut.some((a) => reportedIn(a, r) !== null);
  const score = (r: Ranked) => {
    if (r.substance <= 0 || unsure.has(r) || (r.difference.status === 'partial' && (givenByLeftOut(r) || r.difference.missingFrom.some((id) => echo(r, id) !== null) || (sources.get(r) === 1 && r.difference.missingFrom.every((id) => speakerEcho(r, id) !== null)) || speakerHeardElsewhere(r)))) return 0;
    const first = Math.min(...r.difference.values.map((v) => byId.get(v.articleId)!.sentences.findIndex((s) => s === v.sentence || s.includes(v.text))).filter((i) => i >= 0), LEAD_SENTENCES);
    const lead = LEAD_BONUS * (1 - first / LEAD_SENTENCES);
    // Corroborated by the comparers' own grouping: a looser match found by the check of who is silent names an outlet, it does not vouch for the detail.
    const corroborated = r.difference.status === 'partial' && sources.get(r)! > 1 ? CORROBORATED_BONUS : 0;
    return r.substance * (RELEVANCE_FLOOR + relevance(r)) + lead + corroborated + (r.difference.missingFrom.includes(readingId) ? MISSING_HERE_BONUS : 0);
  };
  // A figure or date some outlets give, where every outlet called silent gives a side of a conflict holding it ("$3.2 billion"
  // beside "$3.2 billion / $2.7 billion"), is that conflict told again, with a side called silent: the conflict's card says it.
  const conflicts = checked.filter((r) => r.difference.status === 'conflict');
  const sideOf = (r: Ranked, articleId: string, normalized?: string) => r.difference.values.some((v) => v.articleId === articleId && !v.inOtherWords && (normalized === undefined || v.normalized === normalized));
  const toldAsConflict = (r: Ranked) =>
    r.difference.status === 'partial' &&
    (r.difference.kind === 'number' || r.difference.kind === 'date') &&
    conflicts.some((c) => c.difference.kind === r.difference.kind && r.difference.values.some((v) => sideOf(c, v.articleId, v.normalized)) && r.difference.missingFrom.every((id) => sideOf(c, id)));
  // A quotation worded two ways where the words that differ are a figure of a conflict of figures ("voted 37 times to raise your
  // taxes" / "He has voted 27 times to raise your taxes"): the conflict of figures says it.
  const figureOfConflict = (r: Ranked) =>
    r.difference.kind === 'quote' &&
    r.difference.status === 'conflict' &&
    !r.whoSaid &&
    conflicts.some((c) => (c.difference.kind === 'number' || c.difference.kind === 'date') && r.difference.values.every((v) => c.difference.values.some((side) => side.articleId === v.articleId && !side.inOtherWords && v.text.includes(side.text))));
  const scoredAll = checked.filter((r) => !toldAsConflict(r) && !figureOfConflict(r)).map((r) => ({ r, score: score(r) }));
  scoredAll.sort(
    (a, b) =>
      Number(b.score > 0) - Number(a.score > 0) ||
      DIFFERENCE_STATUSES.indexOf(a.r.difference.status) - DIFFERENCE_STATUSES.indexOf(b.r.difference.status) ||
      b.score - a.score ||
      b.r.salience - a.r.salience,
  );
  // One detail found twice ("12 witnesses" and "a dozen witnesses" grouped apart, then each found in the other outlet): one card,
  // the higher ranked.
  const cardsSeen = new Set<string>();
  const scored = scoredAll.filter(({ r }) => {
    const key = `${r.difference.kind}\u0000${r.difference.values.map((v) => `${v.articleId}\u0000${v.text}\u0000${v.sentence}`).sort().join('\u0001')}`;
    return !cardsSeen.has(key) && Boolean(cardsSeen.add(key));
  });
  const perKind = new Map<string, number>();
  const shown = new Set<Ranked>();
  // Sure conflicts of values a kind's limit kept back: the limit keeps one kind from crowding out the rest, not a conflict from a
  // list with room (who said what stays at its limit: a third speaker in doubt is more often a quote misread than a dispute).
  const conflictsOverLimit: Ranked[] = [];
  // One card per sentence: a quote and the figure inside it, or two names of one sentence, tell one thing.
  const sentencesShown = new Set<string>();
  const speakersShown = new Set<string>();
  // Speakers whose words several outlets quote and another leaves out: their quote's card names them, ranked above or below.
  const quotedOnCards = new Set(scored.filter(({ r, score }) => r.difference.kind === 'quote' && r.difference.status === 'partial' && score >= MIN_SHOWN_SCORE && sources.get(r)! > 1).map(({ r }) => r.difference.values[0].normalized));
  // First what several outlets report and another leaves out (and conflicts); then, if fewer than
  // MIN_SHOWN, the best details a single outlet gives: first the words of people not yet on a card, for a second quote of one
  // speaker is more often more of the same than another voice is.
  for (const pass of ['reported', 'new voices', 'any'] as const) for (const { r, score } of scored) {
    const toppingUp = pass !== 'reported';
    const kind = r.difference.kind;
    // A conflict is told apart from the details only some outlets give: it does not stand for one of them.
    if (shown.has(r) || (toppingUp && [...shown].filter((d) => d.difference.status !== 'conflict').length >= MIN_SHOWN)) continue;
    // A conflict shown is a sure one: it does not take the place of a detail of its kind only some outlets give (conflicts are counted apart).
    const slot = r.difference.status === 'conflict' ? `conflict ${kind}` : kind;
    if (shown.size >= SHOWN_CARDS || score < MIN_SHOWN_SCORE || r.difference.status === 'consensus') continue;
    if ((perKind.get(slot) ?? 0) >= (r.difference.status === 'conflict' ? shownConflictsOf(kind) : SHOWN_PER_KIND[kind])) {
      if (r.difference.status === 'conflict' && kind !== 'person' && !toppingUp) conflictsOverLimit.push(r);
      continue;
    }
    const sentences = r.difference.values.map((v) => `${v.articleId}\u0000${v.sentence}`);
    // Two conflicts of one sentence are two things outlets disagree on ("$87,400 on 23 trips" / "$87,400 on 19 trips").
    if (r.difference.status !== 'conflict' && sentences.some((s) => sentencesShown.has(s))) continue;
    // A person whose quote is already on a card is on that card.
    if (kind === 'person' && (speakersShown.has(r.difference.label) || (r.difference.status === 'partial' && quotedOnCards.has(r.difference.label)))) continue;
    const singleSource = r.difference.status === 'partial' && sources.get(r)! === 1 && articles.length > 2;
    // A figure or name one outlet alone gives is mostly its own background; a named person's words are its reporting.
    if (singleSource && (!toppingUp || !TOPS_UP.has(kind))) continue;
    if (singleSource && pass === 'new voices' && speakersShown.has(r.difference.values[0].normalized)) continue;
    shown.add(r);
    if (kind === 'quote') speakersShown.add(r.difference.values[0].normalized);
    // Who said a quotation, where outlets disagree: each speaker is on that card.
    if (kind === 'person' && r.difference.status === 'conflict') for (const v of r.difference.values) speakersShown.add(v.normalized);
    perKind.set(slot, (perKind.get(slot) ?? 0) + 1);
    for (const s of sentences) sentencesShown.add(s);
  }
  // Conflicts come first: where the list is full, a sure conflict over its kind's limit takes the place of the last detail only
  // some outlets give, while KEPT_BESIDE_CONFLICTS of those stay.
  for (const r of conflictsOverLimit) {
    const others = [...shown].filter((d) => d.difference.status !== 'conflict');
    if (shown.size >= SHOWN_CARDS && others.length > KEPT_BESIDE_CONFLICTS) shown.delete(others[others.length - 1]);
    if (shown.size < SHOWN_CARDS) shown.add(r);
  }
  // Positions count every article compared, those the guard left out too, as the reader sees them listed.
  const outlet = (id: string) => outletName(byId.get(id)?.article, compared.findIndex((a) => a.article.id === id));
  const ordered = [...scored.filter(({ r }) => shown.has(r)), ...scored.filter(({ r }) => !shown.has(r))];
  // What each silent outlet says nearest to a shown detail: "not reported" the reader can check at a glance.
  const closest = (r: Ranked) => {
    const found = r.difference.missingFrom.flatMap((id) => {
      const at = nearest(r, id, CLOSEST);
      return at === null ? [] : [{ articleId: id, sentence: byId.get(id)!.sentences[at] }];
    });
    return found.length > 0 ? { closest: found } : {};
  };
  return ordered.map(({ r }, index) => ({
    ...r.difference,
    label: cardLabel(r.difference, outlet),
    rank: index + 1,
    shown: shown.has(r),
    ...(shown.has(r) && r.difference.status === 'partial' ? closest(r) : {}),
  }));
}
