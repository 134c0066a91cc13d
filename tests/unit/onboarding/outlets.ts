import type { Outlet } from '../../../lib/core/outlets/catalogue';

/** A small catalogue written for these tests (the facts are made up). */
export function outlet(id: string, country: string, extra: Partial<Outlet> = {}): Outlet {
  return {
    id,
    name: id.replace(/-/g, ' '),
    country,
    language: 'en',
    sites: [`https://www.${id}.example`],
    feeds: [`https://feeds.${id}.example/world.xml`],
    defaultSelected: true,
    sources: ['kite-public'],
    ...extra,
  };
}

export const WIRE = outlet('wire', 'USA', { ownershipType: 'private', feeds: ['https://feeds.wire.example/world.xml', 'https://feeds.wire.example/us.xml'] });
export const LEDGER = outlet('ledger', 'GBR', { ownershipType: 'public broadcaster' });
export const HERALD = outlet('herald', 'KEN', { defaultSelected: false });
export const STATE_TV = outlet('state-tv', 'QAT', { ownershipType: 'state-funded', stateControlled: true });
/** Shares its site with the wire (a sister title on the same host). */
export const WIRE_WEEKLY = outlet('wire-weekly', 'USA', { sites: ['https://www.wire.example'], feeds: ['https://feeds.wire.example/weekly.xml'], defaultSelected: false });

export const CATALOGUE = [WIRE, LEDGER, HERALD, STATE_TV, WIRE_WEEKLY];
