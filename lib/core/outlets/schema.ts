import { z } from 'zod/mini';

// zod/mini, without compiled validators, as everywhere in the extension (see lib/browser/messaging/schemas.ts).
z.config({ jitless: true });

/** The public catalogues the outlet facts come from (credited in NOTICE). */
const CATALOGUE_SOURCES = ['awesome-rss-feeds', 'kite-public', 'news-feed-list-of-countries'] as const;
export type CatalogueSource = (typeof CATALOGUE_SOURCES)[number];

/** kite-public's typology of outlets, reduced to what a reader needs to weigh a source. */
const OWNERSHIP_TYPES = ['private', 'non-profit', 'public broadcaster', 'state-funded'] as const;
export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];

const httpsUrl = z.url({ protocol: /^https$/ });
const nonEmpty = z.string().check(z.minLength(1));

const outletSchema = z.strictObject({
  /** Stable key for a reader's selection. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: nonEmpty,
  /** ISO 3166 alpha-3 of the country the outlet reports from. */
  country: z.string().check(z.regex(/^[A-Z]{3}$/)),
  /** BCP 47 language of the feeds. */
  language: z.string().check(z.minLength(2)),
  /** https origins where the outlet's articles live. */
  sites: z.array(httpsUrl.check(z.refine((url) => new URL(url).origin === url, 'a site is an origin'))).check(z.minLength(1)),
  /** General, world or national feeds, https only. */
  feeds: z.array(httpsUrl).check(z.minLength(1)),
  /** The owner's name, where the catalogues give it. */
  owner: z.optional(nonEmpty),
  ownershipType: z.optional(z.enum(OWNERSHIP_TYPES)),
  /** Editorially controlled by a government (Crosscheck's own judgement): never preselected. */
  stateControlled: z.optional(z.literal(true)),
  /** Part of the balanced selection a new reader starts from. */
  defaultSelected: z.boolean(),
  /** Which catalogues the facts above came from. */
  sources: z.array(z.enum(CATALOGUE_SOURCES)).check(z.minLength(1)),
});

export type Outlet = z.infer<typeof outletSchema>;

export const outletList = z.array(outletSchema);
