import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allOutlets, defaultOutlets, outletsInCountry } from '../../../../lib/core/outlets/catalogue';
import { regionOf, type Region } from '../../../../lib/core/outlets/regions';

const CATALOGUES = join(__dirname, '../../../../../shared/data/catalogues');
const REQUIRED_REGIONS: Region[] = ['United States', 'United Kingdom', 'Europe', 'Asia', 'Africa', 'Latin America'];

const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe('the outlet catalogue', () => {
  const outlets = allOutlets();

  it('lists at least 60 outlets, each with the required facts (the schema is checked on load)', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(60);
    for (const outlet of outlets) {
      expect(regionOf(outlet.country), `${outlet.name}: ${outlet.country} has no region`).toBeDefined();
      expect(outlet.sources.length, outlet.name).toBeGreaterThan(0);
      if (outlet.owner) expect(outlet.sources, `${outlet.name}: owners come from kite-public`).toContain('kite-public');
    }
  });

  it('has only https feed addresses and https site origins', () => {
    for (const outlet of outlets) {
      for (const url of [...outlet.feeds, ...outlet.sites]) expect(new URL(url).protocol, `${outlet.name}: ${url}`).toBe('https:');
      for (const site of outlet.sites) expect(new URL(site).origin).toBe(site);
    }
  });

  it('has no duplicate outlet, by id, by name or by feed address', () => {
    expect(duplicates(outlets.map((o) => o.id))).toEqual([]);
    expect(duplicates(outlets.map((o) => o.name.toLowerCase()))).toEqual([]);
    expect(duplicates(outlets.flatMap((o) => o.feeds))).toEqual([]);
  });

  it('covers the US, the UK, Europe, Asia, Africa and Latin America', () => {
    for (const region of REQUIRED_REGIONS) {
      expect(outlets.filter((o) => regionOf(o.country) === region).length, region).toBeGreaterThanOrEqual(5);
    }
  });

  it('preselects about 25 outlets from every region, and no state-controlled one', () => {
    const selected = outlets.filter((o) => o.defaultSelected);
    expect(selected.length).toBeGreaterThanOrEqual(20);
    expect(selected.length).toBeLessThanOrEqual(30);
    expect(selected.filter((o) => o.stateControlled).map((o) => o.name)).toEqual([]);
    expect(defaultOutlets()).toEqual(selected);
    for (const region of REQUIRED_REGIONS) expect(selected.some((o) => regionOf(o.country) === region), region).toBe(true);
    expect(outlets.some((o) => o.stateControlled)).toBe(true); // flagged, listed, never preselected
  });

  it('finds outlets by country code, in any case', () => {
    const british = outletsInCountry('gbr');
    expect(british.length).toBeGreaterThan(5);
    expect(british.every((o) => o.country === 'GBR')).toBe(true);
    expect(outletsInCountry('XXX')).toEqual([]);
  });
});

describe.skipIf(!existsSync(CATALOGUES))('the outlet catalogue against ../shared/data/catalogues', () => {
  it('takes every feed address from the public catalogues, as they list it', () => {
    const files = ['kite-public/core_feeds.py', 'kite-public/kite_feeds.json', 'news-feed-list-of-countries/news-feed-list-of-countries.json', 'awesome-rss-feeds/News.opml']
      .concat(readdirSync(join(CATALOGUES, 'awesome-rss-feeds/countries')).map((f) => `awesome-rss-feeds/countries/${f}`))
      .map((file) => readFileSync(join(CATALOGUES, file), 'utf8'));
    for (const outlet of allOutlets()) {
      for (const feed of outlet.feeds) {
        const listed = files.some((text) => text.includes(`"${feed}"`) || text.includes(`"${feed.replaceAll('&', '&amp;')}"`));
        expect(listed, `${outlet.name}: ${feed}`).toBe(true);
      }
    }
  });
});

if (!existsSync(CATALOGUES)) {
  console.warn(`Skipping the check of outlet feeds against the public catalogues: ${CATALOGUES} is absent (see ../shared/data/README.md).`);
}
