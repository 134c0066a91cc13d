import { isoDay } from './iso-day';

/**
 * The publication day from the page's date sources, most trusted first. A date-time written in UTC
 * (`…Z`, `…+00:00`) is often the site's machinery normalising it, not the publisher's clock: when a
 * less trusted source gives the same instant in a local offset, that offset's day is the one the
 * publisher printed (`2017-02-24T01:18:13Z` and `2017-02-23T17:18:13-08:00` are the 23rd).
 */
const UTC_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i;
const LOCAL_TIME = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-](?!00:?00)\d{2}:?\d{2}$/;

export function publicationDay(candidates: (string | null)[]): string | null {
  const dated = candidates.map((value) => value?.trim() ?? '').filter((value) => isoDay(value) !== null);
  const first = dated[0];
  if (first === undefined) return null;
  if (UTC_TIME.test(first)) {
    const instant = Date.parse(first);
    const local = dated.find((value) => LOCAL_TIME.test(value) && Date.parse(value) === instant);
    if (local) return isoDay(local);
  }
  return isoDay(first);
}
