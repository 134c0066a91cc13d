// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionShortcut, ShortcutNote } from '../../../components/ShortcutNote';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('actionShortcut', () => {
  it('is the toolbar button’s shortcut, in Chrome (MV3) and Firefox (MV2)', () => {
    expect(actionShortcut([{ name: 'other', shortcut: 'Ctrl+K' }, { name: '_execute_action', shortcut: 'Alt+Shift+C' }])).toBe('Alt+Shift+C');
    expect(actionShortcut([{ name: '_execute_browser_action', shortcut: 'Ctrl+Shift+X' }])).toBe('Ctrl+Shift+X');
  });

  it('is null when the reader removed the shortcut or none is registered', () => {
    expect(actionShortcut([{ name: '_execute_action', shortcut: '' }])).toBeNull();
    expect(actionShortcut([])).toBeNull();
  });
});

/** The fake browser leaves `commands` unmocked: stand in for the shortcuts the browser reports. */
const commandsAre = (result: () => Promise<unknown>) => vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation(result as never);

describe('ShortcutNote', () => {
  it('names the reader’s own shortcut', async () => {
    commandsAre(async () => [{ name: '_execute_action', shortcut: 'Ctrl+Shift+Y' }]);
    render(<ShortcutNote />);
    expect((await screen.findByText('Shortcut: Ctrl+Shift+Y')).tagName).toBe('P');
  });

  it('shows nothing when no shortcut is set, or the browser cannot tell', async () => {
    const getAll = commandsAre(async () => [{ name: '_execute_action', shortcut: '' }]);
    const { container, unmount } = render(<ShortcutNote />);
    await vi.waitFor(() => expect(getAll).toHaveBeenCalled());
    expect(container.textContent).toBe('');
    unmount();
    getAll.mockImplementation((async () => {
      throw new Error('commands unavailable');
    }) as never);
    render(<ShortcutNote />);
    await vi.waitFor(() => expect(getAll).toHaveBeenCalledTimes(2));
    expect(document.body.textContent).toBe('');
  });
});
