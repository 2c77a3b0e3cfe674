/**
 * MAIN-world helper (manifest content script with world: "MAIN", built as a self-contained IIFE).
 * Editors listen to events in the page's own JavaScript world, and Firefox ignores synthetic events sent
 * from an extension's isolated world, so the isolated content script asks this script to dispatch them.
 *
 * Protocol (CustomEvents on document, JSON string details, nothing else is read):
 *   isolated → "replywise:connect"  detail: channel ("rw-" + 32 hex), accepted once per page load
 *   main     → "<channel>:ack"
 *   isolated → "<channel>:req"      detail: {"id","token","strategy","text"}
 *   main     → "<channel>:res"      detail: {"id","dispatched","error"?}
 * The page can see these events. It gains nothing: it could only ask for text to be typed into its own
 * editor, which it can do anyway, and the isolated side never trusts an answer: it reads the editor
 * back itself before saying the reply is in.
 */
import { STRATEGIES, type StrategyName } from './editors/index.ts';

const CHANNEL_RE = /^rw-[0-9a-f]{32}$/;
const TOKEN_RE = /^[0-9a-f]{32}$/;

(() => {
  if ((document.documentElement as HTMLElement).dataset.replywiseMain === '1') return;
  (document.documentElement as HTMLElement).dataset.replywiseMain = '1';
  let channel: string | null = null;

  const onRequest = (e: Event) => {
    let id: unknown = null;
    let dispatched = false;
    let error: string | undefined;
    try {
      const raw = (e as CustomEvent).detail;
      if (typeof raw !== 'string' || raw.length > 200_000) throw new Error('bad request');
      const req = JSON.parse(raw) as { id?: unknown; token?: unknown; strategy?: unknown; text?: unknown };
      id = typeof req.id === 'number' ? req.id : null;
      if (typeof req.token !== 'string' || !TOKEN_RE.test(req.token)) throw new Error('bad token');
      if (typeof req.text !== 'string') throw new Error('bad text');
      if (typeof req.strategy !== 'string' || !Object.hasOwn(STRATEGIES, req.strategy))
        throw new Error('bad strategy');
      const el = document.querySelector<HTMLElement>(`[data-rw-target="${req.token}"]`);
      if (!el) throw new Error('editor not found');
      dispatched = STRATEGIES[req.strategy as StrategyName].insert(el, req.text);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    document.dispatchEvent(
      new CustomEvent(`${channel}:res`, { detail: JSON.stringify({ id, dispatched, error }) }),
    );
  };

  const onConnect = (e: Event) => {
    const detail = (e as CustomEvent).detail;
    if (channel !== null || typeof detail !== 'string' || !CHANNEL_RE.test(detail)) return;
    channel = detail;
    document.removeEventListener('replywise:connect', onConnect);
    document.addEventListener(`${channel}:req`, onRequest);
    document.dispatchEvent(new CustomEvent(`${channel}:ack`));
  };
  document.addEventListener('replywise:connect', onConnect);
  // If the isolated script started first, it listens for this and connects again.
  document.dispatchEvent(new CustomEvent('replywise:main-ready'));
})();
