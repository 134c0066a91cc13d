import { describe, expect, it } from 'vitest';
import { allOutlets } from '../../../../lib/core/outlets/catalogue';
import { outletFor, outletLabel, outletLabelFor } from '../../../../lib/core/outlets/label';

describe('outletLabelFor', () => {
  it('describes an outlet by ownership and country, crediting the catalogue', () => {
    expect(outletLabelFor({ source: null, url: 'https://www.aljazeera.com/news/2022/3/24/biden-nato' })).toEqual({
      text: 'state-funded · Qatar',
      credit: 'From kite-public (Kagi News)',
    });
    expect(outletLabelFor({ source: null, url: 'https://www.npr.org/2022/03/24/summit' })?.text).toBe('public broadcaster · US');
  });

  it('names every catalogue the facts came from', () => {
    expect(outletLabelFor({ source: null, url: 'https://www.theguardian.com/world/x' })?.credit).toBe(
      'From awesome-rss-feeds, kite-public (Kagi News) and news-feed-list-of-countries',
    );
  });

  it('finds an outlet by its address without www., on a subdomain, or by its name', () => {
    expect(outletFor({ source: null, url: 'https://npr.org/x' })?.name).toBe('NPR');
    expect(outletFor({ source: null, url: 'https://news.bbc.co.uk/x' })?.name).toBe('BBC News');
    expect(outletFor({ source: 'Guardian', url: null })?.name).toBe('The Guardian');
    expect(outletFor({ source: 'RTE News', url: null })?.name).toBe('RTÉ News');
    // A shortened name never takes an outlet's full name from another: Kenya's Nation is not The Nation.
    expect(outletFor({ source: 'The Nation', url: null })?.country).toBe('USA');
    expect(outletFor({ source: 'Nation', url: null })?.country).toBe('KEN');
  });

  it('trusts the address over the source name', () => {
    expect(outletFor({ source: 'NPR', url: 'https://www.aljazeera.com/x' })?.name).toBe('Al Jazeera English');
  });

  it('gives no label to an outlet the catalogue does not know, nor to a bad address', () => {
    expect(outletLabelFor({ source: 'Port Wenlow Gazette', url: 'https://gazette.example/story' })).toBeNull();
    expect(outletLabelFor({ source: null, url: 'not a url' })).toBeNull();
    expect(outletLabelFor({ source: null, url: null })).toBeNull();
    // A site's parent domain is not the site: co.uk is nobody's outlet.
    expect(outletLabelFor({ source: null, url: 'https://co.uk/x' })).toBeNull();
  });

  it('finds every outlet of the catalogue by each of its sites and by its name', () => {
    for (const outlet of allOutlets()) {
      for (const site of outlet.sites) expect(outletFor({ source: null, url: `${site}/a/story` })?.id, site).toBe(outlet.id);
      expect(outletFor({ source: outlet.name, url: null })?.id, outlet.name).toBe(outlet.id);
      expect(outletLabelFor({ source: outlet.name, url: null })?.text).toBe(outletLabel(outlet));
    }
  });
});
