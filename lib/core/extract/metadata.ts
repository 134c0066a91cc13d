import { readJsonLd } from './meta-json-ld';
import { readMetaTags } from './meta-tags';
import { readTimeElement } from './meta-time-element';
import { dateFromUrl } from './meta-url-date';
import { publicationDay } from './publication-day';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
  /** `YYYY-MM-DD`. */
  publishedAt: string | null;
  lang: string | null;
}

/**
 * Metadata that pages declare for machines, each field from its most reliable source first:
 * JSON-LD, then `<meta>` tags, then what is printed on the page (`<time>`), then the address.
 */
export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const jsonLd = readJsonLd(doc);
  const tags = readMetaTags(doc);
  const url = absoluteUrl(tags.canonical, pageUrl) ?? absoluteUrl(jsonLd?.url ?? null, pageUrl) ?? pageUrl;
  return {
    title: jsonLd?.headline ?? tags.title,
    byline: jsonLd?.author ?? tags.author,
    source: jsonLd?.publisher ?? tags.siteName,
    url,
    publishedAt:
      publicationDay([jsonLd?.datePublished ?? null, tags.published, readTimeElement(doc)]) ?? dateFromUrl(pageUrl) ?? dateFromUrl(url),
    lang: tags.language ?? jsonLd?.language ?? null,
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
