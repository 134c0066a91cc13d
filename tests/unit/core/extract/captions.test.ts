import { describe, expect, it } from 'vitest';
import { isCaptionOrCreditLine } from '../../../../lib/core/extract/captions';
import { cleanArticleElement } from '../../../../lib/core/extract/clean-article';
import { article, textOf } from './dom';

const STORY = '<p>The council voted on Tuesday to close the old bridge to traffic for a year of repairs.</p>';

describe('caption and credit elements', () => {
  it('removes <figcaption> and elements whose class says caption or credit', () => {
    const root = article(`
      <figure><img src="a.jpg"><figcaption>The bridge at dusk.</figcaption></figure>
      ${STORY}
      <div class="article__image-caption">Workers on the deck.</div>
      <span class="photo-credit">Jane Doe / Example Agency</span>`);
    cleanArticleElement(root);
    expect(textOf(root)).toBe(textOf(article(STORY)));
  });

  it('keeps an element whose class negates the word (no_caption) and a long "caption" wrapper', () => {
    const root = article(`<div class="item no_caption"><h2>A lead that matters to the story.</h2></div>${STORY}`);
    cleanArticleElement(root);
    expect(textOf(root)).toContain('A lead that matters');

    const long = 'Paragraph of the story. '.repeat(40);
    const wrapped = article(`<div class="caption-layout"><p>${long}</p></div>${STORY}`);
    cleanArticleElement(wrapped);
    expect(textOf(wrapped)).toContain('Paragraph of the story.');
  });
});

describe('caption and credit lines', () => {
  it.each([
    '(Image credit: NASA/JPL)',
    'Photo: Jane Doe, AP',
    'Image 1 of 5',
    'Image 1 of / 23',
    'A reference habitation module compared to its equivalent. Credit: ESA',
    'Workers load trims outside a store in Hialeah, Fla. (AP Photo/Alan Diaz, File)',
    'Alex Wong | Getty Images',
    '(Image: © Example Collaboration)',
  ])('recognises %s', (line) => expect(isCaptionOrCreditLine(line)).toBe(true));

  it.each([
    'The photographer said she had waited three hours for the light.',
    'Getty Images, the agency, reported a loss for the quarter, its chief executive said on Monday.',
    'Credit card debt rose 5% in the quarter.',
  ])('keeps the story line %s', (line) => expect(isCaptionOrCreditLine(line)).toBe(false));
});
