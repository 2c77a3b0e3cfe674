/**
 * The page watcher.
 *
 *   MutationObserver ──(callback only queues nodes)──> queue ──> idle slices (≤ budget ms each)
 *        │ burst > limit: rescan the page instead (removed nodes are kept)          │
 *        ▼                                                                         ▼
 *   candidates = posts containing / contained in the queued nodes ──> per element: pre-check (the
 *        │ adapter's text and name parts, else textContent; no brand name or handle → skip) ─> site post
 *        │ id; same element, same id, already seen → skip
 *        │ (recycled node with a new id → re-check)
 *        ▼
 *   extract (adapter) ─> brand's own post? remember it; a reply by the brand ─┐
 *        └─> mentions (compiled watchlist) ─> pending ──────────────────────────┴─> posts/seen (batches: the
 *            background classifies, stores, applies replies) ─> marks (shadow root) ← kind, urgency, PostMark
 *
 * "Seen" is keyed by site:id, not by element: X reuses its <article>s for other tweets while scrolling,
 * so an element is re-checked whenever its id changes, and a tweet is never counted twice.
 *
 * Falling behind: when idle slices come late (a busy page, a slow machine), a virtualised list may remove
 * cells before a slice reaches them. A removed node keeps its subtree, so queued nodes are processed
 * whether or not they are still in the page (their posts are stored, no mark is drawn), and while work is
 * waiting the observer also queues removed nodes (one push each, no DOM reads): nothing the page showed is
 * missed, and "seen" keeps it from being counted twice. A removed post already read since the last rescan
 * request is not read again (removal changes nothing in it, and every change inside it was queued).
 */
import type { FoundPost, PostMark, Res, SeenPost, SeenReply } from '../shared/messages.ts';
import type { ExtractedPost } from '../shared/types.ts';
import type { SiteAdapter } from '../sites/common/types.ts';
import type { Analyser } from './analyse.ts';
import { MARK_TAG, type MarkInfo, type Marks } from './marks.ts';
import { createScheduler, type Scheduler, type Slice } from './scheduler.ts';

export type BrandReply = SeenReply;

/** One posts/seen round trip (the background classifies and stores the posts, records the replies). */
export type SendSeen = (posts: SeenPost[], replies: SeenReply[]) => Promise<Res<'posts/seen'>>;

export interface ScannerDeps {
  adapter: SiteAdapter;
  analyser: Analyser;
  brandName: (id: string) => string;
  /** Posts and brand replies to the background, one message per batch (posts/seen). */
  sendSeen: SendSeen;
  marks: Marks;
  url: () => string;
  doc?: Document;
  budgetMs?: number;
  /** Queued nodes above which the queue is dropped for one rescan of the page. */
  burstLimit?: number;
  /** Posts per posts/seen message. */
  batchSize?: number;
  /**
   * How long the first found post waits for more before its batch is sent (default 800 ms): on a
   * streaming timeline one message then carries several bursts, and each extension message costs the
   * page's main thread far more than the posts in it (~1 ms in Chromium's bindings, measured in a CPU
   * profile, against ~30 µs of serialising a post). A full batch goes at once; marks show at most
   * this much later.
   */
  sendDelayMs?: number;
}

const handleKey = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

interface Pending {
  post: ExtractedPost;
  hit: Pick<FoundPost, 'mentions' | 'brandIds'>;
  key: string;
  el: Element;
}

const DEFAULT_SEND_DELAY_MS = 800;
/** Posts per posts/seen message (the validator takes up to 500). */
const DEFAULT_BATCH = 250;

interface DrawJob {
  key: string;
  id: string;
  el: Element;
  info: MarkInfo;
  mark: PostMark | undefined;
}

/** Removed nodes kept for processing at most (beyond it the oldest are dropped and counted). */
const MAX_DETACHED = 20_000;

export interface ScannerStats {
  /** Main-thread milliseconds spent in the observer callback, idle slices and batch callbacks. */
  busyMs: number;
  processed: number;
  extracted: number;
  found: number;
  rescans: number;
  slices: number;
  /** Posts read from nodes the page had already removed when a slice reached them (the scanner was behind). */
  detached: number;
  /** Removed nodes dropped unread because more than MAX_DETACHED were waiting (should stay 0). */
  dropped: number;
  /** posts/seen messages sent (each costs the page ~1 ms in the browser's messaging bindings). */
  messages: number;
}

export class Scanner {
  private readonly doc: Document;
  private queue: Node[] = [];
  /** Parallel to `queue`: true for a node queued because the page removed it (not for a change in it). */
  private queueRemoved: boolean[] = [];
  /** Observer callbacks delivered so far (a mutation is always delivered before the next slice runs). */
  private epoch = 0;
  /**
   * Epoch of the last rescan request (the request itself starts a new epoch, so a post read before it is
   * always older): from then until the rescan, changes inside posts are not queued.
   */
  private rescanAt = 0;
  /** Post element → epoch at which it was last processed. */
  private readonly doneAt = new WeakMap<Element, number>();
  private work: Element[] = [];
  private workAt = 0;
  private rescanPending = false;
  private readonly elementIds = new WeakMap<Element, string>();
  private readonly seen = new Map<string, string>();
  private readonly info = new Map<string, MarkInfo>();
  private readonly brandPosts = new Map<string, string>();
  private readonly repliesSent = new Set<string>();
  /** Found posts by id: their authors' next posts in the thread are follow-ups ("the customer wrote again"). */
  private readonly foundBy = new Map<string, { handle: string; name: string; brandIds: string[] }>();
  private pending: Pending[] = [];
  private replies: BrandReply[] = [];
  /** Marks to draw (answered batches), drawn in idle slices: a batch of 250 never makes one long task. */
  private draws: DrawJob[] = [];
  private drawAt = 0;
  private readonly drawWaiting = new Map<string, DrawJob>();
  private sending = false;
  private sendTimer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;
  private readonly scheduler: Scheduler;
  /** Does this page show threads (comments under posts)? Read once per slice. */
  private threaded = false;
  readonly stats: ScannerStats = {
    busyMs: 0,
    processed: 0,
    extracted: 0,
    found: 0,
    rescans: 0,
    slices: 0,
    detached: 0,
    dropped: 0,
    messages: 0,
  };
  /** Resolves whenever the queue and the pending sends are empty (tests and the bench wait on it). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: ScannerDeps) {
    this.doc = deps.doc ?? document;
    this.scheduler = createScheduler((s) => this.timed(() => this.drain(s)), {
      budgetMs: deps.budgetMs ?? 4,
      win: this.doc.defaultView as Window & typeof globalThis,
    });
  }

  start(): void {
    const View = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    this.observer = new View((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      // A recycled tweet changes its permalink and time in place, without adding nodes.
      attributeFilter: ['href', 'datetime', 'data-post-id', 'thingid', 'data-urn', 'data-id'],
    });
    this.rescan();
  }

  stop(): void {
    this.draws = [];
    this.drawAt = 0;
    this.drawWaiting.clear();
    this.observer?.disconnect();
    this.observer = null;
    this.scheduler.dispose();
    if (this.sendTimer !== null) clearTimeout(this.sendTimer);
    this.sendTimer = null;
    this.queue = [];
    this.queueRemoved = [];
    this.work = [];
  }

  /** Look at the whole page again (start, navigation, bursts). */
  rescan(): void {
    this.rescanPending = true;
    this.rescanAt = ++this.epoch;
    this.keepDetached();
    this.scheduler.request();
  }

  /** Drop queued nodes still in the page (a rescan finds them), keep removed ones (nothing else will). */
  private keepDetached(): void {
    let kept: Node[] = [];
    let keptRemoved: boolean[] = [];
    for (let i = 0; i < this.queue.length; i++) {
      const n = this.queue[i] as Node;
      if (n.isConnected) continue;
      kept.push(n);
      keptRemoved.push(this.queueRemoved[i] === true);
    }
    if (kept.length > MAX_DETACHED) {
      this.stats.dropped += kept.length - MAX_DETACHED;
      kept = kept.slice(-MAX_DETACHED);
      keptRemoved = keptRemoved.slice(-MAX_DETACHED);
    }
    this.queue = kept;
    this.queueRemoved = keptRemoved;
  }

  /** Is work waiting (queued nodes, a rescan, posts of a slice not reached yet)? */
  private get behind(): boolean {
    return this.rescanPending || this.queue.length > 0 || this.workAt < this.work.length;
  }

  /** The observer callback: no DOM reads, no extraction, only queueing. */
  private onMutations(records: MutationRecord[]): void {
    const t0 = performance.now();
    try {
      this.queueRecords(records);
    } finally {
      this.stats.busyMs += performance.now() - t0;
    }
  }

  private queueRecords(records: MutationRecord[]): void {
    this.epoch++;
    const limit = this.deps.burstLimit ?? 5000;
    // While work waits, a removed node may hold posts no slice has read yet (added, then dropped by a
    // virtualised list): queue it too. When nothing waits, every removed post was read already.
    const behind = this.behind;
    const rescanning = this.rescanPending;
    const { queue, queueRemoved } = this;
    for (let i = 0; i < records.length; i++) {
      const r = records[i] as MutationRecord;
      if (r.type === 'childList') {
        // Our own marks are skipped here already (a property read), so drawing them never feeds back.
        // During a pending rescan added nodes need no queueing: the rescan finds them in the page.
        if (!rescanning) {
          const added = r.addedNodes;
          for (let k = 0, len = added.length; k < len; k++) {
            const n = added[k] as Node;
            if (n.nodeType === 1 && (n as Element).localName !== MARK_TAG) {
              queue.push(n);
              queueRemoved.push(false);
            }
          }
        }
        if (behind) {
          const removed = r.removedNodes;
          for (let k = 0, len = removed.length; k < len; k++) {
            const n = removed[k] as Node;
            if (n.nodeType === 1 && (n as Element).localName !== MARK_TAG) {
              queue.push(n);
              queueRemoved.push(true);
            }
          }
        }
      } else if (!rescanning) {
        queue.push(r.target);
        queueRemoved.push(false);
      }
    }
    if (queue.length > limit && !rescanning) {
      this.rescanPending = true;
      this.rescanAt = ++this.epoch;
      this.keepDetached();
    }
    this.scheduler.request();
  }

  private timed<T>(fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.stats.busyMs += performance.now() - t0;
    }
  }

  /** One idle slice. Returns true while there is work left. */
  private drain(slice: Slice): boolean {
    this.stats.slices++;
    // Marks from the last posts/seen answer first (what the agent waits to see), within the budget.
    if (this.drawAt < this.draws.length) {
      let n = 0;
      while (this.drawAt < this.draws.length) {
        if (n > 0 && (n & 3) === 0 && slice.timeLeft() <= 0) return true;
        n++;
        const d = this.draws[this.drawAt++] as DrawJob;
        this.drawWaiting.delete(d.key);
        if (d.el.isConnected && this.elementIds.get(d.el) === d.id)
          this.deps.marks.draw(d.key, d.el, d.info, d.mark);
      }
      this.draws = [];
      this.drawAt = 0;
      if (slice.timeLeft() <= 0) return true;
    }
    const sel = this.deps.adapter.postSelector;
    if (this.rescanPending) {
      this.rescanPending = false;
      this.stats.rescans++;
      this.work = [...this.doc.querySelectorAll(sel)];
      this.workAt = 0;
    }
    // One location read per slice: a slice is synchronous, so the address cannot change inside it.
    const url = this.deps.url();
    const { adapter } = this.deps;
    this.threaded = adapter.threadedAt ? adapter.threadedAt(url) : true;
    let done = 0;
    for (;;) {
      while (this.workAt < this.work.length) {
        // At least one post per slice, so even a tiny budget always makes progress. The clock is read
        // every 4th post: performance.now() showed up at ~2 µs a call in a CPU profile, and 4 posts are
        // ~0.1 ms, well inside the budget's precision.
        if (done > 0 && (done & 3) === 0 && slice.timeLeft() <= 0) return true;
        done++;
        // Removed from the page since it was queued: its subtree is intact, so it is read all the same.
        this.process(this.work[this.workAt++] as Element, url);
      }
      this.work = [];
      this.workAt = 0;
      if (this.queue.length === 0) break;
      if (slice.timeLeft() <= 0) return true;
      // Turn queued nodes into post elements (deduplicated, document order not needed). A node queued
      // only because the page removed it needs no second look at posts already read since the last
      // rescan request: removing does not change a post, and every change inside it was queued on its
      // own (changes are only left unqueued while a rescan is pending, hence the epoch test).
      const batch = this.queue.splice(0, 200);
      const removedFlags = this.queueRemoved.splice(0, 200);
      const set = new Set<Element>();
      for (let i = 0; i < batch.length; i++) {
        const el = batch[i] as Element;
        if (el.localName === MARK_TAG) continue;
        const removed = removedFlags[i] === true;
        const up = el.closest(sel);
        if (up && !(removed && this.readSinceRescan(up))) set.add(up);
        if (el.firstElementChild)
          for (const p of el.querySelectorAll(sel)) if (!(removed && this.readSinceRescan(p))) set.add(p);
      }
      this.work = [...set];
    }
    if (this.pending.length > 0 || this.replies.length > 0) this.scheduleSend();
    else if (this.isIdle()) this.notifyIdle();
    return false;
  }

  /** Was this post element read after the last rescan request (so no change in it went unqueued)? */
  private readSinceRescan(el: Element): boolean {
    const at = this.doneAt.get(el);
    return at !== undefined && at >= this.rescanAt;
  }

  private process(el: Element, url: string): void {
    const { adapter } = this.deps;
    this.stats.processed++;
    this.doneAt.set(el, this.epoch);
    if (!el.isConnected) this.stats.detached++;

    // Most posts on a feed are not about the brand: one textContent read and one automaton pass decide
    // that before anything else (not even the post id is read for them). The same content always gives
    // the same answer, so an element that fails now but carried a mark was recycled for another post: its
    // mark goes. Comments under the brand's own posts (threaded pages) need no mention, so once such a post
    // was seen on the page every comment is extracted; on threaded pages a post by the author of a found
    // post may follow it up, so those authors' names pass too.
    // The adapter may name the two small parts that matter (the post's text element, the author's name
    // and handle) instead of the whole element's textContent (counts, quoted posts, buttons).
    if (!(this.threaded && this.brandPosts.size > 0)) {
      const parts = adapter.precheck?.(el) ?? null;
      const raw = parts ? parts.text : (el.textContent ?? '');
      const quick = raw.length > 20_000 ? raw.slice(0, 20_000) : raw;
      const names = parts ? parts.names.slice(0, 2_000) : '';
      if (
        !this.deps.analyser.mightMatter(quick, names) &&
        !(this.threaded && this.byFoundAuthor(names ? `${names}\n${quick}` : quick))
      ) {
        if (this.elementIds.has(el)) {
          this.deps.marks.detach(el);
          this.elementIds.delete(el);
        }
        return;
      }
    }

    const id = adapter.postIdOf(el, url);
    const prev = this.elementIds.get(el);
    if (!id) {
      if (prev) {
        this.deps.marks.detach(el);
        this.elementIds.delete(el);
      }
      return;
    }
    const key = `${adapter.site}:${id}`;
    if (prev === id && this.seen.has(key)) return;
    if (prev && prev !== id) this.deps.marks.detach(el);
    this.elementIds.set(el, id);

    this.stats.extracted++;
    const opts = { brandHandles: this.deps.analyser.brandHandles };
    const one = adapter.extractPost ? adapter.extractPost(el, url, opts) : undefined;
    const post = one !== undefined ? one : adapter.extractPosts(el, url, opts).find((p) => p.id === id);
    if (!post || post.id !== id) return;
    const signature = post.parentId ?? '';
    const before = this.seen.get(key);
    if (before === signature) {
      // Already handled (the site re-rendered it into another element): only redraw its mark.
      const info = this.info.get(key);
      if (info) this.deps.marks.draw(key, el, info);
      return;
    }
    this.seen.set(key, signature);

    const brand = this.deps.analyser.brandOf(post);
    if (brand) {
      this.brandPosts.set(post.id, brand);
      if (post.parentId && !this.repliesSent.has(post.id)) {
        this.repliesSent.add(post.id);
        // Sent after the pending posts (the parent may be among them and must be stored first).
        this.replies.push({
          site: post.site,
          parentId: post.parentId,
          replyId: post.id,
          time: post.time,
          text: post.text.slice(0, 10_000),
        });
      }
      return;
    }
    const parentBrand = post.parentId ? (this.brandPosts.get(post.parentId) ?? null) : null;
    let hit = this.deps.analyser.mentions(post, parentBrand);
    if (!hit && post.parentId && this.threaded) {
      // The author of a found post wrote again under it: a follow-up, about the same brand.
      const parent = this.foundBy.get(post.parentId);
      if (parent?.handle && parent.handle === handleKey(post.handle))
        hit = { mentions: [], brandIds: parent.brandIds };
    }
    if (!hit) return;
    if (this.foundBy.size < 5000)
      this.foundBy.set(post.id, {
        handle: handleKey(post.handle),
        name: post.author.trim().toLowerCase(),
        brandIds: hit.brandIds,
      });
    this.pending.push({ post, hit, key, el });
  }

  /** Does this text name the author of a found post (handle or display name of 3+ characters)? */
  private byFoundAuthor(text: string): boolean {
    if (this.foundBy.size === 0) return false;
    const lower = text.toLowerCase();
    for (const f of this.foundBy.values())
      if (
        (f.handle.length >= 3 && lower.includes(f.handle)) ||
        (f.name.length >= 3 && lower.includes(f.name))
      )
        return true;
    return false;
  }

  private scheduleSend(): void {
    if (this.sending) return; // the running send() loop takes the new posts too
    const delay = this.deps.sendDelayMs ?? DEFAULT_SEND_DELAY_MS;
    if (delay <= 0 || this.pending.length >= (this.deps.batchSize ?? DEFAULT_BATCH)) {
      if (this.sendTimer !== null) clearTimeout(this.sendTimer);
      this.sendTimer = null;
      void this.send();
      return;
    }
    if (this.sendTimer !== null) return;
    this.sendTimer = setTimeout(() => {
      this.sendTimer = null;
      void this.send();
    }, delay);
  }

  /**
   * Pending posts and brand replies in batches, one posts/seen message each: the background classifies
   * and stores the posts and records the replies; the marks are drawn with what it answers (kind,
   * urgency, state and deadline in one render). Nothing heavy runs on the page's main thread here.
   */
  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    const size = this.deps.batchSize ?? DEFAULT_BATCH;
    try {
      while (this.pending.length > 0 || this.replies.length > 0) {
        const batch = this.pending.splice(0, size);
        // Replies go with (after) the posts of their batch: a parent is stored before its reply applies.
        const replies = this.replies.splice(0, size);
        const t0 = performance.now();
        const posts = batch.map((p) => this.deps.analyser.seen(p.post, p.hit));
        this.stats.busyMs += performance.now() - t0;
        let res: Res<'posts/seen'>;
        this.stats.messages++;
        try {
          res = await this.deps.sendSeen(posts, replies);
          if (res.classes.length !== batch.length) throw new Error('classification count mismatch');
        } catch {
          // The background was restarting: forget them, so the next rescan or navigation finds them again.
          for (const p of batch) this.seen.delete(p.key);
          for (const r of replies) this.repliesSent.delete(r.replyId);
          continue;
        }
        this.stats.found += batch.length;
        const t1 = performance.now();
        const byKey = new Map<string, PostMark>();
        for (const m of res.marks) byKey.set(m.key, m);
        const others: PostMark[] = [];
        batch.forEach((p, i) => {
          const c = res.classes[i] as Res<'posts/seen'>['classes'][number];
          const info: MarkInfo = {
            brand: this.deps.brandName(p.hit.brandIds[0] ?? ''),
            kind: c.kind,
            urgency: c.urgency,
          };
          this.info.set(p.key, info);
          const mark = byKey.get(p.key);
          byKey.delete(p.key);
          // Each mark is drawn once, with its state and deadline already known (one badge write), in
          // the next idle slices.
          if (p.el.isConnected && this.elementIds.get(p.el) === p.post.id) {
            const job: DrawJob = { key: p.key, id: p.post.id, el: p.el, info, mark };
            this.draws.push(job);
            this.drawWaiting.set(p.key, job);
          }
        });
        // Posts of earlier batches whose state changed (answered by a reply, reopened by a follow-up);
        // a mark still waiting to be drawn takes its newer state.
        for (const m of byKey.values()) {
          const waiting = this.drawWaiting.get(m.key);
          if (waiting) waiting.mark = m;
          else others.push(m);
        }
        if (others.length) this.deps.marks.update(others);
        if (this.draws.length) this.scheduler.request();
        this.stats.busyMs += performance.now() - t1;
        // Posts found while this message was on its way wait for the send delay like any others (a
        // full batch goes at once): on a streaming page one message per delay, not one per answer.
        if (this.pending.length < size && this.replies.length < size) break;
      }
    } finally {
      this.sending = false;
      if (this.pending.length > 0 || this.replies.length > 0) this.scheduleSend();
      else if (this.isIdle()) this.notifyIdle();
    }
  }

  private isIdle(): boolean {
    return (
      this.draws.length === 0 &&
      this.queue.length === 0 &&
      this.work.length === 0 &&
      !this.rescanPending &&
      this.pending.length === 0 &&
      this.replies.length === 0 &&
      !this.sending
    );
  }

  /** Resolves once everything queued so far has been processed and sent. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  private notifyIdle(): void {
    const w = this.idleWaiters;
    this.idleWaiters = [];
    for (const r of w) r();
  }

  /** The post element of a site id among the posts already seen (for insertion). */
  elementOf(id: string): Element | null {
    return this.deps.marks.postOf(`${this.deps.adapter.site}:${id}`);
  }
}
