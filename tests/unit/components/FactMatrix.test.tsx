// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FactMatrix } from '../../../components/FactMatrix';
import { difference, READING_ID } from './fixtures';

afterEach(cleanup);

describe('FactMatrix', () => {
  it('has one row per fact and one column per outlet, with values marked in their sentences', () => {
    const facts = [difference('number', 'conflict', 'leaders', [READING_ID, 'a']), difference('place', 'partial', 'Warsaw', ['a'], [READING_ID])];
    render(<FactMatrix facts={facts} articleIds={[READING_ID, 'a']} labelOf={(id) => ({ outlet: id === 'a' ? 'Outlet A' : 'Reading', headline: '' })} readingId={READING_ID} onShowInPage={() => {}} />);
    expect([...document.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Detail', 'Reading (you are reading)', 'Outlet A']);
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelectorAll('.cell-conflict')).toHaveLength(2);
    expect(rows[0].querySelector('mark')?.textContent).toBe('leaders 0');
    expect(rows[1].querySelector('.cell-missing')?.textContent).toBe('not reported');
    expect(rows[1].querySelector('.cell-missing')?.getAttribute('title')).toBeNull();
  });

  it('gives on hover over "not reported" what that outlet says nearest to the detail', () => {
    const fact = { ...difference('place', 'partial', 'Warsaw', ['a'], [READING_ID]), closest: [{ articleId: READING_ID, sentence: 'Leaders met in the Polish capital.' }] };
    render(<FactMatrix facts={[fact]} articleIds={[READING_ID, 'a']} labelOf={(id) => ({ outlet: id, headline: '' })} readingId={READING_ID} onShowInPage={() => {}} />);
    expect(document.querySelector('.cell-missing')?.getAttribute('title')).toBe('Nearest it comes: “Leaders met in the Polish capital.”');
  });

  it('marks a cell whose outlet may only say it in other words', () => {
    const fact = difference('number', 'consensus', 'leaders', [READING_ID, 'a']);
    fact.values[1] = { ...fact.values[1], inOtherWords: true };
    render(<FactMatrix facts={[fact]} articleIds={[READING_ID, 'a']} labelOf={(id) => ({ outlet: id, headline: '' })} readingId={READING_ID} onShowInPage={() => {}} />);
    const cells = [...document.querySelectorAll('tbody td')];
    expect(cells.map((c) => c.querySelector('.maybe-tag')?.textContent ?? null)).toEqual([null, 'may say it in other words: ']);
  });
});
