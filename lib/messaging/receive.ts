import type { z } from 'zod';
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
  schema: z.ZodType<Parameters<ProtocolMap[K]>[0]>,
  extensionOrigin: string,
  handler: Handler<K>,
): () => void {
  return onMessage(type, async (message) => {
    if (!message.sender.url?.startsWith(extensionOrigin)) {
      throw new Error(`Refused "${String(type)}" from an unexpected sender`);
    }
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) throw new Error(`Refused malformed "${String(type)}" message`);
    return handler(parsed.data);
  });
}
