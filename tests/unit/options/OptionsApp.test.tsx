// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { countArticles, putArticles, toStoredArticle } from '../../../lib/browser/store/articles';
import { readSettings } from '../../../lib/browser/store/settings';
import { freshStore, summitReport, unrelatedReport } from '../browser/store/support';

vi.mock('../../../lib/browser/messaging/protocol', () => import('../browser/messaging/background-loopback'));

beforeEach(freshStore);
afterEach(cleanup);

const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';

describe('the options page', () => {
  it('shows counts per source and deletes a source only after confirming', async () => {
    await putArticles([
      toStoredArticle(summitReport('a', 'Wire One'), 'imported'),
      toStoredArticle(summitReport('b', 'Wire One'), 'compared'),
      toStoredArticle(unrelatedReport('c'), 'imported'),
    ]);
    render(<OptionsApp />);
    await waitFor(() => expect(text('.article-count')).toBe('3'));
    const row = document.querySelector('.source-row[data-source="Wire One"]')!;
    expect(row.textContent).toContain('2');
    fireEvent.click(row.querySelector('button')!);
    expect(await countArticles()).toBe(3);
    fireEvent.click(screen.getByText('Delete 2 articles'));
    await waitFor(() => expect(text('.article-count')).toBe('1'));
    expect(await countArticles()).toBe(1);
  });

  it('renders stored titles as text and links only web addresses', async () => {
    await putArticles([
      toStoredArticle({ ...summitReport('x', 'Wire One'), title: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }, 'imported'),
      toStoredArticle({ ...unrelatedReport('y'), url: 'https://garden.example/y' }, 'imported'),
    ]);
    render(<OptionsApp />);
    await waitFor(() => expect(document.querySelectorAll('.stored-article')).toHaveLength(2));
    expect(document.querySelector('.stored-article img')).toBeNull();
    expect(text('.stored-article[data-id="x"]')).toContain('<img src=x onerror=alert(1)>');
    expect([...document.querySelectorAll('.stored-article a')].map((a) => a.getAttribute('href'))).toEqual(['https://garden.example/y']);
  });

  it('switches remembering off and deletes one article', async () => {
    await putArticles([toStoredArticle(unrelatedReport('y'), 'imported')]);
    render(<OptionsApp />);
    await waitFor(() => expect(document.querySelector('.remember-toggle')).not.toBeNull());
    expect((document.querySelector('.remember-toggle') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(document.querySelector('.remember-toggle')!);
    await waitFor(async () => expect((await readSettings()).remember).toBe(false));
    fireEvent.click(document.querySelector('.delete-article')!);
    await waitFor(() => expect(text('.article-count')).toBe('0'));
  });

  it('imports a file and lists each rejected line', async () => {
    render(<OptionsApp />);
    await waitFor(() => expect(document.querySelector('input[type="file"]')).not.toBeNull());
    const file = new File([[JSON.stringify(summitReport('a', 'Wire One')), 'nope', JSON.stringify({ id: 'b' })].join('\n')], 'mine.jsonl');
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    fireEvent.click(screen.getByText('Import'));
    await waitFor(() => expect(text('.import-stored')).toContain('Imported 1 article.'));
    expect([...document.querySelectorAll('.rejection')].map((li) => li.textContent)).toEqual(['mine.jsonl, line 2: not valid JSON', 'mine.jsonl, line 3: missing "text"']);
    await waitFor(() => expect(text('.article-count')).toBe('1'));
  });

  it('says how much room the corpus takes of what the browser allows, when the browser says', async () => {
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 120_400_000, quota: 2_147_483_648 }) } });
    try {
      render(<OptionsApp />);
      await waitFor(() => expect(text('.storage-use')).toMatch(/^Using 120\.4 MB of about 2\.1 GB the browser lets Crosscheck keep on this computer\./));
    } finally {
      Reflect.deleteProperty(navigator, 'storage');
    }
    cleanup();
    render(<OptionsApp />);
    await waitFor(() => expect(text('.article-count')).toBe('0'));
    expect(document.querySelector('.storage-use')).toBeNull();
  });
});
