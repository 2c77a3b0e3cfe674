/**
 * From an extracted post to what the background stores: brand mentions (the compiled watchlist) and
 * the classification (loaded lazily: most pages never need it). Posts that mention no brand are dropped,
 * except comments under the brand's own posts (those are addressed to the brand without naming it).
 */
import type { Matcher } from '../core/mentions/index.ts';
import type { FoundPost } from '../shared/messages.ts';
import type { Brand, Classification, Engagement, ExtractedPost } from '../shared/types.ts';

export type Classify = (text: string, opts: { engagement?: Engagement }) => Classification;

export interface Analyser {
  /** Brand ids whose handles wrote this post (the brand's own posts and replies). */
  brandOf(post: ExtractedPost): string | null;
  /** Mentions and brand ids of a post, or null when the post is not for us. */
  mentions(post: ExtractedPost, parentBrand: string | null): Pick<FoundPost, 'mentions' | 'brandIds'> | null;
  found(post: ExtractedPost, hit: Pick<FoundPost, 'mentions' | 'brandIds'>, classify: Classify): FoundPost;
  readonly brandHandles: string[];
}

const norm = (h: string) => h.trim().replace(/^@/, '').toLowerCase();

export function createAnalyser(brands: readonly Brand[], matcher: Matcher): Analyser {
  const handleToBrand = new Map<string, string>();
  for (const b of brands) for (const h of b.handles ?? []) handleToBrand.set(norm(h), b.id);
  return {
    brandHandles: [...handleToBrand.keys()],
    brandOf(post) {
      return handleToBrand.get(norm(post.handle)) ?? null;
    },
    mentions(post, parentBrand) {
      const mentions = post.text ? matcher.find(post.text) : [];
      const brandIds: string[] = [];
      for (const m of mentions) if (!brandIds.includes(m.brand)) brandIds.push(m.brand);
      if (parentBrand && !brandIds.includes(parentBrand)) brandIds.push(parentBrand);
      if (brandIds.length === 0) return null;
      return { mentions: mentions.slice(0, 200), brandIds };
    },
    found(post, hit, classify) {
      const c = classify(post.text, post.engagement ? { engagement: post.engagement } : {});
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
        lang: c.lang,
        kind: c.kind,
        complaint: c.complaint,
        score: c.score,
        urgency: c.urgency,
        evidence: c.evidence.slice(0, 200),
        mentions: hit.mentions.filter((m) => m.end <= text.length),
        brandIds: hit.brandIds,
      };
    },
  };
}
