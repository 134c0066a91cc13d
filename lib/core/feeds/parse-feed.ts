import { parseFeed } from 'feedsmith';
import { isoDay } from '../extract/iso-day';
import type { CorpusRecord } from '../types';
import { htmlFragmentText } from './html-text';

export interface ParsedFeed {
  title: string | null;
  /** The entries as corpus records; `url` is the entry's web link, when it has one. */
  entries: CorpusRecord[];
}

/** Most entries a poll keeps from one feed: feeds list recent news, not archives. */
const MAX_ENTRIES = 200;

/** The entries of an RSS, Atom or RDF feed (parsed with feedsmith); throws a readable error for anything else. */
export function parseFeedEntries(xml: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch {
    throw new Error('This address did not return an RSS or Atom feed.');
  }
  if (parsed.format === 'json') throw new Error('JSON feeds are not supported; use the outlet’s RSS or Atom feed.');
  const { format, feed } = parsed;
  const title = text(format === 'atom' ? feed.title : feed.title);
  const items: unknown[] = (format === 'atom' ? feed.entries : feed.items) ?? [];
  const entries = items.slice(0, MAX_ENTRIES).flatMap((item) => {
    const record = format === 'atom' ? atomEntry(item as AtomEntry, feedUrl, title) : rssItem(item as RssItem, feedUrl, title);
    return record ? [record] : [];
  });
  return { title, entries };
}

interface TextNode {
  value?: string;
}
interface AtomEntry {
  id?: string;
  title?: TextNode | string;
  links?: { href?: string; rel?: string }[];
  published?: string;
  updated?: string;
  summary?: TextNode | string;
  content?: TextNode | string;
}
interface RssItem {
  title?: string;
  link?: string;
  guid?: TextNode | string;
  pubDate?: string;
  description?: string;
  content?: { encoded?: string };
  dc?: { date?: string; dates?: string[] };
}

function atomEntry(entry: AtomEntry, feedUrl: string, source: string | null): CorpusRecord | null {
  const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  return record({
    guid: entry.id,
    link: link ? resolve(link, feedUrl) : null,
    title: text(entry.title),
    date: entry.published ?? entry.updated,
    body: text(entry.content) ?? text(entry.summary),
    source,
  });
}

function rssItem(item: RssItem, feedUrl: string, source: string | null): CorpusRecord | null {
  return record({
    guid: text(item.guid) ?? undefined,
    link: item.link ? resolve(item.link, feedUrl) : null,
    title: text(item.title),
    date: item.pubDate ?? item.dc?.date ?? item.dc?.dates?.[0],
    body: item.content?.encoded ?? item.description ?? null,
    source,
  });
}

/** An entry is kept when it can be told apart (a link or an id) and has something to read. */
function record(entry: { guid?: string; link: string | null; title: string | null; date?: string; body: string | null; source: string | null }): CorpusRecord | null {
  const id = entry.link ?? (entry.guid?.trim() || null);
  const title = entry.title ? htmlFragmentText(entry.title) || null : null;
  const text = (entry.body ? htmlFragmentText(entry.body) : '') || title;
  if (!id || !text) return null;
  return { id, source: entry.source, url: entry.link, title, publishedAt: isoDay(entry.date), text };
}

function text(value: TextNode | string | undefined | null): string | null {
  const raw = typeof value === 'string' ? value : value?.value;
  return raw?.trim() || null;
}

/** Only web links are kept; a relative link is read against the feed's address. */
function resolve(link: string, base: string): string | null {
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
