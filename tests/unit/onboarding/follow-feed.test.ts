import { describe, expect, it } from 'vitest';
import { followFeed } from '../../../lib/browser/feeds/subscribe';
import { listFeeds } from '../../../lib/browser/feeds/subscriptions';
import { rss, serve, withStoreAndSites, xml } from '../browser/feeds/support';

const FEED = 'https://wire.example/rss.xml';

withStoreAndSites(['https://wire.example/*']);

describe('following a feed for a per-feed report', () => {
  it('follows a readable feed', async () => {
    serve(() => xml(rss('Harbourside Wire', [{ title: 'A', link: 'https://wire.example/a', description: 'Biden travels to Brussels.' }])));
    expect(await followFeed(FEED)).toMatchObject({ status: 'ok', entries: 1, feed: { url: FEED } });
  });

  it('names the problem: not a feed, unreachable, permission refused, not a web address', async () => {
    serve(() => new Response('<!doctype html><title>Home</title><p>Welcome</p>'));
    expect(await followFeed(FEED)).toMatchObject({ status: 'error', problem: 'not a feed' });
    serve(() => new Response('gone', { status: 503 }));
    expect(await followFeed(FEED)).toMatchObject({ status: 'error', problem: 'unreachable', message: expect.stringMatching(/HTTP 503/) });
    serve(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await followFeed(FEED)).toMatchObject({ status: 'error', problem: 'unreachable' });
    expect(await followFeed('https://other.example/rss.xml')).toMatchObject({ status: 'error', problem: 'permission refused' });
    expect(await followFeed('ftp://wire.example/rss.xml')).toMatchObject({ status: 'error', problem: 'not a web address' });
    expect(await listFeeds()).toEqual([]);
  });
});
