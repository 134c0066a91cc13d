import { createServer, type Server } from 'node:http';
import type { Article } from '../../core/types';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A news-article page for an article, as an outlet's site would serve it (metadata included). */
export function articlePageHtml(article: Article): string {
  const title = article.title ?? article.text.split(/(?<=[.!?])\s/)[0];
  const meta = [
    article.source && `<meta property="og:site_name" content="${escapeHtml(article.source)}">`,
    article.publishedAt && `<meta property="article:published_time" content="${article.publishedAt}">`,
  ].filter(Boolean);
  const paragraphs = article.text.split('\n\n').map((p) => `      <p>${escapeHtml(p)}</p>`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${escapeHtml(title)}</title>
    ${meta.join('\n    ')}
  </head>
  <body>
    <header><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/politics">Politics</a></nav></header>
    <article>
      <h1>${escapeHtml(title)}</h1>
${paragraphs.join('\n')}
    </article>
    <footer><p>© Example News</p></footer>
  </body>
</html>
`;
}

/** Serves pages from 127.0.0.1 on a free port; `pages` maps a path (`/a.html`) to its HTML. */
export async function servePages(pages: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? '<!doctype html><title>Not found</title><p>Not found</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The page server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
