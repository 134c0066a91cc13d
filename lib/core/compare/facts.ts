import { normalizeName, surnameOf } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceKind } from '../types';
import { similarity } from './align';
import { clusters } from './clusters';

import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

/** A value of one article (a figure, a date) in the sentence it came from. */
export interface FactMention {
  analysed: AnalysedArticle;
  index: number;
  text: string;
  normalized: string;
  sentence: string;
  /** Content terms around the value: what it is a value of. */
  context: Set<string>;
}

export interface FactRules<M extends FactMention> {
  kind: DifferenceKind;
  /** Two writings of one value ("Twenty-one" and "21", "Tuesday" and "March 15"). */
  equivalent(a: M, b: M): boolean;
  /** Values of the same measure that could contradict each other (same unit; both precise dates). */
  comparable(a: M, b: M): boolean;
  /**
   * Values an outlet may give for one thing though too unlike to compare (a day, and a month that does not hold it):
   * beside a silent outlet's aligned sentence, they keep "only some report it" from the reader. `comparable` if not given.
   */
  rivals?(a: M, b: M): boolean;
  /** How alike two values' surroundings must be for them to be about the same thing. */
  contextThreshold: number;
  /** Values about the same thing whatever their sentences (the one count of a thing each article gives). */
  sameSubject?(a: M, b: M): boolean;
  /** Values likely about the same thing by what they are of alone: compared, but a conflict they make is listed, not shown. */
  likelySameSubject?(a: M, b: M): boolean;
  label(mentions: M[]): string;
  /** A bonus, up to 1, for values precise enough to matter to a reader. */
  precision(mentions: M[]): number;
  /** Two conflicting values surely of one thing whatever their sentences (the same words around two figures): put before the reader. */
  sure?(a: M, b: M): boolean;
  /** One value, whatever its surroundings (the same figure in the same unit): an article giving it anywhere gives it. */
  sameValue?(a: M, b: M): boolean;
  /** An article writing the value where no mention of it was read ("put the figure at about 8,200"): it gives it. */
  writes?(article: AnalysedArticle, value: M): boolean;
  /**
   * A value another outlet gives beside the same words though their sentences are unlike ("seven people were treated for
   * minor injuries", "nine passengers suffered minor injuries"): it may be its value for the same thing.
   */
  toldBeside?(a: M, b: M): boolean;
  /** Two values likely of two things rather than one told two ways (too far apart; one dated to a year, the other not): their conflict is listed only. */
  apartToShow?(a: M, b: M): boolean;
  /** Two conflicting values that may be one figure written loosely: listed, not put before the reader. */
  looselyEqual?(a: M, b: M): boolean;
  /** A writing that bounds or estimates its value ("at least 47"): where another outlet writes the value exactly, that one counts. */
  approximate?(m: M): boolean;
  /** A one-sided bound that holds an exact value ("more than $6 million" of "$6.1 million"): a writing of it. */
  bounds?(bound: M, exact: M): boolean;
  /** Two estimates whose likely values meet ("about 4,800" / "roughly 4,760"): one value, written loosely twice. */
  estimatesMeet?(a: M, b: M): boolean;
  /** How much a fact only some report changes what a reader knows (0: not shown by default). */
  substance(mentions: M[]): number;
}

/** How much a conflict between figures or dates matters. */
const CONFLICT_SUBSTANCE = 4;
/** Sentences at least this alike are about the same thing: their values may be compared. */
export const ALIGNED_SENTENCES = 0.25;
const STRONGLY_ALIGNED = 0.4;
/** How much more alike the words around a chain's closest two sides are than those around any other two that conflict. */
const CLOSEST_PAIR_MARGIN = 0.2;

/**
 * Values that are one fact are grouped; two facts conflict when two articles give them in aligned
 * sentences (alike as a whole, and alike around the value; or nearly one sentence, each giving
 * no other value of the measure) or the rules say they are of one thing, and neither article also
 * gives the other's value: a value is never compared with the nearest one of its kind elsewhere. Three or more facts conflict as one
 * when every two of them do. A fact no conflict touches is `partial` or `consensus` by how many
 * articles report it.
 */
export function compareFacts<M extends FactMention>(articles: AnalysedArticle[], mentions: M[], rules: FactRules<M>): Ranked[] {
  const facts = sameValueGroups(mentions, rules);
  const sentencesAlike = (a: M, b: M) => similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]);
  const surroundingsAlike = (a: M, b: M) => similarity(a.context, b.context) >= rules.contextThreshold;
  // The only value of its measure in its sentence: a sentence retold nearly word for word gives it for the same thing.
  const alone = (m: M) => !mentions.some((other) => other !== m && other.analysed === m.analysed && other.index === m.index && rules.comparable(other, m));
  const aligned = (a: M, b: M) =>
    (sentencesAlike(a, b) >= ALIGNED_SENTENCES && surroundingsAlike(a, b)) ||
    rules.sameSubject?.(a, b) === true ||
    rules.likelySameSubject?.(a, b) === true ||
    (sentencesAlike(a, b) >= STRONGLY_ALIGNED && alone(a) && alone(b));
  const reporters = facts.map((fact) => new Set(fact.map((m) => m.analysed.article.id)));
  // An article giving both values tells two things apart ("set bail at $500,000 after prosecutors asked for $1 million"),
  // even where it gives one of them in other surroundings than the other article does.
  const gives = (article: AnalysedArticle, value: M) =>
    (rules.sameValue !== undefined && mentions.some((m) => m.analysed === article && rules.sameValue!(m, value))) || rules.writes?.(article, value) === true;
  const conflicting = (i: number, j: number) =>
    ![...reporters[i]].some((id) => reporters[j].has(id)) &&
    facts[i].some((a) =>
      facts[j].some(
        (b) =>
          a.analysed !== b.analysed &&
          !reporters[j].has(a.analysed.article.id) &&
          !reporters[i].has(b.analysed.article.id) &&
          rules.comparable(a, b) &&
          sameActors(a, b) &&
          !rules.equivalent(a, b) &&
          aligned(a, b) &&
          // Last: it reads every mention of the articles of both sides (one outlet of a side giving the other value tells them apart
          // for all: "won 14 seats, including nine in Rovensk" beside "took nine seats in Rovensk alone").
          !facts[i].some((x) => gives(x.analysed, b)) &&
          !facts[j].some((y) => gives(y.analysed, a)),
      ),
    );
  const groups = clusters(
    facts.map((_, i) => i),
    conflicting,
  );
  // Every two of the values aligned: one thing each article gives differently. A chain where two are not is values of several things;
  // two facts of one value ("within 60 days", "about 60 days" in unlike surroundings) are one side, not such a break.
  const oneValue = (i: number, j: number) => rules.sameValue !== undefined && facts[i].some((a) => facts[j].some((b) => rules.sameValue!(a, b)));
  // A side told only loosely that may be either of two others ("about 1,200" beside "1,208" and "1,280") is no break in the chain:
  // it is on the card as other words.
  const looselyEqualSides = (i: number, j: number) => facts[i].some((a) => facts[j].some((b) => rules.looselyEqual?.(a, b) === true));
  const toldOnlyLoosely = (i: number) => facts[i].every((m) => rules.approximate?.(m) === true);
  const looseBridge = (i: number, j: number) => (toldOnlyLoosely(i) || toldOnlyLoosely(j)) && looselyEqualSides(i, j);
  const contradictory = (group: number[]) =>
    group.every((i, at) => group.slice(at + 1).every((j) => conflicting(i, j) || oneValue(i, j) || looseBridge(i, j))) &&
    group.some((i, at) => group.slice(at + 1).some((j) => conflicting(i, j)));
  // An article with two values in a chain ("a $45 million package, with $30 million for retraining" against "a $40 million
  // package"): the one told most alike to the other articles' values is its side, and the chain may be one conflict without the other.
  const sidesOnly = (group: number[]) => {
    const alike = (i: number, others: number[]) => Math.max(...facts[i].flatMap((a) => others.flatMap((j) => facts[j].map((b) => similarity(a.context, b.context)))));
    const left = new Set<number>();
    for (const id of new Set(group.flatMap((i) => [...reporters[i]]))) {
      const own = group.filter((i) => reporters[i].has(id));
      const others = group.filter((j) => !reporters[j].has(id));
      if (own.length < 2 || others.length === 0) continue;
      const best = own.reduce((x, y) => (alike(y, others) > alike(x, others) ? y : x));
      for (const i of own) if (i !== best) left.add(i);
    }
    const kept = group.filter((i) => !left.has(i));
    // What is left may be a conflict of its own: "50.6 percent to 48.9 percent" / "50.4 percent to 49.1 percent" are two.
    const rest = [...left];
    const restSides = rest.length > 1 && contradictory(rest) ? [rest] : rest.map((i) => [i]);
    if (kept.length > 1 && left.size > 0 && contradictory(kept)) return [kept, ...restSides];
    return closestPair(group) ?? group.map((i) => [i]);
  };
  // A chain of values of several things whose two closest sides are told in words much more alike around them than any other two
  // that conflict ("44 percent of registered voters approve of the job" / "42 percent of registered voters approve…", beside "31%
  // of whom approve" of one group of them): those two are one thing each article gives differently; the rest stand alone.
  const closestPair = (group: number[]): number[][] | null => {
    const alike = (i: number, j: number) => Math.max(...facts[i].flatMap((a) => facts[j].map((b) => similarity(a.context, b.context))));
    const pairs = group.flatMap((i, at) => group.slice(at + 1).filter((j) => conflicting(i, j)).map((j) => ({ i, j, alike: alike(i, j) }))).sort((x, y) => y.alike - x.alike);
    const [best, next] = pairs;
    if (best === undefined || best.alike < STRONGLY_ALIGNED || (next !== undefined && best.alike - next.alike < CLOSEST_PAIR_MARGIN)) return null;
    return [[best.i, best.j], ...group.filter((k) => k !== best.i && k !== best.j).map((k) => [k])];
  };
  // Two sides one of which only bounds the other ("nearly 300" / "297"), or two estimates that meet ("about 4,800" / "roughly
  // 4,760"), are one value written loosely: no conflict.
  const looselyWritesOther = (i: number, j: number) => facts[i].every((a) => facts[j].some((b) => rules.bounds?.(a, b) === true || rules.estimatesMeet?.(a, b) === true));
  const oneValueWrittenLoosely = (group: number[]) => group.length === 2 && (looselyWritesOther(group[0], group[1]) || looselyWritesOther(group[1], group[0]));
  return groups.flatMap((group) => (oneValueWrittenLoosely(group) ? group.map((i) => [i]) : group.length === 1 || contradictory(group) ? [group] : sidesOnly(group))).map((group) => {
    const groupMentions = group.flatMap((i) => facts[i]);
    // Each article's most precise writing of the value stands for it ("Monday evening", not "next week" of another sentence).
    const byPrecision = [...groupMentions].sort((a, b) => rules.precision([b]) - rules.precision([a]));
    const conflict = group.length > 1;
    // A side loosely equal to every other ("more than a dozen trips" beside "23 trips" and "19 trips") contradicts none of
    // them: it may be either told loosely, so it is on the card as other words. So is a side told only loosely that may be one
    // of the others ("more than 18,000" beside "18,400" and "16,200"), while two sides stand apart without it.
    const othersOf = (i: number) => group.filter((j) => j !== i);
    const looseToAll = group.length > 2 ? group.filter((i) => othersOf(i).every((j) => looselyEqualSides(i, j))) : [];
    const toldLoosely = group.length > 2 ? group.filter((i) => facts[i].every((m) => rules.approximate?.(m) === true) && othersOf(i).some((j) => looselyEqualSides(i, j))) : [];
    const loose = new Set([...looseToAll, ...(group.length - new Set([...looseToAll, ...toldLoosely]).size >= 2 ? toldLoosely : [])]);
    // Within one side, an outlet that only writes it loosely ("nearly $15 million" beside another's "$14.6 million") gives
    // that side in other words, not a value of its own.
    const looseWithinSide = (i: number) => {
      const approximate = (m: M) => rules.approximate?.(m) === true;
      const firm = facts[i].filter((m) => !approximate(m));
      return facts[i].filter((m) => firm.some((f) => f.analysed !== m.analysed && f.normalized !== m.normalized) && facts[i].every((o) => o.analysed !== m.analysed || approximate(o)));
    };
    const looseSides = new Set([...[...loose].flatMap((i) => facts[i]), ...(conflict ? group.flatMap(looseWithinSide) : [])].map((m) => m.analysed.article.id));
    const values = firstPerArticle(byPrecision.map((m) => valueOf(m.analysed, m.text, m.normalized, m.sentence))).map((v) => (looseSides.has(v.articleId) ? { ...v, inOtherWords: true as const } : v));
    const difference = differenceOf(articles, rules.kind, rules.label(groupMentions), values, conflict);
    const earliest = Math.min(...groupMentions.map((m) => m.index));
    const strongly = (a: M, b: M) => a.analysed !== b.analysed && sentencesAlike(a, b) >= STRONGLY_ALIGNED && (surroundingsAlike(a, b) || rules.sameSubject?.(a, b) === true);
    // Put before the reader only when two of its values are surely of one thing (two sentences saying nearly the same thing with
    // the same words around the values, or the one count of a thing each article gives) and no writing of either may be the
    // other told loosely; a third value loosely equal to one of them ("more than $100,000" beside "$148,000" and "$184,000")
    // does not make that pair agree. A retold sentence that words the figure otherwise is listed only.
    // A side one outlet writes exactly ("blamed for 47 deaths", "raised $6.1 million") is that value, though another bounds it
    // ("at least 47", "more than $6 million"); "roughly $263 million" beside "$262,814,390" stays, for it is no writing of the
    // exact figure.
    const firm = (fact: M[]) => fact.filter((m) => rules.approximate?.(m) !== true || !fact.some((o) => rules.approximate?.(o) !== true && (o.normalized === m.normalized || rules.bounds?.(m, o) === true)));
    const sidesApart = (i: number, j: number) => {
      const pairs = facts[i].flatMap((a) => facts[j].map((b) => [a, b] as const));
      // Sentences alike show it only through a pair the rules compare: two days of a lasting state told alike ("still missing on
      // Friday" / "remain missing, authorities said Saturday") do not make two news conferences' days one.
      return pairs.some(([a, b]) => ((strongly(a, b) && rules.comparable(a, b)) || rules.sure?.(a, b) === true) && rules.apartToShow?.(a, b) !== true) && !firm(facts[i]).some((a) => firm(facts[j]).some((b) => rules.looselyEqual?.(a, b) === true));
    };
    // Pairs of the two sides: two facts of one value are one side.
    const shownSure = group.some((i, at) => group.slice(at + 1).some((j) => !oneValue(i, j) && sidesApart(i, j)));
    // A silent outlet giving another value of the measure in an aligned sentence, though not alike around the value, or of
    // what the rules take for the same thing, may give it for this one (a conflict too loose to say so): "only these
    // outlets report it" would be false; so may one giving another value beside the same words.
    const reporting = new Set(groupMentions.map((m) => m.analysed.article.id));
    const rivalled = (a: M) =>
      mentions.some(
        (m) =>
          !reporting.has(m.analysed.article.id) &&
          !rules.equivalent(a, m) &&
          (((rules.rivals ?? rules.comparable)(a, m) && (sentencesAlike(a, m) >= ALIGNED_SENTENCES || rules.sameSubject?.(a, m) === true || rules.likelySameSubject?.(a, m) === true)) || rules.toldBeside?.(a, m) === true),
      );
    const substance = conflict ? (shownSure ? CONFLICT_SUBSTANCE : 0) : groupMentions.some(rivalled) ? 0 : rules.substance(groupMentions);
    return { difference, salience: values.length + groupMentions.length / 10 + rules.precision(groupMentions) - earliest / 100, substance };
  });
}

/**
 * Sentences naming people name at least one in common: "Marsh released 21 years of returns" is not about Okonjo's nine.
 * Whom each outlet has tell it ("according to Speaker Ray", "Ray's aides said") is its source, not an actor of the fact.
 */
function sameActors(a: FactMention, b: FactMention): boolean {
  const people = (m: FactMention) =>
    new Set(
      m.analysed.entities
        .filter((e) => e.index === m.index && e.value.kind === 'person' && !namedAsSource(m.sentence, e.value.start, e.value.text) && !ADDRESSEE_BEFORE.test(m.sentence.slice(0, e.value.start)))
        .map((e) => surnameOf(normalizeName(e.value.text))),
    );
  const [x, y] = [people(a), people(b)];
  return x.size === 0 || y.size === 0 || [...x].some((name) => y.has(name));
}

/**
 * Groups mentions of one value. Each mention joins the group all of whose members it equals (the
 * one whose surroundings are most alike), so that an ambiguous writing cannot chain two values
 * into one ("Thursday" equals both Feb. 24 and March 24).
 */
function sameValueGroups<M extends FactMention>(mentions: M[], rules: FactRules<M>): M[][] {
  const groups: M[][] = [];
  for (const mention of mentions) {
    let best: M[] | null = null;
    let bestScore = -1;
    for (const group of groups) {
      if (!group.every((m) => rules.equivalent(m, mention))) continue;
      const score = Math.max(...group.map((m) => similarity(m.context, mention.context)));
      if (score > bestScore) [best, bestScore] = [group, score];
    }
    if (best) best.push(mention);
    else groups.push([mention]);
  }
  return groups;
}

/** Before a name: whom a letter or a plea is addressed to ("in a letter to Gov. Ann Lee"), no actor of what it tells. */
const ADDRESSEE_BEFORE = /\b(?:letter|note|message|memo|e-?mail|request|petition|appeal|plea)\s+to\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** Before a name: "according to" earlier in its clause, or a saying verb and a title or two ("said House Majority Leader"). */
const SOURCE_BEFORE = /\baccording to\b[^,;.]*$|\b(?:said|says|told|tells)\s+(?:\p{L}+\s+){0,3}$/iu;
/** After a name: a saying verb, perhaps after its aides or office ("Ray's aides said"); not after an aside, which may tell what the person did. */
const SOURCE_AFTER = /^(?:['’]s?\s+(?:aides?|office|spokes(?:man|woman|person)|lawyers?|attorneys?|campaign)\b)?\s*(?:said|says|told|tells)\b/iu;

/** Whether the sentence names the person as who tells the fact, not as one doing what it tells. */
function namedAsSource(sentence: string, start: number, name: string): boolean {
  return SOURCE_BEFORE.test(sentence.slice(0, start)) || SOURCE_AFTER.test(sentence.slice(start + name.length));
}
