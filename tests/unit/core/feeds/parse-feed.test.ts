import { describe, expect, it } from 'vitest';
import { htmlFragmentText } from '../../../../lib/core/feeds/html-text';
import { parseFeedEntries } from '../../../../lib/core/feeds/parse-feed';

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbourside Wire</title>
    <link>https://wire.example/</link>
    <item>
      <title>Biden to attend NATO summit in Brussels</title>
      <link>/world/biden-brussels</link>
      <guid isPermaLink="false">wire-1</guid>
      <pubDate>Tue, 15 Mar 2022 19:00:00 GMT</pubDate>
      <description>&lt;p&gt;President Joe Biden will travel to Brussels &amp;amp; meet NATO allies.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Full text in the feed</title>
      <link>https://wire.example/world/full</link>
      <description>Short.</description>
      <content:encoded><![CDATA[<p>First paragraph about the summit.</p><script>alert(1)</script><p>Second&nbsp;paragraph.</p>]]></content:encoded>
    </item>
    <item><title>Unsafe link</title><link>javascript:alert(1)</link><description>No web link, no id.</description></item>
    <item><guid>only-guid</guid><description>An entry without a link keeps its id.</description></item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Northern Ledger</title>
  <id>urn:ledger</id>
  <updated>2022-03-16T00:00:00Z</updated>
  <entry>
    <title>Biden will join NATO and EU summits</title>
    <link rel="alternate" href="https://ledger.example/a"/>
    <link rel="enclosure" href="https://ledger.example/a.mp3"/>
    <id>urn:ledger:a</id>
    <updated>2022-03-16T09:00:00Z</updated>
    <summary>President Biden will go to Brussels on March 24.</summary>
  </entry>
  <entry>
    <title>Dated by update only</title>
    <id>urn:ledger:b</id>
    <updated>2022-03-17T23:30:00-05:00</updated>
    <content type="html">&lt;p&gt;Body one&lt;/p&gt;&lt;p&gt;Body two&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('parseFeedEntries', () => {
  it('reads RSS items as corpus records, resolving relative links and keeping only web links', () => {
    const { title, entries } = parseFeedEntries(RSS, 'https://wire.example/rss.xml');
    expect(title).toBe('Harbourside Wire');
    expect(entries).toEqual([
      {
        id: 'https://wire.example/world/biden-brussels',
        source: 'Harbourside Wire',
        url: 'https://wire.example/world/biden-brussels',
        title: 'Biden to attend NATO summit in Brussels',
        publishedAt: '2022-03-15',
        text: 'President Joe Biden will travel to Brussels & meet NATO allies.',
      },
      expect.objectContaining({ id: 'https://wire.example/world/full', text: 'First paragraph about the summit.\n\nSecond paragraph.' }),
      expect.objectContaining({ id: 'only-guid', url: null, text: 'An entry without a link keeps its id.' }),
    ]);
  });

  it('reads Atom entries: the alternate link, the summary or content, the published or updated date', () => {
    const { title, entries } = parseFeedEntries(ATOM, 'https://ledger.example/atom.xml');
    expect(title).toBe('Northern Ledger');
    expect(entries.map((e) => [e.id, e.url, e.publishedAt, e.text])).toEqual([
      ['https://ledger.example/a', 'https://ledger.example/a', '2022-03-16', 'President Biden will go to Brussels on March 24.'],
      ['urn:ledger:b', null, '2022-03-17', 'Body one\n\nBody two'],
    ]);
  });

  it('dates an entry by the day in the publisher’s own offset', () => {
    const rss = (pubDate: string) => `<rss version="2.0"><channel><title>Wire</title><item><link>https://wire.example/a</link><pubDate>${pubDate}</pubDate><description>Text.</description></item></channel></rss>`;
    const day = (pubDate: string) => parseFeedEntries(rss(pubDate), 'https://wire.example/rss.xml').entries[0].publishedAt;
    expect(day('Tue, 15 Mar 2022 23:30 -0500')).toBe('2022-03-15');
    expect(day('Wed, 16 Mar 2022 08:30:00 +0900')).toBe('2022-03-16');
    expect(day('Tue, 15 Mar 2022 23:30:00 GMT')).toBe('2022-03-15');
  });

  it('refuses what is not a feed with a readable message', () => {
    expect(() => parseFeedEntries('<!doctype html><html><body><p>A home page</p></body></html>', 'https://x.example/')).toThrow('did not return an RSS or Atom feed');
    expect(() => parseFeedEntries('', 'https://x.example/')).toThrow('did not return an RSS or Atom feed');
  });
});

describe('htmlFragmentText', () => {
  it('keeps text and paragraphs, drops tags, scripts and comments, decodes entities', () => {
    expect(htmlFragmentText('<p>One &amp; <b>two</b></p><!-- x --><style>p{}</style><p>&#8220;Three&#x201D;<br>four</p>')).toBe('One & two\n\n“Three” four');
    expect(htmlFragmentText('<img src=x onerror=alert(1)>')).toBe('');
    expect(htmlFragmentText('&unknown; &#0;')).toBe('&unknown; \uFFFD');
  });

  it('decodes every HTML entity once: named, decimal and hex', () => {
    expect(htmlFragmentText('<p>Caf&eacute; &euro;5 &copy; &Auml;rger &frac12;</p>')).toBe('Café €5 © Ärger ½');
    expect(htmlFragmentText('caf&#233; &#8364; &#xE9;&#X20AC;')).toBe('café € é€');
    expect(htmlFragmentText('&amp;eacute; &amp;amp;')).toBe('&eacute; &amp;');
  });
});
