/**
 * The inbox: every found post with its platform, brand, author, an excerpt with the mention and the
 * classifier's evidence highlighted, kind, urgency and a live countdown coloured by state. Sorting,
 * filters, bulk actions (answered, not relevant, snooze with a reason), corrections for the classifier,
 * and "open in its tab". The list is virtualised (thousands of posts cost the same as a screenful).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../../shared/runtime.ts';
import type { Brand, Kind, Platform, StoredPost } from '../../shared/types.ts';
import { PLATFORMS } from '../../shared/types.ts';
import type { ReplywiseDb } from '../../storage/db.ts';
import { correct, markAnswered, markNotRelevant, reopen, snoozePosts, type Undo } from '../actions.ts';
import type { Mode } from '../app.tsx';
import { Highlighted, type MarkSpan } from '../highlight.tsx';
import { navigate, useLive, useMarkOnce, useNow } from '../hooks.ts';
import { errorText, fmtCountdown, fmtDateTime, fmtRelative, t } from '../i18n.ts';
import {
  countByState,
  DEFAULT_FILTER,
  type InboxFilter,
  liveState,
  OPEN_STATES,
  type SortKey,
  type StateFilter,
  selectPosts,
} from '../inbox-model.ts';
import { KIND_LABEL, platformName, STATE_LABEL, URGENCY_LABEL } from '../labels.ts';
import { useStatus } from './status.tsx';
import { VirtualListbox } from './virtual-listbox.tsx';

const ROW_HEIGHT = 92;
const STATE_OPTIONS: StateFilter[] = ['open', 'all', ...OPEN_STATES, 'snoozed', 'answered', 'dismissed'];
const KINDS: Kind[] = ['complaint', 'question', 'praise', 'other'];

/** The inbox's filter and sort survive closing the popup (per window session). */
function loadPrefs(): { filter: InboxFilter; sort: SortKey } {
  try {
    const raw = JSON.parse(sessionStorage.getItem('replywise.inbox') ?? 'null') as {
      filter?: Partial<InboxFilter>;
      sort?: SortKey;
    } | null;
    return {
      filter: { ...DEFAULT_FILTER, ...(raw?.filter ?? {}) },
      sort: raw?.sort === 'urgency' || raw?.sort === 'time' ? raw.sort : 'deadline',
    };
  } catch {
    return { filter: DEFAULT_FILTER, sort: 'deadline' };
  }
}

export function spansOf(p: StoredPost): MarkSpan[] {
  return [
    ...p.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const, label: m.brand })),
    ...p.evidence.map((e) => ({ start: e.start, end: e.end, kind: 'evidence' as const, label: e.cue })),
  ];
}

const FIRST_PAGE = 60;
const WEEK_MS = 7 * 86_400_000;

/**
 * The first screenful for a sort order, read through an index so the inbox is usable before all posts
 * are loaded: by deadline (the last week's and later deadlines, open posts first), urgency or time.
 * The full list replaces it as soon as it is read.
 */
function firstPage(db: ReplywiseDb, sort: SortKey, now: number): Promise<StoredPost[]> {
  const open = (p: StoredPost) => OPEN_STATES.includes(p.state) || p.state === 'new';
  if (sort === 'deadline')
    return db.posts
      .where('dueAt')
      .aboveOrEqual(now - WEEK_MS)
      .filter(open)
      .limit(FIRST_PAGE)
      .toArray();
  if (sort === 'urgency')
    return db.posts.orderBy('urgency').reverse().filter(open).limit(FIRST_PAGE).toArray();
  return db.posts.orderBy('receivedAt').reverse().filter(open).limit(FIRST_PAGE).toArray();
}

export function Inbox({ mode }: { mode: Mode }) {
  // The full list is read after the first screenful is on screen (reading 5,000 posts first would delay it).
  const [wantAll, setWantAll] = useState(false);
  const posts = useLive((db) => (wantAll ? db.posts.toArray() : Promise.resolve(undefined)), [wantAll]);
  const brands = useLive((db) => db.brands.toArray(), []);
  const [prefs, setPrefs] = useState(loadPrefs);
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [snoozeOpen, setSnoozeOpen] = useState(false);
  const anchor = useRef<number>(-1);
  const show = useStatus();
  const now = useNow(1000);
  // Filtering and sorting follow a coarser clock (states move at most once a minute matter here).
  const coarseNow = Math.floor(now / 15_000) * 15_000;
  const listRef = useRef<HTMLDivElement>(null);

  const update = (next: Partial<{ filter: InboxFilter; sort: SortKey }>) => {
    const merged = { ...prefs, ...next };
    setPrefs(merged);
    setActive(-1);
    try {
      sessionStorage.setItem('replywise.inbox', JSON.stringify(merged));
    } catch {
      /* private mode: not remembered */
    }
  };
  const setFilter = (f: Partial<InboxFilter>) => update({ filter: { ...prefs.filter, ...f } });

  const full = posts.value !== undefined;
  const quick = useLive(
    (db) => (full ? Promise.resolve(null) : firstPage(db, prefs.sort, Date.now())),
    [prefs.sort, full],
  );
  useEffect(() => {
    if (wantAll || (quick.value === undefined && !quick.error)) return;
    const id = setTimeout(() => setWantAll(true), 0);
    return () => clearTimeout(id);
  }, [wantAll, quick.value, quick.error]);
  const all = posts.value ?? quick.value ?? [];
  const shown = useMemo(
    () => selectPosts(all, prefs.filter, prefs.sort, coarseNow),
    [all, prefs.filter, prefs.sort, coarseNow],
  );
  const counts = useMemo(() => countByState(all, coarseNow), [all, coarseNow]);
  const brandName = useMemo(() => {
    const m = new Map<string, string>();
    for (const b of brands.value ?? []) m.set(b.id, b.name);
    return (id: string) => m.get(id) ?? id;
  }, [brands.value]);
  const platformsPresent = useMemo(() => PLATFORMS.filter((pl) => all.some((p) => p.site === pl)), [all]);

  const targets = (): string[] => {
    if (selected.size > 0) return [...selected];
    const a = shown[active];
    return a ? [a.key] : [];
  };

  const run = async (action: () => Promise<Undo>, done: (n: number) => string, n: number) => {
    try {
      const undo = await action();
      setSelected(new Set());
      show({ text: done(n), undo });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
    listRef.current?.querySelector<HTMLElement>('[role=listbox]')?.focus();
  };

  const bulk = (kind: 'answered' | 'dismissed' | 'reopen') => {
    const keys = targets();
    if (keys.length === 0) return show({ text: t('nothingSelected'), kind: 'error' });
    if (kind === 'answered')
      void run(
        () => markAnswered(keys),
        (n) => t('markedAnswered', n),
        keys.length,
      );
    if (kind === 'dismissed')
      void run(
        () => markNotRelevant(keys),
        (n) => t('markedNotRelevant', n),
        keys.length,
      );
    if (kind === 'reopen')
      void run(
        () => reopen(keys),
        (n) => t('reopened', n),
        keys.length,
      );
  };

  const doCorrect = (label: 'complaint' | 'not-complaint') => {
    const keys = targets();
    const key = keys[0];
    if (!key) return show({ text: t('nothingSelected'), kind: 'error' });
    void run(
      async () => {
        const undos = [] as Undo[];
        for (const k of keys) undos.push(await correct(k, label));
        return async () => {
          for (const u of undos.reverse()) await u();
        };
      },
      (n) => (label === 'complaint' ? t('correctedComplaint', n) : t('correctedNotComplaint', n)),
      keys.length,
    );
  };

  const openInTab = async (p: StoredPost) => {
    try {
      await send('post/open', { key: p.key });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  const toggle = (p: StoredPost, i: number, range: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (range && anchor.current >= 0) {
        const [a, b] = [Math.min(anchor.current, i), Math.max(anchor.current, i)];
        for (let k = a; k <= b; k++) {
          const it = shown[k];
          if (it) next.add(it.key);
        }
      } else {
        if (next.has(p.key)) next.delete(p.key);
        else next.add(p.key);
        anchor.current = i;
      }
      return next;
    });
  };

  const loading = posts.value === undefined && !posts.error && !quick.value;
  // "Usable inbox": the posts are loaded and the first rows are on screen (or the list is known empty).
  useMarkOnce('replywise:inbox-usable', !loading);
  return (
    <section class="inbox" aria-labelledby="inbox-title" data-testid="inbox">
      <div class="view-head">
        <h2 id="inbox-title">{t('inboxTitle')}</h2>
        <p class="muted inbox-summary" aria-live="polite">
          {full ? t('inboxSummary', shown.length, counts.overdue, counts['due-soon']) : t('loading')}
        </p>
      </div>
      <fieldset class="toolbar">
        <legend class="sr-only">{t('filtersLabel')}</legend>
        <label class="field field--inline">
          <span>{t('sortBy')}</span>
          <select
            value={prefs.sort}
            onChange={(e) => update({ sort: (e.currentTarget as HTMLSelectElement).value as SortKey })}
          >
            <option value="deadline">{t('sortDeadline')}</option>
            <option value="urgency">{t('sortUrgency')}</option>
            <option value="time">{t('sortTime')}</option>
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('filterState')}</span>
          <select
            value={prefs.filter.state}
            onChange={(e) =>
              setFilter({ state: (e.currentTarget as HTMLSelectElement).value as StateFilter })
            }
          >
            {STATE_OPTIONS.map((s) => (
              <option key={s} value={s}>
                {s === 'open'
                  ? t('stateOpen')
                  : s === 'all'
                    ? t('stateAll')
                    : t(STATE_LABEL[s] ?? 'stateNew')}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('filterBrand')}</span>
          <select
            value={prefs.filter.brand}
            onChange={(e) => setFilter({ brand: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{t('any')}</option>
            {(brands.value ?? []).map((b: Brand) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('filterPlatform')}</span>
          <select
            value={prefs.filter.platform}
            onChange={(e) =>
              setFilter({ platform: (e.currentTarget as HTMLSelectElement).value as Platform | '' })
            }
          >
            <option value="">{t('any')}</option>
            {platformsPresent.map((pl) => (
              <option key={pl} value={pl}>
                {platformName(pl)}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('filterKind')}</span>
          <select
            value={prefs.filter.kind}
            onChange={(e) => setFilter({ kind: (e.currentTarget as HTMLSelectElement).value as Kind | '' })}
          >
            <option value="">{t('any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_LABEL[k] ?? 'kindOther')}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline field--grow">
          <span>{t('search')}</span>
          <input
            type="search"
            value={prefs.filter.query}
            onInput={(e) => setFilter({ query: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
      </fieldset>
      <div class="bulkbar" role="toolbar" aria-label={t('bulkLabel')}>
        <span class="muted" aria-live="polite">
          {selected.size > 0 ? t('selectedCount', selected.size) : t('actOnActive')}
        </span>
        <button type="button" class="btn" data-action="answered" onClick={() => bulk('answered')}>
          {t('actionAnswered')}
        </button>
        <button type="button" class="btn" data-action="dismissed" onClick={() => bulk('dismissed')}>
          {t('actionNotRelevant')}
        </button>
        <button
          type="button"
          class="btn"
          data-action="snooze"
          onClick={() =>
            targets().length ? setSnoozeOpen(true) : show({ text: t('nothingSelected'), kind: 'error' })
          }
        >
          {t('actionSnooze')}
        </button>
        <button type="button" class="btn btn--ghost" data-action="reopen" onClick={() => bulk('reopen')}>
          {t('actionReopen')}
        </button>
        <button
          type="button"
          class="btn btn--ghost"
          data-action="is-complaint"
          onClick={() => doCorrect('complaint')}
        >
          {t('actionIsComplaint')}
        </button>
        <button
          type="button"
          class="btn btn--ghost"
          data-action="not-complaint"
          onClick={() => doCorrect('not-complaint')}
        >
          {t('actionNotComplaint')}
        </button>
        <button
          type="button"
          class="btn btn--ghost"
          data-action="open-tab"
          onClick={() => {
            const p = shown[active];
            if (p) void openInTab(p);
            else show({ text: t('nothingSelected'), kind: 'error' });
          }}
        >
          {t('actionOpenInTab')}
        </button>
      </div>
      {posts.error && (
        <p role="alert" class="error">
          {posts.error}
        </p>
      )}
      {loading ? (
        <p aria-busy="true" class="muted">
          {t('loading')}
        </p>
      ) : (
        <div ref={listRef as never} class="inbox-list-wrap">
          <VirtualListbox
            id="inbox-list"
            label={t('inboxListLabel')}
            class={`inbox-list inbox-list--${mode}`}
            items={shown}
            rowHeight={ROW_HEIGHT}
            keyOf={(p) => p.key}
            active={active}
            onActive={setActive}
            selected={selected}
            onToggle={toggle}
            onActivate={(p) => navigate({ view: 'compose', key: p.key })}
            emptyText={!full ? t('loading') : all.length === 0 ? t('inboxEmpty') : t('inboxNoMatch')}
            onKey={(e, p) => {
              if (!p || e.ctrlKey || e.metaKey || e.altKey) {
                if ((e.ctrlKey || e.metaKey) && e.key === 'a') {
                  setSelected(new Set(shown.map((x) => x.key)));
                  return true;
                }
                return false;
              }
              if (e.key === 'o') void openInTab(p);
              else if (e.key === 'a') bulk('answered');
              else if (e.key === 'n') bulk('dismissed');
              else if (e.key === 's') setSnoozeOpen(true);
              else if (e.key === 'Escape' && selected.size) setSelected(new Set());
              else return false;
              return true;
            }}
            renderRow={(p) => <PostRow post={p} now={now} brandName={brandName} />}
          />
          <p class="muted hint" id="inbox-keys">
            {t('inboxKeysHint')}
          </p>
        </div>
      )}
      {snoozeOpen && (
        <SnoozeDialog
          count={targets().length}
          onCancel={() => {
            setSnoozeOpen(false);
            // After the dialog is gone (closing a modal dialog moves focus itself).
            setTimeout(() => listRef.current?.querySelector<HTMLElement>('[role=listbox]')?.focus(), 0);
          }}
          onSnooze={(until, reason) => {
            const keys = targets();
            setSnoozeOpen(false);
            void run(
              () => snoozePosts(keys, until, reason),
              (n) => t('snoozed', n),
              keys.length,
            );
          }}
        />
      )}
    </section>
  );
}

function PostRow({
  post,
  now,
  brandName,
}: {
  post: StoredPost;
  now: number;
  brandName: (id: string) => string;
}) {
  const state = liveState(post, now);
  const clockAt = post.state === 'held' && post.heldUntil ? post.heldUntil : post.dueAt;
  const showClock = clockAt !== undefined && state !== 'answered' && state !== 'dismissed';
  const label = post.userLabel
    ? post.userLabel === 'complaint'
      ? 'kindComplaint'
      : 'labelNotComplaint'
    : null;
  return (
    <div class={`post post--${state}`} data-state={state}>
      <span class="check" aria-hidden="true" />
      <div class="post-meta">
        <span class={`platform platform--${post.site}`}>{platformName(post.site)}</span>
        {post.brandIds.length > 0 && <span class="brand">{post.brandIds.map(brandName).join(', ')}</span>}
        <span class="author">
          {post.author}
          {post.handle && post.handle !== post.author && <span class="handle"> {post.handle}</span>}
        </span>
        <time
          class="received"
          dateTime={new Date(post.receivedAt).toISOString()}
          title={fmtDateTime(post.receivedAt)}
        >
          {fmtRelative(post.receivedAt, now)}
        </time>
      </div>
      <div class="post-tags">
        <span class={`tag tag--${post.kind}`}>{t(KIND_LABEL[post.kind] ?? 'kindOther')}</span>
        {/* A complaint phrased as a question (or with praise) is still a complaint: say so. */}
        {post.complaint && post.kind !== 'complaint' && !post.userLabel && (
          <span class="tag tag--complaint">{t('kindComplaint')}</span>
        )}
        {label && <span class="tag tag--label">{t('labelCorrected', t(label))}</span>}
        {post.urgency > 0 && (
          <span
            class={`urgency urgency--${post.urgency}`}
            title={t(URGENCY_LABEL[post.urgency] ?? 'urgency0')}
          >
            {'!'.repeat(post.urgency)}
            <span class="sr-only"> {t(URGENCY_LABEL[post.urgency] ?? 'urgency0')}</span>
          </span>
        )}
        <span class={`state state--${state}`}>{t(STATE_LABEL[state] ?? 'stateNew')}</span>
        {showClock && clockAt !== undefined && (
          <span class={`clock clock--${state}`} title={t('dueAtTitle', fmtDateTime(clockAt))}>
            {fmtCountdown(clockAt - now)}
          </span>
        )}
      </div>
      <p class="excerpt" lang={post.lang !== 'und' ? post.lang : undefined}>
        <Highlighted text={post.text} spans={spansOf(post)} limit={220} />
      </p>
    </div>
  );
}

const SNOOZE_MINUTES = [30, 60, 120, 240, 1440];

function SnoozeDialog({
  count,
  onCancel,
  onSnooze,
}: {
  count: number;
  onCancel: () => void;
  onSnooze: (until: number, reason: string) => void;
}) {
  const [minutes, setMinutes] = useState(60);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  const opened = useRef(false);
  // showModal() traps focus in the dialog and Escape closes it.
  const setRef = (el: HTMLDialogElement | null) => {
    ref.current = el;
    if (el && !opened.current && typeof el.showModal === 'function') {
      opened.current = true;
      el.showModal();
    }
  };
  return (
    <dialog ref={setRef} class="dialog" aria-labelledby="snooze-title" onCancel={onCancel} onClose={onCancel}>
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!reason.trim()) {
            setError(t('snoozeReasonRequired'));
            return;
          }
          onSnooze(Date.now() + minutes * 60_000, reason);
        }}
      >
        <h3 id="snooze-title">{t('snoozeTitle', count)}</h3>
        <label class="field">
          <span>{t('snoozeFor')}</span>
          <select
            value={String(minutes)}
            onChange={(e) => setMinutes(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {SNOOZE_MINUTES.map((m) => (
              <option key={m} value={String(m)}>
                {fmtRelative(Date.now() + m * 60_000, Date.now())}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('snoozeReason')}</span>
          <input
            type="text"
            value={reason}
            required
            maxLength={500}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'snooze-error' : undefined}
            onInput={(e) => setReason((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {error && (
          <p id="snooze-error" class="error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="btn btn--primary">
            {t('actionSnooze')}
          </button>
          <button type="button" class="btn" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
