/**
 * Schema.org JSON-LD (`<script type="application/ld+json">`): the most reliable metadata a news
 * page carries, written for search engines. Reads the first article-like object (`NewsArticle`,
 * `BlogPosting`, `ReportageNewsArticle`…), also inside arrays and `@graph`.
 */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPE = /(?:Article|Posting)$|^Report$/;

export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const article = findArticle(parseJson(script.textContent ?? ''));
    if (article) {
      return {
        headline: text(article.headline) ?? text(article.name),
        author: names(article.author),
        publisher: names(article.publisher),
        datePublished: text(article.datePublished) ?? text(article.dateCreated),
        url: text(article.url) ?? text(objectOf(article.mainEntityOfPage)?.['@id']) ?? text(article.mainEntityOfPage),
        language: text(article.inLanguage),
      };
    }
  }
  return null;
}

type JsonObject = Record<string, unknown>;

function parseJson(source: string): unknown {
  try {
    // Some pages wrap the JSON in a CDATA section or an HTML comment.
    return JSON.parse(source.replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
  } catch {
    return null;
  }
}

function findArticle(value: unknown): JsonObject | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  const object = objectOf(value);
  if (!object) return null;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return object;
  return object['@graph'] ? findArticle(object['@graph']) : null;
}

function objectOf(value: unknown): JsonObject | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
}

/** A person or organisation, or a list of them: their names, comma-separated. */
function names(value: unknown): string | null {
  const list = ([] as unknown[]).concat(value ?? []);
  const found = list.map((item) => text(item) ?? text(objectOf(item)?.name)).filter((name): name is string => name !== null);
  return found.length ? found.join(', ') : null;
}
