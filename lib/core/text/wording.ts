import { SMALL_NUMBERS, smallNumber, TENS } from './number-words';

/**
 * One spoken wording whatever the house style that wrote it down: "won't" and "will not", "ten"
 * and "10", "£5m" and "£5 million", "9am" and "9 a.m.", "per cent" and "percent", "neighbour" and
 * "neighbor". Quotes are compared in this form, so that an outlet's style is never a change of what
 * was said.
 */

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SUFFIX = (n: number) => (n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th');

/** Number words; "one" alone is as often a pronoun ("not one I wanted"), so it stays a word. */
const NUMBER_WORD = new RegExp(`\\b(?:(${TENS.filter(Boolean).join('|')})(?:[-\\s](${SMALL_NUMBERS.slice(1, 10).join('|')}))?|(${SMALL_NUMBERS.filter((w) => w !== 'one').join('|')}))\\b`, 'gi');
const ORDINAL_WORD = new RegExp(`\\b(${ORDINALS.filter(Boolean).join('|')})\\b`, 'gi');
/** Negations written short: "won't", "can't", "cannot", "didn't" (straight or curly apostrophe). */
const IRREGULAR_NEGATIONS: [RegExp, string][] = [
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/\bcan['’]t\b|\bcannot\b/gi, 'can not'],
  [/\bain['’]t\b/gi, 'is not'],
];

/**
 * British spellings in their American form, applied to every outlet alike ("neighbourhood",
 * "prioritise", "centre", "defence", "analyse", "programme", "grey").
 */
const SPELLINGS: [RegExp, string][] = [
  [/(?<=\p{L}{3})our(?=s?\b|hood|ite|able|ful|ing|ed|er)/giu, 'or'],
  [/(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)\b/giu, 'iz$1'],
  [/(?<=\p{L}{2})ys(e|es|ed|ing)\b/giu, 'yz$1'],
  [/(?<=\p{L}{3})tre(s?)\b/giu, 'ter$1'],
  [/\b(def|off|lic|pret)ence(s?)\b/giu, '$1ense$2'],
  [/\bprogramme(s?)\b/giu, 'program$1'],
  [/\bgrey\b/giu, 'gray'],
];

export function spokenWording(text: string): string {
  let out = text;
  for (const [british, american] of SPELLINGS) out = out.replace(british, american);
  for (const [short, long] of IRREGULAR_NEGATIONS) out = out.replace(short, long);
  return (
    out
      .replace(/\b(\w+)n['’]t\b/gi, '$1 not')
      // "1,000" and "1000"; "£5m", "$2bn" and "£5 million", "$2 billion".
      .replace(/(?<=\d),(?=\d{3}\b)/g, '')
      .replace(/(\d)\s?(m|bn)\b/gi, (_, digit: string, scale: string) => `${digit} ${scale.toLowerCase() === 'm' ? 'million' : 'billion'}`)
      // "9am", "9 a.m." and "9 AM".
      .replace(/(\d)\s?([ap])\.?\s?m\b\.?/gi, (_, digit: string, half: string) => `${digit} ${half.toLowerCase()}m`)
      .replace(/\bper\s+cent\b/gi, 'percent')
      .replace(/\b(?:one|a)\s+hundred\b/gi, '100')
      .replace(/\b(?:one|a)\s+thousand\b/gi, '1000')
      .replace(NUMBER_WORD, (_, tens: string | undefined, unit: string | undefined, small: string | undefined) =>
        small !== undefined ? String(smallNumber(small)) : String(TENS.indexOf(tens!.toLowerCase()) * 10 + (unit ? smallNumber(unit) : 0)),
      )
      .replace(ORDINAL_WORD, (word: string) => {
        const n = ORDINALS.indexOf(word.toLowerCase());
        return `${n}${SUFFIX(n)}`;
      })
  );
}
