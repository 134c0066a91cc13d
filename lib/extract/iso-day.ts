/** `YYYY-MM-DD` of a date or date-time string, or null when it does not parse. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct) return direct[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
