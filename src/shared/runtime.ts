/**
 * send() / handle(): the typed wrappers over runtime messaging. Kept apart from messages.ts so that
 * the map and its validators stay importable from Node (tests, CLI) without webextension-polyfill.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  type Envelope,
  isMessageType,
  type MessageType,
  type Origin,
  REQUEST_SCHEMAS,
  type Reply,
  type Req,
  type Res,
  type TabMessageMap,
} from './messages.ts';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Send a message to the background and unwrap its reply (throws MessageError on an error reply). */
export async function send<T extends MessageType>(type: T, payload: Req<T>): Promise<Res<T>> {
  const reply = (await browser.runtime.sendMessage({ type, payload } satisfies Envelope)) as
    | Reply<Res<T>>
    | undefined;
  if (!reply || typeof reply !== 'object') throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

/** Send a message to one tab's content script. */
export async function sendToTab<T extends keyof TabMessageMap>(
  tabId: number,
  type: T,
  payload: TabMessageMap[T]['request'],
): Promise<TabMessageMap[T]['response']> {
  const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as
    | Reply<TabMessageMap[T]['response']>
    | undefined;
  if (!reply || typeof reply !== 'object') throw new MessageError(`No answer to ${type} from tab ${tabId}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.data;
}

export type Handlers = {
  [T in MessageType]?: (payload: Req<T>, sender: Runtime.MessageSender) => Promise<Res<T>> | Res<T>;
};

/** Classify a sender: our own page, a content script in a tab, or a stranger (null). */
export function originOf(sender: Runtime.MessageSender, selfId: string, selfUrl: string): Origin | null {
  if (sender.id !== selfId) return null;
  if (sender.url?.startsWith(selfUrl)) return 'extension';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

/**
 * Dispatch one raw message: check the sender and the payload, run the handler, and always answer
 * with a Reply (never throw, never leave the caller hanging).
 */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Runtime.MessageSender,
  self: { id: string; url: string },
): Promise<Reply<unknown>> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'Malformed message' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (!isMessageType(type)) return { ok: false, error: `Unknown message type: ${String(type).slice(0, 80)}` };
  const origin = originOf(sender, self.id, self.url);
  const schema = REQUEST_SCHEMAS[type];
  if (!origin || !schema.from.includes(origin))
    return { ok: false, error: `${type} is not accepted from this sender` };
  let value: unknown;
  try {
    value = schema.validate(payload, 'payload');
  } catch (e) {
    return { ok: false, error: `Invalid ${type}: ${e instanceof Error ? e.message : String(e)}` };
  }
  const handler = handlers[type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
  if (!handler) return { ok: false, error: `No handler for ${type}` };
  try {
    return { ok: true, data: await handler(value, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Install the handlers on runtime.onMessage. */
export function handle(handlers: Handlers): void {
  const self = { id: browser.runtime.id, url: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) =>
    dispatch(handlers, raw, sender, self),
  );
}
