import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchFailed } from '../../../../lib/core/feeds/fetch-page';
import { parseFeedEntries } from '../../../../lib/core/feeds/parse-feed';

let server: Server;
let origin: string;
const TEN_MB = 10 * 2 ** 20;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/garbage':
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end('\u0000\u00ff<rss><channel><item><title>unclosed &bogus; <<<>>> \ud800');
        return;
      case '/huge': // no content-length: the cap must hold while reading
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        for (let sent = 0; sent < TEN_MB; sent += 2 ** 16) response.write('x'.repeat(2 ** 16));
        response.end();
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' });
        response.end();
        return;
      default:
        response.writeHead(404);
        response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('hostile feeds are skipped with a reason', () => {
  it('garbage instead of a feed', async () => {
    const body = await fetchPage(`${origin}/garbage`, 'application/rss+xml');
    expect(() => parseFeedEntries(body, `${origin}/garbage`)).toThrow(/did not return an RSS or Atom feed/);
  });

  it('a 10 MB body', async () => {
    await expect(fetchPage(`${origin}/huge`, 'application/rss+xml')).rejects.toThrow(new FetchFailed('the page is too large'));
  });

  it('a redirect loop', async () => {
    await expect(fetchPage(`${origin}/loop`, 'application/rss+xml')).rejects.toBeInstanceOf(FetchFailed);
  });
});
