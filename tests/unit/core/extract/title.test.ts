import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from '../../../../lib/core/extract/title';

describe('site suffix after a dash', () => {
  it('takes a short site name off a title derived from <title>', () => {
    expect(withoutSiteSuffix('Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet – My website')).toBe('Lorem ipsum dolor sit amet');
    expect(withoutSiteSuffix('Bridge to close for a year — Example News', 'Bridge to close for a year — Example News')).toBe('Bridge to close for a year');
  });

  it('keeps titles Readability already changed, short headlines and long second parts', () => {
    expect(withoutSiteSuffix('Bridge to close — Example', 'Other — Example')).toBe('Bridge to close — Example');
    expect(withoutSiteSuffix('Bridge — Example News', 'Bridge — Example News')).toBe('Bridge — Example News');
    const long = 'Why it matters – the bridge the city forgot for forty long years';
    expect(withoutSiteSuffix(long, long)).toBe(long);
  });
});
