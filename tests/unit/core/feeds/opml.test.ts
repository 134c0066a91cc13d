import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseOpml as strictOpmlParser } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { parseOpml, writeOpml, type OpmlFeed } from '../../../../lib/core/feeds/opml';

const AWESOME_RSS_FEEDS = join(__dirname, '../../../../../shared/data/catalogues/awesome-rss-feeds');

/** Titles as a reader's feeds have them: any text, including markup characters, trimmed and non-empty. */
const title = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((s) => s.replace(/[\u0000-\u001f\ufffe\uffff]/g, ' ').trim())
  .filter((s) => s.length > 0);
const feed: fc.Arbitrary<OpmlFeed> = fc.record(
  { url: fc.webUrl({ withQueryParameters: true }).map((u) => new URL(u).href), title, htmlUrl: fc.webUrl().map((u) => new URL(u).href) },
  { requiredKeys: ['url', 'title'] },
);

describe('OPML export and import', () => {
  it('round-trips any list of feeds, escaping markup characters', () => {
    fc.assert(
      fc.property(fc.uniqueArray(feed, { selector: (f) => f.url, minLength: 1, maxLength: 8 }), (feeds) => {
        const { feeds: back, problems } = parseOpml(writeOpml(feeds));
        expect(problems).toEqual([]);
        expect(back).toEqual(feeds);
      }),
    );
  });

  it('writes OPML 2.0 that a strict XML parser reads', () => {
    const feeds = [
      { url: 'https://news.example/rss?a=1&b=2', title: 'News & "Views" <daily>', htmlUrl: 'https://news.example/' },
      { url: 'https://other.example/feed', title: 'Tabs\tand\nnewlines' },
    ];
    const xml = writeOpml(feeds);
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('xmlUrl="https://news.example/rss?a=1&#38;b=2"');
    const strict = strictOpmlParser(xml);
    expect(strict.body?.outlines?.map((o) => [o.xmlUrl, o.text])).toEqual([
      ['https://news.example/rss?a=1&b=2', 'News & "Views" <daily>'],
      ['https://other.example/feed', 'Tabs\tand\nnewlines'],
    ]);
  });
});

describe('OPML import of malformed files', () => {
  it('reads raw ampersands, unquoted values, nested folders and comments', () => {
    const text = [
      '<?xml version="1.0"?>',
      '<opml version="1.0"><body>',
      '  <outline text="World & Nation">',
      '    <outline text="Q&A Daily" xmlUrl="https://qa.example/rss?x=1&y=2" htmlUrl="https://qa.example/"/>',
      '    <outline title=\'Single quoted\' xmlUrl=https://single.example/feed />',
      '    <!-- <outline text="commented out" xmlUrl="https://hidden.example/rss"/> -->',
      '    <outline text="Greater > than" XMLURL="https://upper.example/rss"></outline>',
      '  </outline>',
      '</body></opml>',
    ].join('\n');
    const { feeds, problems } = parseOpml(text);
    expect(problems).toEqual([]);
    expect(feeds).toEqual([
      { url: 'https://qa.example/rss?x=1&y=2', title: 'Q&A Daily', htmlUrl: 'https://qa.example/' },
      { url: 'https://single.example/feed', title: 'Single quoted' },
      { url: 'https://upper.example/rss', title: 'Greater > than' },
    ]);
  });

  it('reports missing addresses, non-web addresses and duplicates with their lines', () => {
    const text = [
      '<opml><body>',
      '<outline text="No address"/>',
      '<outline text="Script" xmlUrl="javascript:alert(1)"/>',
      '<outline text="File" xmlUrl="file:///etc/passwd"/>',
      '<outline text="Garbage" xmlUrl="not a url"/>',
      '<outline text="First" xmlUrl="https://dup.example/rss"/>',
      '<outline text="Again" xmlUrl="https://dup.example/rss#top"/>',
      '</body></opml>',
    ].join('\n');
    const { feeds, problems } = parseOpml(text);
    expect(feeds).toEqual([{ url: 'https://dup.example/rss', title: 'First' }]);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 7]);
    expect(problems[0].reason).toMatch(/no feed address/);
    expect(problems[1].reason).toMatch(/not an http\(s\) address/);
    expect(problems[2].reason).toMatch(/not an http\(s\) address/);
    expect(problems[3].reason).toMatch(/not a web address/);
    expect(problems[4].reason).toMatch(/duplicate of the feed on line 6/);
  });

  it('leaves out a broken tag with its line and reads on from the next one', () => {
    const text = [
      '<opml><body>',
      '<outline xmlUrl="https://a.example/rss"/>',
      '<outline text="unclosed xmlUrl="https://b.example/rss"/>', // balanced quotes, one attribute fewer
      '<outline text="unclosed xmlUrl=https://c.example/rss/>',
      '<outline xmlUrl="https://d.example/rss"',
      '<outline xmlUrl="https://e.example/rss"/>',
      '<outline xmlUrl="https://f.example/rss',
    ].join('\n');
    const { feeds, problems } = parseOpml(text);
    expect(feeds.map((f) => f.url)).toEqual(['https://a.example/rss', 'https://e.example/rss']);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 7]);
    expect(problems[0].reason).toMatch(/no feed address/);
    for (const p of problems.slice(1)) expect(p.reason).toMatch(/broken/);
  });

  it('says so when the text is not OPML, or lists no feeds', () => {
    expect(parseOpml('{"feeds": []}').problems).toEqual([{ reason: expect.stringMatching(/not an OPML file/) }]);
    expect(parseOpml('<opml version="2.0"><body></body></opml>').problems).toEqual([{ reason: expect.stringMatching(/lists no feeds/) }]);
  });

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { feeds } = parseOpml(`<opml><body><outline ${text}`);
        for (const f of feeds) expect(new URL(f.url).protocol).toMatch(/^https?:$/);
      }),
    );
  });
});

describe.skipIf(!existsSync(AWESOME_RSS_FEEDS))('OPML import of the awesome-rss-feeds files (../shared/data)', () => {
  const files = existsSync(AWESOME_RSS_FEEDS)
    ? [...readdirSync(join(AWESOME_RSS_FEEDS, 'countries')).map((f) => join('countries', f)), 'News.opml'].filter((f) => f.endsWith('.opml'))
    : [];

  it('accounts for every outline with a feed address, including the files that are not well-formed XML', () => {
    let malformed = 0;
    for (const file of files) {
      const text = readFileSync(join(AWESOME_RSS_FEEDS, file), 'utf8');
      const { feeds, problems } = parseOpml(text);
      // Quoted values may hold ">" (titles such as "NYT > Top Stories").
      const withAddress = text.match(/<outline\b(?:[^>"]|"[^"]*")*xmlUrl=/g)?.length ?? 0;
      expect(feeds.length + problems.length, file).toBe(withAddress);
      expect(feeds.length, file).toBeGreaterThan(0);
      if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) malformed++;
    }
    expect(files.length).toBeGreaterThanOrEqual(26);
    expect(malformed).toBeGreaterThan(5);
  });

  it('reads a title with a raw ampersand as written', () => {
    const { feeds } = parseOpml(readFileSync(join(AWESOME_RSS_FEEDS, 'countries/United_States.opml'), 'utf8'));
    expect(feeds.map((f) => f.title)).toContain('World & Nation');
  });
});

if (!existsSync(AWESOME_RSS_FEEDS)) {
  console.warn(`Skipping the awesome-rss-feeds OPML import tests: ${AWESOME_RSS_FEEDS} is absent (see ../shared/data/README.md).`);
}
