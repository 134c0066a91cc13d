// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedsPanel } from '../../../components/options/FeedsPanel';
import { saveFeed } from '../../../lib/browser/feeds/subscriptions';
import { putArticles, toStoredArticle } from '../../../lib/browser/store/articles';
import { sendMessage, toBackground } from '../browser/messaging/background-loopback';
import { freshStore } from '../browser/store/support';
import { readSettings } from '../../../lib/browser/store/settings';
import { listFeeds } from '../../../lib/browser/feeds/subscriptions';

vi.mock('../../../lib/browser/messaging/protocol', () => import('../browser/messaging/background-loopback'));

let request: ReturnType<typeof vi.fn>;
let allowed: string[];

beforeEach(async () => {
  await freshStore();
  sendMessage.mockReset();
  sendMessage.mockImplementation(toBackground);
  request = vi.fn(async () => true);
  allowed = ['https://wire.example/*'];
  const contains = vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => allowed.includes(o)));
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { request, contains };
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

function follow(address: string) {
  fireEvent.input(screen.getByLabelText('Feed address'), { target: { value: address } });
  fireEvent.submit(screen.getByLabelText('Feed address').closest('form')!);
}

describe('the feeds panel', () => {
  it('asks for the feed’s site only, inside the click, then asks the background to follow it', async () => {
    // The feed's first read (over the network) is stood in for; every other message reaches the background.
    sendMessage.mockImplementation(async (type, data) => (type === 'subscribeFeed' ? { status: 'ok', feed: { title: 'Harbourside Wire' }, entries: 3 } : toBackground(type, data)) as never);
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    follow('https://wire.example:8443/world/rss.xml');
    expect(request).toHaveBeenCalledWith({ origins: ['https://wire.example/*'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Following Harbourside Wire: 3 new articles.'));
    expect(sendMessage).toHaveBeenCalledWith('subscribeFeed', { url: 'https://wire.example:8443/world/rss.xml' });
  });

  it('follows nothing when the reader refuses the permission', async () => {
    request.mockResolvedValue(false);
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    follow('https://wire.example/rss.xml');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/needs your permission to read wire\.example/));
    expect(sendMessage).not.toHaveBeenCalledWith('subscribeFeed', expect.anything());
  });

  it('rejects a non-web address before asking for anything', async () => {
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    follow('javascript:alert(1)');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Feeds must be http or https addresses.'));
    expect(request).not.toHaveBeenCalled();
  });

  it('shows an unreachable feed as such, with how many stored articles it keeps', async () => {
    await saveFeed({ url: 'https://wire.example/rss.xml', title: 'Harbourside Wire', addedAt: 0, lastPolledAt: 5, lastOkAt: 1, lastError: 'Feed unreachable: the server could not be reached.', failures: 2, nextPollAt: 10 });
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    await waitFor(() => expect(document.querySelector('.feed-status-error')?.textContent).toMatch(/^Feed unreachable: the server could not be reached\..*The 0 articles already stored are kept\.$/));
  });

  it('offers to allow the other sites a feed’s articles are on, asking for exactly those', async () => {
    const feedUrl = 'https://wire.example/rss.xml';
    await saveFeed({ url: feedUrl, title: 'Harbourside Wire', addedAt: 0, lastPolledAt: 5, lastOkAt: 5, lastError: null, failures: 0, nextPollAt: 10 });
    const entry = (url: string, complete: boolean) =>
      toStoredArticle({ id: url, source: 'Harbourside Wire', url, title: 'T', publishedAt: null, text: 'Summary.' }, 'feed', { feedUrl, complete });
    await putArticles([entry('https://wire.example/a', false), entry('https://cdn.wire-news.example/b', false), entry('https://done.example/c', true)]);
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    await waitFor(() => expect(document.querySelector('.feed-blocked')?.textContent).toMatch(/^Its articles are on cdn\.wire-news\.example, which Crosscheck may not read/));
    fireEvent.click(screen.getByText('Allow reading them'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://cdn.wire-news.example/*'] });
  });

  it('saves a new poll interval through the background, which re-times the next polls', async () => {
    await saveFeed({ url: 'https://wire.example/rss.xml', title: 'Harbourside Wire', addedAt: 0, lastPolledAt: 1_000, lastOkAt: 1_000, lastError: null, failures: 0, nextPollAt: 1_000 + 60 * 60_000 });
    render(<FeedsPanel pollMinutes={60} onChanged={() => {}} />);
    fireEvent.input(document.querySelector('.poll-minutes')!, { target: { value: '15' } });
    fireEvent.submit(document.querySelector('.poll-minutes')!.closest('form')!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Feeds will be checked every 15 minutes.'));
    expect((await readSettings()).pollMinutes).toBe(15);
    expect((await listFeeds())[0].nextPollAt).toBe(1_000 + 15 * 60_000);
  });
});
