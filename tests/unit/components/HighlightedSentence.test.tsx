// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HighlightedSentence } from '../../../components/HighlightedSentence';

afterEach(cleanup);

describe('HighlightedSentence', () => {
  it('marks the value where it is written as a whole, not inside a year', () => {
    render(<HighlightedSentence sentence="The guild, founded in 2019, counted 9 members at the vote." value="9" />);
    const mark = document.querySelector('mark')!;
    expect(mark.textContent).toBe('9');
    expect(mark.previousSibling?.textContent).toBe('The guild, founded in 2019, counted ');
  });
});
