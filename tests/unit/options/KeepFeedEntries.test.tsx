// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { allArticles, putArticles, toStoredArticle } from '../../../lib/browser/store/articles';
import { readSettings } from '../../../lib/browser/store/settings';
import { freshStore, summitReport } from '../browser/store/support';

vi.mock('../../../lib/browser/messaging/protocol', () => import('../browser/messaging/background-loopback'));

beforeEach(freshStore);
afterEach(cleanup);

const DAY = 24 * 60 * 60 * 1000;
const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';
const stored = (id: string, origin: 'feed' | 'compared' | 'imported', daysAgo: number) =>
  toStoredArticle(summitReport(id, 'Wire One'), origin, { feedUrl: origin === 'feed' ? 'https://wire.example/rss' : '', now: Date.now() - daysAgo * DAY });

describe('keeping feed entries, on the options page', () => {
  it('shows what is kept, previews what a shorter period removes, and removes it on saving', async () => {
    await putArticles([stored('f-new', 'feed', 1), stored('f-week', 'feed', 10), stored('f-old', 'feed', 45), stored('c', 'compared', 45), stored('i', 'imported', 45)]);
    render(<OptionsApp />);
    await waitFor(() => expect(text('.corpus-origins')).toBe('3 articles from feeds, 1 article you compared and 1 article you imported.'));
    const select = document.querySelector('.keep-feed-days') as HTMLSelectElement;
    expect(select.value).toBe('30');
    expect([...select.options].map((option) => option.textContent)).toEqual(['for 7 days', 'for 30 days', 'for 90 days', 'for 1 year', 'forever']);
    expect(text('.keep-feed-preview')).toBe('1 feed entry older than 30 days will be removed after the next feed check.');

    fireEvent.change(select, { target: { value: 'forever' } });
    expect(text('.keep-feed-preview')).toBe('Feed entries will never be removed.');
    fireEvent.change(select, { target: { value: '7' } });
    expect(text('.keep-feed-preview')).toBe('Saving removes 2 feed entries older than 7 days.');
    expect((await allArticles()).length).toBe(5); // nothing goes before the reader saves

    fireEvent.click(screen.getByText('Save', { selector: '.keep-feed-save' }));
    await waitFor(() => expect(screen.getByText('Feed entries are now kept for 7 days. Removed 2 feed entries.')).toBeTruthy());
    expect((await readSettings()).keepFeedDays).toBe(7);
    expect((await allArticles()).map((a) => a.id).sort()).toEqual(['c', 'f-new', 'i']);
    await waitFor(() => expect(text('.corpus-origins')).toBe('1 article from feeds, 1 article you compared and 1 article you imported.'));
    expect(text('.keep-feed-preview')).toBe('No feed entry is older than 7 days.');
  });
});
