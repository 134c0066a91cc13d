import { describe, expect, it } from 'vitest';
import { readMetaTags } from '../../../../lib/core/extract/meta-tags';
import { page } from './dom';

describe('meta tags', () => {
  it('reads Open Graph, article:*, author, canonical and language', () => {
    const doc = page(`<!doctype html><html lang="en-GB"><head>
      <meta property="og:title" content="Bridge to close">
      <meta property="og:site_name" content="Example News">
      <meta property="article:author" content="https://example.com/staff/jane">
      <meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2019-11-19T06:51:00Z">
      <link rel="canonical" href="https://news.example.com/bridge">
      </head><body></body></html>`);
    expect(readMetaTags(doc)).toEqual({
      title: 'Bridge to close',
      author: 'Jane Doe',
      siteName: 'Example News',
      published: '2019-11-19T06:51:00Z',
      canonical: 'https://news.example.com/bridge',
      language: 'en-GB',
    });
  });

  it.each([
    ['<meta name="date" content="2020-01-02">', '2020-01-02'],
    ['<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">', '2024-04-20T04:20:00.000Z'],
    ['<meta name="DC.date.issued" content="2018-05-06">', '2018-05-06'],
    ['<meta itemprop="datePublished" content="2017-07-08">', '2017-07-08'],
  ])('reads the publication date of %s', (tag, expected) => {
    expect(readMetaTags(page(`<!doctype html><html><head>${tag}</head><body></body></html>`)).published).toBe(expected);
  });
});
