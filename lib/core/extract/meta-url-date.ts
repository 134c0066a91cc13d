/**
 * Many news addresses carry their day: `/2019/11/19/`, `/2019-11-19/`, `/20191119/`, `-2019-11-19.html`.
 * Only a plausible calendar day counts (year 1990–2099, real month and day).
 */
const PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/,
];

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of PATTERNS) {
    const match = pattern.exec(path);
    if (match) {
      const day = calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
      if (day) return day;
    }
  }
  return null;
}

function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
