// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DifferenceCard } from '../../../components/DifferenceCard';
import { difference, READING_ID } from './fixtures';

afterEach(cleanup);

const labelOf = (id: string) => ({ outlet: id === READING_ID ? 'Reading Times' : `Outlet ${id}`, headline: id });

describe('DifferenceCard', () => {
  it('shows each outlet’s value side by side, and who did not report it', () => {
    render(<DifferenceCard difference={difference('number', 'conflict', 'troops', [READING_ID, 'a'], ['b'])} labelOf={labelOf} readingId={READING_ID} />);
    const rows = [...document.querySelectorAll('.value-row')].map((r) => r.textContent);
    expect(rows).toEqual(['Reading Timestroops 0', 'Outlet atroops 1', 'Outlet bnot reported']);
    expect(screen.getByText(/Conflict/)).toBeTruthy();
  });

  it('gives the day a weekday was read as beside it, for the reader to set against a written date', () => {
    const card = difference('date', 'conflict', 'capture', [READING_ID, 'a']);
    card.values[0] = { ...card.values[0], text: 'Monday afternoon', normalized: '2026-12-07' };
    card.values[1] = { ...card.values[1], text: 'December 6', normalized: '2026-12-06' };
    render(<DifferenceCard difference={card} labelOf={labelOf} readingId={READING_ID} />);
    expect([...document.querySelectorAll('.value-text')].map((r) => r.textContent)).toEqual(['Monday afternoon (7 Dec 2026)', 'December 6']);
  });

  it('marks an outlet that may only say it in other words', () => {
    const card = difference('quote', 'consensus', 'we will rebuild', [READING_ID, 'a']);
    card.values[1] = { ...card.values[1], inOtherWords: true };
    render(<DifferenceCard difference={card} labelOf={labelOf} readingId={READING_ID} />);
    const rows = [...document.querySelectorAll('.value-row')];
    expect(rows.map((r) => r.classList.contains('value-maybe'))).toEqual([false, true]);
    expect(rows[1].textContent).toBe('Outlet amay say it in other words: we will rebuild 1');
  });

  it('shows the sentences on demand, with "Show in page" only for the article being read', () => {
    const show = vi.fn();
    render(<DifferenceCard difference={difference('person', 'partial', 'Jens Stoltenberg', [READING_ID, 'a'], ['b'])} labelOf={labelOf} readingId={READING_ID} onShowInPage={show} />);
    const toggle = screen.getByRole('button', { name: 'Show sentences' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide sentences' }).getAttribute('aria-expanded')).toBe('true');
    const buttons = screen.getAllByRole('button', { name: 'Show in page' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(show).toHaveBeenCalledWith('A sentence with Jens Stoltenberg 0 in it.');
  });

  it('shows, with the sentences, what a silent outlet says nearest to the detail', () => {
    const card = { ...difference('number', 'partial', '14 miners', [READING_ID, 'a'], ['b']), closest: [{ articleId: 'b', sentence: 'The fire service thanked the volunteers.' }] };
    render(<DifferenceCard difference={card} labelOf={labelOf} readingId={READING_ID} />);
    expect(document.querySelector('.closest')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show sentences' }));
    expect(document.querySelector('.closest')?.textContent).toBe('Outlet b: not reported; the nearest it comes: “The fire service thanked the volunteers.”');
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile = difference('quote', 'partial', '<img src=x onerror=alert(1)>', ['a']);
    render(<DifferenceCard difference={hostile} labelOf={labelOf} readingId={READING_ID} />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
