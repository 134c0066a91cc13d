import { describe, expect, it } from 'vitest';
import { readTimeElement } from '../../../../lib/core/extract/meta-time-element';
import { page } from './dom';

describe('<time> publication dates', () => {
  it('prefers itemprop=datePublished, then a <time> inside the article', () => {
    expect(readTimeElement(page('<time datetime="2001-01-01">x</time><span itemprop="datePublished" content="2019-11-19">Nov 19</span>'))).toBe(
      '2019-11-19',
    );
    expect(readTimeElement(page('<aside><time datetime="2001-01-01">x</time></aside><article><time datetime="2019-11-19T10:00">y</time></article>'))).toBe(
      '2019-11-19T10:00',
    );
    expect(readTimeElement(page('<p><time>yesterday</time></p>'))).toBeNull();
  });
});
