import type { FollowedFeeds } from '../lib/browser/messaging/protocol';
import type { Article } from '../lib/core/types';
import type { ComparisonOk } from './use-comparison';
import { timeAgo } from './time-ago';

/** Placeholder shaped like the result, so nothing jumps when it arrives. */
export function LoadingState() {
  return (
    <div class="state state-loading" role="status" aria-live="polite" aria-busy="true">
      <p class="visually-hidden-text">Reading the article and searching the corpus…</p>
      <div class="skeleton" aria-hidden="true">
        <div class="skeleton-block short" />
        <div class="skeleton-block" />
        <div class="skeleton-card" />
        <div class="skeleton-card" />
        <div class="skeleton-card" />
      </div>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="state state-error" role="alert">
      <h2>Crosscheck couldn't compare this page</h2>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function NotArticleState({ article, note, onCompareAnyway }: { article: Article; note: string | null; onCompareAnyway: () => void }) {
  return (
    <div class="state state-not-article" role="status">
      <h2>This page doesn't look like an article</h2>
      <p>
        {article.title ? `“${article.title}” ` : 'This page '}
        looks like a home, section or search page. Crosscheck compares one news article with other outlets' reports of the same story.
      </p>
      {note && <p class="notice">{note}</p>}
      <button type="button" onClick={onCompareAnyway}>
        Compare anyway
      </button>
    </div>
  );
}

/** What a comparison that found nothing had searched (see CompareTabResponse). */
export type SearchedCorpus = Pick<ComparisonOk, 'corpusSize' | 'outletCount' | 'feeds' | 'searchedFor'>;

const counted = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** "your feeds were last read 12 minutes ago", or that they have not been read yet. */
function feedsLastRead({ followed, lastReadAt }: FollowedFeeds, now: number): string {
  const one = followed === 1;
  const yours = one ? 'your feed' : 'your feeds';
  if (lastReadAt === null) return `${yours} ${one ? 'has' : 'have'} not been read yet`;
  return `${yours} ${one ? 'was' : 'were'} last read ${timeAgo(lastReadAt, now)}`;
}

/**
 * Nothing matched: say in plain words what was searched and when the feeds were last read, and offer
 * to follow more outlets (the page where outlets are chosen).
 */
export function NoCoverageState({ searched, onFollowMore, now = Date.now() }: { searched: SearchedCorpus; onFollowMore: () => void; now?: number }) {
  const { corpusSize, outletCount, feeds, searchedFor } = searched;
  const what = `${counted(corpusSize, 'article')} from ${counted(outletCount, 'outlet')}`;
  return (
    <div class="state state-no-coverage" role="status">
      <h2>No other coverage yet</h2>
      {feeds?.followed === 0 ? (
        <p>
          You follow no outlets yet. Crosscheck searched {what}. Follow outlets and it reads their new articles as they appear, ready to compare.
        </p>
      ) : (
        <p>
          Crosscheck searched {what}
          {feeds && `; ${feedsLastRead(feeds, now)}`}.
        </p>
      )}
      {searchedFor.length > 0 && <p class="state-aside">It looked for reports naming {searchedFor.join(', ')}.</p>}
      <button type="button" onClick={onFollowMore}>
        Follow more outlets
      </button>
      <p class="state-aside">
        You can also import articles on{' '}
        <a href="/options.html" target="_blank" rel="noopener">
          Crosscheck's options page
        </a>
        .
      </p>
    </div>
  );
}
