import type { DifferenceKind } from '../lib/core/types';

/** Only web links are ever rendered as links: never `javascript:`, `data:` or extension URLs. */
export function safeHref(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function formatDate(isoDay: string | null): string | null {
  if (!isoDay) return null;
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return null;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export interface ArticleLabel {
  outlet: string;
  headline: string;
}

const LABEL_WORDS = 5;

/**
 * How an article is named on screen: its outlet (or the link's host) and its headline. An article
 * with neither outlet nor link is named by the first words of its headline or lead, so that two
 * unnamed articles can still be told apart.
 */
export function articleLabel(item: { source: string | null; url: string | null; title: string | null }, lead: string | undefined): ArticleLabel {
  const headline = item.title ?? (lead || 'Untitled article');
  let outlet = item.source;
  if (!outlet && item.url) {
    try {
      outlet = new URL(item.url).hostname.replace(/^www\./, '') || null;
    } catch {
      outlet = null;
    }
  }
  if (!outlet) {
    const words = headline.split(/\s+/);
    outlet = `“${words.slice(0, LABEL_WORDS).join(' ')}${words.length > LABEL_WORDS ? '…' : ''}”`;
  }
  return { outlet, headline };
}

const VALUE_WORDS = 12;

/** A value short enough for a card's row: a long quote or sentence is cut, the card's sentences show it whole. */
/**
 * The day a date told without one ("Monday afternoon", "last Tuesday") was read as, for the reader to set beside another outlet's
 * written date ("December 6"); null for a date written with its day, or no day.
 */
export function dayReadAs(kind: DifferenceKind, value: { text: string; normalized: string }): string | null {
  return kind === 'date' && !/\d/.test(value.text) && /^\d{4}-\d{2}-\d{2}$/.test(value.normalized) ? formatDate(value.normalized) : null;
}

export function shortValue(text: string): string {
  const words = text.split(/\s+/);
  return words.length > VALUE_WORDS ? `${words.slice(0, VALUE_WORDS).join(' ')}…` : text;
}
