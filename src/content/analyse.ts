/**
 * From an extracted post to what the background stores: brand mentions (the compiled watchlist); the
 * classification is computed by the background (posts/seen): the classifier never runs on the page's main
 * thread. Posts that mention no brand are dropped, except comments under the brand's own posts (those are
 * addressed to the brand without naming it) and follow-ups by the author of a found post.
 */
import type { Matcher } from '../core/mentions/index.ts';
import type { FoundPost, SeenPost } from '../shared/messages.ts';
import type { Brand, ExtractedPost } from '../shared/types.ts';

export interface Analyser {
  /** Brand ids whose handles wrote this post (the brand's own posts and replies). */
  brandOf(post: ExtractedPost): string | null;
  /** Mentions and brand ids of a post, or null when the post is not for us. */
  mentions(post: ExtractedPost, parentBrand: string | null): Pick<FoundPost, 'mentions' | 'brandIds'> | null;
  /** The post as sent to the background (lengths capped as the message validators require). */
  seen(post: ExtractedPost, hit: Pick<FoundPost, 'mentions' | 'brandIds'>): SeenPost;
  readonly brandHandles: string[];
  /**
   * Cheap pre-check before extraction: `text` holds at least the post's text (the adapter's text element,
   * or the element's whole textContent), `names` the author's name and handle when the adapter gives them
   * apart. False means the post can neither mention a brand nor be written by one, so it need not be
   * extracted at all. The matcher's answer for `text` is kept: when the extracted text is the same
   * string, mentions() reuses it instead of matching the text again.
   */
  mightMatter(text: string, names?: string): boolean;
}

const norm = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

export function createAnalyser(brands: readonly Brand[], matcher: Matcher): Analyser {
  const handleToBrand = new Map<string, string>();
  for (const b of brands) for (const h of b.handles ?? []) handleToBrand.set(norm(h), b.id);
  /** The last pre-check's matcher answer (the matcher is a pure function of the text). */
  let last: { text: string; found: ReturnType<Matcher['find']> } | null = null;
  return {
    brandHandles: [...handleToBrand.keys()],
    mightMatter(text, names = '') {
      const found = matcher.find(text);
      last = { text, found };
      if (found.length > 0) return true;
      if (handleToBrand.size === 0) return false;
      const lower = text.toLowerCase();
      const lowerNames = names.toLowerCase();
      for (const h of handleToBrand.keys()) if (lower.includes(h) || lowerNames.includes(h)) return true;
      return false;
    },
    brandOf(post) {
      return handleToBrand.get(norm(post.handle)) ?? null;
    },
    mentions(post, parentBrand) {
      const mentions = !post.text ? [] : last?.text === post.text ? last.found : matcher.find(post.text);
      const brandIds: string[] = [];
      for (const m of mentions) if (!brandIds.includes(m.brand)) brandIds.push(m.brand);
      if (parentBrand && !brandIds.includes(parentBrand)) brandIds.push(parentBrand);
      if (brandIds.length === 0) return null;
      return { mentions: mentions.slice(0, 200), brandIds };
    },
    seen(post, hit) {
      const text = post.text.slice(0, 100_000);
      return {
        site: post.site,
        id: post.id,
        author: post.author.slice(0, 512),
        handle: post.handle.slice(0, 512),
        text,
        url: post.url.slice(0, 4096),
        time: post.time,
        parentId: post.parentId ?? null,
        ...(post.engagement ? { engagement: post.engagement } : {}),
        mentions: hit.mentions.filter((m) => m.end <= text.length),
        brandIds: hit.brandIds,
      };
    },
  };
}
