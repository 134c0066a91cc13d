import { describe, expect, it } from 'vitest';
import { limitDocumentSize } from '../../../../lib/core/extract/size-limit';
import { page } from './dom';

const count = (doc: Document) => doc.querySelectorAll('*').length;

describe('size limit', () => {
  it('leaves a page under the limit untouched', () => {
    const doc = page('<p>one</p><script>var x;</script>');
    const before = count(doc);
    expect(limitDocumentSize(doc, 100)).toBe(false);
    expect(count(doc)).toBe(before);
  });

  it('first drops scripts and styles (keeping JSON-LD), and reports no cut when that suffices', () => {
    const scripts = '<script>var x;</script>'.repeat(50);
    const doc = page(`<script type="application/ld+json">{}</script>${scripts}<p>story</p>`);
    expect(limitDocumentSize(doc, 20)).toBe(false);
    expect(doc.querySelectorAll('script').length).toBe(1);
    expect(doc.body.textContent).toContain('story');
  });

  it('cuts everything after the first N elements and says so', () => {
    const doc = page(Array.from({ length: 200 }, (_, i) => `<p>paragraph ${i}</p>`).join(''));
    expect(limitDocumentSize(doc, 50)).toBe(true);
    expect(count(doc)).toBeLessThanOrEqual(50);
    expect(doc.body.textContent).toContain('paragraph 0');
    expect(doc.body.textContent).not.toContain('paragraph 199');
  });
});
