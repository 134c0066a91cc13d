import { sameFirstName } from './first-names';
import type { EntityKind } from './entities';

/** One real-world person, organisation or place, whatever the spellings used for it. */
export interface Entity {
  id: string;
  kind: EntityKind;
  /** The fullest common form, e.g. "Volodymyr Zelenskiy" for "Zelensky" and "Mr. Zelensky". */
  label: string;
}

export interface NameOccurrence {
  text: string;
  kind: EntityKind | null;
}

const JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'von', 'van', 'al']);

/**
 * Particles written apart or joined to the surname they open. "Van" and "Von" only after another
 * name: alone first they are as often a first name ("Van Jones").
 */
const SURNAME_PARTICLE = /(?<![\p{L}'])([Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|[Ll]e|[Ll]a|(?<=\p{L} )(?:[Vv]an|[Vv]on)(?: (?:der|den|de))?) (?=\p{Lu})/gu;

/** Lower-cased, accent-free, dot-free form: "U.S." = "US", "Zelenskiy" stays distinct from "Zelensky"; "De Luca" = "DeLuca". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    // "Smith-Ortega" and "Smith Ortega", "Jong-un" and "Jong Un": one name.
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    // "De Luca" and "DeLuca", "Bill de Blasio" and "De Blasio": a surname's particle is part of it.
    .replace(SURNAME_PARTICLE, '$1')
    .replace(/^the\s+/i, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Merges the names of several articles into entities: a surname alone joins the full name that
 * carries it ("Biden" → "Joe Biden"), close transliterations of a surname meet ("Zelenskiy",
 * "Zelensky"), an acronym meets the name it abbreviates ("NATO" = "North Atlantic Treaty
 * Organisation"). Names no tagger classified and no alias explains are left out.
 */
export function resolveAliases(occurrences: NameOccurrence[]): (text: string) => Entity | undefined {
  const forms = new Map<string, { count: number; kinds: Map<EntityKind, number>; texts: Map<string, number> }>();
  for (const { text, kind } of occurrences) {
    const key = normalizeName(text);
    if (!key) continue;
    const form = forms.get(key) ?? { count: 0, kinds: new Map(), texts: new Map() };
    forms.set(key, form);
    form.count += 1;
    if (kind) form.kinds.set(kind, (form.kinds.get(kind) ?? 0) + 1);
    form.texts.set(text, (form.texts.get(text) ?? 0) + 1);
  }
  const kindOf = (key: string): EntityKind | null => {
    const kinds = [...(forms.get(key)?.kinds ?? new Map<EntityKind, number>()).entries()].sort((a, b) => b[1] - a[1]);
    return kinds[0]?.[0] ?? null;
  };

  const parent = new Map<string, string>([...forms.keys()].map((k) => [k, k]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));

  const keys = [...forms.keys()];
  // A first and family name no tagger classified ("Gennette Cordova") is a person's when the family
  // name alone is one ("Ms. Cordova"): taggers know few first names.
  const untaggedPerson = (k: string) => {
    const parts = k.split(' ');
    return kindOf(k) === null && (parts.length === 2 || (parts.length === 3 && /^[a-z]$/.test(parts[1]))) && parts.every((p) => /^[\p{L}'-]+$/u.test(p)) && kindOf(parts[parts.length - 1]) === 'person';
  };
  for (const k of keys) if (untaggedPerson(k)) forms.get(k)!.kinds.set('person', 1);
  const fullPersonNames = keys.filter((k) => kindOf(k) === 'person' && k.includes(' '));
  // Full names of one person: same (or near-same) surname and compatible first names; or one full name written after a word
  // no list of titles has ("Treasurer Craig Halloway", "Businessman Ray Dunleavy").
  for (let i = 0; i < fullPersonNames.length; i++) {
    for (let j = i + 1; j < fullPersonNames.length; j++) {
      const [a, b] = [fullPersonNames[i], fullPersonNames[j]];
      if ((spelledAlike(surnameOf(a), surnameOf(b)) && compatibleFirstNames(a.split(' ')[0], b.split(' ')[0])) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)) union(a, b);
    }
  }
  // A lone surname joins the most mentioned full name ending in it; one spelt a letter apart only when none ends in it
  // exactly ("Morgan" is Dana Morgan's, not Dan Moran's). A hyphenated one ("Vance-Hale") is one word as written.
  const oneWord = (key: string) => !key.includes(' ') || [...forms.get(key)!.texts.keys()].every((text) => /^[\p{L}'’-]+$/u.test(text.trim()));
  for (const key of keys) {
    if (!oneWord(key) || (kindOf(key) !== 'person' && kindOf(key) !== null)) continue;
    const exact = fullPersonNames.filter((full) => full !== key && (surnameOf(full) === key || full.endsWith(` ${key}`)));
    const carriers = exact.length ? exact : fullPersonNames.filter((full) => spelledAlike(surnameOf(full), key));
    carriers.sort((a, b) => forms.get(b)!.count - forms.get(a)!.count);
    if (carriers.length) union(key, carriers[0]);
  }
  // An acronym joins the name whose initials it spells.
  const acronyms = new Set(keys.filter((k) => !k.includes(' ') && kindOf(k) !== 'person' && /^[a-z]{2,6}$/.test(k)));
  const initialsOf = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => !JOINERS.has(w))
      .map((w) => w[0])
      .join('');
  const expansions = new Map<string, string[]>();
  for (const key of keys) {
    if (!key.includes(' ') || kindOf(key) === 'person') continue;
    const initials = initialsOf(key);
    if (acronyms.has(initials)) expansions.set(initials, [...(expansions.get(initials) ?? []), key]);
  }
  // An acronym two different names would spell ("SB": "Senate Bill", "Super Bowl") explains neither.
  for (const [acronym, names] of expansions) if (names.length === 1) union(names[0], acronym);
  // The same with what follows "of": "HCA of Lakemoor" = "Harbour Crews Association of Lakemoor".
  const ofPlace = keys.filter((k) => kindOf(k) !== 'person' && / of /.test(k)).map((k) => ({ key: k, head: k.slice(0, k.indexOf(' of ')), tail: k.slice(k.indexOf(' of ')) }));
  for (const short of ofPlace.filter(({ head }) => /^[a-z]{2,6}$/.test(head))) {
    const long = ofPlace.filter(({ head, tail }) => tail === short.tail && head.includes(' ') && initialsOf(head) === short.head);
    if (long.length === 1) union(long[0].key, short.key);
  }

  // A name qualified by a place is the name: "U.S. Congress" = "Congress".
  for (const key of keys) {
    const [first, ...rest] = key.split(' ');
    if (rest.length && kindOf(key) !== 'person' && kindOf(first) === 'place' && forms.has(rest.join(' ')) && kindOf(rest.join(' ')) !== 'person') {
      union(key, rest.join(' '));
    }
  }

  // A country written two ways inside a name: "U.S. Conference of Bishops" = "United States Conference of Bishops".
  const countryForm = (key: string) => key.replace(/^(?:united states|us)(?= )/, 'us').replace(/^(?:united kingdom|uk)(?= )/, 'uk');
  const byCountryForm = new Map<string, string>();
  for (const key of keys) {
    if (!key.includes(' ') || kindOf(key) === 'person') continue;
    const form = countryForm(key);
    const seen = byCountryForm.get(form);
    if (seen === undefined) byCountryForm.set(form, key);
    else union(key, seen);
  }

  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const root = find(key);
    groups.set(root, [...(groups.get(root) ?? []), key]);
  }
  const entityOfKey = new Map<string, Entity>();
  for (const members of groups.values()) {
    const kinds = new Map<EntityKind, number>();
    for (const m of members) for (const [kind, n] of forms.get(m)!.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!kind) continue;
    const entity: Entity = { id: `${kind}:${members.slice().sort()[0]}`, kind, label: labelOf(members, forms) };
    for (const m of members) entityOfKey.set(m, entity);
  }
  return (text) => entityOfKey.get(normalizeName(text));
}

/**
 * The most used of the longest forms: full names read better than surnames or acronyms; but not a full name with a word
 * before it that another form leaves out ("Businessman Ray Dunleavy" beside "Ray Dunleavy").
 */
function labelOf(members: string[], forms: Map<string, { count: number; texts: Map<string, number> }>): string {
  const fullName = (key: string) => [...forms.get(key)!.texts.keys()].some((text) => /\s/.test(text.trim()));
  const withWordBefore = (m: string) => members.some((other) => fullName(other) && m.endsWith(` ${other}`));
  // The shortest member has no longer member at its end: some member is always left.
  const texts = members.filter((m) => !withWordBefore(m)).flatMap((m) => [...forms.get(m)!.texts.entries()]);
  const words = (t: string) => t.split(/\s+/).length;
  texts.sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return texts[0][0];
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** The family name of a normalized full name: "robert s mueller iii" → "mueller". */
export function surnameOf(name: string): string {
  const parts = name.split(' ');
  while (parts.length > 1 && NAME_SUFFIX.test(parts[parts.length - 1])) parts.pop();
  return parts[parts.length - 1];
}

/**
 * One name spelt two ways: a letter apart (two for names of eight letters or more), with the same
 * first letter and five letters or more, as transliteration and typing give ("Zelenskiy", "Zelensky";
 * "Heydar", "Heidar"). The one rule for every misspelling tolerance of names.
 */
export function spelledAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  // The length test only spares the edit distance (names further apart in length are further apart in letters).
  return shorter >= 5 && a[0] === b[0] && Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= (shorter >= 8 ? 2 : 1);
}

/** First names agree when equal, one is the other's initial ("V." for "Vladimir"), one letter apart ("Vincente"), or one person's everyday and formal forms ("Bob", "Robert"). */
export function compatibleFirstNames(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)) || spelledAlike(a, b) || sameFirstName(a, b);
}

/** Edit distance with adjacent transpositions (optimal string alignment): "Preibus" is one edit from "Priebus". */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
