/**
 * `<meta>` and `<link>` tags: Open Graph (`og:*`, `article:*`), Twitter cards, Dublin Core and the
 * common `name=` variants publishers use (`date`, `pubdate`, `parsely-pub-date`…), the canonical
 * link and the page language. Each field lists its tags in order of trust.
 */
export interface MetaTags {
  title: string | null;
  author: string | null;
  siteName: string | null;
  published: string | null;
  canonical: string | null;
  language: string | null;
}

const TITLE = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title'];
const AUTHOR = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
const SITE_NAME = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const PUBLISHED = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'published_time',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'original-publish-date',
];
const LANGUAGE = ['og:locale', 'content-language', 'language', 'dc.language'];

export function readMetaTags(doc: Document): MetaTags {
  const content = metaContentByName(doc);
  const first = (names: string[], accept: (value: string) => boolean = () => true) =>
    names.map((name) => content.get(name)).find((value): value is string => value !== undefined && accept(value)) ?? null;
  const link = (rel: string) => doc.querySelector(`link[rel="${rel}"]`)?.getAttribute('href')?.trim() || null;
  return {
    title: first(TITLE),
    // `article:author` is often a profile URL, which is no name.
    author: first(AUTHOR, (value) => !/^https?:\/\//i.test(value)),
    siteName: first(SITE_NAME, (value) => !/^https?:\/\//i.test(value)),
    published: first(PUBLISHED),
    canonical: link('canonical') ?? first(['og:url']),
    language: doc.documentElement?.getAttribute('lang')?.trim() || first(LANGUAGE),
  };
}

/** Every `<meta>` by its lower-cased `property`, `name` or `itemprop` (the first of each wins). */
function metaContentByName(doc: Document): Map<string, string> {
  const byName = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const value = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    const keys = `${meta.getAttribute('property') ?? ''} ${meta.getAttribute('name') ?? ''} ${meta.getAttribute('itemprop') ?? ''} ${meta.getAttribute('http-equiv') ?? ''}`;
    for (const key of keys.toLowerCase().split(/\s+/).filter(Boolean)) {
      if (!byName.has(key)) byName.set(key, value);
    }
  }
  return byName;
}
