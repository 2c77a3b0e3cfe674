/**
 * Language identification for short posts. First version: script and letter cues only; the classifier
 * issue replaces the internals (keeping this signature).
 */
import type { Lang } from '../../shared/types.ts';

export interface LangGuess {
  lang: Lang;
  /** 0..1 */
  confidence: number;
}

export function detectLanguage(text: string): LangGuess {
  if (/[ђћџљњј]/iu.test(text)) return { lang: 'sr', confidence: 0.9 };
  if (/[\p{Script=Cyrillic}]/u.test(text)) return { lang: 'ru', confidence: 0.6 };
  if (/[āēīūķļņģ]/iu.test(text)) return { lang: 'lv', confidence: 0.8 };
  if (/[ąęėįųū]/iu.test(text)) return { lang: 'lt', confidence: 0.8 };
  if (/[õäöü]/iu.test(text)) return { lang: 'et', confidence: 0.7 };
  if (/[ćčđšž]/iu.test(text)) return { lang: 'hr', confidence: 0.5 };
  if (/\b(the|and|is|my|you|not|why|how)\b/i.test(text)) return { lang: 'en', confidence: 0.6 };
  return { lang: 'und', confidence: 0 };
}
