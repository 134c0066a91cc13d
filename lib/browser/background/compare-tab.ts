import { browser } from 'wxt/browser';
import { NOT_ENGLISH_NOTE } from '../../core/engine';
import { CUT_NOTE, withinComparisonLimit } from '../../core/corpus/record';
import { listFeeds } from '../feeds/subscriptions';
import type { CompareTabResponse, DetailsResponse, FollowedFeeds } from '../messaging/protocol';
import { extractionSchema } from '../messaging/schemas';
import type { Extraction } from '../../core/extract/html';
import type { Article, CorpusRecord, MatchResult } from '../../core/types';
import { names } from '../../core/text/names';
import { sentences } from '../../core/text/sentences';
import { bundledCorpus } from './corpus';
import { differencesFor } from './details';
import { readsAsEnglish } from '../../core/text/language';
import { completeFeedArticles } from './full-articles';
import { readerCorpus } from './local-corpus';
import { rememberComparedArticle } from './remember';

/** The runtime-registered content script that extracts the page's article and returns it. */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/** The corpus bundle's index (its texts file beside it) is generated at build time, so WXT's typed public paths do not list it. */
const CORPUS_URL = () => new URL('corpus.json', browser.runtime.getURL('/')).href;

interface TabComparison {
  article: Article;
  coverage: CorpusRecord[];
}

/**
 * The last comparison of each tab, kept so its details can follow without extracting the page again.
 * Firefox's background page lives as long as the browser, so only the most recent tabs are kept, and
 * a closed tab's entry goes at once; a forgotten comparison is simply made again (detailsForTab).
 */
const lastComparison = new Map<number, TabComparison>();
const KEPT_COMPARISONS = 10;

function keepComparison(tabId: number, comparison: TabComparison): void {
  // Listened to from the first comparison on, not at start-up: Chrome need not wake a worker that
  // holds nothing each time a tab closes.
  if (!browser.tabs.onRemoved.hasListener(forgetTab)) browser.tabs.onRemoved.addListener(forgetTab);
  lastComparison.delete(tabId); // re-inserted as the most recent: a Map iterates in insertion order
  lastComparison.set(tabId, comparison);
  for (const oldest of lastComparison.keys()) {
    if (lastComparison.size <= KEPT_COMPARISONS) break;
    lastComparison.delete(oldest);
  }
}

function forgetTab(tabId: number): void {
  lastComparison.delete(tabId);
}

/** Extracts the tab's article with the content script, then finds its coverage in the corpus. */
export async function compareTab(tabId: number, force: boolean): Promise<CompareTabResponse> {
  let article: Article;
  let note: string | null;
  try {
    const extraction = await extractTab(tabId);
    const bounded = withinComparisonLimit(extraction.article);
    article = bounded.article;
    note = [extraction.note, bounded.cut ? CUT_NOTE : null].filter(Boolean).join(' ') || null;
  } catch (error) {
    return { status: 'error', message: cannotReadPage(error) };
  }
  if (!article.readerable && !force) return { status: 'not-article', article, note };
  if (!article.text.trim()) return { status: 'error', message: 'This page has no text to compare.' };
  try {
    const feeds = followedFeeds();
    const bundled = await bundledCorpus(CORPUS_URL());
    const reader = await readerCorpus(bundled);
    let result: MatchResult = { article, related: await reader.corpus.match(article) };
    // Feed entries among the candidates hold only a summary: fetch their full articles (stored, so
    // the index has them at once), then match again.
    if ((await completeFeedArticles(result.related.map((r) => r.id)).catch(() => 0)) > 0) {
      result = { article, related: await reader.corpus.match(article) };
    }
    // Counted before the article is remembered, which adds it to the index.
    const corpusSize = reader.corpus.size;
    const outletCount = new Set([...bundled.outlets, ...reader.outlets]).size;
    // The texts of the listed articles only: their leads, and the same-story ones' details.
    const texts = new Map((await reader.corpus.records(result.related.map((r) => r.id))).map((record) => [record.id, record]));
    keepComparison(tabId, { article, coverage: result.related.flatMap((r) => (r.relation === 'same-story' && texts.has(r.id) ? [texts.get(r.id)!] : [])) });
    // Remembered after the comparison, so that the article is never listed as its own coverage.
    await rememberComparedArticle(article).catch((error: unknown) => console.warn('Crosscheck could not remember this article:', error));
    const leads: Record<string, string> = { [article.id]: leadSentence(article.text) };
    for (const { id } of result.related) leads[id] = leadSentence(texts.get(id)?.text ?? '');
    return {
      status: 'ok',
      result,
      corpusSize,
      outletCount,
      feeds: await feeds,
      leads,
      searchedFor: leadingNames(article),
      note,
    };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The details of the tab's last comparison. A worker restarted since then has forgotten it, so the
 * tab is compared again first (the reader already chose to compare it).
 */
export async function detailsForTab(tabId: number): Promise<DetailsResponse> {
  if (!lastComparison.has(tabId)) {
    const compared = await compareTab(tabId, true);
    if (compared.status === 'error') return compared;
  }
  const last = lastComparison.get(tabId);
  if (!last) return { status: 'error', message: 'The comparison of this page is no longer available; compare it again.' };
  if (!readsAsEnglish(last.article.text, last.article.lang)) return { status: 'unavailable', message: NOT_ENGLISH_NOTE };
  try {
    return { status: 'ok', differences: differencesFor(last.article, last.coverage) };
  } catch (error) {
    return { status: 'error', message: `Crosscheck could not compare the details: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The feeds the reader follows and when one was last read; null when the store cannot be read (the empty state then leaves them out). */
async function followedFeeds(): Promise<FollowedFeeds | null> {
  try {
    const feeds = await listFeeds();
    const reads = feeds.flatMap((feed) => (feed.lastOkAt === null ? [] : [feed.lastOkAt]));
    return { followed: feeds.length, lastReadAt: reads.length > 0 ? Math.max(...reads) : null };
  } catch (error) {
    console.warn('Crosscheck could not read the feeds it follows:', error);
    return null;
  }
}

async function extractTab(tabId: number): Promise<Extraction> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  const parsed = extractionSchema.safeParse(injection?.result);
  if (!parsed.success) throw new Error('The page did not return an article.');
  return parsed.data;
}

function cannotReadPage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (/cannot access|cannot be scripted|permission|extensions gallery|chrome:\/\//i.test(detail)) {
    return 'Crosscheck cannot read this page. Browser pages and extension stores are off limits; open a news article and try again.';
  }
  return `Crosscheck could not read this page: ${detail}`;
}

function leadSentence(text: string): string {
  return sentences(text.slice(0, 1_000))[0] ?? '';
}

const NAMES_SHOWN = 4;

/** The first distinct names of the headline and lead: what a reader would call the story. */
function leadingNames(article: Article): string[] {
  const opening = [article.title ?? '', ...sentences(article.text.slice(0, 2_000)).slice(0, 2)];
  return [...new Set(opening.flatMap((sentence) => names(sentence)))].slice(0, NAMES_SHOWN);
}
