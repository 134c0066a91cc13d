import { resolveAliases, type Entity } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceValue } from '../types';
import { differenceOf, firstPerArticle, valueOf, type Ranked } from './difference';

/** "Republican of Ohio", "Democrat from Maine": how an outlet writes a politician's party and state. */
const PARTY_AND_STATE = /^(?:Republican|Democrat|Independent)s?\s+(?:of|from)\s/i;

/** A person some outlets name this often (or quote) is one of the story's actors, not a passing name. */
const PERSON_MENTIONS = 2;

/** Resolves names to entities across all compared articles (quote speakers included). */
export function entityResolver(articles: AnalysedArticle[]): (name: string) => Entity | undefined {
  return resolveAliases([
    ...articles.flatMap((a) => a.entities.map((m) => ({ text: m.value.text, kind: m.value.kind }))),
    ...articles.flatMap((a) => a.quotes.flatMap((q) => (q.speaker ? [{ text: q.speaker, kind: null }] : []))),
  ]);
}

/**
 * Mentions the tagger missed: an article counted as not naming an entity that does write one of its
 * forms ("White House" inside "White House Counsel’s Office") does name it.
 */
function writtenElsewhere(articles: AnalysedArticle[], values: DifferenceValue[]): DifferenceValue[] {
  const present = new Set(values.map((v) => v.articleId));
  const forms = [...new Set(values.map((v) => v.text))].filter((form) => form.length > 2);
  return articles.flatMap((analysed) => {
    if (present.has(analysed.article.id)) return [];
    for (const form of forms) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      const sentence = analysed.sentences.find((s) => pattern.test(s));
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
  return [...byEntity.values()].flatMap(({ entity, values, mentions, earliest }) => {
    const perArticle = firstPerArticle([...values, ...writtenElsewhere(articles, values)]);
    // A place or institution some outlets name is scenery more often than a difference: listed, never
    // shown (substance 0 below). "Republican of Ohio" is a party and a state beside a name, not a place.
    if (entity.kind !== 'person' && perArticle.length < articles.length && PARTY_AND_STATE.test(entity.label)) return [];
    // A one-word "person" no article gives in full ("Department", "Sam" of "Sam's Club") is a misread name.
    if (!entity.label.includes(' ') && perArticle.length < articles.length) return [];
    const quoted = speakers.has(entity.id);
    return {
      difference: differenceOf(articles, entity.kind, entity.label, perArticle),
      // A name mentioned often, early, or quoted is what the story is about; one passing mention is not.
      salience: perArticle.length + mentions / 4 + (quoted ? 1 : 0) - earliest / 100,
      // A person some outlets bring in (quoted, or named again) is a detail.
      substance: entity.kind === 'person' && perArticle.length > 0 && (quoted || mentions >= PERSON_MENTIONS) ? 1 : 0,
    };
  });
}
