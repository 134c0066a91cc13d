import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../../lib/core/extract/meta-url-date';

describe('dates in addresses', () => {
  it.each([
    ['https://www.example.com/news/2019/11/19/cat-found/', '2019-11-19'],
    ['https://www.example.com/2019/1/5/story.html', '2019-01-05'],
    ['https://www.example.com/story-2019-11-19.html', '2019-11-19'],
    ['https://www.example.com/20191119/story', '2019-11-19'],
  ])('reads %s', (url, day) => expect(dateFromUrl(url)).toBe(day));

  it.each([
    'https://www.example.com/news/7908/bike-review/',
    'https://www.example.com/2019/13/40/impossible',
    'https://www.example.com/article/12345678/',
    'not a url',
  ])('finds no day in %s', (url) => expect(dateFromUrl(url)).toBeNull());
});
