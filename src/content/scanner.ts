/**
 * The page watcher.
 *
 *   MutationObserver ──(callback only queues nodes)──> queue ──> idle slices (≤ budget ms each)
 *        │ burst > limit: drop the queue, rescan the page instead                 │
 *        ▼                                                                         ▼
 *   candidates = posts containing / contained in the queued nodes ──> per element: site post id
 *        │ same element, same id, already seen → skip (recycled node with a new id → re-check)
 *        ▼
 *   extract (adapter) ─> brand's own post? remember it; a reply by the brand → posts/brand-replied
 *        └─> mentions (compiled watchlist) ─> pending ─> posts/classify (background) ─> posts/found (batches)
 *                                                                     └─> marks (shadow root) ← PostMark
 *
 * "Seen" is keyed by site:id, not by element: X reuses its <article>s for other tweets while scrolling,
 * so an element is re-checked whenever its id changes, and a tweet is never counted twice.
 */
import type { FoundPost, PostMark } from '../shared/messages.ts';
import type { ExtractedPost } from '../shared/types.ts';
import type { SiteAdapter } from '../sites/common/types.ts';
import type { Analyser, ClassifyBatch } from './analyse.ts';
import { MARK_TAG, type MarkInfo, type Marks } from './marks.ts';
import { createScheduler, type Scheduler, type Slice } from './scheduler.ts';

export interface BrandReply {
  site: ExtractedPost['site'];
  parentId: string;
  replyId: string;
  time: string | null;
}

export interface ScannerDeps {
  adapter: SiteAdapter;
  analyser: Analyser;
  brandName: (id: string) => string;
  /** Classification of a batch (the background does it: posts/classify). */
  classify: ClassifyBatch;
  sendFound: (posts: FoundPost[]) => Promise<PostMark[]>;
  /** Report a brand reply; resolves to the keys the background marked answered. */
  sendBrandReply: (r: BrandReply) => Promise<string[]>;
  marks: Marks;
  url: () => string;
  doc?: Document;
  budgetMs?: number;
  /** Queued nodes above which the queue is dropped for one rescan of the page. */
  burstLimit?: number;
  /** Posts per posts/found message. */
  batchSize?: number;
  /**
   * How long the first found post waits for more before its batch is sent (default 400 ms): on a
   * streaming timeline one message pair then carries several bursts, and each extension message costs the
   * page's main thread far more than the posts in it. A full batch goes at once.
   */
  sendDelayMs?: number;
}

/** Signature of a post that was looked at and is not for us. */
const SKIPPED = '\u0000skipped';

interface Pending {
  post: ExtractedPost;
  hit: Pick<FoundPost, 'mentions' | 'brandIds'>;
  key: string;
  el: Element;
}

export interface ScannerStats {
  /** Main-thread milliseconds spent in the observer callback, idle slices and batch callbacks. */
  busyMs: number;
  processed: number;
  extracted: number;
  found: number;
  rescans: number;
  slices: number;
}

export class Scanner {
  private readonly doc: Document;
  private queue: Node[] = [];
  private work: Element[] = [];
  private workAt = 0;
  private rescanPending = false;
  private readonly elementIds = new WeakMap<Element, string>();
  private readonly seen = new Map<string, string>();
  private readonly info = new Map<string, MarkInfo>();
  private readonly brandPosts = new Map<string, string>();
  private readonly repliesSent = new Set<string>();
  private pending: Pending[] = [];
  private replies: BrandReply[] = [];
  private sending = false;
  private sendTimer: ReturnType<typeof setTimeout> | null = null;
  private observer: MutationObserver | null = null;
  private readonly scheduler: Scheduler;
  /** Sites where comments sit under the brand's own posts (X replies name the brand's handle anyway). */
  private readonly threaded: boolean;
  readonly stats: ScannerStats = { busyMs: 0, processed: 0, extracted: 0, found: 0, rescans: 0, slices: 0 };
  /** Resolves whenever the queue and the pending sends are empty (tests and the bench wait on it). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: ScannerDeps) {
    this.doc = deps.doc ?? document;
    this.threaded = deps.adapter.site !== 'x';
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
    this.observer?.disconnect();
    this.observer = null;
    this.scheduler.dispose();
    if (this.sendTimer !== null) clearTimeout(this.sendTimer);
    this.sendTimer = null;
    this.queue = [];
    this.work = [];
  }

  /** Look at the whole page again (start, navigation, bursts). */
  rescan(): void {
    this.rescanPending = true;
    this.queue = [];
    this.scheduler.request();
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
    if (this.rescanPending) return;
    const limit = this.deps.burstLimit ?? 5000;
    for (const r of records) {
      if (r.type === 'childList') {
        // Our own marks are skipped here already (a property read), so drawing them never feeds back.
        for (const n of r.addedNodes)
          if (n.nodeType === 1 && (n as Element).localName !== MARK_TAG) this.queue.push(n);
      } else this.queue.push(r.target);
    }
    if (this.queue.length > limit) {
      this.rescanPending = true;
      this.queue = [];
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
    const sel = this.deps.adapter.postSelector;
    if (this.rescanPending) {
      this.rescanPending = false;
      this.stats.rescans++;
      this.work = [...this.doc.querySelectorAll(sel)];
      this.workAt = 0;
    }
    // One location read per slice: a slice is synchronous, so the address cannot change inside it.
    const url = this.deps.url();
    let done = 0;
    for (;;) {
      while (this.workAt < this.work.length) {
        // At least one post per slice, so even a tiny budget always makes progress.
        if (done > 0 && slice.timeLeft() <= 0) return true;
        done++;
        const el = this.work[this.workAt++] as Element;
        if (el.isConnected) this.process(el, url);
      }
      this.work = [];
      this.workAt = 0;
      if (this.queue.length === 0) break;
      if (slice.timeLeft() <= 0) return true;
      // Turn queued nodes into post elements (deduplicated, document order not needed).
      const batch = this.queue.splice(0, 200);
      const set = new Set<Element>();
      for (const n of batch) {
        const el = n as Element;
        if (!el.isConnected || el.localName === MARK_TAG) continue;
        const up = el.closest(sel);
        if (up) set.add(up);
        if (el.firstElementChild) for (const p of el.querySelectorAll(sel)) set.add(p);
      }
      this.work = [...set];
    }
    if (this.pending.length > 0 || this.replies.length > 0) this.scheduleSend();
    else if (this.isIdle()) this.notifyIdle();
    return false;
  }

  private process(el: Element, url: string): void {
    const { adapter } = this.deps;
    this.stats.processed++;
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

    // Most posts on a feed are not about the brand: one textContent read and one automaton pass decide
    // that without extracting. Comments under the brand's own posts (threaded sites) need no mention,
    // so once such a post was seen on the page every comment is extracted.
    if (!(this.threaded && this.brandPosts.size > 0)) {
      const quick = el.textContent ?? '';
      if (!this.deps.analyser.mightMatter(quick.length > 20_000 ? quick.slice(0, 20_000) : quick)) {
        this.seen.set(key, SKIPPED);
        return;
      }
    }

    this.stats.extracted++;
    const post = adapter
      .extractPosts(el, url, { brandHandles: this.deps.analyser.brandHandles })
      .find((p) => p.id === id);
    if (!post) return;
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
        this.replies.push({ site: post.site, parentId: post.parentId, replyId: post.id, time: post.time });
      }
      return;
    }
    const parentBrand = post.parentId ? (this.brandPosts.get(post.parentId) ?? null) : null;
    const hit = this.deps.analyser.mentions(post, parentBrand);
    if (!hit) return;
    this.pending.push({ post, hit, key, el });
  }

  private scheduleSend(): void {
    if (this.sending) return; // the running send() loop takes the new posts too
    const delay = this.deps.sendDelayMs ?? 400;
    if (delay <= 0 || this.pending.length >= (this.deps.batchSize ?? 100)) {
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
   * Pending posts in batches: classified by the background (one message), marked, then sent to be stored
   * (one message). Nothing heavy runs on the page's main thread here.
   */
  private async send(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.deps.batchSize ?? 100);
        let results: Awaited<ReturnType<ClassifyBatch>>;
        try {
          results = await this.deps.classify(
            batch.map((p) =>
              p.post.engagement
                ? { text: p.post.text, engagement: p.post.engagement }
                : { text: p.post.text },
            ),
          );
          if (results.length !== batch.length) throw new Error('classification count mismatch');
        } catch {
          // The background was restarting: forget them, so the next rescan or navigation finds them again.
          for (const p of batch) this.seen.delete(p.key);
          continue;
        }
        const found: FoundPost[] = [];
        const infos: MarkInfo[] = [];
        const t0 = performance.now();
        batch.forEach((p, i) => {
          const f = this.deps.analyser.found(p.post, p.hit, results[i] as (typeof results)[number]);
          found.push(f);
          const info: MarkInfo = {
            brand: this.deps.brandName(f.brandIds[0] ?? ''),
            kind: f.kind,
            urgency: f.urgency,
          };
          infos.push(info);
          this.info.set(p.key, info);
        });
        this.stats.busyMs += performance.now() - t0;
        this.stats.found += found.length;
        let stored: PostMark[] | null = null;
        try {
          stored = await this.deps.sendFound(found);
        } catch {
          for (const f of found) this.seen.delete(`${f.site}:${f.id}`);
        }
        // Each mark is drawn once, with its state and deadline already known (one badge write, not two);
        // if storing failed, the marks still show the classification.
        const t1 = performance.now();
        const byKey = new Map<string, PostMark>();
        for (const m of stored ?? []) byKey.set(m.key, m);
        batch.forEach((p, i) => {
          if (p.el.isConnected && this.elementIds.get(p.el) === p.post.id)
            this.deps.marks.draw(p.key, p.el, infos[i] as MarkInfo, byKey.get(p.key));
        });
        if (stored) this.deps.marks.update(stored);
        this.stats.busyMs += performance.now() - t1;
      }
      while (this.replies.length > 0) {
        const r = this.replies.shift() as BrandReply;
        try {
          const answered = await this.deps.sendBrandReply(r);
          this.deps.marks.update(answered.map((key) => ({ key, state: 'answered' as const })));
        } catch {
          this.repliesSent.delete(r.replyId);
        }
      }
    } finally {
      this.sending = false;
      if (this.isIdle()) this.notifyIdle();
    }
  }

  private isIdle(): boolean {
    return (
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
