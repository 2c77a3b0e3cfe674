/**
 * Replies the agent sent (inserted into the page or copied), each with its time. Recording one also
 * marks the post answered, counts the FAQ entry's use and remembers which entry answered which text
 * (faqPicks strengthen suggestions on this machine), all in one transaction, so the statistics and the
 * inbox never disagree.
 */
import type { ReplyRecord, StoredPost } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';

export interface NewReply {
  postKey: string;
  text: string;
  method: ReplyRecord['method'];
  faqId?: string;
}

export class ReplyError extends Error {
  override name = 'ReplyError';
}

/** Variables left unfilled ("{{author}}"): such a reply must never be sent. */
export const UNFILLED = /\{\{\s*[^{}]*?\s*\}\}/;

/**
 * Record a sent reply at `now`. The post becomes `answered` (unless it was dismissed), with `answeredAt`;
 * the reply keeps the response time from the post's arrival for the statistics.
 */
export async function recordReply(db: ReplywiseDb, reply: NewReply, now = Date.now()): Promise<ReplyRecord> {
  const text = reply.text.trim();
  if (!text) throw new ReplyError('The reply is empty.');
  if (UNFILLED.test(text)) throw new ReplyError('The reply still has an unfilled {{…}} variable.');
  return writeTx(db, ['posts', 'replies', 'faqs', 'faqPicks'], async () => {
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
    const changes: Partial<StoredPost> = { updatedAt: now };
    if (post.state !== 'dismissed') {
      changes.state = 'answered';
      // The first answer is what the response-time statistics measure: keep it.
      changes.answeredAt = post.answeredAt ?? now;
    }
    await db.posts.update(post.key, changes);
    if (reply.faqId) {
      const faq = await db.faqs.get(reply.faqId);
      if (faq) {
        await db.faqs.update(faq.id, { usageCount: (faq.usageCount ?? 0) + 1, lastUsedAt: now });
        await db.faqPicks.add({ faqId: faq.id, text: post.text, lang: post.lang, at: now });
      }
    }
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
