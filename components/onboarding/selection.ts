import { sitePatterns } from '../../lib/browser/feeds/origins';
import type { Outlet } from '../../lib/core/outlets/catalogue';
import { REGIONS, regionOf, type Region } from '../../lib/core/outlets/regions';

/**
 * The onboarding page's logic, free of the browser: outlets by region, what the reader follows now,
 * and what saving a new choice changes (feeds to follow and unfollow, sites to ask for and withdraw).
 */

/** A feed address as the store keys it (the URL parser's spelling of it). */
const feedKey = (url: string) => new URL(url).href;

export const outletFeeds = (outlet: Outlet): string[] => outlet.feeds.map(feedKey);

/** The sites to allow for an outlet: its feeds' and its articles' (so full texts can be fetched). */
const outletSites = (outlets: readonly Outlet[]) => sitePatterns(outlets.flatMap((outlet) => [...outlet.feeds, ...outlet.sites]));

export interface RegionGroup {
  region: Region | 'Other';
  outlets: Outlet[];
}

/** Outlets grouped by region, in the catalogue's order of regions, by name within one. */
export function groupByRegion(outlets: readonly Outlet[]): RegionGroup[] {
  const order: RegionGroup['region'][] = [...REGIONS, 'Other'];
  return order
    .map((region) => ({
      region,
      outlets: outlets.filter((outlet) => (regionOf(outlet.country) ?? 'Other') === region).sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.outlets.length > 0);
}

/** Outlets the reader follows: those with at least one of their feeds followed. */
export function followedOutletIds(outlets: readonly Outlet[], followedFeeds: ReadonlySet<string>): Set<string> {
  return new Set(outlets.filter((outlet) => outletFeeds(outlet).some((url) => followedFeeds.has(url))).map((outlet) => outlet.id));
}

/** What the page starts with: the outlets followed now, or for a new reader the default selection. */
export function initialChoice(defaults: readonly Outlet[], followed: ReadonlySet<string>): Set<string> {
  return new Set(followed.size > 0 ? followed : defaults.filter((outlet) => !outlet.stateControlled).map((outlet) => outlet.id));
}

export interface SelectionChanges {
  follow: Outlet[];
  unfollow: Outlet[];
  /** Feeds of the newly chosen outlets. */
  feedsToFollow: string[];
  /** Followed feeds of the outlets no longer chosen. */
  feedsToUnfollow: string[];
  /** Sites to ask for, in one request. */
  sitesToRequest: string[];
  /** Sites of the outlets no longer chosen that no chosen outlet uses. */
  sitesToWithdraw: string[];
}

export function selectionChanges(outlets: readonly Outlet[], followed: ReadonlySet<string>, chosen: ReadonlySet<string>, followedFeeds: ReadonlySet<string>): SelectionChanges {
  const follow = outlets.filter((outlet) => chosen.has(outlet.id) && !followed.has(outlet.id));
  const unfollow = outlets.filter((outlet) => followed.has(outlet.id) && !chosen.has(outlet.id));
  const keptSites = new Set(outletSites(outlets.filter((outlet) => chosen.has(outlet.id))));
  return {
    follow,
    unfollow,
    feedsToFollow: [...new Set(follow.flatMap(outletFeeds))],
    feedsToUnfollow: unfollow.flatMap(outletFeeds).filter((url) => followedFeeds.has(url)),
    sitesToRequest: outletSites(follow),
    sitesToWithdraw: outletSites(unfollow).filter((site) => !keptSites.has(site)),
  };
}

const plural = (n: number) => `${n} outlet${n === 1 ? '' : 's'}`;

/** The save button's words: what it will do. */
export function saveLabel({ follow, unfollow }: Pick<SelectionChanges, 'follow' | 'unfollow'>): string {
  if (follow.length > 0 && unfollow.length > 0) return `Follow ${plural(follow.length)}, stop following ${unfollow.length}`;
  if (unfollow.length > 0) return `Stop following ${plural(unfollow.length)}`;
  return `Follow ${plural(follow.length)}`;
}
