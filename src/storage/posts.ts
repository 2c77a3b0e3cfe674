/**
 * Posts found in pages: stored deduplicated by site and post id (`key` = `${site}:${id}`). A post seen
 * again (X recycles DOM nodes, feeds reload) updates its text, engagement and classification but keeps
 * the agent's state, labels and clocks.
 */
import type { FoundPost } from '../shared/messages.ts';
import type { StoredPost } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';

export const postKey = (site: string, id: string): string => `${site}:${id}`;

/** The post's own time when it is plausible (not in the future, not older than 60 days), else `now`. */
export function receivedAtOf(time: string | null, now: number): number {
  if (!time) return now;
  const t = Date.parse(time);
  if (!Number.isFinite(t) || t > now + 5 * 60_000 || t < now - 60 * 86_400_000) return now;
  return t;
}

/** Insert or update found posts in one transaction; returns the stored rows in input order. */
export async function upsertFoundPosts(
  db: ReplywiseDb,
  posts: FoundPost[],
  now = Date.now(),
  seenIn?: StoredPost['seenIn'],
): Promise<StoredPost[]> {
  return writeTx(db, ['posts'], async () => {
    const keys = posts.map((p) => postKey(p.site, p.id));
    const existing = await db.posts.bulkGet(keys);
    const rows: StoredPost[] = posts.map((p, i) => {
      const old = existing[i];
      const key = keys[i] as string;
      if (old) {
        return {
          ...old,
          author: p.author || old.author,
          handle: p.handle || old.handle,
          text: p.text,
          url: p.url || old.url,
          time: p.time ?? old.time,
          parentId: p.parentId ?? old.parentId ?? null,
          engagement: p.engagement ?? old.engagement,
          lang: p.lang,
          kind: p.kind,
          complaint: p.complaint,
          score: p.score,
          urgency: Math.max(old.urgency, p.urgency) as StoredPost['urgency'],
          evidence: p.evidence,
          mentions: p.mentions,
          brandIds: p.brandIds,
          seenIn: seenIn ?? old.seenIn,
          updatedAt: now,
        };
      }
      return {
        ...p,
        parentId: p.parentId ?? null,
        key,
        state: 'new',
        receivedAt: receivedAtOf(p.time, now),
        firstSeenAt: now,
        updatedAt: now,
        ...(seenIn ? { seenIn } : {}),
      };
    });
    // Several copies of one post in a batch (recycled nodes): the last one wins, stored once.
    const unique = new Map(rows.map((r) => [r.key, r]));
    await db.posts.bulkPut([...unique.values()]);
    return rows.map((r) => unique.get(r.key) as StoredPost);
  });
}
