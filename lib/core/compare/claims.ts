import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceStatus, DifferenceValue } from '../types';
import { contentTerms, stem, words } from '../text/terms';
import { sentenceIdf, similarity } from './align';
import { clusters } from './clusters';
import { reportsDetail } from './presence';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

interface SentenceRef {
  analysed: AnalysedArticle;
  index: number;
}

/** Two sentences of two outlets telling one detail, and the rare nouns they share. */
interface LinkedPair {
  a: SentenceRef;
  b: SentenceRef;
  terms: string[];
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
 * outlet uses are kept. Two sentences sharing a noun no other article uses are one claim too (see
 * linkedClaims), and neither outlet is silent about the other's sentence. Quotations are left to
 * the quote comparer.
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
      // An outlet with a sentence much like one of the claim's may say it in other words: that sentence is on the card.
      const paraphrases = conflict
        ? []
        : difference.missingFrom.flatMap((id) => {
            const other = articles.find((a) => a.article.id === id)!;
            const closest = group.map((ref) => best.get(key(ref, other))!).sort((x, y) => y.score - x.score)[0];
            return closest.score >= PARAPHRASED ? [inOtherWords(other, closest.index, values[0].sentence, values[0].normalized)] : [];
          });
      const missingFrom = difference.missingFrom.filter((id) => !paraphrases.some((v) => v.articleId === id));
      const status: DifferenceStatus = conflict ? 'conflict' : missingFrom.length ? 'partial' : 'consensus';
      // Sentence-level claims are hints, a negation in one of two alike sentences too ("did not say" / "said",
      // "no longer" / "still" are often one fact): a conflict of claims is listed, never shown as sure.
      return { difference: { ...difference, values: [...values, ...paraphrases], missingFrom, status }, salience: values.length, substance: 0 };
    });
  // A sentence no other article echoes is a claim only its outlet makes; it is silent in the articles with nothing like it.
  const alone = groups.filter((group) => group.length === 1).map(([ref]) => ref);
  // Silence is read on word stems and figures too: "reporters talked to 30 sources" is echoed by "30 people … reporting".
  const stemmed = new Map(articles.map((a) => [a, a.sentences.map(stemsOf)]));
  const stemWeight = sentenceIdf([...stemmed.values()].flat());
  const linked = linkedClaims(articles, nodes, stemmed, stemWeight, groups);
  // Where an article not silent about a sentence says it: its closest sentence, the sentence linked to it, or the one its stems echo.
  const toldIn = (ref: SentenceRef, other: AnalysedArticle): number | null => {
    const closest = best.get(key(ref, other))!;
    if (closest.score >= PARAPHRASED) return closest.index;
    const pair = linked.pairs.find(({ a, b }) => (a === ref && b.analysed === other) || (b === ref && a.analysed === other));
    if (pair) return (pair.a === ref ? pair.b : pair.a).index;
    const own = stemmed.get(ref.analysed)![ref.index];
    const echo = stemmed.get(other)!.findIndex((terms) => similarity(own, terms, stemWeight) >= STEM_ECHO);
    return echo >= 0 ? echo : null;
  };
  const alsoToldIn = (ref: SentenceRef) =>
    articles.flatMap((other) => {
      const at = other === ref.analysed ? null : toldIn(ref, other);
      return at === null ? [] : [{ other, at }];
    });
  return [...shared, ...linked.claims, ...articles.flatMap((analysed) => ownClaims(articles, analysed, alone.filter((r) => r.analysed === analysed), alsoToldIn))];
}

/**
 * Claims two outlets make in other words: two sentences of two articles sharing a noun no other
 * article uses ("orphanage", "life support", "counseling"), each the other's closest among the
 * sentences with it, tell one detail those others leave out. The detail is the phrase around the
 * shared nouns; an article with a sentence much like that phrase is not silent about it. A date,
 * a figure or a name the silent article writes another way is another comparer's detail. Returns
 * the linked pairs too.
 */
function linkedClaims(articles: AnalysedArticle[], nodes: SentenceRef[], stemmed: Map<AnalysedArticle, Set<string>[]>, stemWeight: (term: string) => number, groups: SentenceRef[][]): { pairs: LinkedPair[]; claims: Ranked[] } {
  if (articles.length < 3) return { pairs: [], claims: [] };
  const groupOf = new Map(groups.flatMap((group, i) => group.map((ref) => [ref, i] as const)));
  const usedBy = new Map<string, Set<AnalysedArticle>>();
  for (const [analysed, sentences] of stemmed) for (const terms of sentences) for (const t of terms) usedBy.set(t, (usedBy.get(t) ?? new Set()).add(analysed));
  const stemsAt = (ref: SentenceRef) => stemmed.get(ref.analysed)![ref.index];
  const writes = (written: string, term: string) => words(written).some((w) => stem(w) === term);
  // A word of part of a quotation (a quote mark left open) is the quote comparer's.
  const linkable = nodes.filter((ref) => (ref.analysed.sentences[ref.index].match(/[“”"]/g) ?? []).length % 2 === 0);
  const linkableWith = new Map<string, SentenceRef[]>();
  for (const ref of linkable) for (const t of stemsAt(ref)) linkableWith.get(t)?.push(ref) ?? linkableWith.set(t, [ref]);
  const pairs = new Map<string, LinkedPair>();
  for (const [term, by] of usedBy) {
    if (by.size !== 2) continue;
    const [x, y] = [...by].map((analysed) => (linkableWith.get(term) ?? []).filter((ref) => ref.analysed === analysed));
    let top: { a: SentenceRef; b: SentenceRef; score: number } | null = null;
    for (const a of x) for (const b of y) {
      const score = similarity(stemsAt(a), stemsAt(b), stemWeight);
      if (!top || score > top.score) top = { a, b, score };
    }
    if (!top || groupOf.get(top.a) === groupOf.get(top.b)) continue;
    const silent = articles.filter((other) => !by.has(other));
    const detail = (ref: SentenceRef) => {
      const sentence = ref.analysed.sentences[ref.index];
      // A time word ("weekend"), a date or a figure is the dates' and numbers' comparers' detail.
      if ([...ref.analysed.dates, ...ref.analysed.quantities].some((m) => m.index === ref.index && writes(m.value.text, term))) return false;
      const named = ref.analysed.entities.filter((m) => m.index === ref.index && writes(m.value.text, term)).map((m) => ({ text: m.value.text, kind: m.value.kind ?? 'organization' }));
      const nouns = ref.analysed.nouns[ref.index].filter((w) => writes(w.text, term));
      named.push(...nouns.filter((w) => w.name).map((w) => ({ text: w.text, kind: 'organization' as const })));
      // A name the silent article writes another way ("Joe" for "Joseph", "UAE" for its words) is reported there.
      if (named.some((name) => silent.some((other) => reportsDetail(other, name.kind, [valueOf(ref.analysed, name.text, name.text, sentence)])))) return false;
      return nouns.some((w) => w.noun);
    };
    if (!detail(top.a) || !detail(top.b)) continue;
    const key = `${top.a.analysed.article.id}\u0000${top.a.index}\u0000${top.b.analysed.article.id}\u0000${top.b.index}`;
    const pair = pairs.get(key) ?? { a: top.a, b: top.b, terms: [] };
    pair.terms.push(term);
    pairs.set(key, pair);
  }
  const claims = [...pairs.values()].flatMap(({ a, b, terms }) => {
    const values = [a, b].map((ref) => {
      const sentence = ref.analysed.sentences[ref.index];
      return valueOf(ref.analysed, phraseOf(sentence, new Set(terms)), terms.join(' '), sentence);
    });
    const difference = differenceOf(articles, 'claim', shorten(values.map((v) => v.sentence).sort((p, q) => p.length - q.length)[0]), values);
    const echoes = (id: string) => {
      const other = stemmed.get(articles.find((analysed) => analysed.article.id === id)!)!;
      return values.some((v) => other.some((terms) => similarity(stemsOf(v.text), terms, stemWeight) >= STEM_ECHO));
    };
    const missingFrom = difference.missingFrom.filter((id) => !echoes(id));
    return missingFrom.length ? [{ difference: { ...difference, missingFrom }, salience: values.length, substance: 0 }] : [];
  });
  return { pairs: [...pairs.values()], claims };
}

/** Marks that end a clause: the phrase of a detail does not run past them. */
const CLAUSE_MARK = /[,;:()—“”"]/;
/** Words that join two items ("Harwick and the FPA"): each is its own detail. */
const JOINING = /^(?:and|or|but)$/i;
/** Words kept on each side of a detail's words. */
const PHRASE_WORDS = 4;

/** The words of a sentence around the given terms, up to PHRASE_WORDS either side, within their clause. */
function phraseOf(sentence: string, terms: Set<string>): string {
  const tokens = [...sentence.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const at = tokens.flatMap((t, i) => (words(t.word).some((w) => terms.has(stem(w))) ? [i] : []));
  if (at.length === 0) return sentence;
  const apart = (left: string, right: string) => CLAUSE_MARK.test(left.slice(-1)) || CLAUSE_MARK.test(right[0]) || JOINING.test(left) || JOINING.test(right);
  let from = at[0];
  for (let k = 0; k < PHRASE_WORDS && from > 0 && !apart(tokens[from - 1].word, tokens[from].word); k++) from--;
  let to = at[at.length - 1];
  for (let k = 0; k < PHRASE_WORDS && to < tokens.length - 1 && !apart(tokens[to].word, tokens[to + 1].word); k++) to++;
  return sentence.slice(tokens[from].start, tokens[to].end).replace(/^[,;:()—“”"\s]+|[,;:()—“”".\s]+$/g, '');
}

/** A sentence of an article that may tell a claim in other words, as a value of the claim: the words it shares with the claim's sentence. */
function inOtherWords(analysed: AnalysedArticle, index: number, claimed: string, normalized: string): DifferenceValue {
  const sentence = analysed.sentences[index];
  const own = stemsOf(claimed);
  const shared = new Set([...stemsOf(sentence)].filter((t) => own.has(t)));
  return { ...valueOf(analysed, phraseOf(sentence, shared), normalized, sentence), inOtherWords: true };
}

/**
 * An outlet's own claims: statements naming something, those with the most words only it uses first. `toldIn` gives
 * the sentences of the articles that may say it in other words (not silent): they are on the card beside it.
 */
function ownClaims(articles: AnalysedArticle[], analysed: AnalysedArticle, candidates: SentenceRef[], toldIn: (ref: SentenceRef) => { other: AnalysedArticle; at: number }[]): Ranked[] {
  const elsewhere = new Set(articles.filter((a) => a !== analysed).flatMap((a) => a.terms.flatMap((terms) => [...terms])));
  const names = (index: number) => [analysed.entities, analysed.quantities, analysed.dates].some((found) => found.some((m) => m.index === index));
  return candidates
    .filter((r) => names(r.index) || analysed.terms[r.index].size >= MIN_STATEMENT_TERMS)
    .map((r) => ({ ref: r, own: [...analysed.terms[r.index]].filter((t) => !elsewhere.has(t)), told: toldIn(r) }))
    .filter(({ told }) => told.length < articles.length - 1)
    .sort((a, b) => b.own.length - a.own.length)
    .slice(0, OWN_CLAIMS_PER_ARTICLE)
    .map(({ ref, own, told }) => {
      const sentence = analysed.sentences[ref.index];
      const normalized = own.join(' ');
      const values = [valueOf(analysed, sentence, normalized, sentence), ...told.map(({ other, at }) => inOtherWords(other, at, sentence, normalized))];
      return { difference: differenceOf(articles, 'claim', shorten(sentence), values), salience: 1 + own.length / 100, substance: 0 };
    });
}

/**
 * Words of two opposite outcomes: a plan paused or ended, a figure up or down, a leader who quit or was
 * pushed out, a claim confirmed or denied, a proposal approved or rejected, a verdict to convict or acquit.
 */
const OPPOSED: [RegExp, RegExp][] = [
  [
    /\b(?:(?:put|puts|putting|placed|is|are|was|were)\s+on\s+hold|paus(?:e|es|ed|ing)|suspend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|freez(?:e|es|ing)|froze)\b/i,
    /\b(?:abandon(?:s|ed|ing)?|cancel(?:s|ed|led|ing|ling)?|scrap(?:s|ped|ping)?|terminat(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|walk(?:s|ed|ing)?\s+away\s+from|pull(?:s|ed|ing)?\s+out\s+of)\b/i,
  ],
  [
    /\b(?:rose|rise[sn]?|rising|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|jump(?:s|ed|ing)?)\b/i,
    /\b(?:fell|fall(?:s|en|ing)?|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|weaken(?:s|ed|ing)?|slid(?:e|es|ing)?)\b/i,
  ],
  [/\b(?:resign(?:s|ed|ing)?|quit(?:s|ting)?|stepp?(?:ed|ing)?\s+down)\b/i, /\b(?:fired|dismiss(?:ed|es)?|ousted|sacked|removed|forced\s+out|pushed\s+out)\b/i],
  [/\bconfirm(?:s|ed|ing)?\b/i, /\bden(?:y|ies|ied|ying)\b/i],
  [/\b(?:approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|pass(?:es|ed)?)\b/i, /\b(?:reject(?:s|ed|ing)?|vetoe?(?:s|d)?|block(?:s|ed|ing)?|defeat(?:s|ed)?)\b/i],
  [/\bconvict(?:s|ed|ing)?\b|\bfound\s+guilty\b/i, /\bacquit(?:s|ted|ting)?\b|\bfound\s+not\s+guilty\b|\bcleared\b/i],
];

/** Sentences alike enough to be one claim, one telling one outcome and another the opposite (none telling both). */
function opposedStatus(sentences: string[]): boolean {
  const unquoted = sentences.map((s) => s.replace(/[“"][^”"]*[”"]/g, ''));
  return OPPOSED.some(([one, other]) => {
    const first = unquoted.map((s) => one.test(s) && !other.test(s));
    const second = unquoted.map((s) => other.test(s) && !one.test(s));
    return first.some(Boolean) && second.some(Boolean) && first.every((f, i) => f || second[i]);
  });
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
