import { normalizeName, surnameOf } from '../text/aliases';
import { withoutTitles } from '../text/names';
import { TOLL_RAISED, TOLL_VERB, type Quantity } from '../text/quantities';

/**
 * What a figure is of, read from the words right around it, so that two figures of different
 * things are never compared: whose age it is, what happened to the people it counts, and the range
 * it ends.
 */
export interface Figure {
  sentence: string;
  quantity: Quantity;
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
const NAME_BEFORE_AGE = new RegExp(`(${NAME}),\\s*(?:an?\\s+|the\\s+)?$`, 'u');
/** After the age: the name, or the name a noun of what the person is leads to ("-year-old engineer, Dale Brek,"). */
const NAME_AFTER_AGE = new RegExp(`^(?:(?:\\s+\\p{Ll}+){1,3},)?\\s+(${NAME})`, 'u');

/** The person an age is given for: "Tomas Brek, 34,", "Brek, the 34-year-old diver," "34-year-old Tomas Brek" or "The 34-year-old diver, Tomas Brek,"; null when it names none ("a 19-year-old man"). */
export function ageOwner({ sentence, quantity }: Figure): string | null {
  if (quantity.unit !== 'years old') return null;
  const name = NAME_BEFORE_AGE.exec(sentence.slice(0, quantity.start))?.[1] ?? NAME_AFTER_AGE.exec(sentence.slice(quantity.end))?.[1];
  // "Captain Emil Sorensen" is Emil Sorensen.
  return name ? normalizeName(withoutTitles(name)) : null;
}

/** Figures told in an aside of two people the sentences name differently: "Brandt, an 11-year veteran" is not "Haines, a 19-year veteran". */
export function namedOwnersApart(a: Figure, b: Figure): boolean {
  const owner = ({ sentence, quantity }: Figure) => {
    const name = NAME_BEFORE_AGE.exec(sentence.slice(0, quantity.start))?.[1];
    return name ? surnameOf(normalizeName(withoutTitles(name))) : null;
  };
  const [x, y] = [owner(a), owner(b)];
  return x !== null && y !== null && x !== y;
}

/** Two ages given for two people the sentences name differently (full names apart, or family names apart). */
export function agesOfOthers(a: Figure, b: Figure): boolean {
  const [x, y] = [ageOwner(a), ageOwner(b)];
  if (!x || !y) return false;
  // "Wesley James Crane" and "Wesley Crane": one person, a middle name aside.
  const firstAndLast = (name: string) => { const words = name.split(/\s+/); return `${words[0]} ${words[words.length - 1]}`; };
  return x.includes(' ') && y.includes(' ') ? firstAndLast(x) !== firstAndLast(y) : surnameOf(x) !== surnameOf(y);
}

/** A sentence opening on a role and giving the age of whoever had it: "The first to die, a 72-year-old", "The driver was a 45-year-old". */
const ROLE_BEFORE_AGE = /^\s*The\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)(?:,\s+(?:a|an)|\s+(?:was|is)\s+(?:a|an))\s+$/u;
/** Words of a role that tell nothing of which one it is. */
const ROLE_FILLERS = new Set(['to', 'of', 'in', 'the', 'a', 'an', 'person', 'man', 'woman', 'one']);

/** The role an age is told of, as its telling words ("first die"), or null. */
function ageRole({ sentence, quantity }: Figure): string | null {
  if (quantity.unit !== 'years old') return null;
  const role = ROLE_BEFORE_AGE.exec(sentence.slice(0, quantity.start))?.[1];
  const words = role?.toLowerCase().split(/\s+/).filter((w) => !ROLE_FILLERS.has(w));
  return words?.length ? words.join(' ') : null;
}

/** Two ages given for one person both sentences name, or for whoever had one role ("The first person to die was a 68-year-old" / "The first to die, a 72-year-old man"). */
export function agesOfOne(a: Figure, b: Figure): boolean {
  const [x, y] = [ageOwner(a), ageOwner(b)];
  if (x === null && y === null) return ageRole(a) !== null && ageRole(a) === ageRole(b);
  return x !== null && y !== null && !agesOfOthers(a, b);
}

/**
 * What happened to those a count of people counts (killed, hurt, missing, trapped, survived, held, rescued or released) or to the
 * buildings it counts (destroyed or damaged), which way they voted, or what a figure was: asked for or decided.
 */
const FATES: [string, RegExp][] = [
  // "The death toll from Saturday's flood rose to 14", "raising the death toll from the sinking to 31": the toll's verb stands
  // right before the figure.
  ['killed', new RegExp(String.raw`\bdeath\s+toll\b[^.;]{0,90}?\b${TOLL_VERB}\s+(?:to|at)\b|\b${TOLL_RAISED}\s+(?:the\s+)?death\s+toll\b[^.;]{0,90}?\bto\b|\b(?:kill(?:ed|ing|s)?|dead|died|dies|deaths?|fatalit(?:y|ies)|lives)\b`, 'gi')],
  // Those in critical condition are a count of their own among the hurt: "35 injured, three of them critically".
  ['critical', /\bcritical(?:ly)?\b/gi],
  ['hurt', /\b(?:injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)?|hurt)\b/gi],
  // Those taken to hospital are a count of their own: "12 were hurt and five hospitalized" gives two.
  ['hospitalized', /\bhospitali[sz](?:ed|ations?)\b|\b(?:to|in)\s+(?:(?:the|a|area|local|nearby)\s+)?hospitals?\b/gi],
  // "sickened 40 people and killed two": those taken ill are another count than the dead.
  ['ill', /\b(?:sicken(?:ed|ing|s)?|(?:fell|fallen|became|become)\s+ill|illness(?:es)?|infect(?:ed|ing|ions?))\b/gi],
  ['missing', /\b(?:missing|unaccounted)\b/gi],
  // "trapped 14 miners", "cut off 16 miners", "Fourteen workers were caught underground": those who could not get out (a town
  // "cut off for hours" is no count of them).
  ['trapped', /\b(?:trap(?:ped|ping|s)?|stranded|entombed|cut\s+off(?=\s+(?:(?:about|some|nearly|at\s+least|more\s+than)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b))|caught(?=\s+(?:underground|inside|below|beneath)\b))\b/gi],
  ['survived', /\bsurviv(?:ed|es|ing|ors?)\b/gi],
  ['held', /\b(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|custody)\b/gi],
  // Those who had to leave their homes are one count however told: "were evacuated", "fled", "left their homes", "were displaced".
  ['rescued', /\b(?:rescu(?:ed|ing|es)|evacuat(?:e|ed|es|ing|ions?)|fled|flee(?:s|ing)?|displaced|(?:leave|left|leaving)\s+(?:their|his|her)\s+homes?)\b/gi],
  ['released', /\b(?:releas(?:ed|ing)|freed|let\s+go)\b/gi],
  // What befell homes and buildings: "37 homes were destroyed and 11 damaged" gives two counts.
  ['destroyed', /\b(?:destroy(?:ed|ing|s)?|razed|flattened|gutted|burned\s+down|levell?ed)\b/gi],
  ['damaged', /\bdamag(?:ed|ing)\b/gi],
  // "87 Republicans joined Democrats in support" is not "112 Republicans voted no".
  ['voted for', /\b(?:in\s+(?:support|favou?r)|voted\s+(?:for|yes)|supported|backed)\b/gi],
  ['voted against', /\b(?:voted\s+(?:no|against)|opposed|in\s+opposition|dissented)\b/gi],
  // What was asked for is not what was decided: "prosecutors asked for 10 years", "sentenced to seven years".
  ['asked', /\b(?:ask(?:ed|ing|s)?\s+for|push(?:ed|es|ing)?\s+for|urg(?:ed|es|ing)|sought|seek(?:s|ing)?|request(?:ed|ing|s)?|demand(?:ed|ing|s)?|recommend(?:ed|ing|s)?)\b/gi],
  // "was serving a 15-year sentence": a term decided, as "sentenced to 17 years" is.
  ['decided', /\b(?:sentenced|ordered|imposed|awarded|granted|serv(?:ing|ed|es))\b/gi],
];
/** A passive verb right after a figure: "11 others were wounded", "three are missing". */
const PASSIVE_AFTER = /^\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been)\s+(?:(?:\p{Ll}+ly|later|since|then|also|eventually)\s+)?([\p{L}-]+)/iu;
/** "were ordered to leave", "were forced to flee": those counted had to leave their homes. */
const ORDERED_OUT = /^\s+(?:were|was|are|have\s+been|had\s+been)\s+(?:ordered|told|forced|urged|asked)\s+to\s+(?:leave|evacuate|flee)\b/i;
/** What a count is of, right after it: "of them", "of the detained workers". */
const OF_WHOM_AFTER = /^\s+of\s+(?:them|those|these|(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)(?=[\s,])/u;
/** Another count between a word of what happened and a figure ("five people and forced about"): that count's word. */
const ANOTHER_COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands)\b/i;
/** How far (in characters) a word of what happened may stand from the count it tells of. */
const FATE_REACH = 40;
/** How much further a word of what happened stands when a comma parts it from the count. */
const CLAUSE_APART = 20;

/** What is done with the bodies of the dead: recovered, found, pulled out, identified. */
const BODIES_FOUND = /\b(?:recover|found|find|pull|retriev|identif|wash|discover|exhum)\w*/i;

/** Words telling that cases counted are of an illness, not before a court. */
const CASES_OF_ILLNESS = /\b(?:confirmed|suspected|probable|disease|outbreak|virus|viral|infect\w*|illness|sick\w*|flu|influenza|measles|cholera|covid|symptoms?|tested\s+positive)\b/i;

/** The fate the figure's own word says ("16 wounded"), else the nearest word (within FATE_REACH): "killing 8 people", "14 were injured". */
export function fateOf({ sentence, quantity }: Figure): string | null {
  // "Andre Ruiz, 31, died at the scene": an age, whatever befell its owner.
  if (quantity.unit === 'years old') return null;
  // "recovered 14 bodies", "Nine bodies were pulled from the water": the dead, counted.
  if (quantity.unit === 'body' && BODIES_FOUND.test(sentence)) return 'killed';
  // "47 confirmed cases of the disease": those taken ill, counted.
  if (quantity.unit === 'case' && CASES_OF_ILLNESS.test(sentence)) return 'ill';
  // Charges a jury ruled on: "convicted him on nine counts and acquitted him on two", "guilty verdicts on 11 of the 14 counts".
  if (quantity.unit === 'charge') return verdictOn(sentence, quantity);
  // "16 wounded", "10 dead": the figure's own word says it.
  const own = FATES.find(([, pattern]) => new RegExp(pattern.source, 'i').test(quantity.text));
  if (own) return own[0];
  // "Six were killed and 11 others were wounded", "41 of the detained workers were later released": what the figure's own passive
  // verb says, not the clause before it nor the words of whom it counts.
  const after = sentence.slice(quantity.end).replace(OF_WHOM_AFTER, '');
  // "were ordered to leave their homes": they had to leave, whatever the order's verb.
  if (ORDERED_OUT.test(after)) return 'rescued';
  const passive = PASSIVE_AFTER.exec(after)?.[1];
  const told = passive === undefined ? undefined : FATES.find(([, pattern]) => new RegExp(`^(?:${pattern.source})$`, 'i').test(passive));
  if (told) return told[0];
  let best: { fate: string; distance: number } | null = null;
  for (const [fate, pattern] of FATES) {
    for (const match of sentence.matchAll(pattern)) {
      const distance = match.index >= quantity.end ? match.index - quantity.end : quantity.start - (match.index + match[0].length);
      // "killed at least five people and forced about 1,200 residents…": the word tells of the count nearer it.
      const between = match.index >= quantity.end ? sentence.slice(quantity.end, match.index) : sentence.slice(match.index + match[0].length, quantity.start);
      if (ANOTHER_COUNT.test(between)) continue;
      // "Of the 35 people injured, four were in critical condition": a word past a comma is further than it stands.
      const reach = distance + (/[,;]/.test(between) ? CLAUSE_APART : 0);
      if (distance >= 0 && distance <= FATE_REACH && (!best || reach < best.distance)) best = { fate, distance: reach };
    }
  }
  return best?.fate ?? null;
}

/** "convicted him on", "found not guilty of", "guilty verdicts on": the verdict right before the charges it is on. */
const VERDICT_BEFORE = /\b(?:(convict(?:ed|ing)|guilty(?:\s+verdicts?)?)|(acquitt(?:ed|ing)|not\s+guilty(?:\s+verdicts?)?|cleared))\s+(?:(?:him|her|them|it|of|on)\s+){0,2}(?:(?:a|an|the|all|only)\s+)?$/i;

/** The verdict on a count of charges ("convicted" or "acquitted"), told right before them; null for charges brought. */
function verdictOn(sentence: string, quantity: Quantity): string | null {
  const verdict = VERDICT_BEFORE.exec(sentence.slice(0, quantity.start));
  // The leftmost match reads "not guilty" whole, before "guilty" alone.
  if (verdict === null) return null;
  return verdict[2] !== undefined ? 'acquitted' : 'convicted';
}

/** What befell people or their homes, as against which way they voted or what was asked or decided: a toll an outlet reports. */
const HARMS = new Set(['killed', 'critical', 'hurt', 'hospitalized', 'ill', 'missing', 'trapped', 'survived', 'held', 'rescued', 'released', 'convicted', 'acquitted', 'destroyed', 'damaged']);

/** What befell those the count is of ("killing 8 people", "16 wounded"), if it is a toll; else null. */
export function harmOf(figure: Figure): string | null {
  const fate = fateOf(figure);
  return fate !== null && HARMS.has(fate) ? fate : null;
}

/** Counts of people told with two different fates ("killing 8", "injuring 14"): two counts. */
export function otherFates(a: Figure, b: Figure): boolean {
  const [x, y] = [fateOf(a), fateOf(b)];
  return x !== null && y !== null && x !== y;
}

/** A short aside after a name, before its verb: "Ms. Alvarez, a Republican, had 52 percent", "Social Alliance, in power since 2018, won". */
const APPOSITIVE = String.raw`(?:,\s+[^,]{1,40},)?`;
/** Whose share or count a figure is: "Ruth Olan won 52%", "The Civic Party took 41%", "Civic candidates received 58%", "Greens hold 10 of the seats"; the poll it is from: "in a Northgate poll". */
const WINNER = new RegExp(`(${NAME})${APPOSITIVE}(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?\\s+(?:won|received|got|took|secured|captured|garnered|polled|drew|finished\\s+with|holds?|held|controls?|controlled)\\s+(?:(?:about|nearly|almost|roughly|some|just|over|more\\s+than)\\s+)?$`, 'u');
/** A winner whose figure closes what it won: "Civic Renewal Party won Sunday's election with 63 of the seats", "emerged from the vote as the largest party with 61 seats". */
const WON_WITH = new RegExp(`(${NAME})${APPOSITIVE}(?:\\s+\\p{Ll}[\\p{L}-]*){0,2}?\\s+(?:won|emerged|finished|ended|came\\s+(?:first|out))\\b[^,;.]{0,90}?\\bwith\\s+(?:(?:about|nearly|almost|roughly|some|just|over|more\\s+than)\\s+)?$`, 'u');
const POLL = new RegExp(`\\b(?:in|by|from|according\\s+to)\\s+(?:a|an|the)\\s+(?:new\\s+|latest\\s+)?(${NAME})\\s+(?:poll|survey)\\b`, 'u');

/**
 * What moved by a figure: "The Harbour 100 fell 2.6%", "the Corby index closed down 1.2 percent", "the B&H 40 gained 0.5%", "The Calder Average shed
 * 780 points, or 2.1%" (the share after ", or" is of the same thing), past an aside ("Shares of Lund, which went public in 2021, fell 9 percent"),
 * a firm by its shares ("Lund's shares rose 18 percent", "Lund shares fell 12 percent").
 */
const MOVER = new RegExp(
  String.raw`(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*|\s+\d+)*)(?:\s+(?:industrial\s+)?(?:index|average|composite)|\s+(?:shares|stock|share\s+price))?(?:,\s+(?:which|who)\s[^,]{1,60},)?\s+(?:fell|rose|dropped|gained|climbed|slid|sank|jumped|surged|tumbled|lost|shed|added|declined|closed(?:\s+(?:up|down))?)\s+(?:(?:about|nearly|almost|more than|over)\s+)?(?:[\d.,]+\s*(?:%|percent|points?)?,?\s+or\s+)?$`,
  'u',
);

/** Whose share a poll gives: "found Ruth Olan at 41 percent", "Olan, with 41%". */
const HOLDER_AT = new RegExp(`(${NAME})${APPOSITIVE},?\\s+(?:at|with|had|has|polled|drew)\\s+(?:(?:about|nearly|almost|roughly|just|over|under|more\\s+than)\\s+)?$`, 'u');
/** "Olan leads Marsh 43 percent to 37 percent": the first share is the first one named's, the second the other's. */
const HEAD_TO_HEAD = String.raw`(?:leads?|led|leading|tops?|topped|beats?|edges?|edged|trails?|trailed|trailing)`;
const FIRST_OF_TWO = new RegExp(`(${NAME})\\s+(${HEAD_TO_HEAD})\\s+(${NAME})\\s+(by\\s+)?$`, 'u');
/** "Marsh trails Olan by 2,146 votes": the margin is the leader's, the one named second. */
const leaderOf = (found: RegExpExecArray) => (found[4] && /^trail/i.test(found[2]) ? found[3] : found[1]);
const SECOND_OF_TWO = new RegExp(`${NAME}\\s+${HEAD_TO_HEAD}\\s+(${NAME})\\s+(?:by\\s+)?[\\d.,]+\\s*(?:%|percent|points?)?\\s*(?:to|-|–)\\s*$`, 'u');

const firstOfTwo = (before: string) => {
  const found = FIRST_OF_TWO.exec(before);
  return found ? leaderOf(found) : undefined;
};

/** Who took a share ("Ruth Olan won", "found Olan at", "Olan leads Marsh") or what moved by it ("the Harbour 100 fell"), read in the words before it, and the poll it is from, read in its sentence. */
const winnerOf = ({ sentence, quantity }: Figure) => {
  const before = sentence.slice(0, quantity.start);
  return WINNER.exec(before)?.[1] ?? WON_WITH.exec(before)?.[1] ?? MOVER.exec(before)?.[1] ?? HOLDER_AT.exec(before)?.[1] ?? firstOfTwo(before) ?? SECOND_OF_TWO.exec(before)?.[1] ?? null;
};
const pollOf = ({ sentence }: Figure) => POLL.exec(sentence)?.[1] ?? null;
/** "At Maple Elementary, 41 students were sent home", "At Birch High alone, …": the named place a sentence opens on holds its figures. */
const PLACE_LEADING = /^\s*(?:At|In|Inside)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*)(?:\s+alone)?\s*,/u;
const placeOf = ({ sentence, quantity }: Figure) => {
  const found = PLACE_LEADING.exec(sentence);
  return found && found[0].length <= quantity.start ? found[1] : null;
};

/** "$760,000 for Ms. Holt and $530,000 for Mr. Ruiz": the person a figure is told for, right after it. */
const FOR_NAMED = new RegExp(`^\\s+for\\s+(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov)\\.\\s+)?(${NAME})`, 'u');
const namedFor = ({ sentence, quantity }: Figure) => FOR_NAMED.exec(sentence.slice(quantity.end))?.[1] ?? null;

/** A holder's name as compared: "Democrats", "Democratic" (candidates) and "Democrat" are one party. */
const holderName = (name: string | null) => name?.replace(/^The\s+/, '').replace(/['’]s?$/, '').replace(/s$/, '').replace(/ic$/, '').toLowerCase() ?? null;
/** One holder named in full and by its last words ("Ruth Olan", "Olan") or a firm by its first ("Lund Minerals", "Lund"). */
const sameName = (x: string, y: string) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `);

/** Figures two sentences give for two named winners or movers, from two named polls or of two named places: figures of two things. */
export function otherHolders(a: Figure, b: Figure): boolean {
  return [winnerOf, pollOf, placeOf, namedFor].some((holderOf) => {
    const [x, y] = [holderOf(a), holderOf(b)].map(holderName);
    return x !== null && y !== null && !sameName(x, y);
  });
}

/** "three of her rivals", "her three rivals": whose things a count counts, by the pronoun that owns them. */
const OWNER_AFTER = /^\s+of\s+(his|her|their)\b/i;
const OWNER_BEFORE = /\b(his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Counts of two people's things: "all three of her rivals" and "all three of his rivals" are two candidates' rivals. */
export function ownersApart({ sentence: x, quantity: a }: Figure, { sentence: y, quantity: b }: Figure): boolean {
  const owner = (sentence: string, q: Quantity) => (OWNER_AFTER.exec(sentence.slice(q.end)) ?? OWNER_BEFORE.exec(sentence.slice(0, q.start)))?.[1].toLowerCase() ?? null;
  const [one, other] = [owner(x, a), owner(y, b)];
  // "their two children" may be a couple's, hers among them: only "his" against "her" names two owners.
  return one !== null && other !== null && one !== other && one !== 'their' && other !== 'their';
}

/** Figures two sentences give for one named winner or mover ("the Harbour 100 fell 2.6%", "the Harbour 100 index fell 2.3 percent"). */
/** Who won or moved by a figure, as its name is compared ("civic renewal party"), or null. */
export const holderOf = (figure: Figure) => holderName(winnerOf(figure));

/**
 * Figures all told of one named winner ("Merdel's Social Alliance took 27.9 percent" / "Social Alliance … won 29.7 per cent"), and
 * a sentence that names neither that winner nor any word of its name ("The party took 34.2 percent"): of another holder, as far
 * as it tells.
 */
export function heldByAnother(sides: Figure[], other: Figure): boolean {
  const holders = sides.map(holderOf);
  const [first] = holders;
  if (first === null || first === undefined || !holders.every((h) => h !== null && sameName(h, first))) return false;
  const own = holderOf(other);
  if (own !== null) return !sameName(own, first);
  const shortest = holders.reduce((x, y) => (y!.length < x!.length ? y : x))!;
  return !other.sentence.toLowerCase().includes(shortest.split(' ').pop()!);
}

export function sameHolder(a: Figure, b: Figure): boolean {
  const [x, y] = [winnerOf(a), winnerOf(b)].map(holderName);
  return x !== null && y !== null && sameName(x, y);
}

const RANGE_START = /\b(?:(?:between|from)\s+([\d.,]+)\s+(?:and|to)|([\d.,]+)\s+to)\s+$/i;

/** The range a figure ends ("between 200 and 250 workers", "200 to 250 staff"), scaled as it is; null when it ends none. */
export function rangeEnded({ sentence, quantity }: Figure): [number, number] | null {
  const found = RANGE_START.exec(sentence.slice(0, quantity.start));
  const low = found ? Number((found[1] ?? found[2]).replace(/,/g, '')) : NaN;
  const written = Number(/[\d.,]+/.exec(quantity.text)?.[0].replace(/,/g, '') ?? NaN);
  if (!Number.isFinite(low) || !Number.isFinite(written) || written === 0) return null;
  // "between 1.5 and 2 million": the low end has the high end's scale.
  return [low * (quantity.value / written), quantity.value];
}

/** A figure inside the range the other ends ("about 220" within "between 200 and 250"). */
export function withinRange(ranged: Figure, other: Figure): boolean {
  const range = rangeEnded(ranged);
  return range !== null && other.quantity.value >= range[0] && other.quantity.value <= range[1];
}

/** "130 National Guard members": the body named between a count and its members. */
const BODY_WITHIN = new RegExp(`^[\\d.,]+(?:\\s+(?:million|thousand|hundred))?\\s+(${NAME})\\s+members?$`, 'u');
/** "300 members of the Kentucky National Guard", "members of the Teamsters": the body named after them. */
const BODY_AFTER = new RegExp(`^\\s+of\\s+(?:the\\s+)?(${NAME})`, 'u');

/**
 * The body whose members a count counts, lower-cased ("kentucky national guard"); null for members of none named. Members of a
 * named body are a specific thing counted, as troops or nurses are, where "members" alone may be of anything.
 */
export function memberBody({ sentence, quantity }: Figure): string | null {
  if (quantity.unit !== 'member') return null;
  const body = BODY_WITHIN.exec(quantity.text)?.[1] ?? BODY_AFTER.exec(sentence.slice(quantity.end))?.[1];
  return body?.toLowerCase() ?? null;
}

/** Members of one body, named in full or by its last words ("the Kentucky National Guard" / "National Guard members"). */
export function sameBody(a: Figure, b: Figure): boolean {
  const [x, y] = [memberBody(a), memberBody(b)];
  return x !== null && y !== null && sameName(x, y);
}

/** Members of two named bodies ("members of the National Guard" / "members of the Civil Air Patrol"): two counts. */
export function membersOfTwoBodies(a: Figure, b: Figure): boolean {
  return memberBody(a) !== null && memberBody(b) !== null && !sameBody(a, b);
}

const DISTANCE_UNITS = new Set(['mile', 'kilometer']);
/** "450 miles) northwest of Dunmarrow", "about 520 miles north of Dunmarrow", "30 miles from Carlow": the place a distance is measured from. */
const FROM_PLACE = new RegExp(`^\\s*\\)?\\s*(?:(?:due\\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+|away\\s+|outside\\s+)?(?:of|from)\\s+(?:the\\s+)?(${NAME})`, 'u');

/** The named place a distance is given from; null for another figure or a distance from no named place. */
export function distanceFrom({ sentence, quantity }: Figure): string | null {
  if (!DISTANCE_UNITS.has(quantity.unit)) return null;
  return FROM_PLACE.exec(sentence.slice(quantity.end))?.[1].toLowerCase() ?? null;
}

const POPULATION_BEFORE = /\b(?:home\s+to|population\s+(?:of|is|was|stands\s+at|stood\s+at)|(?:city|town|village|island|county|district|province|region|state|country|nation)\s+of)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|more\s+than|over|fewer\s+than|under|just\s+over|just\s+under|an\s+estimated)\s+)?$/i;
const RESIDENTS = /\b(?:residents|inhabitants)\b/i;
const LIVING_AFTER = /^\s+live\b/i;

/** A count of the people living somewhere: "home to about 85,000 people", "has 160,000 residents", "a town of 15,000", "8,000 people live". */
export function populationFigure({ sentence, quantity }: Figure): boolean {
  if (quantity.unit !== 'person') return false;
  const after = sentence.slice(quantity.end);
  // "forcing about 4,200 residents to leave their homes": those residents a fate befell, not all.
  return POPULATION_BEFORE.test(sentence.slice(0, quantity.start)) || (RESIDENTS.test(quantity.text) && !BEFELL_AFTER.test(after) && fateOf({ sentence, quantity }) === null) || LIVING_AFTER.test(after);
}
/** After a count of residents, what befell them ("42,000 residents of the city were told…", "are under an order"): those residents, not all. */
const BEFELL_AFTER = /^(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:were|are|was|is|have\s+been|had\s+been|remain(?:ed)?|must|will|would|could|lost|fled|received|got)\b/i;

const VOTE_FAILED = /\b(?:fail(?:s|ed)?|defeated|rejected|voted\s+down|fell\s+short|killed|sank)\b/i;
/** "one vote short", "two votes shy of": a vote that missed what it needed. */
const VOTES_SHORT = /\bvotes?\s+(?:short|shy)\b/i;
const VOTE_CARRIED = /\b(?:pass(?:es|ed)?|approved|adopted|cleared|advanced|backed|endorsed|confirmed|voted\b(?:\s+[\w-]+){0,4}?\s+to\s+(?!reject|deny|block|kill|oppose|defeat|strike)[a-z]+)\b/i;

/** Whether the vote a tally (as written in its sentence) counts carried or failed, where its clause tells; null where it tells neither or both. */
export function voteOutcomeIn(sentence: string, tally: string): 'carried' | 'failed' | null {
  const clause = sentence.split(/;\s+|,\s+(?:and|but|while|after|before)\s+|\s+(?:after|before|when)\s+/).find((part) => part.includes(tally)) ?? sentence;
  // "voted 44 to 23 to override, one vote short of the two-thirds required": a vote that fell short failed, whatever it was for.
  const failed = VOTE_FAILED.test(clause) || VOTES_SHORT.test(clause);
  const carried = VOTE_CARRIED.test(clause) && !VOTES_SHORT.test(clause);
  return failed === carried ? null : failed ? 'failed' : 'carried';
}
