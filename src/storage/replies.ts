/**
 * Replies the agent sent (inserted into the page or copied), each with its time. Recording one also
 * marks the post answered, counts the FAQ entry's use and remembers which entry answered which text
 * (faqPicks strengthen suggestions on this machine), all in one transaction, so the statistics and the
 * inbox never disagree.
 */
import { answer, hold } from '../core/deadlines/state.ts';
import type { Policy, ReplyRecord, StoredPost } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';
import { recordPick, recordUse } from './faqs.ts';

export interface NewReply {
  postKey: string;
  text: string;
  method: ReplyRecord['method'];
  faqId?: string;
  /** A holding reply ("we're checking, back by 15:00"): the post is held until then, not answered. */
  holdUntil?: number;
}

export class ReplyError extends Error {
  override name = 'ReplyError';
}

/** Variables left unfilled ("{{author}}"): such a reply must never be sent. */
export const UNFILLED = /\{\{\s*[^{}]*?\s*\}\}/;

/**
 * Record a sent reply at `now`. The post becomes `answered` (unless it was dismissed), keeping the first
 * `answeredAt`; a holding reply makes it `held` instead (with `policy`, the follow-up clock is computed).
 * The reply keeps the response time from the post's arrival for the statistics. A reply whose hold time
 * is not in the future is refused before anything is written.
 */
export async function recordReply(
  db: ReplywiseDb,
  reply: NewReply,
  now = Date.now(),
  policy?: Policy,
): Promise<ReplyRecord> {
  const text = reply.text.trim();
  if (!text) throw new ReplyError('The reply is empty.');
  if (UNFILLED.test(text)) throw new ReplyError('The reply still has an unfilled {{…}} variable.');
  return writeTx(db, ['posts', 'replies', 'faqs', 'faqPicks', 'settings'], async () => {
    const post = await db.posts.get(reply.postKey);
    if (!post) throw new ReplyError('That post is no longer stored.');
    const record: ReplyRecord = {
      postKey: post.key,
      text,
      method: reply.method,
      at: now,
      platform: post.site,
      responseMs: Math.max(0, now - post.receivedAt),
    };
    if (reply.faqId) record.faqId = reply.faqId;
    if (post.brandIds[0]) record.brandId = post.brandIds[0];
    record.id = (await db.replies.add(record)) as number;
    if (post.state !== 'dismissed') {
      // The deadline module's transitions: a holding reply holds the post (a follow-up is due at
      // `holdUntil`), any other reply answers it.
      const patch =
        reply.holdUntil !== undefined ? hold(post, reply.holdUntil, now, policy) : answer(post, now);
      await db.posts.put({ ...post, ...patch, updatedAt: now } as StoredPost);
    }
    // The FAQ repository's own bookkeeping (usage count, the pick that strengthens suggestions, and the
    // index cache it invalidates), nested in this transaction.
    if (reply.faqId && (await recordUse(db, reply.faqId, now)))
      await recordPick(db, { faqId: reply.faqId, text: post.text, lang: post.lang }, now);
    return record;
  });
}

/** The agent's most recent replies, newest first (for the tone check's repetition test). */
export async function recentReplies(db: ReplywiseDb, limit = 20): Promise<ReplyRecord[]> {
  return db.replies.orderBy('at').reverse().limit(limit).toArray();
}

/** Replies to one post, oldest first. */
export async function repliesFor(db: ReplywiseDb, postKey: string): Promise<ReplyRecord[]> {
  const rows = await db.replies.where('postKey').equals(postKey).toArray();
  return rows.sort((a, b) => a.at - b.at);
}

/** Replies in [from, to), oldest first (statistics). */
export async function repliesBetween(db: ReplywiseDb, from: number, to: number): Promise<ReplyRecord[]> {
  return db.replies.where('at').between(from, to, true, false).toArray();
}

/** A reply by one of the brand's handles, seen on a page under a stored post. */
export interface SeenReplyInput {
  /** The site's id of the reply. */
  siteReplyId: string;
  text: string;
  /** When it was written (the page's time, else when it was first seen). */
  at: number;
}

/**
 * Record a brand reply seen on a page, once per site reply id, inside the caller's transaction (tables
 * posts and replies). An inserted or copied reply to the same post that is not linked to a site reply yet
 * and is not later than the seen one (plus 10 minutes of clock skew) is the same reply, now sent: it is
 * linked instead of being counted twice. Returns the record, or null when this reply was recorded before.
 * The post's state is the caller's business (see applyThreadActivity in posts-deadlines.ts).
 */
export async function recordSeenReply(
  db: ReplywiseDb,
  post: StoredPost,
  reply: SeenReplyInput,
): Promise<ReplyRecord | null> {
  const rows = await db.replies.where('postKey').equals(post.key).toArray();
  if (rows.some((r) => r.siteReplyId === reply.siteReplyId)) return null;
  const sent = rows
    .filter((r) => r.method !== 'seen' && !r.siteReplyId && r.at <= reply.at + 10 * 60_000)
    .sort((a, b) => b.at - a.at)[0];
  if (sent) {
    const linked = { ...sent, siteReplyId: reply.siteReplyId };
    await db.replies.put(linked);
    return linked;
  }
  const record: ReplyRecord = {
    postKey: post.key,
    text: reply.text.trim().slice(0, 10_000),
    method: 'seen',
    siteReplyId: reply.siteReplyId,
    at: reply.at,
    platform: post.site,
    responseMs: Math.max(0, reply.at - post.receivedAt),
  };
  if (post.brandIds[0]) record.brandId = post.brandIds[0];
  record.id = (await db.replies.add(record)) as number;
  return record;
}

/** The brand reply with this site id on `site`, if one was recorded (threads hang follow-ups under it). */
export async function seenReplyById(
  db: ReplywiseDb,
  site: StoredPost['site'],
  siteReplyId: string,
): Promise<ReplyRecord | undefined> {
  return db.replies
    .where('platform')
    .equals(site)
    .filter((r) => r.siteReplyId === siteReplyId)
    .first();
}
