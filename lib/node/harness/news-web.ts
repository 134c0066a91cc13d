import { createServer, type IncomingMessage, type Server } from 'node:http';
import { articleOf } from '../../core/corpus/record';
import { escapeUTF8 } from 'entities';
import type { CorpusRecord } from '../../core/types';
import { articlePageHtml } from './article-page';

/** One article of the web, at the address its outlet serves it from. */
export interface WebArticle {
  record: CorpusRecord;
  pageUrl: string;
}

/** One outlet of the web: a host on 127.0.0.1 (its own port) with a feed and a page per article. */
export interface WebOutlet {
  source: string;
  origin: string;
  feedUrl: string;
  articles: WebArticle[];
}

export interface NewsWeb {
  outlets: WebOutlet[];
  /** How many times the extension (not a tab) fetched an article page, over all outlets. */
  articleFetches(): number;
  stop(): Promise<void>;
}

/**
 * Serves a corpus as a small simulated news web: one host per `source`, each with a feed of its
 * articles (RSS, or Atom for every other outlet, so both formats are read) whose entries carry a
 * title, a link, the article's date and the first paragraph as summary, and each article as a news
 * page. Atom requires a date on every entry, so an outlet with an undated article gets RSS, where
 * the date may be left out: the web never invents a date the articles do not give.
 */
export async function serveNewsWeb(records: CorpusRecord[]): Promise<NewsWeb> {
  const bySource = new Map<string, CorpusRecord[]>();
  for (const record of records) {
    const source = record.source ?? 'Unknown outlet';
    bySource.set(source, [...(bySource.get(source) ?? []), record]);
  }
  let articleFetches = 0;
  const servers: Server[] = [];
  const outlets = await Promise.all(
    [...bySource].map(async ([source, records], index) => {
      const format = index % 2 === 0 || records.some((record) => !record.publishedAt) ? 'rss' : 'atom';
      const content = new Map<string, { type: string; body: string }>();
      const { server, origin } = await serve((path, request) => {
        // Tabs navigate to an article page; the extension fetches it (to complete a feed entry).
        if (path.startsWith(ARTICLES_DIR) && content.has(path) && request.headers['sec-fetch-mode'] !== 'navigate') articleFetches++;
        return content.get(path) ?? null;
      });
      servers.push(server);
      const articles = records.map((record) => ({ record, pageUrl: `${origin}${articlePath(record)}` }));
      const outlet: WebOutlet = { source, origin, feedUrl: `${origin}${FEED_PATH[format]}`, articles };
      for (const { record } of articles) content.set(articlePath(record), { type: 'text/html; charset=utf-8', body: articlePageHtml(articleOf({ ...record, source }, 'en')) });
      content.set(FEED_PATH[format], { type: FEED_TYPE[format], body: format === 'rss' ? rssFeed(outlet) : atomFeed(outlet) });
      return outlet;
    }),
  );
  return {
    outlets,
    articleFetches: () => articleFetches,
    stop: async () => void (await Promise.all(servers.map(stopServer))),
  };
}

function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const FEED_PATH = { rss: '/feed.xml', atom: '/atom.xml' } as const;
const FEED_TYPE = { rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;

const ARTICLES_DIR = '/news/';
const articlePath = (record: CorpusRecord) => `${ARTICLES_DIR}${record.id.replace(/[^A-Za-z0-9_-]+/g, '-')}.html`;


const summaryOf = (record: CorpusRecord) => record.text.split('\n\n')[0].trim();

function rssFeed(outlet: WebOutlet): string {
  const items = outlet.articles.map(({ record, pageUrl }) =>
    [
      '<item>',
      `<title>${escapeUTF8(record.title ?? summaryOf(record))}</title>`,
      `<link>${escapeUTF8(pageUrl)}</link>`,
      `<guid>${escapeUTF8(pageUrl)}</guid>`,
      record.publishedAt ? `<pubDate>${new Date(`${record.publishedAt}T12:00:00Z`).toUTCString()}</pubDate>` : '',
      `<description>${escapeUTF8(summaryOf(record))}</description>`,
      '</item>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeUTF8(outlet.source)}</title><link>${outlet.origin}/</link><description>News from ${escapeUTF8(outlet.source)}</description>${items.join('\n')}</channel></rss>\n`;
}

function atomFeed(outlet: WebOutlet): string {
  const updated = `${outlet.articles.map(({ record }) => record.publishedAt!).sort().at(-1)}T12:00:00Z`;
  const entries = outlet.articles.map(({ record, pageUrl }) =>
    [
      '<entry>',
      `<title>${escapeUTF8(record.title ?? summaryOf(record))}</title>`,
      `<link rel="alternate" href="${escapeUTF8(pageUrl)}"/>`,
      `<id>${escapeUTF8(pageUrl)}</id>`,
      `<updated>${record.publishedAt}T12:00:00Z</updated>`,
      `<summary>${escapeUTF8(summaryOf(record))}</summary>`,
      '</entry>',
    ].join(''),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeUTF8(outlet.source)}</title><id>${outlet.origin}/</id><updated>${updated}</updated>${entries.join('\n')}</feed>\n`;
}

type Respond = (path: string, request: IncomingMessage) => { type: string; body: string } | null;

/** An HTTP server on 127.0.0.1 and a free port, answering each path with `respond` (404 when it has nothing). */
async function serve(respond: Respond): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const found = respond(new URL(request.url ?? '/', 'http://127.0.0.1').pathname, request);
    response.writeHead(found ? 200 : 404, { 'content-type': found?.type ?? 'text/plain' });
    response.end(found?.body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The outlet server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
