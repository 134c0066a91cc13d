import { beforeAll, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ProtocolMap } from '../../../../lib/browser/messaging/protocol';

/**
 * The typed protocol with the real background at the other end, in the same process: use it as the
 * protocol module (`vi.mock(…/protocol, () => import(…/background-loopback))`) and an extension
 * page's messages reach the background's own handlers, through their schema checks, on the test's
 * (fake) store. `sendMessage` is a spy, so a test can stand in for one message (a feed's network
 * read) and pass the others on with `toBackground`.
 */

type Listener = (message: { sender: { url?: string }; data: unknown }) => unknown;
const listeners = new Map<string, Listener>();
const PAGE_URL = fakeBrowser.runtime.getURL('/options.html');

export function onMessage(type: string, listener: Listener): () => void {
  listeners.set(type, listener);
  return () => listeners.delete(type);
}

let started: Promise<void> | null = null;

async function startBackground(): Promise<void> {
  // The background adds a page menu item on start; the fake browser has no menus.
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create: () => {}, onClicked: { addListener: () => {} } };
  const { default: background } = await import('../../../../entrypoints/background');
  background.main();
}

const backgroundStarted = () => (started ??= startBackground());

/** Loading the background's modules can take a slow machine longer than a test waits for an answer to a page. */
const BACKGROUND_START_MS = 60_000;

// A real background is running before any page opens: this one is started before the test file's first test.
beforeAll(backgroundStarted, BACKGROUND_START_MS);

/** Sends a message as an extension page does, answered by the background's handler for it. */
export async function toBackground<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>> {
  await backgroundStarted();
  const listener = listeners.get(type);
  if (!listener) throw new Error(`The background does not answer "${type}"`);
  // Serialised both ways, as a message between contexts is.
  const answer = await listener({ sender: { url: PAGE_URL }, data: JSON.parse(JSON.stringify(data)) });
  return JSON.parse(JSON.stringify(answer)) as ReturnType<ProtocolMap[K]>;
}

export const sendMessage = vi.fn(toBackground);
