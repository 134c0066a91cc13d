import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../../lib/core/extract/metadata';
import { page } from './dom';

describe('page metadata', () => {
  it('prefers JSON-LD over meta tags', () => {
    const doc = page(`<!doctype html><html><head>
      <meta property="og:site_name" content="Medium">
      <meta property="article:published_time" content="2015-12-11T14:28:34Z">
      <script type="application/ld+json">{"@type":"Article","publisher":{"name":"Voodoo Engineering"},"datePublished":"2015-10-15T02:19:15Z"}</script>
      </head><body></body></html>`);
    const metadata = readMetadata(doc, null);
    expect(metadata.source).toBe('Voodoo Engineering');
    expect(metadata.publishedAt).toBe('2015-10-15');
  });

  it('falls back to <time>, then to the date in the address; resolves the canonical link', () => {
    const withTime = page(`<!doctype html><html><head><link rel="canonical" href="/2019/11/19/story"></head><body><time datetime="2019-11-18T23:00">Nov 18</time></body></html>`);
    expect(readMetadata(withTime, 'https://example.com/amp/story')).toMatchObject({ publishedAt: '2019-11-18', url: 'https://example.com/2019/11/19/story' });
    const bare = page(`<!doctype html><html><head><link rel="canonical" href="/2019/11/19/story"></head><body></body></html>`);
    expect(readMetadata(bare, 'https://example.com/amp/story').publishedAt).toBe('2019-11-19');
  });
});
