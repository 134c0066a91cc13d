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
  /** How alike two values' surroundings must be for them to be about the same thing. */
  contextThreshold: number;
  /** Values about the same thing whatever their sentences (the one count of a thing each article gives). */
  sameSubject?(a: M, b: M): boolean;
  label(mentions: M[]): string;
  /** A bonus, up to 1, for values precise enough to matter to a reader. */
  precision(mentions: M[]): number;
  /** Two conflicting values surely of one thing whatever their sentences (the same words around two figures): put before the reader. */
  sure?(a: M, b: M): boolean;
  /** Two conflicting values that may be one figure written loosely: listed, not put before the reader. */
  looselyEqual?(a: M, b: M): boolean;
  /** How much a fact only some report changes what a reader knows (0: not shown by default). */
  substance(mentions: M[]): number;
}

/** How much a conflict between figures or dates matters. */
const CONFLICT_SUBSTANCE = 4;
/** Sentences at least this alike are about the same thing: their values may be compared. */
const ALIGNED_SENTENCES = 0.25;
const STRONGLY_ALIGNED = 0.4;

/**
 * Values that are one fact are grouped; two facts conflict when two articles give them in aligned
 * sentences (alike as a whole, and alike around the value) and neither article also gives the
 * other's value: a value is never compared with the nearest one of its kind elsewhere. A fact no
 * conflict touches is `partial` or `consensus` by how many articles report it.
 */
export function compareFacts<M extends FactMention>(articles: AnalysedArticle[], mentions: M[], rules: FactRules<M>): Ranked[] {
  const facts = sameValueGroups(mentions, rules);
  const reporters = facts.map((fact) => new Set(fact.map((m) => m.analysed.article.id)));
  const conflicting = (i: number, j: number) =>
    facts[i].some((a) =>
      facts[j].some(
        (b) =>
          a.analysed !== b.analysed &&
          !reporters[j].has(a.analysed.article.id) &&
          !reporters[i].has(b.analysed.article.id) &&
          rules.comparable(a, b) &&
          sameActors(a, b) &&
          !rules.equivalent(a, b) &&
          ((similarity(a.context, b.context) >= rules.contextThreshold &&
            similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]) >= ALIGNED_SENTENCES) ||
            rules.sameSubject?.(a, b) === true),
      ),
    );
  const groups = clusters(
    facts.map((_, i) => i),
    conflicting,
  );
  return groups.flatMap((group) => (group.length > 2 ? group.map((i) => [i]) : [group])).map((group) => {
    const groupMentions = group.flatMap((i) => facts[i]);
    const values = firstPerArticle(groupMentions.map((m) => valueOf(m.analysed, m.text, m.normalized, m.sentence)));
    // Two values for one thing; a chain of three or more is values of several things, not a contradiction.
    const conflict = group.length === 2;
    const difference = differenceOf(articles, rules.kind, rules.label(groupMentions), values, conflict);
    const earliest = Math.min(...groupMentions.map((m) => m.index));
    const [first, second] = group.map((i) => facts[i]);
    const loose = conflict && rules.looselyEqual !== undefined && first.some((a) => second.some((b) => rules.looselyEqual!(a, b)));
    const sure = conflict && rules.sure !== undefined && first.some((a) => second.some((b) => rules.sure!(a, b)));
    const substance = conflict ? ((stronglyAligned([first, second]) || sure) && !loose ? CONFLICT_SUBSTANCE : 0) : rules.substance(groupMentions);
    return { difference, salience: values.length + groupMentions.length / 10 + rules.precision(groupMentions) - earliest / 100, substance };
  });
}

/** A conflict is put before the reader only when two of its sentences say nearly the same thing around the values. */
function stronglyAligned<M extends FactMention>([first, second]: M[][]): boolean {
  return first.some((a) => second.some((b) => a.analysed !== b.analysed && similarity(a.analysed.terms[a.index], b.analysed.terms[b.index]) >= STRONGLY_ALIGNED));
}

/** Sentences naming people name at least one in common: "Bush released 33 years of returns" is not about Clinton's eight. */
function sameActors(a: FactMention, b: FactMention): boolean {
  const people = (m: FactMention) => new Set(m.analysed.entities.filter((e) => e.index === m.index && e.value.kind === 'person').map((e) => surnameOf(normalizeName(e.value.text))));
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
