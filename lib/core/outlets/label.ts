import { allOutlets, type CatalogueSource, type Outlet } from './catalogue';
import { countryName } from './countries';

/** How a covering outlet is described beside its name, and where that description comes from. */
export interface OutletLabel {
  /** "public broadcaster · UK", "state-funded · Qatar", or the country alone when ownership is unknown. */
  text: string;
  /** The catalogues the facts came from, for a hover: "From kite-public (Kagi News)". */
  credit: string;
}

/** Each catalogue as a reader would recognise it. */
const CATALOGUE_NAMES: Record<CatalogueSource, string> = {
  'kite-public': 'kite-public (Kagi News)',
  'awesome-rss-feeds': 'awesome-rss-feeds',
  'news-feed-list-of-countries': 'news-feed-list-of-countries',
};

/** A host without its `www.`, so that `www.bbc.co.uk` and `bbc.co.uk` are one site. */
const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** A name as outlets are compared by it: case, accents and punctuation aside. */
const nameKey = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** "Guardian" for "The Guardian": a shorter name the outlet also goes by. */
const withoutArticle = (name: string) => name.replace(/^the\s+/i, '');

interface CatalogueIndex {
  byHost: Map<string, Outlet>;
  byName: Map<string, Outlet>;
}

let index: CatalogueIndex | undefined;

function indexOf(outlets: readonly Outlet[]): CatalogueIndex {
  return {
    byHost: new Map(outlets.flatMap((outlet) => outlet.sites.map((site) => [bareHost(new URL(site).hostname), outlet] as const))),
    // Full names are set last, so they win over a shortened one ("Nation" is not "The Nation").
    byName: new Map([...outlets.map((outlet) => [nameKey(withoutArticle(outlet.name)), outlet] as const), ...outlets.map((outlet) => [nameKey(outlet.name), outlet] as const)]),
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return null;
  }
}

/**
 * The catalogue's outlet an article comes from: by its address (the outlet's site or a subdomain
 * of it, e.g. edition.cnn.com for www.cnn.com), else by its source's name.
 */
export function outletFor(article: { source: string | null; url: string | null }): Outlet | undefined {
  index ??= indexOf(allOutlets());
  const { byHost, byName } = index;
  const host = hostOf(article.url);
  if (host) {
    for (let at = host; at.includes('.'); at = at.slice(at.indexOf('.') + 1)) {
      const outlet = byHost.get(at);
      if (outlet) return outlet;
    }
  }
  return article.source ? byName.get(nameKey(article.source)) : undefined;
}

/** The label of an article's outlet, or null for an outlet the catalogue does not know. */
export function outletLabelFor(article: { source: string | null; url: string | null }): OutletLabel | null {
  const outlet = outletFor(article);
  if (!outlet) return null;
  return { text: outletLabel(outlet), credit: `From ${wordList(outlet.sources.map((source) => CATALOGUE_NAMES[source]))}` };
}

/** "a", "a and b", "a, b and c". */
function wordList(words: string[]): string {
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '');
}

/** "public broadcaster · UK", "state-funded · Qatar", or just the country when ownership is unknown. */
export function outletLabel(outlet: Outlet): string {
  return [outlet.ownershipType, countryName(outlet.country)].filter(Boolean).join(' · ');
}
