/**
 * Reply length as each platform counts it.
 *
 * X (twitter-text v3 rules): every URL counts 23 characters whatever its length (t.co wrapping); an
 * emoji sequence counts 2; code points in the Latin, Greek, Cyrillic and general-punctuation ranges count 1
 * and all others (CJK, …) count 2. The other platforms count characters (code points).
 */
import type { Platform } from '../../shared/types.ts';
import { type Token, tokenize } from '../text/index.ts';

/** Hard limits of a reply or comment per platform (characters). `draugiem` and `web`: no known limit. */
export const PLATFORM_LIMITS: Partial<Record<Platform, number>> = {
  x: 280,
  instagram: 2200,
  facebook: 8000,
  linkedin: 1250,
  youtube: 10000,
  reddit: 10000,
  vk: 4096,
};

export const X_URL_LENGTH = 23;

function xWeight(cp: number): number {
  if (cp <= 0x10ff) return 1;
  if (cp >= 0x2000 && cp <= 0x200d) return 1;
  if (cp >= 0x2010 && cp <= 0x201f) return 1;
  if (cp >= 0x2032 && cp <= 0x2037) return 1;
  return 2;
}

export interface Counted {
  /** The length as the platform counts it. */
  length: number;
  /** The UTF-16 offset where the text stops fitting in `count` (the part past a limit starts there). */
  offsetAt(count: number): number;
}

/** Count `text` as `platform` does (`tokens`: tokenize(text), if at hand). */
export function countLength(
  text: string,
  platform: Platform | undefined,
  tokens?: readonly Token[],
): Counted {
  // Each entry: [count after this piece, UTF-16 end offset of this piece].
  const marks: [number, number][] = [];
  let count = 0;
  let i = 0;
  const special =
    platform === 'x'
      ? (tokens ?? tokenize(text)).filter((t) => t.kind === 'url' || t.kind === 'emoji')
      : ([] as Token[]);
  let k = 0;
  while (i < text.length) {
    const tok = special[k];
    if (tok && tok.start === i) {
      count += tok.kind === 'url' ? X_URL_LENGTH : 2;
      i = tok.end;
      k++;
      marks.push([count, i]);
      continue;
    }
    if (tok && tok.start < i) {
      k++;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const w = cp > 0xffff ? 2 : 1;
    count += platform === 'x' ? xWeight(cp) : 1;
    i += w;
    marks.push([count, i]);
  }
  return {
    length: count,
    offsetAt(n: number): number {
      // The end of the last piece whose cumulative count stays within n (binary search).
      let lo = 0;
      let hi = marks.length - 1;
      let ans = 0;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = marks[mid] as [number, number];
        if (m[0] <= n) {
          ans = m[1];
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return ans;
    },
  };
}

/** The limit in force: the platform's hard limit and the voice's own limit, whichever is smaller. */
export function lengthLimit(
  platform: Platform | undefined,
  voiceMax: number | undefined,
): { limit: number; source: 'platform' | 'voice' } | undefined {
  const p = platform ? PLATFORM_LIMITS[platform] : undefined;
  if (voiceMax !== undefined && (p === undefined || voiceMax < p))
    return { limit: voiceMax, source: 'voice' };
  if (p !== undefined) return { limit: p, source: 'platform' };
  return undefined;
}
