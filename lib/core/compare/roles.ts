import type { Entity } from '../text/aliases';
import type { AnalysedArticle } from '../text/analyse';
import type { DifferenceValue } from '../types';
import { differenceOf, valueOf, type Ranked } from './difference';

/**
 * Offices a person is said to hold, in families whose members exclude each other for one person at
 * one time: a company's chief executive is not called its chair by an outlet that knows, nor a union's
 * general secretary its president, nor an agency's deputy director its director; a
 * prosecutor's office has one district attorney and many assistants. Longer writings come first so
 * that "assistant district attorney" is never read as "district attorney". Political titles are
 * left out: a politician is "senator", "candidate" and "former governor" at once.
 */
const OFFICES: { family: string; office: string; writings: string[] }[] = [
  { family: 'company', office: 'chief executive', writings: ['chief executive officer', 'chief executive', 'CEO'] },
  { family: 'company', office: 'chief operating officer', writings: ['chief operating officer', 'COO'] },
  { family: 'company', office: 'chief financial officer', writings: ['chief financial officer', 'CFO'] },
  { family: 'company', office: 'chair', writings: ['chairman', 'chairwoman', 'chairperson'] },
  { family: 'company', office: 'president', writings: ['president'] },
  { family: 'company', office: 'general secretary', writings: ['general secretary', 'secretary-general', 'secretary general'] },
  { family: 'company', office: 'director', writings: ['director'] },
  { family: 'prosecution', office: 'attorney general', writings: ['attorney general'] },
  { family: 'prosecution', office: 'district attorney', writings: ['district attorney', 'DA'] },
  { family: 'prosecution', office: 'prosecutor', writings: ['prosecutor'] },
];

/** Words that make an office another one ("assistant district attorney", "vice president"). */
const RANKS = ['assistant', 'deputy', 'associate', 'acting', 'interim', 'vice', 'executive'];

/** Each writing as in running text and capitalised as a title ("president", "President"). */
const WRITINGS = OFFICES.flatMap(({ writings }) => writings)
  .flatMap((w) => (w.toUpperCase() === w ? [w] : [w, w.replace(/(^|[\s-])(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase())]))
  .sort((a, b) => b.length - a.length);
const RANK = `(?:${RANKS.flatMap((r) => [r, r[0].toUpperCase() + r.slice(1)]).join('|')})`;
/** An office with its ranks, which may stand before the body's name ("acting Harbour Board Director"). */
const OFFICE = `((?:${RANK}\\s+)*)(?:(?!${RANK}\\s)\\p{Lu}[\\p{L}\\p{N}.&-]*\\s+){0,2}?(${WRITINGS.join('|')})`;
const ARTICLE = '(?:(?:a|an|the|A|An|The)\\s+)?';
/** "Acme president Jane Roe", "CEO Jane Roe", "the president, Jane Roe": the office right before the name. */
const BEFORE = new RegExp(`(?:^|[\\s(“"])(?:([Tt]hen|[Ff]ormer|[Ee]x-|[Nn]ow)\\s+)?${ARTICLE}(?:\\p{Lu}[\\p{L}\\p{N}'’&.-]*\\s+){0,3}?${OFFICE},?\\s+$`, 'u');
/** "Jane Roe, then an assistant district attorney," "Jane Roe, the chief executive of Acme": the office right after it. */
const AFTER = new RegExp(`^,\\s+(?:(then|former|now|who is|who was)\\s+)?${ARTICLE}(?:(?:\\p{Lu}[\\p{L}\\p{N}'’&.-]*|[\\p{L}-]+['’]s)\\s+){0,3}?${OFFICE}(?![\\p{L}-])`, 'u');

interface Held {
  analysed: AnalysedArticle;
  /** The office, with its rank ("assistant district attorney"). */
  office: string;
  family: string;
  /** "then": at the time of the events told; "now": today. */
  era: 'then' | 'now';
  text: string;
  sentence: string;
}

function officeOf(rank: string, writing: string): { office: string; family: string } | null {
  // "DA" and "CEO" are written in capitals; "da" or "ceo" in running text are other words.
  const found = OFFICES.find(({ writings }) => writings.some((w) => (w.toUpperCase() === w ? w === writing : w === writing.toLowerCase())));
  if (!found) return null;
  // "executive director" heads the office "the group's director" names, shortened: one office.
  const ranks = rank.toLowerCase().split(/\s+/).filter((r) => r && r !== 'executive');
  return { office: [...ranks, found.office].join(' '), family: found.family };
}

/** The offices an article says a person holds, where it names them beside the person. */
function officesHeld(analysed: AnalysedArticle, resolve: (name: string) => Entity | undefined): Map<string, Held[]> {
  const held = new Map<string, Held[]>();
  for (const { value, sentence } of analysed.entities) {
    if (value.kind !== 'person') continue;
    const entity = resolve(value.text);
    if (!entity || entity.kind !== 'person') continue;
    const end = value.start + value.text.length;
    const before = BEFORE.exec(sentence.slice(0, value.start));
    const after = AFTER.exec(sentence.slice(end));
    for (const match of [before, after]) {
      if (!match) continue;
      // The office as written, without the name: the name is one person whatever its writing.
      const text = match[0].replace(/^[\s,(“"]+|[\s,]+$/g, '');
      // A former office is background, not what the person is now or was then.
      if (match[1] && /^(?:former|ex-)$/i.test(match[1])) continue;
      const office = officeOf(match[2] ?? '', match[3]);
      if (!office) continue;
      const era = match[1] && /^(?:then|who was)$/i.test(match[1]) ? 'then' : 'now';
      const list = held.get(entity.id) ?? [];
      list.push({ analysed, ...office, era, text, sentence });
      held.set(entity.id, list);
    }
  }
  return held;
}

/** Offices whose bare name is loosely used for any rank of them ("a prosecutor" for an assistant one). */
const LOOSE_OFFICES = new Set(['prosecutor', 'president']);

/** Two offices one of which is the other with a rank ("district attorney" / "assistant district attorney"): surely two jobs. */
function rankApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long !== short && !LOOSE_OFFICES.has(short) && long.endsWith(` ${short}`) && long.slice(0, -short.length - 1).split(' ').every((w) => RANKS.includes(w));
}

/** How much a difference of rank in one office changes what a reader knows. */
const RANK_CONFLICT_SUBSTANCE = 3;

/**
 * Offices: the outlets name one person's office, at one time and in one family of offices,
 * differently ("Acme president Jane Roe" / "CEO Jane Roe"; "then an assistant district attorney" /
 * "then a district attorney"), and no outlet gives both: a conflict. Only a difference of rank in
 * one office is sure enough to show; a company title an outlet may simply have chosen among
 * several is listed.
 */
export function compareRoles(articles: AnalysedArticle[], resolve: (name: string) => Entity | undefined): Ranked[] {
  const byArticle = articles.map((analysed) => officesHeld(analysed, resolve));
  const people = new Set(byArticle.flatMap((held) => [...held.keys()]));
  const out: Ranked[] = [];
  for (const person of people) {
    for (const era of ['then', 'now'] as const) {
      for (const family of new Set(OFFICES.map((o) => o.family))) {
        const stated = byArticle.map((held) => (held.get(person) ?? []).filter((h) => h.era === era && h.family === family));
        const offices = stated.map((list) => new Set(list.map((h) => h.office)));
        const distinct = [...new Set(offices.filter((set) => set.size > 0).map((set) => [...set].sort().join('|')))];
        // Two outlets, one office each, different; an outlet giving two offices may be right about both.
        if (distinct.length !== 2 || distinct.some((d) => d.includes('|'))) continue;
        const values: DifferenceValue[] = stated.flatMap((list) => (list.length ? [valueOf(list[0].analysed, list[0].text, list[0].office, list[0].sentence)] : []));
        const label = `${distinct.join(' / ')}`;
        out.push({
          difference: differenceOf(articles, 'person', label, values, true),
          salience: values.length,
          substance: rankApart(distinct[0], distinct[1]) ? RANK_CONFLICT_SUBSTANCE : 0,
        });
      }
    }
  }
  return out;
}
