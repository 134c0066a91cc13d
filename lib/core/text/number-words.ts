/** Numbers under twenty in words, each at its value's place ("zero" is 0). */
export const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** Ordinals under twenty-one, each at its value's place ("fourth" is 4). */
export const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** Tens in words, each at its place ("twenty" is 2). */
export const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A number under a hundred in words: "seven", "nineteen", "thirty-one", "forty two". */
export const NUMBER_UNDER_HUNDRED = `(?:(?:${TENS.filter(Boolean).join('|')})(?:[-\\s](?:${SMALL_NUMBERS.slice(1, 10).join('|')}))?|${SMALL_NUMBERS.slice(1).reverse().join('|')})`;

/** A pattern of a number under a hundred in words ("twenty-one", "twenty one"); null from a hundred on. */
export function numberWordsPattern(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
  if (n < SMALL_NUMBERS.length) return SMALL_NUMBERS[n];
  const units = n % 10;
  return units === 0 ? TENS[n / 10] : `${TENS[Math.floor(n / 10)]}[-\\s]${SMALL_NUMBERS[units]}`;
}

/** A number written in digits or, under a hundred, in words ("seven", "7", "thirty-one"); NaN for anything else. */
export function smallNumber(written: string): number {
  const word = written.toLowerCase();
  const index = SMALL_NUMBERS.indexOf(word);
  if (index >= 0) return index;
  const tens = /^([a-z]+)(?:[-\s]([a-z]+))?$/.exec(word);
  if (tens && TENS.indexOf(tens[1]) >= 2 && (tens[2] === undefined || (SMALL_NUMBERS.indexOf(tens[2]) > 0 && SMALL_NUMBERS.indexOf(tens[2]) < 10))) {
    return TENS.indexOf(tens[1]) * 10 + (tens[2] ? SMALL_NUMBERS.indexOf(tens[2]) : 0);
  }
  return Number(written);
}
