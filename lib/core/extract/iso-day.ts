/**
 * The publication day of a date or date-time string as `YYYY-MM-DD`, or null when it does not parse.
 * One rule for feeds and page metadata: when the string states the publisher's offset, the day is
 * the one in that offset (`Tue, 15 Mar 2022 23:30 -0500` is the 15th, though already the 16th in
 * UTC); an ISO 8601 date is taken as written; anything else Date.parse reads gets its UTC day.
 */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(trimmed);
  if (written) return written[1];
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return new Date(time + (statedOffsetMinutes(trimmed) ?? 0) * 60_000).toISOString().slice(0, 10);
}

/** The zone names of RFC 822 dates (RFC 5322 §4.3), in minutes east of UTC. */
const ZONE_MINUTES: Record<string, number> = { UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/**
 * The offset a date-time ends with, right after its time of day (`23:30 -0500`, `23:30:00 +05:30`,
 * `23:30 GMT`, `11:30 PM EST`, maybe followed by a comment such as `(CET)`); null when none is stated.
 */
const STATED_OFFSET = /\d:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?\s*(?:(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})|([A-Z]{1,3}))\s*(?:\([^)]*\))?$/i;

function statedOffsetMinutes(value: string): number | null {
  const stated = STATED_OFFSET.exec(value);
  if (!stated) return null;
  const [, sign, hours, minutes, zone] = stated;
  if (zone) return ZONE_MINUTES[zone.toUpperCase()] ?? null;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
