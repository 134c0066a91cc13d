import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../../lib/core/extract/same-site';

describe('site of an address', () => {
  it.each([
    ['https://www.example.com/story', undefined, 'example.com'],
    ['https://news.example.com/a', undefined, 'example.com'],
    ['https://sport.example.co.uk/a', undefined, 'example.co.uk'],
    ['https://example.org/a', undefined, 'example.org'],
    ['/other-story', 'https://www.example.com/story', 'example.com'],
    ['not an address', undefined, null],
    ['mailto:someone@example.com', undefined, null],
  ])('%s (base %s) is on %s', (address, base, site) => expect(siteOf(address, base)).toBe(site));
});
