/**
 * Variant rotation: an entry's answer and its variants are phrasings of one reply. Using the entry
 * again proposes the phrasing used least recently (never used first, then the oldest use; ties go to
 * the earlier phrasing), so the same customer-facing text does not repeat. Deterministic: the same
 * history always gives the same choice.
 *
 * History comes from the replies the agent sent (ReplyRecord: faqId, text, at). A reply's text is the
 * filled-in template, so the phrasing it came from is recognised by word overlap with each phrasing
 * (template variables removed), unless the caller recorded the variant number itself.
 */
import type { FaqEntry } from '../../shared/types.ts';
import { words } from '../text/index.ts';

export interface VariantUse {
  faqId?: string | undefined;
  /** Index into phrasings(entry) when known. */
  variant?: number | undefined;
  /** The sent text (used to recognise the phrasing when `variant` is absent). */
  text?: string | undefined;
  at: number;
}

/** The entry's phrasings: the answer first, then its variants (duplicates removed). */
export function phrasings(entry: FaqEntry): string[] {
  const out = [entry.answer];
  for (const v of entry.variants ?? []) if (v.trim() !== '' && !out.includes(v)) out.push(v);
  return out;
}

function wordSet(text: string): Set<string> {
  return new Set(words(text.replace(/\{\{\s*\w+\s*\}\}/g, ' ')));
}

/** Which phrasing a sent text came from (best word overlap, Dice coefficient), or -1 when none fits. */
export function recognisePhrasing(entry: FaqEntry, text: string): number {
  const sent = wordSet(text);
  if (sent.size === 0) return -1;
  let best = -1;
  let bestScore = 0.3;
  phrasings(entry).forEach((p, i) => {
    const ws = wordSet(p);
    let common = 0;
    for (const w of ws) if (sent.has(w)) common++;
    const dice = (2 * common) / (ws.size + sent.size || 1);
    if (dice > bestScore) {
      bestScore = dice;
      best = i;
    }
  });
  return best;
}

/** Index of the phrasing to propose next, given the history of uses (any order, any entries). */
export function nextVariant(entry: FaqEntry, history: readonly VariantUse[]): number {
  const list = phrasings(entry);
  const lastUse = new Array<number>(list.length).fill(Number.NEGATIVE_INFINITY);
  for (const h of history) {
    if (h.faqId !== undefined && h.faqId !== entry.id) continue;
    const i =
      h.variant !== undefined && h.variant >= 0 && h.variant < list.length
        ? h.variant
        : h.text !== undefined
          ? recognisePhrasing(entry, h.text)
          : -1;
    if (i >= 0 && h.at > (lastUse[i] as number)) lastUse[i] = h.at;
  }
  let pick = 0;
  for (let i = 1; i < list.length; i++) if ((lastUse[i] as number) < (lastUse[pick] as number)) pick = i;
  return pick;
}

/** The phrasing to propose next (text), see nextVariant. */
export function nextPhrasing(
  entry: FaqEntry,
  history: readonly VariantUse[],
): { index: number; text: string } {
  const index = nextVariant(entry, history);
  return { index, text: phrasings(entry)[index] ?? entry.answer };
}
