import { describe, expect, it } from 'vitest';
import { cleanArticleElement } from '../../../../lib/core/extract/clean-article';
import { article, textOf } from './dom';

describe('hidden elements', () => {
  it('removes hidden, aria-hidden and display:none / visibility:hidden elements', () => {
    const root = article(`
      <p>Rep. Jane Doe<span style="display: none">Jane Doe Profile card: latest stories</span> said the vote would pass.</p>
      <p hidden>A hidden paragraph.</p>
      <p aria-hidden="true">A duplicate for screen readers.</p>
      <p style="visibility:hidden">Invisible.</p>
      <p aria-hidden="false" style="color: red">The bill now goes to the Senate, where its fate is less certain.</p>`);
    cleanArticleElement(root);
    expect(textOf(root)).toBe('Rep. Jane Doe said the vote would pass. The bill now goes to the Senate, where its fate is less certain.');
  });
});
