import { normalizeName, resolveAliases, spelledAlike, surnameOf, type Entity } from '../text/aliases';
import type { EntityKind } from '../text/entities';
import { withoutTitles } from '../text/names';
import { escapeRegExp } from '../text/regexp';
import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceValue } from '../types';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

/** "Republican of Kansas", "Democrat from Maine": how an outlet writes a politician's party and state. */
const PARTY_AND_STATE = /^(?:Republican|Democrat|Independent)s?\s+(?:of|from)\s/i;

/** A person some outlets name this often (or quote) is one of the story's actors, not a passing name. */
const PERSON_MENTIONS = 2;

/** Past forms that do not end in "-ed": what a sentence's subject did. */
const IRREGULAR_VERBS =
  'said says told tells was is were has had have will would can could may might did does went goes made makes met meets took takes gave gives wrote writes spoke speaks sent sends ran runs won wins lost loses became becomes began begins chose chooses sought seeks brought brings thought thinks left leaves held holds kept keeps came comes saw sees got gets led leads paid pays put puts set sets stood stands struck strikes swore swears threw throws tweeted'.split(' ');
const ACTED = `(?:[a-z]+ed|${IRREGULAR_VERBS.join('|')})`;
/**
 * After a name: an aside or two in commas or brackets ("Ann Lee, 52, …", "Ann Lee, D-Ore., the panel's chair, …", "(D-Ore.)") or the comma closing one before it
 * ("The mayor, Ann Lee, said"), "who" ("Ann Lee, a Democrat, who said…"), a word like "also" or "had", then a verb.
 */
const AFTER_NAME = new RegExp(`^(?:(?:,[^,]{1,80}){1,2},|\\s*\\([^)]{1,20}\\)|,(?=\\s+[a-z]))?\\s+(?:who\\s+)?(?:[a-z]+ly\\s+|also\\s+|(?:has|had|have|will|would|could|did)\\s+(?:not\\s+|also\\s+|been\\s+)*)?${ACTED}\\b`);
/** Before a name: a verb of saying with the name after it, a title or two between ("…, said Gov. Ann Lee"). */
const BEFORE_NAME = /\b(?:said|says|told|added|asked|wrote|according to)\s+(?:[A-Z][\p{L}.-]*\s+){0,3}$/u;

/**
 * Whether an outlet has the person do or say something: the name as a sentence's subject followed
 * by a verb ("Ann Lee told…", "Mr. Lee, the county's sheriff, resigned"), or after a verb of saying.
 * A name only in a list, a possessive or an aside ("joined by Lee and Cho", "Lee's former aide") is
 * a passing mention, not an actor of the story.
 */
function acts(articles: AnalysedArticle[], forms: string[]): boolean {
  const surnames = [...new Set(forms.map((f) => f.trim().split(/\s+/).pop()!).filter((s) => s.length >= 3))];
  return articles.some((a) => a.sentences.some((sentence) => surnames.some((surname) => actsIn(sentence, surname))));
}

/** Whether a sentence has the person of this family name do or say something (see `acts`). */
export function actsIn(sentence: string, surname: string): boolean {
  for (const m of sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}'’])`, 'gu'))) {
    if (AFTER_NAME.test(sentence.slice(m.index + surname.length)) || BEFORE_NAME.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}

/** Resolves names to entities across all compared articles (quote speakers included). */
export function entityResolver(articles: AnalysedArticle[]): (name: string) => Entity | undefined {
  return resolveAliases([
    ...articles.flatMap((a) => a.entities.map((m) => ({ text: m.value.text, kind: m.value.kind }))),
    ...articles.flatMap((a) => a.quotes.flatMap((q) => (q.speaker ? [{ text: q.speaker, kind: null }] : []))),
  ]);
}

/**
 * Mentions the tagger missed: an article counted as not naming an entity that does write one of its
 * forms ("White House" inside "White House Counsel’s Office") does name it, unless the article
 * tags the longer name as something of another kind: the "Lee" of "Lee Arena" is a building named
 * after a person, not the person.
 */
function writtenElsewhere(articles: AnalysedArticle[], values: DifferenceValue[], kind: EntityKind): DifferenceValue[] {
  const present = new Set(values.map((v) => v.articleId));
  const forms = [...new Set(values.map((v) => v.text))].filter((form) => form.length > 2);
  return articles.flatMap((analysed) => {
    if (present.has(analysed.article.id)) return [];
    for (const form of forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'u');
      const otherNames = analysed.entities.filter((m) => m.value.kind !== kind && m.value.text !== form && pattern.test(m.value.text));
      const sentence = analysed.sentences.find((s, i) => pattern.test(otherNames.filter((m) => m.index === i).reduce((rest, m) => rest.replaceAll(m.value.text, ' '), s)));
      if (sentence) return [valueOf(analysed, form, values[0].normalized, sentence)];
    }
    return [];
  });
}

/**
 * People, organisations and places: an entity some outlets name and others do not is `partial`,
 * one all name is `consensus`. Spellings of one entity are one entity (see aliases.ts).
 */
export function compareEntities(articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined): Ranked[] {
  const byEntity = new Map<string, { entity: Entity; values: DifferenceValue[]; mentions: number; earliest: number }>();
  for (const analysed of articles) {
    for (const { value, sentence, index } of analysed.entities) {
      const entity = resolve(value.text);
      if (!entity) continue;
      const found = byEntity.get(entity.id) ?? { entity, values: [], mentions: 0, earliest: Infinity };
      byEntity.set(entity.id, found);
      found.values.push(valueOf(analysed, value.text, entity.label, sentence));
      found.mentions += 1;
      found.earliest = Math.min(found.earliest, index);
    }
  }
  const speakers = new Set(articles.flatMap((a) => a.quotes.flatMap((q) => (q.speaker ? [resolve(q.speaker)?.id] : []))));
  const shared = sharedSurnames(articles);
  // An outlet that writes the person only by a family name two people of the story share, and names
  // neither in full, may mean the other (a relative, a better-known namesake).
  const unsure = (entity: Entity, values: DifferenceValue[], articleId: string) => {
    const own = values.filter((v) => v.articleId === articleId);
    if (own.length === 0 || own.some((v) => withoutTitles(v.text).includes(' '))) return false;
    return shared.has(surnameOf(normalizeName(withoutTitles(entity.label)).replace(/,/g, '')));
  };
  return [...byEntity.values()].flatMap(({ entity, values, mentions, earliest }) => {
    const perArticle = firstPerArticle([...values, ...writtenElsewhere(articles, values, entity.kind)]);
    // A place or institution some outlets name is scenery more often than a difference: listed, never
    // shown (substance 0 below). "Republican of Kansas" is a party and a state beside a name, not a place.
    if (entity.kind !== 'person' && perArticle.length < articles.length && PARTY_AND_STATE.test(entity.label)) return [];
    // A one-word "person" no article gives in full ("Department", "Sam" of "Sam's Club") is a misread name.
    if (!entity.label.includes(' ') && perArticle.length < articles.length) return [];
    const quoted = speakers.has(entity.id);
    return {
      difference: differenceOf(articles, entity.kind, readersSpelling(articles, entity.label, perArticle), perArticle),
      // A name mentioned often, early, or quoted is what the story is about; one passing mention is not.
      salience: perArticle.length + mentions / 4 + (quoted ? 1 : 0) - earliest / 100,
      // A person some outlets bring in (quoted, or named again and said to do something) is a detail.
      // …and named by each outlet in full, or by a family name nobody else of the story has.
      substance: entity.kind === 'person' && perArticle.length > 0 && !perArticle.some((v) => unsure(entity, values, v.articleId)) && (quoted || (mentions >= PERSON_MENTIONS && acts(articles, perArticle.map((v) => v.text)))) ? 1 : 0,
    };
  });
}

/**
 * Family names two people named in full in the articles share ("Ann Lee" and "Tom Lee"): a bare
 * "Lee" in an article that names neither in full may be either of them.
 */
export function sharedSurnames(articles: AnalysedArticle[]): Set<string> {
  const people = new Map<string, string[]>();
  for (const analysed of articles) {
    for (const { value } of analysed.entities) {
      if (value.kind !== 'person') continue;
      const full = fullForm(value.text);
      if (!full.includes(' ')) continue;
      const surname = surnameOf(full);
      const seen = people.get(surname) ?? [];
      if (!seen.some((other) => samePerson(other, full))) seen.push(full);
      people.set(surname, seen);
    }
  }
  return new Set([...people].filter(([, names]) => names.length > 1).map(([surname]) => surname));
}

/** Whether the article writes the person's full name, or another full name of theirs (the same first name or its initial). */
export function fullNameWritten(article: AnalysedArticle, name: string): boolean {
  const full = fullForm(name);
  if (!full.includes(' ')) return false;
  return article.entities.some(({ value }) => value.kind === 'person' && fullForm(value.text).includes(' ') && samePerson(fullForm(value.text), full));
}

const fullForm = (name: string) => normalizeName(withoutTitles(name).replace(/,/g, ''));
const SUFFIX = /\s(?:jr|sr|ii|iii|iv)$/;

/**
 * Two full names of one family name are one person when the first names agree (or one is the
 * other's initial), unless they carry different suffixes ("Sr." and "Jr."; one outlet may drop a "Jr.").
 */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [a.split(' ')[0], b.split(' ')[0]];
  const [p, q] = [SUFFIX.exec(a)?.[0], SUFFIX.exec(b)?.[0]];
  return surnameOf(a) === surnameOf(b) && (x.startsWith(y) || y.startsWith(x)) && (!p || !q || p === q);
}

/**
 * A name as the first article that gives it in full writes it, when that is the entity's name spelt
 * another way: an outlet's misspelling ("Welzler" for "Wetzler") is not the name the card gives.
 */
function readersSpelling(articles: AnalysedArticle[], label: string, values: DifferenceValue[]): string {
  const first = articles.flatMap((a) => values.filter((v) => v.articleId === a.article.id && v.text.trim().includes(' ')))[0];
  if (!first) return label;
  const [given, canonical] = [first.text, label].map((name) => surnameOf(normalizeName(name)));
  return given !== canonical && spelledAlike(given, canonical) ? first.text : label;
}
