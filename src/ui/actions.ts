/**
 * What the agent does to posts from the inbox: mark answered, not relevant, snooze (with a reason), and
 * correct the classifier. Each returns an undo that restores the rows exactly as they were. After a
 * change the background is asked to recompute deadlines and the badge (best effort: the change itself is
 * already saved).
 */
// state.ts directly: the deadlines index also pulls in the iCal parser, which the inbox does not need.
import { answer, isTerminal, snooze, unsnooze } from '../core/deadlines/state.ts';
import { send } from '../shared/runtime.ts';
import type { StoredPost } from '../shared/types.ts';
import { getDb, writeTx } from '../storage/db.ts';
import { t } from './i18n.ts';

export type Undo = () => Promise<void>;

function refresh(): void {
  send('deadlines/refresh', {}).catch(() => undefined);
}

async function updatePosts(keys: readonly string[], change: (p: StoredPost) => StoredPost): Promise<Undo> {
  const db = await getDb();
  const before = await writeTx(db, ['posts'], async () => {
    const rows = (await db.posts.bulkGet([...keys])).filter((p): p is StoredPost => p !== undefined);
    await db.posts.bulkPut(rows.map(change));
    return rows;
  });
  refresh();
  return async () => {
    await writeTx(db, ['posts'], async () => {
      await db.posts.bulkPut(before);
    });
    refresh();
  };
}

/** Answered outside the composer (e.g. in the site's own app): the deadline module's transition. */
export function markAnswered(keys: readonly string[], now = Date.now()): Promise<Undo> {
  return updatePosts(keys, (p) =>
    p.state === 'dismissed' ? p : ({ ...p, ...answer(p, now), updatedAt: now } as StoredPost),
  );
}

export function markNotRelevant(keys: readonly string[], now = Date.now()): Promise<Undo> {
  return updatePosts(keys, (p) => ({ ...p, state: 'dismissed', updatedAt: now }));
}

/**
 * Snooze with a reason (required). Validated for every post first (TransitionError names the problem),
 * so nothing is written when one of them cannot be snoozed; answered or dismissed posts are skipped.
 */
export async function snoozePosts(
  keys: readonly string[],
  until: number,
  reason: string,
  now = Date.now(),
): Promise<Undo> {
  return updatePosts(keys, (p) =>
    isTerminal(p.state) ? p : ({ ...p, ...snooze(p, until, reason, now), updatedAt: now } as StoredPost),
  );
}

/** Reopen posts: a snoozed one wakes, an answered or dismissed one becomes new again. */
export function reopen(keys: readonly string[], now = Date.now()): Promise<Undo> {
  return updatePosts(keys, (p) => {
    const base: StoredPost = isTerminal(p.state) ? { ...p, state: 'new' } : p;
    return { ...base, ...unsnooze(base, now), updatedAt: now } as StoredPost;
  });
}

/**
 * The agent's correction "complaint" / "not a complaint": kept on the post (shown in the inbox) and saved
 * through the labels repository, which updates what the classifier learned on this machine.
 */
export async function correct(
  key: string,
  label: 'complaint' | 'not-complaint',
  now = Date.now(),
): Promise<Undo> {
  // Loaded on use: the labels repository brings the classifier, which the inbox's first paint does not need.
  const { deleteLabel, saveLabel } = await import('../storage/labels.ts');
  const db = await getDb();
  const post = await db.posts.get(key);
  if (!post) throw new Error(t('postGone'));
  const oldLabel = await db.labels.get(key);
  await saveLabel(db, { postKey: key, text: post.text, lang: post.lang, label }, now);
  await db.posts.update(key, { userLabel: label, updatedAt: now });
  return async () => {
    if (oldLabel)
      await saveLabel(
        db,
        { postKey: key, text: oldLabel.text, lang: oldLabel.lang, label: oldLabel.label },
        oldLabel.at,
      );
    else await deleteLabel(db, key);
    await writeTx(db, ['posts'], async () => {
      const cur = await db.posts.get(key);
      if (!cur) return;
      const next: StoredPost = { ...cur };
      if (post.userLabel) next.userLabel = post.userLabel;
      else delete next.userLabel;
      await db.posts.put(next);
    });
  };
}
