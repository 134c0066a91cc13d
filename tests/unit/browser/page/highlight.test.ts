// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearHighlight, highlightSentence } from '../../../../lib/browser/page/highlight';

const ARTICLE = '<h1>Ferries return</h1><p>The harbour reopened on Monday. Ferries resumed at noon.</p>';

/** A stand-in for the CSS Custom Highlight API, which happy-dom lacks: a registry and a Highlight holding its ranges. */
function withHighlightApi(): Map<string, { ranges: Range[] }> {
  const registry = new Map<string, { ranges: Range[] }>();
  vi.stubGlobal('Highlight', class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } });
  vi.stubGlobal('CSS', { highlights: registry });
  return registry;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  clearHighlight(document);
});

describe('highlightSentence', () => {
  it('marks the sentence through the highlight registry and adds one <style>, leaving the article as it was', () => {
    document.body.innerHTML = ARTICLE;
    const registry = withHighlightApi();
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    expect(highlightSentence(document, 'Ferries resumed at noon.')).toBe(true);
    expect(document.body.innerHTML).toBe(ARTICLE);
    expect([...registry.keys()]).toEqual(['crosscheck-detail']);
    expect(registry.get('crosscheck-detail')!.ranges.map(String)).toEqual(['Ferries resumed at noon.']);
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    expect(document.head.querySelector('style')!.textContent).toContain('::highlight(crosscheck-detail)');
    expect(scrolled).toHaveBeenCalledOnce();
    // A second mark replaces the first.
    expect(highlightSentence(document, 'The harbour reopened on Monday.')).toBe(true);
    expect(registry.get('crosscheck-detail')!.ranges.map(String)).toEqual(['The harbour reopened on Monday.']);
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
  });

  it('clearHighlight removes both the mark and the <style>', () => {
    document.body.innerHTML = ARTICLE;
    const registry = withHighlightApi();
    highlightSentence(document, 'Ferries resumed at noon.');
    clearHighlight(document);
    expect(registry.size).toBe(0);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('only scrolls where the browser lacks the API, and returns false for a sentence not on the page', () => {
    document.body.innerHTML = ARTICLE;
    expect(highlightSentence(document, 'Ferries resumed at noon.')).toBe(true);
    expect(document.head.querySelector('style')).toBeNull();
    expect(highlightSentence(document, 'The harbour stayed shut.')).toBe(false);
  });
});
