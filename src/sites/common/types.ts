/**
 * What every site adapter provides. An adapter is the only place that knows a site's markup:
 * named selectors (selectors.ts), a pure extractor (extract.ts) and where its reply box is (reply-box.ts).
 */
import type { ExtractedPost, Platform } from '../../shared/types.ts';

/** Named selectors: each name has alternatives (stable hooks first, then old and new layouts). */
export type SelectorMap = Readonly<Record<string, readonly string[]>>;

export interface ExtractOptions {
  /** The brand's own handles (with or without @, any case): posts by them get `byBrand: true`. */
  brandHandles?: readonly string[];
}

/** The kinds of editor a reply box can be; each has an insertion strategy in src/content/editors/. */
export type EditorKind = 'draft' | 'lexical' | 'prosemirror' | 'quill' | 'contenteditable' | 'textarea';

export interface ReplyBoxStrategy {
  /** Editor kinds to try, in order (the first is the site's own editor). */
  editors: readonly EditorKind[];
  /** The open reply box for this post, if there is one. */
  find(post: Element): HTMLElement | null;
  /** The button that opens the reply box (clicked when find() returns null). */
  opener(post: Element): HTMLElement | null;
}

export interface SiteAdapter {
  site: Platform;
  selectors: SelectorMap;
  /** One selector (alternatives joined) that matches every post or comment element of this site. */
  postSelector: string;
  /** The site's post id of one post element, cheap enough to call on every DOM change. */
  postIdOf(el: Element, url: string): string | null;
  extractPosts(root: ParentNode, url: string, options?: ExtractOptions): ExtractedPost[];
  /**
   * The post of one post element (what extractPosts(el) gives for el itself), without looking for posts
   * nested in it: the content script's per-element path. Optional; absent, extractPosts is used.
   */
  extractPost?(el: Element, url: string, options?: ExtractOptions): ExtractedPost | null;
  /**
   * Does the page at `url` show threads (posts with their comments or replies, parents extracted)? Absent:
   * always. X shows threads only on a status page; its timelines have no parents.
   */
  threadedAt?(url: string): boolean;
  /**
   * The texts the content script's pre-check reads instead of the post's whole textContent: `text` is
   * the element extraction reads the post's text from (a superset filter: every brand mention in the
   * extracted text must be in it), `names` the author's name and handle. Null when the element does not
   * have that shape (the whole textContent is read then). Optional; absent, the whole textContent.
   */
  precheck?(el: Element): { text: string; names: string } | null;
  replyBox: ReplyBoxStrategy;
}
