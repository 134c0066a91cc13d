// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KindTabs, type KindFilter } from '../../../components/KindTabs';

afterEach(cleanup);

describe('KindTabs', () => {
  const counts = new Map<KindFilter, number>([['all', 5], ['number', 2], ['quote', 3]]);

  it('marks the selected tab and makes only it tabbable', () => {
    render(<KindTabs counts={counts} selected="number" onSelect={() => {}} panelId="p" />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    expect(tabs[2].textContent).toBe('Quotes 3');
  });

  it('moves between tabs with the arrow keys, wrapping round', () => {
    const select = vi.fn();
    render(<KindTabs counts={counts} selected="all" onSelect={select} panelId="p" />);
    const [all] = screen.getAllByRole('tab');
    fireEvent.keyDown(all, { key: 'ArrowRight' });
    fireEvent.keyDown(all, { key: 'ArrowLeft' });
    expect(select.mock.calls).toEqual([['number'], ['quote']]);
  });
});
