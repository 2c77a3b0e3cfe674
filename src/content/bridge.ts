/**
 * Isolated-world side of the MAIN-world bridge (see main-world.iife.ts). Without a connected MAIN-world
 * script (old browsers, a page that raced us to the connect event, unit tests) the strategies run here,
 * in the isolated world, which works in Chromium.
 */
import { STRATEGIES, type StrategyName } from './editors/index.ts';

function hex(bytes: number): string {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface Bridge {
  readonly connected: boolean;
  /** Run one strategy on `el`, in the page's world when connected. Resolves to whether it was dispatched. */
  run(el: HTMLElement, strategy: StrategyName, text: string): Promise<boolean>;
  dispose(): void;
}

export function createBridge(doc: Document = document, timeoutMs = 1000): Bridge {
  const channel = `rw-${hex(16)}`;
  let connected = false;
  let seq = 0;
  const waiting = new Map<number, (ok: boolean) => void>();

  const onAck = () => {
    connected = true;
    doc.removeEventListener('replywise:main-ready', connect);
  };
  const onRes = (e: Event) => {
    const raw = (e as CustomEvent).detail;
    if (typeof raw !== 'string' || raw.length > 10_000) return;
    try {
      const res = JSON.parse(raw) as { id?: unknown; dispatched?: unknown };
      if (typeof res.id !== 'number') return;
      const done = waiting.get(res.id);
      if (!done) return;
      waiting.delete(res.id);
      done(res.dispatched === true);
    } catch {
      // Not ours or garbled: ignore.
    }
  };
  function connect() {
    if (!connected) doc.dispatchEvent(new CustomEvent('replywise:connect', { detail: channel }));
  }
  doc.addEventListener(`${channel}:ack`, onAck);
  doc.addEventListener(`${channel}:res`, onRes);
  doc.addEventListener('replywise:main-ready', connect);
  connect();

  return {
    get connected() {
      return connected;
    },
    async run(el, strategy, text) {
      if (!connected) return STRATEGIES[strategy].insert(el, text);
      const token = hex(16);
      const id = ++seq;
      el.setAttribute('data-rw-target', token);
      try {
        return await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            waiting.delete(id);
            resolve(false);
          }, timeoutMs);
          waiting.set(id, (ok) => {
            clearTimeout(timer);
            resolve(ok);
          });
          doc.dispatchEvent(
            new CustomEvent(`${channel}:req`, { detail: JSON.stringify({ id, token, strategy, text }) }),
          );
        });
      } finally {
        el.removeAttribute('data-rw-target');
      }
    },
    dispose() {
      doc.removeEventListener(`${channel}:ack`, onAck);
      doc.removeEventListener(`${channel}:res`, onRes);
      doc.removeEventListener('replywise:main-ready', connect);
    },
  };
}
