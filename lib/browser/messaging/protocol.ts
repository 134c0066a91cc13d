import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod/mini';
import type { FeedView } from '../feeds/subscriptions';
import type { FeedRecord } from '../store/db';
import type { ExportPage } from '../store/export';
import type { CorpusView } from '../store/requests';
import type { StoreSettings } from '../store/settings';
import type { Article, Difference, MatchResult } from '../../core/types';
import type {
  changeSettingsRequestSchema,
  compareTabRequestSchema,
  deleteArticlesRequestSchema,
  detailsRequestSchema,
  emptyRequestSchema,
  exportPageRequestSchema,
  extractHtmlRequestSchema,
  feedUrlRequestSchema,
  highlightRequestSchema,
  importArticlesRequestSchema,
  unsubscribeRequestSchema,
} from './schemas';

/** How many feeds the reader follows, and when one was last read successfully (ms since the epoch; null if never). */
export interface FollowedFeeds {
  followed: number;
  lastReadAt: number | null;
}

/** What the background answers when asked to follow a feed from the options page's form. */
export type SubscribeResult = { status: 'ok'; feed: FeedRecord; entries: number } | { status: 'error'; message: string };

/** Why a feed could not be followed, as a per-feed report names it. */
export type FollowProblem = 'not a web address' | 'permission refused' | 'unreachable' | 'not a feed';

/** A subscription's outcome, with the kind of problem for reports that sort feeds by it. */
export type FollowResult = { status: 'ok'; feed: FeedRecord; entries: number } | { status: 'error'; problem: FollowProblem; message: string };

/**
 * What the background answers when asked to compare a tab: the coverage at once; the differing
 * details, which take longer, come from `detailsForTab`.
 */
export type CompareTabResponse =
  | {
      status: 'ok';
      result: MatchResult;
      corpusSize: number;
      /** How many outlets the searched articles come from (an article naming none counts as one of its own). */
      outletCount: number;
      /** The feeds the reader follows, for the empty state; null when the store could not be read. */
      feeds: FollowedFeeds | null;
      /** First sentence of each listed article, shown where an article has no headline. */
      leads: Record<string, string>;
      /** The names the search started from, shown when nothing was found. */
      searchedFor: string[];
      /** What the reader should know about the extraction (e.g. a very large page was cut), or null. */
      note: string | null;
    }
  | { status: 'not-article'; article: Article; note: string | null }
  | { status: 'error'; message: string };

/** `unavailable`: the details cannot be compared for this article (not in English); the message says why. */
export type DetailsResponse = { status: 'ok'; differences: Difference[] } | { status: 'unavailable'; message: string } | { status: 'error'; message: string };

/** Every message between Crosscheck's contexts: one map, typed end to end. */
export interface ProtocolMap {
  /** Popup or compare page → background: extract the tab's article and compare it with the corpus. */
  compareTab(request: z.infer<typeof compareTabRequestSchema>): CompareTabResponse;
  /** Popup or compare page → background: the details on which the tab's article and its coverage differ. */
  detailsForTab(request: z.infer<typeof detailsRequestSchema>): DetailsResponse;
  /**
   * Popup or compare page → the tab's content script: mark this sentence on the page and scroll to
   * it (a null sentence clears the mark). Answers whether the sentence was found.
   */
  highlightInPage(request: z.infer<typeof highlightRequestSchema>): boolean;
  /**
   * Options page → background: follow this feed (its site was just allowed by the reader), read it
   * once and store its entries.
   */
  subscribeFeed(request: z.infer<typeof feedUrlRequestSchema>): SubscribeResult;
  /**
   * Onboarding or options page → background: follow this feed like `subscribeFeed`, answering which
   * problem stopped it (for a per-feed report of many feeds followed at once).
   */
  followFeed(request: z.infer<typeof feedUrlRequestSchema>): FollowResult;
  /** Options or onboarding page → background: stop following this feed, deleting the articles it brought if asked. */
  unsubscribeFeed(request: z.infer<typeof unsubscribeRequestSchema>): true;
  /** Options page → background: poll every feed now; answers when done (the outcome is in the store). */
  pollFeedsNow(request: z.infer<typeof emptyRequestSchema>): true;
  /** Options, onboarding page → background: the feeds followed. */
  listFeeds(request: z.infer<typeof emptyRequestSchema>): FeedRecord[];
  /** Options page → background: the feeds followed, with their article counts and the sites still to allow. */
  feedViews(request: z.infer<typeof emptyRequestSchema>): FeedView[];

  // The reader's store, which the background owns: the pages read and change it through these.
  /** Options page → background: counts, latest articles and settings. */
  corpusView(request: z.infer<typeof emptyRequestSchema>): CorpusView;
  /** Options page → background: delete one article, a source's, or all. */
  deleteArticles(request: z.infer<typeof deleteArticlesRequestSchema>): true;
  /**
   * Options page → background: save the reader's choices (re-timing feed polls, removing feed
   * entries past a shorter keeping time); answers them as saved, and how many entries went.
   */
  changeSettings(request: z.infer<typeof changeSettingsRequestSchema>): { settings: StoreSettings; removed: number };
  /** Options page → background: store one batch of an import, whole or not at all; answers how many were stored. */
  importArticles(request: z.infer<typeof importArticlesRequestSchema>): number;
  /** Options page → background: the next page of the export. */
  exportPage(request: z.infer<typeof exportPageRequestSchema>): ExportPage;
  /** Background → offscreen document (Chrome): the article of a fetched page, extracted where there is a DOM. */
  extractHtml(request: z.infer<typeof extractHtmlRequestSchema>): Article;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
