import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../lib/core/extract/meta-json-ld';
import { page } from './dom';

const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('JSON-LD metadata', () => {
  it('reads a NewsArticle: headline, authors, publisher, datePublished, url, language', () => {
    const doc = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Bridge to close for repairs',
        author: [{ '@type': 'Person', name: 'Jane Doe' }, 'John Roe'],
        publisher: { '@type': 'Organization', name: 'Example News' },
        datePublished: '2019-11-19T06:51:00-05:00',
        mainEntityOfPage: { '@id': 'https://news.example.com/bridge' },
        inLanguage: 'en-US',
      }),
    );
    expect(readJsonLd(doc)).toEqual({
      headline: 'Bridge to close for repairs',
      author: 'Jane Doe, John Roe',
      publisher: 'Example News',
      datePublished: '2019-11-19T06:51:00-05:00',
      url: 'https://news.example.com/bridge',
      language: 'en-US',
    });
  });

  it('finds the article inside @graph or an array, past other types and broken scripts', () => {
    const doc = page(
      '<script type="application/ld+json">{ not json </script>' +
        ld([{ '@type': 'BreadcrumbList' }, { '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['BlogPosting'], headline: 'A post' }] }]),
    );
    expect(readJsonLd(doc)?.headline).toBe('A post');
  });

  it('gives null when no article is declared', () => {
    expect(readJsonLd(page(ld({ '@type': 'Organization', name: 'Example' })))).toBeNull();
  });
});
