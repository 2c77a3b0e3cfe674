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
 *        └─> mentions (compiled watchlist) ─> pending ─> classify (lazy chunk) ─> posts/found (batches)
 *                                                                     └─> marks (shadow root) ← PostMark
 *
 * "Seen" is keyed by site:id, not by element: X reuses its <article>s for other tweets while scrolling,
 * so an element is re-checked whenever its id changes, and a tweet is never counted twice.
 */
import type { FoundPost, PostMark } from '../shared/messages.ts';
import type { ExtractedPost } from '../shared/types.ts';
import type { SiteAdapter } from '../sites/common/types.ts';
import type { Analyser, Classify } from './analyse.ts';
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
  loadClassify: () => Promise<Classify>;
  sendFound: (posts: FoundPost[]) => Promise<PostMark[]>;
  sendBrandReply: (r: BrandReply) => void;
  marks: Marks;
  url: () => string;
  doc?: Document;
  budgetMs?: number;
  /** Queued nodes above which the queue is dropped for one rescan of the page. */
  burstLimit?: number;
  /** Posts per posts/found message. */
  batchSize?: number;
}

interface Pending {
  post: ExtractedPost;
  hit: Pick<FoundPost, 'mentions' | 'brandIds'>;
  key: string;
  el: Element;
}

export interface ScannerStats {
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
  private flushing = false;
  private observer: MutationObserver | null = null;
  private readonly scheduler: Scheduler;
  readonly stats: ScannerStats = { processed: 0, extracted: 0, found: 0, rescans: 0, slices: 0 };
  /** Resolves whenever the queue and the pending sends are empty (tests and the bench wait on it). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly deps: ScannerDeps) {
    this.doc = deps.doc ?? document;
    this.scheduler = createScheduler((s) => this.drain(s), {
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
    for (;;) {
      while (this.workAt < this.work.length) {
        if (slice.timeLeft() <= 0) return true;
        const el = this.work[this.workAt++] as Element;
        if (el.isConnected) this.process(el);
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
    if (this.pending.length > 0) void this.flush();
    else this.notifyIdle();
    return false;
  }

  private process(el: Element): void {
    const { adapter } = this.deps;
    const url = this.deps.url();
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

    this.stats.extracted++;
    const post = adapter
      .extractPosts(el, url, { brandHandles: this.deps.analyser.brandHandles })
      .find((p) => p.id === id);
    if (!post) return;
    const signature = post.parentId ?? '';
    if (this.seen.get(key) === signature) {
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
        this.deps.sendBrandReply({
          site: post.site,
          parentId: post.parentId,
          replyId: post.id,
          time: post.time,
        });
      }
      return;
    }
    const parentBrand = post.parentId ? (this.brandPosts.get(post.parentId) ?? null) : null;
    const hit = this.deps.analyser.mentions(post, parentBrand);
    if (!hit) return;
    this.pending.push({ post, hit, key, el });
  }

  /** Classify pending posts (lazy classifier), draw their marks and send them in batches. */
  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      const classify = await this.deps.loadClassify();
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, this.deps.batchSize ?? 100);
        const found: FoundPost[] = [];
        for (const p of batch) {
          const f = this.deps.analyser.found(p.post, p.hit, classify);
          found.push(f);
          const info: MarkInfo = {
            brand: this.deps.brandName(f.brandIds[0] ?? ''),
            kind: f.kind,
            urgency: f.urgency,
          };
          this.info.set(p.key, info);
          if (p.el.isConnected && this.elementIds.get(p.el) === p.post.id)
            this.deps.marks.draw(p.key, p.el, info);
        }
        this.stats.found += found.length;
        try {
          this.deps.marks.update(await this.deps.sendFound(found));
        } catch {
          // The background was restarting: the posts are found again on the next navigation or rescan.
          for (const f of found) this.seen.delete(`${f.site}:${f.id}`);
        }
      }
    } finally {
      this.flushing = false;
      if (this.pending.length > 0) void this.flush();
      else if (this.queue.length === 0 && this.work.length === 0 && !this.rescanPending) this.notifyIdle();
    }
  }

  /** Resolves once everything queued so far has been processed and sent. */
  whenIdle(): Promise<void> {
    if (
      this.queue.length === 0 &&
      this.work.length === 0 &&
      !this.rescanPending &&
      this.pending.length === 0 &&
      !this.flushing
    )
      return Promise.resolve();
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
