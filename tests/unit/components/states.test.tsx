// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorState, LoadingState, NoCoverageState, NotArticleState } from '../../../components/states';

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

  it('no coverage says what was searched and how to add sources', () => {
    render(<NoCoverageState corpusSize={1} searchedFor={['Port Wenlow']} />);
    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toContain('searched the 1 article it knows for Port Wenlow');
    expect(text).toContain('CROSSCHECK_CORPUS');
  });
});
