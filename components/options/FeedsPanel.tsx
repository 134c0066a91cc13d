import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { feedAddress, originPattern } from '../../lib/browser/feeds/origins';
import { sendMessage } from '../../lib/browser/messaging/protocol';
import type { FeedView } from '../../lib/browser/feeds/subscriptions';
import { safeHref } from '../format';
import { useFeeds } from './use-feeds';

/** Follow outlets' RSS/Atom feeds: each feed's site is allowed by the reader when they add it. */
export function FeedsPanel({ pollMinutes, onChanged }: { pollMinutes: number; onChanged: () => void }) {
  const { feeds, reload } = useFeeds();
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [minutes, setMinutes] = useState(String(pollMinutes));

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(false);
      await reload();
      onChanged();
    }
  }

  function subscribe(event: Event) {
    event.preventDefault();
    const url = feedAddress(address);
    if (typeof url === 'string') {
      setMessage({ text: url, error: true });
      return;
    }
    // Asked at once, inside the reader's click: browsers only show the permission prompt for a user gesture.
    const allowed = browser.permissions.request({ origins: [originPattern(url.href)] });
    void run(async () => {
      if (!(await allowed)) {
        setMessage({ text: `Crosscheck needs your permission to read ${url.host} to follow this feed.`, error: true });
        return;
      }
      setMessage({ text: `Reading ${url.href}…`, error: false });
      const result = await sendMessage('subscribeFeed', { url: url.href });
      if (result.status === 'error') setMessage({ text: result.message, error: true });
      else {
        setMessage({ text: `Following ${result.feed.title ?? url.host}: ${result.entries} new article${result.entries === 1 ? '' : 's'}.`, error: false });
        setAddress('');
      }
    });
  }

  return (
    <section class="options-section feeds-panel" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      <p class="hint">
        Add the RSS or Atom feed of an outlet. Crosscheck asks your permission to read that site, checks the feed regularly and keeps its articles here; when
        one of them covers a story you compare, it fetches that article in full. It contacts no other site.
      </p>
      <p>
        <a class="choose-outlets" href="/onboarding.html">
          Choose outlets to follow
        </a>{' '}
        <span class="hint">from Crosscheck’s list of news outlets by region, or add a feed by its address:</span>
      </p>
      <form class="row" onSubmit={subscribe}>
        <input type="url" class="feed-url" placeholder="https://example.com/feed.xml" aria-label="Feed address" value={address} onInput={(e) => setAddress((e.currentTarget as HTMLInputElement).value)} required />
        <button type="submit" class="feed-subscribe" disabled={busy}>
          Follow feed
        </button>
      </form>
      {message && (
        <p class={message.error ? 'feed-message feed-status-error' : 'feed-message hint'} role="status">
          {message.text}
        </p>
      )}
      {feeds.length > 0 && (
        <>
          <ul class="feeds">
            {feeds.map((feed) => (
              <FeedItem
                key={feed.url}
                feed={feed}
                disabled={busy}
                onRemove={() => void run(async () => void (await sendMessage('unsubscribeFeed', { url: feed.url, deleteArticles: false })))}
                onAllowSites={() => {
                  // Asked at once, inside the click, like the feed's own site.
                  const allowed = browser.permissions.request({ origins: feed.blockedSites });
                  void run(async () => {
                    if (!(await allowed)) setMessage({ text: 'Without that permission, articles of this feed keep only their summaries.', error: true });
                  });
                }}
              />
            ))}
          </ul>
          <div class="row">
            <button type="button" class="feeds-poll" disabled={busy} onClick={() =>
                void run(async () => {
                  setMessage(null);
                  await sendMessage('pollFeedsNow', {});
                })
              }
            >
              {busy ? 'Checking…' : 'Check feeds now'}
            </button>
          </div>
        </>
      )}
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            const { settings: saved } = await sendMessage('changeSettings', { pollMinutes: Number(minutes) || pollMinutes });
            setMinutes(String(saved.pollMinutes));
            setMessage({ text: `Feeds will be checked every ${saved.pollMinutes} minutes.`, error: false });
          });
        }}
      >
        <label>
          Check feeds every{' '}
          <input type="number" class="poll-minutes" min={1} max={1440} value={minutes} onInput={(e) => setMinutes((e.currentTarget as HTMLInputElement).value)} /> minutes
        </label>
        <button type="submit" disabled={busy}>
          Save
        </button>
      </form>
    </section>
  );
}

function FeedItem({ feed, disabled, onRemove, onAllowSites }: { feed: FeedView; disabled: boolean; onRemove: () => void; onAllowSites: () => void }) {
  const href = safeHref(feed.url);
  return (
    <li class={`feed ${feed.lastError ? 'feed-failing' : 'feed-ok'}`} data-url={feed.url}>
      <div class="feed-text">
        <strong>{feed.title ?? feed.url}</strong>{' '}
        {href && (
          <a class="hint" href={href} target="_blank" rel="noopener noreferrer">
            {feed.url}
          </a>
        )}
        <div class={`feed-status ${feed.lastError ? 'feed-status-error' : 'feed-status-ok'}`}>
          {feed.lastError
            ? `${feed.lastError} ${feed.lastOkAt ? `Last read ${time(feed.lastOkAt)}.` : ''} Next try ${time(feed.nextPollAt)}. The ${feed.articles} article${feed.articles === 1 ? '' : 's'} already stored are kept.`
            : `${feed.articles} article${feed.articles === 1 ? '' : 's'} stored. Checked ${feed.lastPolledAt ? time(feed.lastPolledAt) : 'never'}; next check ${time(feed.nextPollAt)}.`}
        </div>
        {feed.blockedSites.length > 0 && (
          <div class="feed-blocked hint">
            Its articles are on {feed.blockedSites.map(siteName).join(', ')}, which Crosscheck may not read: they keep only their summaries.{' '}
            <button type="button" class="link-button feed-allow-sites" disabled={disabled} onClick={onAllowSites}>
              Allow reading them
            </button>
          </div>
        )}
      </div>
      <button type="button" class="feed-remove" disabled={disabled} onClick={onRemove} aria-label={`Stop following ${feed.title ?? feed.url}`}>
        Remove
      </button>
    </li>
  );
}

/** `https://news.example/*` → `news.example`. */
function siteName(pattern: string): string {
  return pattern.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');
}

function time(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
