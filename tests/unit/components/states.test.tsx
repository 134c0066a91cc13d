// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorState, LoadingState, NoCoverageState, NotArticleState, type SearchedCorpus } from '../../../components/states';

afterEach(cleanup);

describe('state components', () => {
  it('loading is announced as busy and shows a skeleton', () => {
    render(<LoadingState />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(document.querySelectorAll('.skeleton-card').length).toBeGreaterThan(0);
  });

  it('error explains in plain words and retries', () => {
    const retry = vi.fn();
    render(<ErrorState message="The bundled corpus could not be read." onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain('The bundled corpus could not be read.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('not an article offers to compare anyway', () => {
    const anyway = vi.fn();
    const article = { id: 'x', title: 'Home — Example News', byline: null, source: null, url: null, publishedAt: null, lang: null, excerpt: null, text: '', readerable: false };
    render(<NotArticleState article={article} note="Extraction failed: the page was empty." onCompareAnyway={anyway} />);
    expect(screen.getByText('Extraction failed: the page was empty.')).toBeTruthy();
    expect(screen.getByText(/doesn't look like an article/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Compare anyway' }));
    expect(anyway).toHaveBeenCalledOnce();
  });
});

describe('the no-coverage state', () => {
  const NOW = Date.UTC(2026, 0, 10, 12, 0, 0);
  const searched = (feeds: SearchedCorpus['feeds'], corpusSize = 1204, outletCount = 23): SearchedCorpus => ({ corpusSize, outletCount, feeds, searchedFor: [] });
  const shown = (corpus: SearchedCorpus, onFollowMore = () => {}) => {
    render(<NoCoverageState searched={corpus} onFollowMore={onFollowMore} now={NOW} />);
    return screen.getByRole('status').textContent ?? '';
  };

  it('says how many articles from how many outlets were searched, and when the feeds were last read', () => {
    const text = shown(searched({ followed: 30, lastReadAt: NOW - 12 * 60_000 }));
    expect(text).toContain('No other coverage yet');
    expect(text).toContain('Crosscheck searched 1,204 articles from 23 outlets; your feeds were last read 12 minutes ago.');
  });

  it('names what the search started from', () => {
    const text = shown({ ...searched({ followed: 1, lastReadAt: NOW }, 1, 1), searchedFor: ['Port Wenlow', 'Harbour Board'] });
    expect(text).toContain('Crosscheck searched 1 article from 1 outlet; your feed was last read just now.');
    expect(text).toContain('It looked for reports naming Port Wenlow, Harbour Board.');
  });

  it('says when the feeds have not been read yet', () => {
    expect(shown(searched({ followed: 2, lastReadAt: null }))).toContain('your feeds have not been read yet.');
  });

  it('says so when the reader follows no outlet yet, with the same offer', () => {
    const follow = vi.fn();
    const text = shown(searched({ followed: 0, lastReadAt: null }, 4, 4), follow);
    expect(text).toContain('You follow no outlets yet. Crosscheck searched 4 articles from 4 outlets.');
    fireEvent.click(screen.getByRole('button', { name: 'Follow more outlets' }));
    expect(follow).toHaveBeenCalledOnce();
  });

  it('leaves the feeds out when the store could not be read', () => {
    const text = shown(searched(null));
    expect(text).toContain('Crosscheck searched 1,204 articles from 23 outlets.');
    expect(text).not.toMatch(/feed|follow no/i);
  });

  it('offers to follow more outlets, and never a build command', () => {
    const follow = vi.fn();
    const text = shown(searched({ followed: 3, lastReadAt: NOW - 3_600_000 }), follow);
    fireEvent.click(screen.getByRole('button', { name: 'Follow more outlets' }));
    expect(follow).toHaveBeenCalledOnce();
    expect(text).not.toMatch(/CROSSCHECK_CORPUS|npm|build/);
  });
});
