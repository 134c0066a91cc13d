import { isoDay } from './iso-day';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  lang: string | null;
  description: string | null;
}

/** Metadata that pages declare for machines: Open Graph, `<meta>` tags, the canonical link. */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const url = absoluteUrl(canonical, pageUrl) ?? meta('meta[property="og:url"]') ?? pageUrl;
  return {
    title: meta('meta[property="og:title"]'),
    byline: meta('meta[name="author"]'),
    source: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    url,
    publishedAt: isoDay(
      meta('meta[property="article:published_time"]') ??
        meta('meta[name="date"]') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
    ),
    lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
    description: meta('meta[name="description"]') ?? meta('meta[property="og:description"]'),
  };
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
