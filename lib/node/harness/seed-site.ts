import type { Server } from 'node:http';
import { articleOf } from '../../core/corpus/record';
import type { Article } from '../../core/types';
import { articlePageHtml, servePages } from './article-page';
import { seedRecords } from '../corpus-files';

export interface SeedSite {
  server: Server;
  origin: string;
  /** The seed articles, in file order, with the address of each one's page. */
  seeds: { article: Article; pageUrl: string }[];
}

/**
 * Serves every seed article as a news page on 127.0.0.1 (plus `/` as a non-article index page, and
 * any extra pages by path).
 */
export async function serveSeedSite(extraPages: Map<string, string> = new Map()): Promise<SeedSite> {
  const articles: Article[] = (await seedRecords()).map((r) => articleOf(r, 'en'));
  const pages = new Map(articles.map((a) => [`/${a.id}.html`, articlePageHtml(a)]));
  pages.set('/', indexPageHtml(articles));
  for (const [path, html] of extraPages) pages.set(path, html);
  const { server, origin } = await servePages(pages);
  return { server, origin, seeds: articles.map((article) => ({ article, pageUrl: `${origin}/${article.id}.html` })) };
}

function indexPageHtml(articles: Article[]): string {
  const links = articles.map((a, i) => `<li><a href="/${a.id}.html">Story ${i + 1}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News — Home</title></head><body><nav><ul>${links}</ul></nav></body></html>`;
}
