import { describe, expect, it } from 'vitest';
import { followedOutletIds, groupByRegion, initialChoice, saveLabel, selectionChanges } from '../../../components/onboarding/selection';
import { outletLabel } from '../../../lib/core/outlets/label';
import { allOutlets, defaultOutlets } from '../../../lib/core/outlets/catalogue';
import { CATALOGUE, HERALD, LEDGER, STATE_TV, WIRE, WIRE_WEEKLY } from './outlets';

const ids = (outlets: { id: string }[]) => outlets.map((o) => o.id);

describe('grouping outlets by region', () => {
  it('follows the order of regions, sorts outlets by name, and leaves out empty regions', () => {
    const groups = groupByRegion(CATALOGUE);
    expect(groups.map((g) => g.region)).toEqual(['United States', 'United Kingdom', 'Middle East', 'Africa']);
    expect(ids(groups[0].outlets)).toEqual(['wire', 'wire-weekly']);
  });

  it('puts an outlet of a country without a region under Other rather than dropping it', () => {
    expect(groupByRegion([WIRE, { ...HERALD, country: 'ATA' }]).map((g) => [g.region, ids(g.outlets)])).toEqual([
      ['United States', ['wire']],
      ['Other', ['herald']],
    ]);
  });

  it('shows every outlet of the shipped catalogue exactly once', () => {
    expect(groupByRegion(allOutlets()).flatMap((g) => ids(g.outlets)).sort()).toEqual(ids([...allOutlets()]).sort());
  });
});

describe('the initial choice', () => {
  it('is the default selection for a new reader, never with a state-controlled outlet', () => {
    expect([...initialChoice([WIRE, LEDGER, STATE_TV], new Set())]).toEqual(['wire', 'ledger']);
    const shipped = initialChoice(defaultOutlets(), new Set());
    expect(shipped.size).toBeGreaterThanOrEqual(20);
    for (const o of allOutlets()) if (o.stateControlled) expect(shipped.has(o.id), o.name).toBe(false);
  });

  it('is what the reader follows once they follow anything', () => {
    const followed = followedOutletIds(CATALOGUE, new Set(['https://feeds.wire.example/us.xml', 'https://feeds.herald.example/world.xml']));
    expect([...followed]).toEqual(['wire', 'herald']);
    expect([...initialChoice([WIRE, LEDGER], followed)]).toEqual(['wire', 'herald']);
  });
});

describe('what saving a choice changes', () => {
  it('asks for the new outlets’ feed and article sites in one list, each site once', () => {
    const changes = selectionChanges(CATALOGUE, new Set(), new Set(['wire', 'ledger', 'wire-weekly']), new Set());
    expect(ids(changes.follow)).toEqual(['wire', 'ledger', 'wire-weekly']);
    expect(changes.feedsToFollow).toEqual([...WIRE.feeds, ...LEDGER.feeds, ...WIRE_WEEKLY.feeds]);
    expect(changes.sitesToRequest).toEqual(['https://feeds.ledger.example/*', 'https://feeds.wire.example/*', 'https://www.ledger.example/*', 'https://www.wire.example/*']);
    expect(changes.unfollow).toEqual([]);
  });

  it('unfollows the followed feeds of outlets left out and withdraws only the sites no chosen outlet uses', () => {
    const followedFeeds = new Set([...WIRE.feeds, ...WIRE_WEEKLY.feeds, ...LEDGER.feeds]);
    const changes = selectionChanges(CATALOGUE, new Set(['wire', 'wire-weekly', 'ledger']), new Set(['wire-weekly', 'herald']), followedFeeds);
    expect(ids(changes.follow)).toEqual(['herald']);
    expect(ids(changes.unfollow)).toEqual(['wire', 'ledger']);
    expect(changes.feedsToUnfollow).toEqual([...WIRE.feeds, ...LEDGER.feeds]);
    // The wire's sites stay: its sister title, still chosen, is on them.
    expect(changes.sitesToWithdraw).toEqual(['https://feeds.ledger.example/*', 'https://www.ledger.example/*']);
    expect(changes.sitesToRequest).toEqual(['https://feeds.herald.example/*', 'https://www.herald.example/*']);
  });

  it('matches feeds the way the store spells their addresses', () => {
    const bare = { ...LEDGER, feeds: ['https://FEEDS.ledger.example'] };
    expect(followedOutletIds([bare], new Set(['https://feeds.ledger.example/']))).toEqual(new Set(['ledger']));
  });

  it('says what the save button will do', () => {
    expect(saveLabel({ follow: [WIRE, LEDGER], unfollow: [] })).toBe('Follow 2 outlets');
    expect(saveLabel({ follow: [], unfollow: [WIRE] })).toBe('Stop following 1 outlet');
    expect(saveLabel({ follow: [HERALD], unfollow: [WIRE, LEDGER] })).toBe('Follow 1 outlet, stop following 2');
  });
});

describe('an outlet’s label', () => {
  it('gives its ownership type and country, or only its country', () => {
    expect(outletLabel(LEDGER)).toBe('public broadcaster · UK');
    expect(outletLabel(STATE_TV)).toBe('state-funded · Qatar');
    expect(outletLabel(HERALD)).toBe('Kenya');
  });

  it('names every country of the shipped catalogue', () => {
    for (const o of allOutlets()) expect(outletLabel(o), o.name).not.toMatch(/\b[A-Z]{3}\b/);
  });
});
