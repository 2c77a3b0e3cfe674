/**
 * The typed message map: every message between content scripts, the background service worker and
 * the extension's pages. `send()` and `handle()` are generic over this map, so a wrong payload is a
 * compile error, and the background validates every payload at run time as well (page content is hostile
 * and a compromised renderer can send anything).
 *
 * Wire format: { type, payload } → { ok: true, data } | { ok: false, error }.
 */
import type {
  Brand,
  Classification,
  Engagement,
  Kind,
  Mention,
  Platform,
  PostState,
  UiLang,
} from './types.ts';
import { PLATFORMS } from './types.ts';
import { arr, bool, nullable, num, obj, oneOf, optional, str, type Validator } from './validate.ts';

/** Where a message may come from: a content script in a tab, or one of our own pages (popup, side panel). */
export type Origin = 'content' | 'extension';

export interface FoundPost extends Classification {
  site: Platform;
  id: string;
  author: string;
  handle: string;
  text: string;
  url: string;
  time: string | null;
  parentId?: string | null;
  engagement?: Engagement;
  mentions: Mention[];
  brandIds: string[];
}

/** A post that mentions a brand as the content script extracted it: the background classifies it (posts/seen). */
export type SeenPost = Omit<FoundPost, keyof Classification>;

/** A reply by one of the brand's handles, seen under a post. */
export interface SeenReply {
  site: Platform;
  parentId: string;
  replyId: string;
  time: string | null;
  /** The reply's text, recorded in the replies table (cut to 10,000 characters). */
  text?: string;
}

export interface PostMark {
  key: string;
  state: PostState;
  dueAt?: number;
  warnAt?: number;
}

export interface InsertResult {
  ok: boolean;
  /** Which strategy put the text in (paste, beforeinput, execCommand, value), or 'clipboard'. */
  method: string;
  /** A sentence for the agent when it did not work as hoped (English; kept for older callers). */
  message?: string;
  /** The same sentence as a key of `_locales/<lang>/messages.json`, for the UI to show in its language. */
  messageKey?: string;
  /** Positional substitutions ($1, $2…) for `messageKey`. */
  params?: string[];
}

export interface MessageMap {
  /** Content script start-up: is this site on, and what to look for. */
  'content/hello': {
    request: { site: Platform; url: string };
    /** `uiLang`: the agent's UI language, for the words on the marks (absent: the browser's). */
    response: { enabled: boolean; brands: Brand[]; uiLang?: UiLang };
  };
  /** Posts found (and classified) in the page: stored deduplicated; marks come back for the badges. */
  'posts/found': { request: { posts: FoundPost[] }; response: { marks: PostMark[] } };
  /**
   * Classify posts that mention a brand. The classifier runs in the service worker, not on the page's main
   * thread (it costs ~0.4 ms a post and builds its tables on first use): the content script stays light.
   */
  'posts/classify': {
    request: { posts: { text: string; engagement?: Engagement }[] };
    response: { results: Classification[] };
  };
  /** A reply written by one of the brand's handles was seen under a post. */
  'posts/brand-replied': {
    request: SeenReply;
    response: { answered: string[] };
  };
  /**
   * One round trip per batch from the content script: posts that mention a brand (classified and stored by
   * the background: the classifier never runs on the page) and the brand's replies seen on the page
   * (recorded; their posts answered). A customer writing again in an answered thread reopens it.
   * `classes` follows the order of `posts`; `marks` covers the posts and every post whose state changed.
   */
  'posts/seen': {
    request: { posts: SeenPost[]; replies?: SeenReply[] };
    response: { classes: { kind: Kind; urgency: 0 | 1 | 2 | 3 }[]; marks: PostMark[] };
  };
  /** The UI asks to show a post in its tab (focus it when open). */
  'post/open': { request: { key: string }; response: { tabId: number | null } };
  /** The UI asks to insert a reply into the post's reply box in its tab. */
  'reply/insert': { request: { key: string; text: string }; response: InsertResult };
  /** Settings changed (policy, brands): recompute deadlines, re-arm alarms, refresh the badge. */
  'deadlines/refresh': { request: Record<string, never>; response: { armed: number } };
  /** Liveness check used by the tests and the UI. */
  ping: { request: Record<string, never>; response: { pong: true; startedAt: number } };
}

/** Messages the background sends to a tab's content script. */
export interface TabMessageMap {
  'page/insert-reply': { request: { postId: string; text: string }; response: InsertResult };
  'page/marks': { request: { marks: PostMark[] }; response: { drawn: number } };
}

export type MessageType = keyof MessageMap;
export type Req<T extends MessageType> = MessageMap[T]['request'];
export type Res<T extends MessageType> = MessageMap[T]['response'];

export type Envelope<T extends string = string> = { type: T; payload: unknown };
export type Reply<R> = { ok: true; data: R } | { ok: false; error: string };

const platform = oneOf(PLATFORMS);
const MAX_TEXT = 100_000;
const span = { start: num({ min: 0, int: true }), end: num({ min: 0, int: true }) };

const seenFields = {
  site: platform,
  id: str({ min: 1, max: 512 }),
  author: str({ max: 512 }),
  handle: str({ max: 512 }),
  text: str({ max: MAX_TEXT }),
  url: str({ max: 4096 }),
  time: nullable(str({ max: 64 })),
  parentId: optional(nullable(str({ max: 512 }))),
  engagement: optional(
    obj({
      replies: optional(num({ min: 0 })),
      reposts: optional(num({ min: 0 })),
      likes: optional(num({ min: 0 })),
      views: optional(num({ min: 0 })),
    }),
  ),
  mentions: arr(obj({ ...span, brand: str({ max: 200 }), text: str({ max: 1000 }) }), { max: 200 }),
  brandIds: arr(str({ max: 200 }), { max: 50 }),
};

const seenPost: Validator<SeenPost> = obj(seenFields) as Validator<SeenPost>;

const foundPost: Validator<FoundPost> = obj({
  ...seenFields,
  lang: str({ max: 8 }),
  kind: oneOf(['complaint', 'question', 'praise', 'other'] as const),
  complaint: bool,
  score: num({ min: 0, max: 1 }),
  urgency: (v, p) => num({ min: 0, max: 3, int: true })(v, p) as 0 | 1 | 2 | 3,
  evidence: arr(obj({ ...span, cue: str({ max: 200 }) }), { max: 200 }),
}) as Validator<FoundPost>;

const seenReply: Validator<SeenReply> = obj({
  site: platform,
  parentId: str({ min: 1, max: 512 }),
  replyId: str({ min: 1, max: 512 }),
  time: nullable(str({ max: 64 })),
  text: optional(str({ max: 10_000 })),
}) as Validator<SeenReply>;

/** Run-time validators for each message the background receives, and who may send it. */
export const REQUEST_SCHEMAS: { [T in MessageType]: { from: Origin[]; validate: Validator<Req<T>> } } = {
  'content/hello': { from: ['content'], validate: obj({ site: platform, url: str({ max: 4096 }) }) },
  'posts/found': { from: ['content'], validate: obj({ posts: arr(foundPost, { max: 500 }) }) },
  'posts/classify': {
    from: ['content'],
    validate: obj({
      posts: arr(
        obj({
          text: str({ max: MAX_TEXT }),
          engagement: optional(
            obj({
              replies: optional(num({ min: 0 })),
              reposts: optional(num({ min: 0 })),
              likes: optional(num({ min: 0 })),
              views: optional(num({ min: 0 })),
            }),
          ),
        }),
        { max: 500 },
      ),
    }),
  },
  'posts/brand-replied': { from: ['content'], validate: seenReply },
  'posts/seen': {
    from: ['content'],
    validate: obj({
      posts: arr(seenPost, { max: 500 }),
      replies: optional(arr(seenReply, { max: 500 })),
    }) as Validator<Req<'posts/seen'>>,
  },
  'post/open': { from: ['extension'], validate: obj({ key: str({ min: 1, max: 1100 }) }) },
  'reply/insert': {
    from: ['extension'],
    validate: obj({ key: str({ min: 1, max: 1100 }), text: str({ min: 1, max: 20_000 }) }),
  },
  'deadlines/refresh': { from: ['extension'], validate: obj({}) as Validator<Record<string, never>> },
  ping: { from: ['extension', 'content'], validate: obj({}) as Validator<Record<string, never>> },
};

export const isMessageType = (t: unknown): t is MessageType =>
  typeof t === 'string' && Object.hasOwn(REQUEST_SCHEMAS, t);
