/**
 * FAQ repository on the v1 `faqs` and `faqPicks` tables.
 *
 * - Every write validates the entry first (bad input → a clear error, nothing written).
 * - importFaqs writes a whole file in ONE transaction: all entries or none. Entries whose id already
 *   exists are merged, replaced, skipped, or reported (nothing written, ImportConflictError lists them),
 *   as the user chooses.
 * - The search index snapshot (FaqIndex.snapshot, typed arrays) is cached under the settings key `cache:faq-index`;
 *   every write through this module drops it in the same transaction, so a cached index is never stale.
 *   openFaqIndex() uses it when present, else rebuilds from the entries and caches the result.
 * - The agent's picks are bounded: MAX_PICKS per entry (oldest dropped) and MAX_TOTAL_PICKS overall.
 * - The ranking model (IntentModel, trained on the entries' questions and the picks) is trained in idle
 *   slices after openFaqIndex() returns, attached to the index when done, and cached under
 *   `cache:faq-model` with the token of the index snapshot it was trained for: a model whose snapshot was
 *   dropped by a write is never used again (it is retrained for the new snapshot).
 */
import { checkEntry, mergeEntries } from '../core/faq/entry.ts';
import { IntentModel, MODEL_MAX_ENTRIES, type TrainOptions } from '../core/faq/intent-model.ts';
import { FaqIndex, MAX_PICKS, type Pick } from '../core/faq/search-index.ts';
import type { FaqEntry } from '../shared/types.ts';
import { type FaqPick, type ReplywiseDb, StorageError, writeTx } from './db.ts';

export const INDEX_CACHE_KEY = 'cache:faq-index';
export const MODEL_CACHE_KEY = 'cache:faq-model';
export { MODEL_MAX_ENTRIES };
export const MAX_TOTAL_PICKS = 5000;

export type OnExisting = 'merge' | 'replace' | 'skip' | 'report';

export interface ImportResult {
  added: string[];
  merged: string[];
  replaced: string[];
  skipped: string[];
  /** The stored versions of the merged and replaced entries before the import (for an undo). */
  previous: FaqEntry[];
}

/** Import refused because some ids already exist and the user chose to have them reported. */
export class ImportConflictError extends Error {
  override name = 'ImportConflictError';
  constructor(readonly ids: string[]) {
    super(
      `${ids.length} ${ids.length === 1 ? 'entry already exists' : 'entries already exist'} (${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}). Nothing was imported: choose to merge, replace or skip them.`,
    );
  }
}

function validated(e: unknown): FaqEntry {
  const r = checkEntry(e);
  if (!r.entry) {
    const p = r.problems[0];
    const id = typeof (e as { id?: unknown } | null)?.id === 'string' ? ` "${(e as { id: string }).id}"` : '';
    throw new StorageError(
      `FAQ entry${id} not saved: ${p?.field ? `${p.field}: ` : ''}${p?.reason ?? 'invalid'}`,
      'unknown',
    );
  }
  return r.entry;
}

export async function listFaqs(db: ReplywiseDb): Promise<FaqEntry[]> {
  return db.faqs.toArray();
}

export async function getFaq(db: ReplywiseDb, id: string): Promise<FaqEntry | undefined> {
  return db.faqs.get(id);
}

/** Create or update one entry (createdAt kept, updatedAt set, usage kept unless given). */
export async function saveFaq(db: ReplywiseDb, entry: FaqEntry, now = Date.now()): Promise<FaqEntry> {
  const e = validated(entry);
  return writeTx(db, ['faqs', 'settings'], async () => {
    const old = await db.faqs.get(e.id);
    const saved: FaqEntry = {
      ...e,
      usageCount: e.usageCount ?? old?.usageCount ?? 0,
      createdAt: old?.createdAt ?? e.createdAt ?? now,
      updatedAt: now,
    };
    const lastUsedAt = e.lastUsedAt ?? old?.lastUsedAt;
    if (lastUsedAt !== undefined) saved.lastUsedAt = lastUsedAt;
    await db.faqs.put(saved);
    await db.settings.delete(INDEX_CACHE_KEY);
    return saved;
  });
}

export async function deleteFaq(db: ReplywiseDb, id: string): Promise<boolean> {
  return writeTx(db, ['faqs', 'faqPicks', 'settings'], async () => {
    const had = (await db.faqs.get(id)) !== undefined;
    await db.faqs.delete(id);
    await db.faqPicks.where('faqId').equals(id).delete();
    await db.settings.delete(INDEX_CACHE_KEY);
    return had;
  });
}

/** Which of `entries` are new and which already exist (for the import preview). */
export async function previewImport(
  db: ReplywiseDb,
  entries: readonly FaqEntry[],
): Promise<{ added: string[]; existing: string[] }> {
  const ids = entries.map((e) => e.id);
  const found = await db.faqs.bulkGet(ids);
  const added: string[] = [];
  const existing: string[] = [];
  ids.forEach((id, i) => {
    (found[i] ? existing : added).push(id);
  });
  return { added, existing };
}

/**
 * Import entries in one transaction: all or nothing. Every entry is validated before the transaction
 * starts; duplicate ids inside `entries` are refused.
 */
export async function importFaqs(
  db: ReplywiseDb,
  entries: readonly FaqEntry[],
  opts: { onExisting: OnExisting; now?: number; validated?: boolean },
): Promise<ImportResult> {
  const now = opts.now ?? Date.now();
  // Entries from parseFaqFile were checked by checkEntry already (`validated`): not checked twice.
  const clean = opts.validated ? entries : entries.map(validated);
  const seen = new Set<string>();
  for (const e of clean) {
    if (seen.has(e.id))
      throw new StorageError(`The import lists the id "${e.id}" twice. Nothing was imported.`, 'unknown');
    seen.add(e.id);
  }
  return writeTx(db, ['faqs', 'settings'], async () => {
    // Only the ids are read to find the existing entries (keys only: no values cloned), then only those
    // entries' values. Measured in Chromium at 10,000 new entries: a bulkGet of every id cost as much as
    // a third of the write.
    const have = new Set(await db.faqs.toCollection().primaryKeys());
    const clashIds = clean.filter((e) => have.has(e.id)).map((e) => e.id);
    const res: ImportResult = { added: [], merged: [], replaced: [], skipped: [], previous: [] };
    if (opts.onExisting === 'report' && clashIds.length > 0) throw new ImportConflictError(clashIds);
    const old = new Map<string, FaqEntry>();
    if (clashIds.length > 0 && opts.onExisting !== 'skip')
      for (const e of await db.faqs.bulkGet(clashIds)) if (e) old.set(e.id, e);
    const out: FaqEntry[] = [];
    for (const e of clean) {
      const before = old.get(e.id);
      if (!have.has(e.id)) {
        out.push({ ...e, usageCount: e.usageCount ?? 0, createdAt: e.createdAt ?? now, updatedAt: now });
        res.added.push(e.id);
      } else if (opts.onExisting === 'skip' || !before) res.skipped.push(e.id);
      else if (opts.onExisting === 'replace') {
        out.push({
          ...e,
          usageCount: e.usageCount ?? before.usageCount ?? 0,
          createdAt: before.createdAt ?? now,
          updatedAt: now,
        });
        res.replaced.push(e.id);
        res.previous.push(before);
      } else {
        out.push({ ...mergeEntries(before, e), updatedAt: now });
        res.merged.push(e.id);
        res.previous.push(before);
      }
    }
    // One bulkPut of every row. Measured in Chromium (e2e/faq-import.bench.ts, 10,000 new entries into a
    // new database): this transaction takes 0.96x the time of a bare IndexedDB put loop of the same rows in
    // one transaction, so it is at the storage floor. Rows are the entries as given (no derived fields);
    // the index snapshot is only deleted here (it is rebuilt and cached when the index is next opened).
    // Tried and not kept: chunks of 1,000 awaited in turn (slower: the pipeline drains between chunks),
    // rows in key order instead of file order (no gain), Dexie's cache 'disabled' (no gain: Dexie does no
    // per-row work in an explicit transaction). Without the faqs table's secondary indexes the floor is
    // about a quarter lower (a schema change; not made).
    await db.faqs.bulkPut(out);
    await db.settings.delete(INDEX_CACHE_KEY);
    return res;
  }).catch((e: unknown) => {
    // writeTx wraps every failure in a StorageError: a conflict report is not a storage failure.
    if (e instanceof StorageError && e.cause instanceof ImportConflictError) throw e.cause;
    throw e;
  });
}

/** The agent used entry `id` in a reply: usage count + 1, last used now. */
export async function recordUse(db: ReplywiseDb, id: string, at = Date.now()): Promise<FaqEntry | undefined> {
  return writeTx(db, ['faqs'], async () => {
    const e = await db.faqs.get(id);
    if (!e) return undefined;
    const updated = { ...e, usageCount: (e.usageCount ?? 0) + 1, lastUsedAt: at };
    await db.faqs.put(updated);
    return updated;
  });
}

/**
 * The agent picked entry `faqId` for a post: remember the post text (bounded) so similar posts rank
 * this entry higher on this machine. Returns false when the entry does not exist.
 */
export async function recordPick(
  db: ReplywiseDb,
  pick: { faqId: string; text: string; lang?: string },
  at = Date.now(),
): Promise<boolean> {
  const text = pick.text.slice(0, 2000);
  if (text.trim() === '') return false;
  return writeTx(db, ['faqs', 'faqPicks', 'settings'], async () => {
    if (!(await db.faqs.get(pick.faqId))) return false;
    await db.faqPicks.add({ faqId: pick.faqId, text, lang: pick.lang ?? 'und', at });
    const mine = await db.faqPicks.where('faqId').equals(pick.faqId).sortBy('at');
    if (mine.length > MAX_PICKS)
      await db.faqPicks.bulkDelete(mine.slice(0, mine.length - MAX_PICKS).map((p) => p.id as number));
    const total = await db.faqPicks.count();
    if (total > MAX_TOTAL_PICKS) {
      const oldest = await db.faqPicks
        .orderBy('at')
        .limit(total - MAX_TOTAL_PICKS)
        .primaryKeys();
      await db.faqPicks.bulkDelete(oldest as number[]);
    }
    await db.settings.delete(INDEX_CACHE_KEY);
    return true;
  });
}

/**
 * Forget the agent's picks for one entry, or all of them. The cached ranking model learned from them
 * too, so it goes as well (it is retrained without them at the next open).
 */
export async function resetPicks(db: ReplywiseDb, faqId?: string): Promise<void> {
  await writeTx(db, ['faqPicks', 'settings'], async () => {
    if (faqId === undefined) await db.faqPicks.clear();
    else await db.faqPicks.where('faqId').equals(faqId).delete();
    await db.settings.bulkDelete([INDEX_CACHE_KEY, MODEL_CACHE_KEY]);
  });
}

/** Picks grouped by entry, oldest first. */
export async function loadPicks(db: ReplywiseDb): Promise<Map<string, Pick[]>> {
  const all: FaqPick[] = await db.faqPicks.orderBy('at').toArray();
  const out = new Map<string, Pick[]>();
  for (const p of all) {
    let list = out.get(p.faqId);
    if (!list) {
      list = [];
      out.set(p.faqId, list);
    }
    list.push({ text: p.text, lang: p.lang === 'und' ? undefined : p.lang });
  }
  return out;
}

function newToken(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`;
}

function tokenOf(value: unknown): string | undefined {
  const t = (value as { token?: unknown } | null)?.token;
  return typeof t === 'string' ? t : undefined;
}

export interface OpenOptions {
  /**
   * What to do about the ranking model: 'background' (default) attaches a cached one or trains one in
   * idle slices after returning; 'wait' does the same before returning; 'none' leaves BM25 only.
   */
  model?: 'background' | 'wait' | 'none';
  train?: TrainOptions;
  /** Milliseconds of training work between yields (default 8). */
  sliceMs?: number;
  /** No model above this many entries (default MODEL_MAX_ENTRIES): BM25 alone. */
  modelMaxEntries?: number;
}

/** Token of the index snapshot each open index came from (what a cached model must match). */
const TOKENS = new WeakMap<FaqIndex, string>();

/**
 * The search index, ready to use: from the cached snapshot when one is present and readable, else
 * rebuilt from the entries and picks (and cached for the next cold start). The ranking model follows
 * (see OpenOptions); `modelReady` settles when it is attached (or was not wanted or failed: then the
 * index ranks by BM25 alone, nothing is lost).
 */
export async function openFaqIndex(
  db: ReplywiseDb,
  opts: OpenOptions = {},
): Promise<{ index: FaqIndex; fromCache: boolean; modelReady: Promise<IntentModel | null> }> {
  const opened = await openIndexOnly(db);
  const tooBig = opened.index.size > (opts.modelMaxEntries ?? MODEL_MAX_ENTRIES);
  const mode = tooBig ? 'none' : (opts.model ?? 'background');
  if (mode === 'none') return { ...opened, modelReady: Promise.resolve(null) };
  // A cached model is attached before returning (one read, a few ms), so every caller ranks the same
  // way from the start; only training waits for idle time.
  const fresh = await attachCachedModel(db, opened.index).catch(() => null);
  const modelReady = fresh
    ? Promise.resolve(fresh)
    : trainFaqModel(db, opened.index, opts.train, opts.sliceMs).catch(() => opened.index.attachedModel);
  if (mode === 'wait') await modelReady;
  return { ...opened, modelReady };
}

async function openIndexOnly(db: ReplywiseDb): Promise<{ index: FaqIndex; fromCache: boolean }> {
  const cached = await db.settings.get(INDEX_CACHE_KEY);
  if (cached) {
    try {
      const index = FaqIndex.fromSnapshot(cached.value);
      const token = tokenOf(cached.value);
      if (token) TOKENS.set(index, token);
      return { index, fromCache: true };
    } catch {
      // A snapshot of another analyser version or a damaged one: rebuild below.
    }
  }
  // Read, build and cache in one transaction, so a write landing in between cannot leave a stale cache.
  const index = await writeTx(db, ['faqs', 'faqPicks', 'settings'], async () => {
    const entries = await db.faqs.toArray();
    const picks = await loadPicks(db);
    const built = FaqIndex.build(entries, picks);
    const token = newToken();
    TOKENS.set(built, token);
    await db.settings.put({ key: INDEX_CACHE_KEY, value: { ...built.snapshot(), token } });
    return built;
  });
  return { index, fromCache: false };
}

/**
 * Attach the cached model: returns it when it was made for this index's snapshot. A model made for an
 * earlier version of the FAQ is attached too (it still ranks the entries it knows better than BM25
 * alone; new entries get its no-evidence share) but returns null: a new one should be trained.
 */
async function attachCachedModel(db: ReplywiseDb, index: FaqIndex): Promise<IntentModel | null> {
  const token = TOKENS.get(index);
  const cached = await db.settings.get(MODEL_CACHE_KEY);
  const value = cached?.value as { token?: unknown; model?: unknown } | undefined;
  if (!value) return null;
  let model: IntentModel;
  try {
    model = IntentModel.fromSnapshot(value.model);
  } catch {
    return null; // Another model version or damaged: retrained.
  }
  index.attachModel(model);
  return token && value.token === token ? model : null;
}

/** Yield to the event loop: idle time where the platform has it, else a macrotask. */
function idle(): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  return new Promise((resolve) => (ric ? ric(() => resolve(), { timeout: 100 }) : setTimeout(resolve, 0)));
}

/**
 * Train the ranking model for `index` from its entries and picks in slices of about `sliceMs` of work
 * (yielding in between, so pages and the UI stay responsive), attach it, and cache it when the index
 * still matches the cached snapshot. Measured: 77 entries × 10 questions ≈ 0.2–0.4 s of work in total.
 */
export async function trainFaqModel(
  db: ReplywiseDb,
  index: FaqIndex,
  train: TrainOptions = {},
  sliceMs = 8,
): Promise<IntentModel> {
  const changes = index.changeCount;
  const examples = IntentModel.examplesOf(index.entries(), (id) => index.picksOf(id));
  const steps = IntentModel.trainSteps(examples, { sliceOps: 20_000, ...train });
  let model: IntentModel | undefined;
  while (!model) {
    const t0 = performance.now();
    do {
      const r = steps.next();
      if (r.done) {
        model = r.value;
        break;
      }
    } while (performance.now() - t0 < sliceMs);
    if (!model) await idle();
  }
  index.attachModel(model);
  const token = TOKENS.get(index);
  if (token && index.changeCount === changes) {
    const trained = model;
    await writeTx(db, ['settings'], async () => {
      const current = await db.settings.get(INDEX_CACHE_KEY);
      if (tokenOf(current?.value) === token)
        await db.settings.put({ key: MODEL_CACHE_KEY, value: { token, model: trained.snapshot() } });
    });
  }
  return model;
}
