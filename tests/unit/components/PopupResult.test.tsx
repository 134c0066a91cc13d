// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupResult } from '../../../components/PopupResult';
import { difference, okResponse, READING_ID, related } from './fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('PopupResult', () => {
  it('summarises, lists coverage, and shows the differences in the engine’s ranking while counting consensus', () => {
    const differences = [
      difference('number', 'conflict', 'leaders', [READING_ID, 'a']),
      difference('person', 'partial', 'Psaki', [READING_ID], ['a', 'b']),
      difference('place', 'consensus', 'Brussels', [READING_ID, 'a', 'b']),
    ];
    render(<PopupResult onRetryDetails={() => {}} response={okResponse(differences)} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(document.querySelector('.summary')?.textContent).toBe('2 other outlets · 1 conflict · 1 corroborated fact');
    expect(screen.getByRole('list', { name: 'Coverage of this story' }).children).toHaveLength(2);
    expect([...document.querySelectorAll('.difference')].map((d) => d.getAttribute('data-status'))).toEqual(['conflict', 'partial']);
  });

  it('shows the first differences, then all on request', () => {
    const many = Array.from({ length: 11 }, (_, i) => difference('person', 'partial', `Name ${i}`, [READING_ID], ['a'], i < 8));
    render(<PopupResult onRetryDetails={() => {}} response={okResponse(many)} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(document.querySelectorAll('.difference')).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 11 differences' }));
    expect(document.querySelectorAll('.difference')).toHaveLength(11);
  });

  it('keeps republished copies apart from independent coverage, and opens the full comparison', () => {
    const open = vi.fn();
    render(<PopupResult onRetryDetails={() => {}} response={okResponse([], [related('a', 'same-story'), related('wire', 'duplicate')])} onShowInPage={() => {}} onOpenComparison={open} />);
    expect(screen.getByRole('list', { name: 'Coverage of this story' }).children).toHaveLength(1);
    expect(screen.getByRole('list', { name: 'Republished copies' }).children).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Open full comparison' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('says so when nothing else covers the story, and opens the page to follow more outlets', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<PopupResult onRetryDetails={() => {}} response={okResponse([], [related('r', 'related')])} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(screen.getByText('No other coverage yet')).toBeTruthy();
    expect(screen.getByText('Related stories (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Follow more outlets' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/onboarding\.html$/) });
  });

  it('labels a covering outlet the catalogue knows with its ownership and country, and its source on hover', () => {
    const aljazeera = { ...related('aj', 'same-story', 'Al Jazeera'), url: 'https://www.aljazeera.com/news/2022/3/24/story' };
    render(<PopupResult onRetryDetails={() => {}} response={okResponse([], [aljazeera, related('b', 'same-story', 'Outlet B')])} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    const labels = [...document.querySelectorAll('.coverage-item')].map((item) => item.querySelector('.outlet-label'));
    expect(labels[0]?.textContent).toBe('state-funded · Qatar');
    expect(labels[0]?.getAttribute('title')).toBe('From kite-public (Kagi News)');
    expect(labels[1]).toBeNull();
  });
});

describe('PopupResult while the details are on their way', () => {
  it('lists the coverage at once and shows a placeholder, then an error with a retry', () => {
    const retry = vi.fn();
    const loading = { ...okResponse([]), details: { status: 'loading' as const } };
    const { rerender } = render(<PopupResult response={loading} onRetryDetails={retry} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(screen.getByRole('list', { name: 'Coverage of this story' }).children).toHaveLength(2);
    expect(document.querySelector('.details-loading')).not.toBeNull();
    expect(document.querySelector('.summary')?.textContent).toBe('2 other outlets');
    rerender(<PopupResult response={{ ...loading, details: { status: 'error', message: 'It broke.' } }} onRetryDetails={retry} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('It broke.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('says plainly when the details cannot be compared, with no retry', () => {
    const unavailable = { ...okResponse([]), details: { status: 'unavailable' as const, message: 'Details are compared for English articles only.' } };
    render(<PopupResult response={unavailable} onRetryDetails={() => {}} onShowInPage={() => {}} onOpenComparison={() => {}} />);
    expect(screen.getByText('Details are compared for English articles only.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Coverage of this story' }).children).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
