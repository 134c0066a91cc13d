import type { AnalysedArticle } from '../text/analyse';
import { differenceOf, valueOf, type Ranked } from './difference';

/** A compass direction as written ("north", "north-east", "southwest"), then "of" and the place it is told from. */
const BEARING = /^\s+((?:[Nn]orth|[Ss]outh)(?:[-\s]?(?:[Ee]ast|[Ww]est))?|[Ee]ast|[Ww]est)(?:ward)?\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

interface Bearing {
  analysed: AnalysedArticle;
  /** The distance as a value and unit ("150 mile"), so that "150 nautical miles" and "150 miles" are one. */
  distance: string;
  /** The direction's points ("north", "east" for north-east). */
  points: string[];
  place: string;
  text: string;
  sentence: string;
}

/** How much two outlets putting one event on opposite sides of a place changes what a reader knows. */
const BEARING_CONFLICT_SUBSTANCE = 3;

/** Every "<distance> <direction> of <Place>" an article writes ("150 nautical miles east of Aden"). */
function bearingsIn(analysed: AnalysedArticle): Bearing[] {
  return analysed.quantities.flatMap(({ value: quantity, sentence }) => {
    const match = BEARING.exec(sentence.slice(quantity.end));
    if (!match) return [];
    const points = match[1].toLowerCase().split(/[-\s]|(?<=north|south)/).filter(Boolean);
    const place = match[2];
    const text = sentence.slice(quantity.start, quantity.end + match[0].length);
    return [{ analysed, distance: `${quantity.value} ${quantity.unit}`, points, place, text, sentence }];
  });
}

/**
 * Bearings: outlets putting the same distance from the same place in directions that share no point ("150 miles east of
 * Aden" / "150 miles west of Aden") tell one location two ways, and one is wrong: a conflict, shown. Directions sharing a point
 * ("east" / "north-east") are one told loosely; an outlet giving two bearings from one place may be placing two things.
 */
export function compareBearings(articles: AnalysedArticle[]): Ranked[] {
  const byArticle = articles.map(bearingsIn);
  const out: Ranked[] = [];
  const keyOf = (b: Bearing) => `${b.distance}\u0000${b.place}`;
  for (const key of new Set(byArticle.flat().map(keyOf))) {
    const stated = byArticle.map((list) => list.filter((b) => keyOf(b) === key));
    const directions = stated.map((list) => new Set(list.map((b) => b.points.join('-'))));
    if (directions.some((set) => set.size > 1)) continue;
    const given = stated.filter((list) => list.length > 0).map((list) => list[0]);
    const opposed = given.some((a) => given.some((b) => !a.points.some((p) => b.points.includes(p))));
    if (!opposed) continue;
    const values = given.map((b) => valueOf(b.analysed, b.text, `${b.points.join('-')} of ${b.place}`, b.sentence));
    const label = [...new Set(values.map((v) => v.normalized))].join(' / ');
    out.push({ difference: differenceOf(articles, 'place', label, values, true), salience: values.length, substance: BEARING_CONFLICT_SUBSTANCE });
  }
  return out;
}
