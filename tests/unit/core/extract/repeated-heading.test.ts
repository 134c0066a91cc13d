import { describe, expect, it } from 'vitest';
import { headingRepeatTest } from '../../../../lib/core/extract/repeated-heading';

const isRepeat = headingRepeatTest({
  titles: ['Cat found in New Mexico after going missing in Oregon', 'Cat found in New Mexico after going missing in Oregon | Example News'],
  byline: 'By Jane Doe',
  pageUrl: 'https://news.example.com/2019/11/19/cat-found.html',
});

describe('repeated headline, byline and address', () => {
  it.each([
    'Cat found in New Mexico after going missing in Oregon',
    'CAT FOUND IN NEW MEXICO AFTER GOING MISSING IN OREGON!',
    'HomeLatest News Cat found in New Mexico after going missing in Oregon',
    'HomeLatest NewsCat found in New Mexico after going missing in Oregon',
    'By Jane Doe',
    'Jane Doe',
    'https://news.example.com/2019/11/19/cat-found.html',
  ])('recognises %s', (line) => expect(isRepeat(line)).toBe(true));

  it.each([
    'A cat found in New Mexico after going missing in Oregon five years ago is home again, her owners said.',
    'Cat found',
    'Jane Doe, a neighbour, said she had fed the cat for months.',
  ])('keeps %s', (line) => expect(isRepeat(line)).toBe(false));

  it('keeps a subheading that ends with a short headline\'s words (a phrase, not breadcrumbs)', () => {
    const isShortRepeat = headingRepeatTest({ titles: ['Water main breaks'], byline: null, pageUrl: null });
    expect(isShortRepeat('How the city plans to stop water main breaks')).toBe(false);
    expect(isShortRepeat('News New York Water main breaks')).toBe(true);
  });
});
