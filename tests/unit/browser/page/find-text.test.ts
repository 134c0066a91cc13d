// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextRange } from '../../../../lib/browser/page/find-text';

// The test window's own document: happy-dom's ranges misplace boundaries in a DOMParser document.
function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

describe('findTextRange', () => {
  it('returns a range over exactly the passage, within one text node', () => {
    const doc = page('<p>The harbour reopened on Monday. Ferries resumed at noon.</p>');
    const range = findTextRange(doc, 'Ferries resumed at noon.');
    expect(range?.toString()).toBe('Ferries resumed at noon.');
    expect(range?.startContainer).toBe(doc.querySelector('p')!.firstChild);
    expect(range?.startOffset).toBe('The harbour reopened on Monday. '.length);
  });

  it('spans text nodes across inline elements', () => {
    const doc = page('<p>The mayor of <a href="/x">Port Elling</a> said the <em>ferry</em> would run again.</p>');
    const range = findTextRange(doc, 'mayor of Port Elling said the ferry would run');
    expect(range?.startContainer.textContent).toBe('The mayor of ');
    expect(range?.endContainer.textContent).toBe(' would run again.');
    expect(range?.toString()).toBe('mayor of Port Elling said the ferry would run');
  });

  it('compares whitespace collapsed, case ignored and curly quotes and dashes folded', () => {
    const doc = page('<p>“We are  ready,”\n  the harbour master said – twice.</p>');
    const range = findTextRange(doc, '"we are ready," the Harbour Master said - twice.');
    expect(range?.toString()).toBe('“We are  ready,”\n  the harbour master said – twice.');
  });

  it('reads text nodes of different blocks as separate words', () => {
    const doc = page('<p>Ferries resumed</p><p>at noon.</p>');
    expect(findTextRange(doc, 'resumed at noon')).not.toBeNull();
    expect(findTextRange(doc, 'resumedat noon')).toBeNull();
  });

  it('does not find a word split across inline elements (every text node ends a word)', () => {
    expect(findTextRange(page('<p>Port El<b>ling</b> harbour</p>'), 'Port Elling harbour')).toBeNull();
  });

  it('skips scripts, styles, templates and text areas', () => {
    const doc = page(
      '<script>var note = "ferries resumed";</script><style>.x::after { content: "ferries resumed"; }</style>' +
        '<template><p>ferries resumed</p></template><textarea>ferries resumed</textarea><p>Nothing else here.</p>',
    );
    expect(findTextRange(doc, 'ferries resumed')).toBeNull();
  });

  it('returns null for a passage that is not there, or blank', () => {
    const doc = page('<p>The harbour reopened on Monday.</p>');
    expect(findTextRange(doc, 'The harbour reopened on Tuesday.')).toBeNull();
    expect(findTextRange(doc, '   ')).toBeNull();
  });
});
