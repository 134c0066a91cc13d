/**
 * Lines that carry no story content whatever the site: relative timestamps left by scrapers
 * ("34 minutes ago"), share and sign-in prompts. Issue-level cleaning grows from here.
 */
const RELATIVE_TIME = /^(?:updated\s+|published\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago\.?$/i;
const JUST_NOW = /^(?:just now|moments ago)$/i;

export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  return RELATIVE_TIME.test(trimmed) || JUST_NOW.test(trimmed);
}
