/**
 * The agent's classifier corrections ("complaint" / "not a complaint") in the v1 `labels` table, and the
 * learned state derived from them (core/signals/learn.ts), cached in `settings` under `classifier:model`.
 *
 * The labels are the source of truth; the cached state carries a stamp (count and latest time of the labels
 * it was built from). Whoever writes labels (this module, or ui/actions.ts `correct()`), the next
 * `loadModelState()` notices a stale stamp and replays the labels, oldest first, so state and labels never
 * drift apart. A correction saved here updates the cache in the same transaction (one online step).
 */
import { emptyState, type LearnedState, learn, replay, validState } from '../core/signals/index.ts';
import { type LabelRecord, type ReplywiseDb, writeTx } from './db.ts';

export const MODEL_KEY = 'classifier:model';

/** Most corrections replayed: the oldest beyond this are ignored (the agent's recent view wins). */
export const MAX_REPLAY = 5000;

interface CachedModel {
  stamp: string;
  state: LearnedState;
}

function stampOf(labels: LabelRecord[]): string {
  let max = 0;
  for (const l of labels) if (l.at > max) max = l.at;
  return `${labels.length}:${max}`;
}

function validLabel(l: LabelRecord): boolean {
  return (
    typeof l?.text === 'string' &&
    (l.label === 'complaint' || l.label === 'not-complaint') &&
    typeof l.at === 'number'
  );
}

/** All corrections, oldest first. */
export async function listLabels(db: ReplywiseDb): Promise<LabelRecord[]> {
  const rows = await db.labels.orderBy('at').toArray();
  return rows.filter(validLabel);
}

function rebuild(labels: LabelRecord[]): LearnedState {
  return replay(
    labels.slice(-MAX_REPLAY).map((l) => ({ text: l.text, label: l.label, lang: l.lang || undefined })),
  );
}

/**
 * Save (or replace) the correction for a post and update the learned state. Replacing an existing label
 * of the post rebuilds the state from all labels (an online step cannot be undone exactly).
 */
export async function saveLabel(
  db: ReplywiseDb,
  input: { postKey: string; text: string; lang?: string; label: 'complaint' | 'not-complaint' },
  now = Date.now(),
): Promise<LearnedState> {
  if (typeof input.postKey !== 'string' || input.postKey === '') throw new TypeError('postKey is required');
  if (typeof input.text !== 'string') throw new TypeError('text must be a string');
  if (input.label !== 'complaint' && input.label !== 'not-complaint')
    throw new TypeError('label must be "complaint" or "not-complaint"');
  return writeTx(db, ['labels', 'settings'], async () => {
    const old = await db.labels.get(input.postKey);
    const before = await listLabels(db);
    const cached = (await db.settings.get(MODEL_KEY))?.value as CachedModel | undefined;
    const record: LabelRecord = {
      postKey: input.postKey,
      text: input.text,
      lang: input.lang ?? 'und',
      label: input.label,
      at: now,
    };
    await db.labels.put(record);
    const after = await listLabels(db);
    let state: LearnedState;
    const cachedState = cached && cached.stamp === stampOf(before) ? validState(cached.state) : null;
    if (!old && cachedState && after.length <= MAX_REPLAY)
      state = learn(
        cachedState,
        record.text,
        record.label,
        record.lang !== 'und' ? { lang: record.lang } : {},
      );
    else state = rebuild(after);
    await db.settings.put({ key: MODEL_KEY, value: { stamp: stampOf(after), state } satisfies CachedModel });
    return state;
  });
}

/** Remove the correction of a post (undo) and rebuild the learned state. */
export async function deleteLabel(db: ReplywiseDb, postKey: string): Promise<LearnedState> {
  return writeTx(db, ['labels', 'settings'], async () => {
    await db.labels.delete(postKey);
    const after = await listLabels(db);
    const state = rebuild(after);
    await db.settings.put({ key: MODEL_KEY, value: { stamp: stampOf(after), state } satisfies CachedModel });
    return state;
  });
}

/**
 * The learned state for classify({model}). Rebuilt from the labels (and cached) when the cache is missing,
 * invalid or older than the labels.
 */
export async function loadModelState(db: ReplywiseDb): Promise<LearnedState> {
  const labels = await listLabels(db);
  const cached = (await db.settings.get(MODEL_KEY))?.value as CachedModel | undefined;
  const stamp = stampOf(labels);
  if (cached && cached.stamp === stamp) {
    const s = validState(cached.state);
    if (s) return s;
  }
  if (labels.length === 0) return emptyState();
  const state = rebuild(labels);
  await writeTx(db, ['settings'], async () => {
    await db.settings.put({ key: MODEL_KEY, value: { stamp, state } satisfies CachedModel });
  });
  return state;
}

/** Forget everything learned on this machine: delete all corrections and the cached state. */
export async function resetLearning(db: ReplywiseDb): Promise<void> {
  await writeTx(db, ['labels', 'settings'], async () => {
    await db.labels.clear();
    await db.settings.delete(MODEL_KEY);
  });
}
