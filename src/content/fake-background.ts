/** Test helper: a stand-in for the background's posts/seen handler (used by the content script's tests). */
import { classify } from '../core/signals/index.ts';
import type { FoundPost, PostMark, SeenReply } from '../shared/messages.ts';
import type { Classification } from '../shared/types.ts';
import type { SendSeen } from './scanner.ts';

/**
 * A stand-in for the background's posts/seen handler: classifies with the real classifier, records what
 * was sent, answers with a mark per post (new, due in 25 minutes) and "answered" for each brand reply's
 * parent. `fail` makes the next n messages fail (a restarting service worker).
 */
export function fakeBackground(now: () => number = Date.now) {
  const found: FoundPost[] = [];
  const replies: SeenReply[] = [];
  /** Posts per message. */
  const messages: number[] = [];
  const state = { fail: 0 };
  const sendSeen: SendSeen = async (posts, rs) => {
    if (state.fail > 0) {
      state.fail--;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    const classes = posts.map((p) => classify(p.text, p.engagement ? { engagement: p.engagement } : {}));
    found.push(...posts.map((p, i) => ({ ...p, ...(classes[i] as Classification) })));
    replies.push(...rs);
    messages.push(posts.length);
    const marks: PostMark[] = posts.map((p) => ({
      key: `${p.site}:${p.id}`,
      state: 'new',
      dueAt: now() + 25 * 60_000,
    }));
    for (const r of rs) marks.push({ key: `${r.site}:${r.parentId}`, state: 'answered' });
    return { classes: classes.map((c) => ({ kind: c.kind, urgency: c.urgency })), marks };
  };
  return { found, replies, messages, sendSeen, state };
}
