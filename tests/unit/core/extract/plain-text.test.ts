import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../../../lib/core/extract/plain-text';

const LEAD = 'President Joe Biden will travel to Brussels next week to meet with NATO allies.';
const SECOND = 'White House Press Secretary Jen Psaki told reporters the president will discuss deterrence.';

describe('plain-text articles (the seed format)', () => {
  it('reads the date marker and keeps the wire dateline out of the first sentence', () => {
    const article = parsePlainText(` date 2022-03-15 (Bloomberg) -- ${LEAD}\n\n${SECOND}\n`, 'seed-0');
    expect(article).toMatchObject({ id: 'seed-0', publishedAt: '2022-03-15', source: 'Bloomberg', title: null, readerable: true });
    expect(article.text).toBe(`${LEAD}\n\n${SECOND}`);
  });

  it('drops a scraped "34 minutes ago" and takes a headline line as the title', () => {
    const article = parsePlainText(`34 minutes ago\nBiden joins NATO leaders in Brussels\n${LEAD}\n${SECOND}`, 'seed-2');
    expect(article.title).toBe('Biden joins NATO leaders in Brussels');
    expect(article.text).toBe(`${LEAD}\n\n${SECOND}`);
  });
});

describe('a short headline in plain text', () => {
  it('is the title, not a section label', () => {
    const article = parsePlainText(`Biden heads to Brussels\n\n${LEAD}\n\n${SECOND}`, 'short');
    expect(article.title).toBe('Biden heads to Brussels');
    expect(article.text).toBe(`${LEAD}\n\n${SECOND}`);
  });
});
