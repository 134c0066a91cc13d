import type { z } from 'zod/mini';
import { onMessage, type ProtocolMap } from './protocol';

type Handler<K extends keyof ProtocolMap> = (
  data: Parameters<ProtocolMap[K]>[0],
) => ReturnType<ProtocolMap[K]> | Promise<ReturnType<ProtocolMap[K]>>;

/**
 * Registers a handler that only ever sees valid data from Crosscheck's own pages: messages from
 * other senders (web pages, other extensions, content scripts in pages) and malformed data are refused.
 * `extensionOrigin` is the extension's base URL, e.g. `chrome-extension://<id>/`.
 */
export function onValidMessage<K extends keyof ProtocolMap>(
  type: K,
  schema: z.ZodMiniType<Parameters<ProtocolMap[K]>[0]>,
  extensionOrigin: string,
  handler: Handler<K>,
): () => void {
  return onMessage(type, async (message) => handler(acceptMessage(type, schema, extensionOrigin, message.sender.url, message.data)));
}

/** The message's data if it comes from one of the extension's own pages and fits its schema; throws otherwise. */
export function acceptMessage<T>(type: string, schema: z.ZodMiniType<T>, extensionOrigin: string, senderUrl: string | undefined, data: unknown): T {
  if (!senderUrl?.startsWith(extensionOrigin)) throw new Error(`Refused "${type}" from an unexpected sender`);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`Refused malformed "${type}" message`);
  return parsed.data;
}
