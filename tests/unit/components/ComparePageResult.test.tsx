// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ComparePageResult } from '../../../components/ComparePageResult';
import { okResponse, related } from './fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ComparePageResult', () => {
  it('says what was searched when nothing else covers the story, and offers to follow more outlets', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ComparePageResult response={okResponse([], [])} onRetryDetails={() => {}} onShowInPage={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('Crosscheck searched 42 articles from 7 outlets; your feeds have not been read yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Follow more outlets' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/onboarding\.html$/) });
  });

  it('labels the covering outlets the catalogue knows', () => {
    const npr = { ...related('npr', 'same-story', 'NPR'), url: 'https://www.npr.org/2022/03/24/story' };
    render(<ComparePageResult response={okResponse([], [npr])} onRetryDetails={() => {}} onShowInPage={() => {}} />);
    expect(document.querySelector('.coverage-item .outlet-label')?.textContent).toBe('public broadcaster · US');
  });
});
