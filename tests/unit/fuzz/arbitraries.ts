import fc from 'fast-check';

/** How many cases each property runs: small in `npm test`, large in `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 40);
/** A property's time limit grows with its case count (a case is bounded separately where it matters). */
export const FUZZ_TIMEOUT_MS = Math.max(15_000, FUZZ_RUNS * 150);

/** Text with the characters that break parsers: markup, quotes, numbers, controls, RTL and zero-width marks. */
export const hostileText = fc.stringMatching(/^[\s\S]{0,400}$/).chain((base) =>
  fc
    .array(
      fc.constantFrom(
        '<script>alert(1)</script>', '"', '“', '”', '’', '$1.2 billion', '30 leaders', 'March 24', 'Feb. 24', 'Mr. Biden', 'NATO',
        '\u202e', '\u200b', '\u0000', '\ud800', '&amp;', '<b>', '\n\n', '—', '%', '1e309', '99999999999999999999', 'javascript:alert(1)',
      ),
      { maxLength: 12 },
    )
    .map((pieces) => pieces.reduce((text, piece, i) => text.slice(0, (i * 37) % (text.length + 1)) + piece + text.slice((i * 37) % (text.length + 1)), base)),
);

const tag = fc.constantFrom('div', 'p', 'article', 'section', 'span', 'a', 'h1', 'h2', 'ul', 'li', 'figure', 'figcaption', 'time', 'script', 'style', 'table', 'td', 'br', 'img', 'aside', 'nav');
const attribute = fc.constantFrom('', ' class="comments"', ' hidden', ' onclick="x()"', ' href="javascript:alert(1)"', ' datetime="2022-03-15T10:00:00Z"', ' lang="en"', ' style="display:none"', ' id="main"');

/** Random, often malformed, HTML: nested elements, broken nesting, metadata fragments, text. */
export const randomHtml: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.tuple(tag, attribute, fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([name, attrs, children, closed]) => `<${name}${attrs}>${(children as string[]).join('')}${closed ? `</${name}>` : ''}`,
    ),
  ),
})).node as fc.Arbitrary<string>;

/** Text for an attribute value or a `<title>`, escaped so that it reaches the page whole. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Metadata as often short as longer than the message schema allows for any field (2,000 and 5,000 characters). */
const metadataText = fc.oneof(
  hostileText,
  fc.tuple(hostileText, fc.integer({ min: 2_001, max: 12_000 })).map(([text, length]) => `${text} Lorem ipsum `.repeat(Math.ceil(length / 12)).slice(0, length)),
);

const metaTag = (key: string) => metadataText.map((text) => `<meta ${key} content="${escapeHtml(text)}">`);
const jsonLd = fc
  .record({ headline: metadataText, author: metadataText, publisher: metadataText, description: metadataText })
  .map(({ headline, author, publisher, description }) => {
    const json = JSON.stringify({ '@type': 'NewsArticle', headline, author: { name: author }, publisher: { name: publisher }, description });
    return `<script type="application/ld+json">${json.replace(/</g, '\\u003c')}</script>`;
  });

const headPiece = fc.oneof(
  fc.constantFrom('<meta property="og:site_name" content="X">', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-13-45"}</script>', '<script type="application/ld+json">{broken</script>', '<link rel="canonical" href="::::">'),
  metaTag('name="author"'),
  metaTag('property="og:description"'),
  metaTag('property="og:site_name"'),
  metaTag('property="og:title"'),
  jsonLd,
);

export const randomPage = fc
  .tuple(randomHtml, fc.array(headPiece, { maxLength: 3 }), metadataText)
  .map(([body, head, title]) => `<!doctype html><html><head>${head.join('')}<title>${escapeHtml(title)}</title></head><body>${body}</body></html>`);
