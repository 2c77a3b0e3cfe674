/**
 * Runs work in small slices when the page is idle: requestIdleCallback with a timeout (so work still
 * happens on a busy page), setTimeout where it is missing (Safari, jsdom). A slice stops when its
 * time budget is used up and asks for another slice.
 */
export interface Slice {
  /** Milliseconds left in this slice. */
  timeLeft(): number;
}

export interface Scheduler {
  /** Ask for `work` to run in the next idle slice (coalesced: one pending request at a time). */
  request(): void;
  dispose(): void;
}

export function createScheduler(
  work: (slice: Slice) => boolean,
  options: { budgetMs?: number; timeoutMs?: number; win?: Window & typeof globalThis } = {},
): Scheduler {
  const budget = options.budgetMs ?? 4;
  const timeout = options.timeoutMs ?? 500;
  const win = options.win ?? globalThis.window;
  let pending: number | null = null;
  let usingIdle = false;
  let disposed = false;

  const run = (deadline?: IdleDeadline) => {
    pending = null;
    if (disposed) return;
    // The slice's end is fixed once: the idle deadline's timeRemaining() counts down in real time, so
    // asking it again per post (a native call, ~4 µs each in a profile) would tell nothing new.
    const room = deadline && !deadline.didTimeout ? Math.min(budget, deadline.timeRemaining()) : budget;
    const end = performance.now() + room;
    const slice: Slice = {
      timeLeft: () => end - performance.now(),
    };
    // work() returns true while there is more to do.
    if (work(slice)) request();
  };

  function request() {
    if (pending !== null || disposed) return;
    if (typeof win.requestIdleCallback === 'function') {
      usingIdle = true;
      pending = win.requestIdleCallback(run, { timeout });
    } else {
      usingIdle = false;
      pending = win.setTimeout(() => run(), 16) as unknown as number;
    }
  }

  return {
    request,
    dispose() {
      disposed = true;
      if (pending === null) return;
      if (usingIdle) win.cancelIdleCallback(pending);
      else win.clearTimeout(pending);
      pending = null;
    },
  };
}
