import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The command that clicks the toolbar button: MV3's name, and MV2's (the Firefox build). */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/** The reader's shortcut for the toolbar button, or null when none is set. */
export function actionShortcut(commands: { name?: string; shortcut?: string }[]): string | null {
  return commands.find((command) => command.name !== undefined && ACTION_COMMANDS.has(command.name))?.shortcut || null;
}

/** "Shortcut: Alt+Shift+K", as the reader has it set in the browser; nothing when no shortcut is set. */
export function ShortcutNote() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands.getAll().then(
      (commands) => setShortcut(actionShortcut(commands)),
      () => setShortcut(null),
    );
  }, []);
  return shortcut ? <p class="shortcut">Shortcut: {shortcut}</p> : null;
}
