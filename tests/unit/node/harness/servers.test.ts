import type { Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { servePages } from '../../../../lib/node/harness/article-page';
import { serveNewsWeb } from '../../../../lib/node/harness/news-web';
import { serveSeedSite } from '../../../../lib/node/harness/seed-site';

const servers: Server[] = [];
afterAll(() => servers.forEach((server) => server.close()));

describe('the local test web servers', () => {
  it('serve given pages on 127.0.0.1, and 404 for any other path', async () => {
    const { server, origin } = await servePages(new Map([['/a.html', '<p>Hello</p>']]));
    servers.push(server);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${origin}/a.html`)).text()).toBe('<p>Hello</p>');
    expect((await fetch(`${origin}/b.html`)).status).toBe(404);
  });

  it('serve each seed article as a news page', async () => {
    const site = await serveSeedSite();
    servers.push(site.server);
    expect(site.seeds.length).toBeGreaterThan(0);
    const page = await (await fetch(site.seeds[0].pageUrl)).text();
    expect(page).toContain('<article>');
    expect(page).toContain(site.seeds[0].article.text.split('\n\n')[0].slice(0, 40));
  });

  it('serve a news web: a feed per outlet that links its articles', async () => {
    const web = await serveNewsWeb([
      { id: 'x1', source: 'Outlet X', url: null, title: 'First', publishedAt: '2022-03-15', text: 'One paragraph.\n\nAnother.' },
      { id: 'y1', source: 'Outlet Y', url: null, title: 'Second', publishedAt: '2022-03-16', text: 'Some text.' },
    ]);
    try {
      expect(web.outlets.map((o) => o.source)).toEqual(['Outlet X', 'Outlet Y']);
      for (const outlet of web.outlets) {
        const feed = await (await fetch(outlet.feedUrl)).text();
        expect(feed).toContain(outlet.articles[0].pageUrl);
        expect((await fetch(outlet.articles[0].pageUrl)).status).toBe(200);
      }
    } finally {
      await web.stop();
    }
  });

  it('serve an outlet with an undated article as RSS without a date, never with one made up', async () => {
    const web = await serveNewsWeb([
      { id: 'x1', source: 'Outlet X', url: null, title: 'First', publishedAt: '2022-03-15', text: 'One paragraph.' },
      { id: 'y1', source: 'Outlet Y', url: null, title: 'Undated', publishedAt: null, text: 'Some text.' },
    ]);
    try {
      const undated = web.outlets.find((o) => o.source === 'Outlet Y')!;
      const feed = await (await fetch(undated.feedUrl)).text();
      expect(feed).toContain('<rss');
      expect(feed).not.toMatch(/<pubDate>|<updated>/);
    } finally {
      await web.stop();
    }
  });
});
