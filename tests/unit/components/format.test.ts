import { describe, expect, it } from 'vitest';
import { articleLabel, formatDate, safeHref } from '../../../components/format';

describe('safeHref', () => {
  it('keeps web links', () => {
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHref('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1:8080/x');
  });

  it('drops script, data, extension and malformed links', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'chrome-extension://x/popup.html', 'not a url', '', null]) {
      expect(safeHref(url)).toBeUndefined();
    }
  });
});

describe('formatDate', () => {
  it('formats ISO days and ignores what does not parse', () => {
    expect(formatDate('2022-03-15')).toBe('15 Mar 2022');
    expect(formatDate('soon')).toBeNull();
    expect(formatDate(null)).toBeNull();
  });
});

describe('articleLabel', () => {
  it('names an article by outlet, else by host, else by the first words of its headline or lead', () => {
    expect(articleLabel({ source: 'Reuters', url: null, title: 'T' }, undefined)).toEqual({ outlet: 'Reuters', headline: 'T' });
    expect(articleLabel({ source: null, url: 'https://www.example.org/a', title: null }, 'Lead.')).toEqual({ outlet: 'example.org', headline: 'Lead.' });
    expect(articleLabel({ source: null, url: null, title: null }, 'One two three four five six seven.').outlet).toBe('“One two three four five…”');
    expect(articleLabel({ source: null, url: null, title: null }, undefined).headline).toBe('Untitled article');
  });
});
