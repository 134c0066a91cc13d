import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPage, fetchPageIfChanged } from '../../../../lib/core/feeds/fetch-page';
import { serve } from '../../browser/feeds/support';

afterEach(() => vi.unstubAllGlobals());

/** A page's bytes in a one-byte legacy charset: ASCII as is, the other characters by their code in it. */
function legacyBytes(text: string, codes: Record<string, number>): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text], (char) => codes[char] ?? char.charCodeAt(0));
}
const WINDOWS_1252 = { é: 0xe9, '€': 0x80 };
const ISO_8859_2 = { Ł: 0xa3, ó: 0xf3, ź: 0xbc };
/**
 * Node 20.18.3 and later decode windows-1252 bytes 0x80–0x9F (€ among them) as Latin-1
 * (nodejs/node#60888); browsers do not. So a page with € must come out decoded as windows-1252, by
 * whatever this runtime's TextDecoder makes of it.
 */
const asWindows1252 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

const page = (bytes: Uint8Array<ArrayBuffer>, contentType: string) => serve(() => new Response(bytes, { headers: { 'content-type': contentType } }));

describe('fetchPage decodes a page in its charset', () => {
  it('honours the charset of the HTTP Content-Type', async () => {
    const cafe = legacyBytes('<p>Café 5 €</p>', WINDOWS_1252);
    page(cafe, 'text/html; charset=windows-1252');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe(asWindows1252(cafe));
    page(legacyBytes('<p>Café</p>', WINDOWS_1252), 'text/html; charset=ISO-8859-1');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe('<p>Café</p>');
    page(legacyBytes('<p>Łódź</p>', ISO_8859_2), 'text/html; charset="ISO-8859-2"');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe('<p>Łódź</p>');
  });

  it('prefers the HTTP charset to bytes that merely look like UTF-8', async () => {
    // "Ã©" in windows-1252 is C3 A9, which is also "é" in UTF-8: the server's word decides.
    page(legacyBytes('<p>Ã© is mojibake</p>', { Ã: 0xc3, '©': 0xa9 }), 'text/html;charset=windows-1252');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe('<p>Ã© is mojibake</p>');
  });

  it('falls back to the page’s meta charset, then UTF-8', async () => {
    const cafe = legacyBytes('<meta charset="windows-1252"><p>Café 5 €</p>', WINDOWS_1252);
    page(cafe, 'text/html');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe(asWindows1252(cafe));
    page(legacyBytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>Łódź</p>', ISO_8859_2), 'text/html; charset=no-such-charset');
    expect(await fetchPage('https://news.example/a', 'text/html')).toMatch(/<p>Łódź<\/p>$/);
    page(new TextEncoder().encode('<p>Café 5 €</p>'), 'text/html');
    expect(await fetchPage('https://news.example/a', 'text/html')).toBe('<p>Café 5 €</p>');
  });
});

describe('fetching politely', () => {
  it('has at most two requests to one site in flight, feeds and article pages alike', async () => {
    const answers: (() => void)[] = [];
    const requests = serve((url) => (url.startsWith('https://other.example') ? new Response('other') : new Promise((resolve) => answers.push(() => resolve(new Response(url))))));
    const pages = [
      fetchPageIfChanged('https://news.example/rss.xml', 'application/rss+xml', { etag: '"v1"' }),
      fetchPage('https://news.example/a', 'text/html'),
      fetchPage('https://news.example/b', 'text/html'),
      fetchPage('https://other.example/c', 'text/html'),
    ];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.map((r) => r.url)).toEqual(['https://news.example/rss.xml', 'https://news.example/a', 'https://other.example/c']);
    answers[0]();
    await pages[0];
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.map((r) => r.url)).toContain('https://news.example/b');
    answers.slice(1).forEach((answer) => answer());
    expect(await Promise.all(pages.slice(1))).toEqual(['https://news.example/a', 'https://news.example/b', 'other']);
  });
});
