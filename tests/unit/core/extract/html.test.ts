import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle, extractFromDocument } from '../../../../lib/core/extract/html';
import { extractionSchema } from '../../../../lib/browser/messaging/schemas';
import { page } from './dom';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old river bridge to all traffic for a year while engineers replace its rusting steel deck and repair the piers.',
  'Officials said the repairs would cost about $40 million, most of it from a state grant awarded last spring after an inspection found serious corrosion.',
  'Drivers will be sent along a signposted detour through the industrial estate, which the council expects to add ten minutes to a typical commute.',
  'Local shop owners said they feared losing customers during the closure and asked the council for help with parking near the old town centre.',
  'The mayor said the council would review the detour after three months and publish traffic figures every week on its website.',
];

const ARTICLE_PAGE = `<!doctype html><html lang="en"><head>
  <title>Bridge to close for a year of repairs | Example News</title>
  <meta property="og:site_name" content="Example News">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to close for a year of repairs","author":{"name":"Jane Doe"},"datePublished":"2019-11-19T06:51:00-05:00"}</script>
  <link rel="canonical" href="https://news.example.com/2019/11/19/bridge">
</head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
  <article>
    <h1>Bridge to close for a year of repairs</h1>
    <p class="byline">By Jane Doe</p>
    <p>34 minutes ago</p>
    <figure><img src="bridge.jpg"><figcaption>The bridge at dusk. (Photo: John Roe)</figcaption></figure>
    <p>RIVERTON (AP) — ${PARAGRAPHS[0]}</p>
    <p>Updated Nov 19, 2019 6:55 AM EST</p>
    <p>${PARAGRAPHS[1]}</p>
    <p><a href="/other"><strong>READ MORE: COUNCIL APPROVES BUDGET</strong></a></p>
    <p>Related: Ten other bridges that need repairs</p>
    <p>Image 1 of 5</p>
    <p>12 Comments</p>
    <p>Bridge to close for a year of repairs</p>
    <p>${PARAGRAPHS[2]}</p>
    <p>${PARAGRAPHS[3]}</p>
    <p>Share this article</p>
    <p>${PARAGRAPHS[4]}</p>
    <h3>You may also like...</h3>
    <ul><li><a href="/a">Ten bridges worth a visit this winter</a></li><li><a href="/b">Why the ferry is coming back next year</a></li></ul>
    <div id="comments"><h3>2 Comments</h3><p>I drive over that bridge every single day and it is a disgrace that it took them this long.</p></div>
  </article>
  <footer><p>Copyright © 2019 Example News. All rights reserved.</p></footer>
</body></html>`;

describe('extraction from a page', () => {
  it('keeps the story, drops the page furniture and reads the metadata', () => {
    const article = extractFromDocument(page(ARTICLE_PAGE), { id: 'bridge', url: 'https://news.example.com/amp/bridge' });
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
    expect(article).toMatchObject({
      id: 'bridge',
      title: 'Bridge to close for a year of repairs',
      byline: 'By Jane Doe',
      source: 'Example News',
      url: 'https://news.example.com/2019/11/19/bridge',
      publishedAt: '2019-11-19',
      lang: 'en',
      readerable: true,
    });
  });

  it('never touches the page it reads', () => {
    const doc = page(ARTICLE_PAGE);
    const before = doc.documentElement.outerHTML;
    extractFromDocument(doc, { id: 'bridge' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never throws: a broken document gives an empty, non-readerable article and a note', () => {
    const broken = { cloneNode: () => { throw new Error('boom'); } } as unknown as Document;
    const result = extractArticle(broken, { id: 'broken', url: 'https://example.com/x' });
    expect(result.article).toMatchObject({ id: 'broken', text: '', readerable: false, url: 'https://example.com/x' });
    expect(result.note).toMatch(/Extraction failed: /);
  });

  it('says nothing about size for an ordinary page, and says so when a large page is cut', () => {
    expect(extractArticle(page(ARTICLE_PAGE), { id: 'bridge' }).note).toBeNull();
    const cut = extractArticle(page(ARTICLE_PAGE), { id: 'bridge', maxElements: 30 });
    expect(cut.note).toBe('This page is very large: only its first 30 elements were read.');
    expect(cut.article.text).toContain(PARAGRAPHS[0]);
    expect(cut.article.text).not.toContain(PARAGRAPHS[4]);
  });
});

describe('extraction from hostile pages', () => {
  it('gives up on a page nested a thousand levels deep before Readability runs, and says why in plain words', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    try {
      const deep = page(`${'<div>'.repeat(1_000)}word${'</div>'.repeat(1_000)}`);
      const { article, note } = extractArticle(deep, { id: 'deep', url: 'https://example.com/deep' });
      expect(note).toBe('This page is too deeply nested to read as an article.');
      expect(article).toMatchObject({ id: 'deep', text: '', readerable: false });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('still reads an article wrapped as deeply as real pages are', () => {
    const wrapped = ARTICLE_PAGE.replace('<article>', `${'<div>'.repeat(60)}<article>`).replace('</article>', `</article>${'</div>'.repeat(60)}`);
    const { article, note } = extractArticle(page(wrapped), { id: 'bridge' });
    expect(note).toBeNull();
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('cuts a 6,000-character title, author, site name and description at a word, to what the message schema allows', () => {
    const long = (word: string) => `${word} `.repeat(1_000).slice(0, 6_000).trim();
    const html = `<!doctype html><html><head>
      <title>${long('Headline')}</title>
      <meta name="author" content="${long('Author')}">
      <meta property="og:site_name" content="${long('Outlet')}">
      <meta property="og:description" content="${long('Summary')}">
    </head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const extraction = extractArticle(page(html), { id: 'long', url: 'https://example.com/long' });
    expect(extractionSchema.safeParse(extraction).success).toBe(true);
    const { article } = extraction;
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
    for (const [field, word] of [['title', 'Headline'], ['byline', 'Author'], ['source', 'Outlet'], ['excerpt', 'Summary']] as const) {
      const value = article[field] ?? '';
      expect(value, field).toMatch(new RegExp(`^(${word} )+${word}…$`));
      expect(long(word).startsWith(value.slice(0, -1)), field).toBe(true);
    }
  });
});
