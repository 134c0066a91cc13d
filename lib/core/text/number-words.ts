/** Numbers under twenty in words, each at its value's place ("zero" is 0). */
export const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** A number written in digits or, under twenty, in words ("seven", "7"); NaN for anything else. */
export function smallNumber(written: string): number {
  const index = SMALL_NUMBERS.indexOf(written.toLowerCase());
  return index >= 0 ? index : Number(written);
}
