import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceStatus } from '../types';
import { contentTerms, stem } from '../text/terms';
import { sentenceIdf, similarity } from './align';
import { clusters } from './clusters';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

interface SentenceRef {
  analysed: AnalysedArticle;
  index: number;
}

/** Sentences this alike say the same thing; below it, a shared name or two is coincidence. */
const SAME_CLAIM = 0.3;
/** How alike two sentences must be for a negation in one of them to make them contradict. */
const SAME_CLAIM_NEGATED = 0.5;
/** An article with a sentence this alike to a claim's says it in other words: it is not silent about it. */
const PARAPHRASED = 0.15;
/** Sentences this alike in stems and figures tell the same thing in other word forms. */
const STEM_ECHO = 0.25;
/** Own claims listed per article (under "show all"): sentence-level claims are hints. */
const OWN_CLAIMS_PER_ARTICLE = 15;
/** A sentence with this many content terms states something even when it names nothing. */
const MIN_STATEMENT_TERMS = 6;
/** Sentences mostly inside quotation marks are the quote comparer's. */
const MAX_QUOTED_SHARE = 0.5;
const NEGATION = /\b(?:not|no|never|neither|nor|denied|denies|refused|refuses|rejected|rejects)\b|n[’']t\b/i;
const MAX_LABEL = 160;

/**
 * Claims: sentences of different articles that say the same thing (each the other's closest
 * match, above SAME_CLAIM) form one claim. A claim some outlets make and others do not is
 * `partial`; one that a sentence makes and an aligned sentence negates is a `conflict`. A sentence
 * no other article echoes that names something (or states enough) is an outlet's own claim, silent
 * in the articles with nothing like it (below PARAPHRASED); those with the most words no other
 * outlet uses are kept. Quotations are left to the quote comparer.
 */
export function compareClaims(articles: AnalysedArticle[]): Ranked[] {
  const nodes: SentenceRef[] = articles.flatMap((analysed) =>
    analysed.sentences.flatMap((sentence, index) => (isQuotation(analysed, sentence) ? [] : [{ analysed, index }])),
  );
  const weight = sentenceIdf(articles.flatMap((a) => a.terms));
  const best = new Map<string, { index: number; score: number }>();
  const key = (ref: SentenceRef, other: AnalysedArticle) => `${ref.analysed.article.id}\u0000${ref.index}\u0000${other.article.id}`;
  for (const ref of nodes) {
    for (const other of articles) {
      if (other === ref.analysed) continue;
      const top = { index: -1, score: 0 };
      other.terms.forEach((terms, index) => {
        const score = similarity(ref.analysed.terms[ref.index], terms, weight);
        if (score > top.score) Object.assign(top, { index, score });
      });
      best.set(key(ref, other), top);
    }
  }
  const closest = (a: SentenceRef, b: SentenceRef) => {
    const found = best.get(key(a, b.analysed));
    return found !== undefined && found.index === b.index && found.score >= SAME_CLAIM;
  };
  const groups = clusters(nodes, (a, b) => a.analysed !== b.analysed && closest(a, b) && closest(b, a));
  const shared = groups
    .filter((group) => new Set(group.map((r) => r.analysed)).size > 1)
    .map((group) => {
      const values = firstPerArticle(group.map((r) => valueOf(r.analysed, r.analysed.sentences[r.index], sharedTerms(group), r.analysed.sentences[r.index])));
      const negated = values.map((v) => NEGATION.test(v.sentence.replace(/[“"][^”"]*[”"]/g, '')));
      // Only near-identical sentences of opposite polarity contradict each other; looser pairs differ in more than negation.
      const alike = group.every((a) => group.every((b) => a.analysed === b.analysed || (best.get(key(a, b.analysed))?.score ?? 0) >= SAME_CLAIM_NEGATED));
      const conflict = (alike && negated.some(Boolean) && !negated.every(Boolean)) || opposedStatus(values.map((v) => v.sentence));
      const shortest = values.map((v) => v.sentence).sort((a, b) => a.length - b.length)[0];
      const difference = differenceOf(articles, 'claim', shorten(shortest), values, conflict);
      const paraphrased = (id: string) => group.some((ref) => (best.get(`${ref.analysed.article.id}\u0000${ref.index}\u0000${id}`)?.score ?? 0) >= PARAPHRASED);
      const missingFrom = difference.missingFrom.filter((id) => !paraphrased(id));
      const status: DifferenceStatus = conflict ? 'conflict' : missingFrom.length ? 'partial' : 'consensus';
      // Sentence-level claims are hints, a negation in one of two alike sentences too ("did not say" / "said",
      // "no longer" / "still" are often one fact): a conflict of claims is listed, never shown as sure.
      return { difference: { ...difference, missingFrom, status }, salience: values.length, substance: 0 };
    });
  // A sentence no other article echoes is a claim only its outlet makes; it is silent in the articles with nothing like it.
  const alone = groups.filter((group) => group.length === 1).map(([ref]) => ref);
  // Silence is read on word stems and figures too: "reporters talked to 30 sources" is echoed by "30 people … reporting".
  const stemmed = new Map(articles.map((a) => [a, a.sentences.map(stemsOf)]));
  const stemWeight = sentenceIdf([...stemmed.values()].flat());
  const echoed = (ref: SentenceRef, other: AnalysedArticle) => {
    const own = stemmed.get(ref.analysed)![ref.index];
    return stemmed.get(other)!.some((terms) => similarity(own, terms, stemWeight) >= STEM_ECHO);
  };
  const silent = (ref: SentenceRef) =>
    articles.filter((other) => other !== ref.analysed && best.get(key(ref, other))!.score < PARAPHRASED && !echoed(ref, other)).map((other) => other.article.id);
  return [...shared, ...articles.flatMap((analysed) => ownClaims(articles, analysed, alone.filter((r) => r.analysed === analysed), silent))];
}

/** An outlet's own claims: statements naming something, those with the most words only it uses first. */
function ownClaims(articles: AnalysedArticle[], analysed: AnalysedArticle, candidates: SentenceRef[], silent: (ref: SentenceRef) => string[]): Ranked[] {
  const elsewhere = new Set(articles.filter((a) => a !== analysed).flatMap((a) => a.terms.flatMap((terms) => [...terms])));
  const names = (index: number) => [analysed.entities, analysed.quantities, analysed.dates].some((found) => found.some((m) => m.index === index));
  return candidates
    .filter((r) => names(r.index) || analysed.terms[r.index].size >= MIN_STATEMENT_TERMS)
    .map((r) => ({ ref: r, own: [...analysed.terms[r.index]].filter((t) => !elsewhere.has(t)), missingFrom: silent(r) }))
    .filter(({ missingFrom }) => missingFrom.length > 0)
    .sort((a, b) => b.own.length - a.own.length)
    .slice(0, OWN_CLAIMS_PER_ARTICLE)
    .map(({ ref, own, missingFrom }) => {
      const sentence = analysed.sentences[ref.index];
      const difference = differenceOf(articles, 'claim', shorten(sentence), [valueOf(analysed, sentence, own.join(' '), sentence)]);
      return { difference: { ...difference, missingFrom }, salience: 1 + own.length / 100, substance: 0 };
    });
}

/** Words saying a plan is paused, and words saying it is ended: "put on hold" is not "abandoned". */
const PAUSED = /\b(?:(?:put|puts|putting|placed|is|are|was|were)\s+on\s+hold|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\b/i;
const ENDED = /\b(?:abandon(?:s|ed|ing)?|cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|walk(?:s|ed|ing)?\s+away\s+from|pull(?:s|ed|ing)?\s+out\s+of)\b/i;

/** Sentences alike enough to be one claim, one saying the plan is paused and another that it is ended (none saying both). */
function opposedStatus(sentences: string[]): boolean {
  const unquoted = sentences.map((s) => s.replace(/[“"][^”"]*[”"]/g, ''));
  const paused = unquoted.map((s) => PAUSED.test(s) && !ENDED.test(s));
  const ended = unquoted.map((s) => ENDED.test(s) && !PAUSED.test(s));
  return paused.some(Boolean) && ended.some(Boolean) && paused.every((p, i) => p || ended[i]);
}

/** Stems of a sentence's content words, and its figures: what it says, whatever the word forms. */
function stemsOf(sentence: string): Set<string> {
  return new Set([...contentTerms(sentence).map(stem), ...(sentence.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, ''))]);
}

function shorten(sentence: string): string {
  return sentence.length > MAX_LABEL ? `${sentence.slice(0, MAX_LABEL)}…` : sentence;
}

/** The content terms every sentence of the claim shares: what the claim is about. */
function sharedTerms(group: SentenceRef[]): string {
  const [first, ...rest] = group.map((r) => r.analysed.terms[r.index]);
  return [...first].filter((t) => rest.every((terms) => terms.has(t))).join(' ');
}

/** A sentence mostly inside quotation marks, or one sentence of a longer quote. */
function isQuotation(analysed: AnalysedArticle, sentence: string): boolean {
  const core = sentence.replace(/^[“”"‘’'\s]+|[“”"‘’'\s]+$/g, '');
  return quotedShare(sentence) > MAX_QUOTED_SHARE || analysed.quotes.some((q) => q.text.includes(core));
}

/** The share of a sentence inside quotation marks, a quote opened or closed outside it included. */
function quotedShare(sentence: string): number {
  const marks = [...sentence.matchAll(/[“”"]/g)];
  if (marks.length === 0) return 0;
  let quoted = 0;
  let open = marks[0][0] === '”' ? 0 : -1;
  for (const mark of marks) {
    if (open < 0) open = mark.index;
    else {
      quoted += mark.index - open;
      open = -1;
    }
  }
  if (open >= 0) quoted += sentence.length - open;
  return quoted / sentence.length;
}
