/**
 * The plain lexicon-count baseline measured beside the classifier (eval and bench): the same scanner and
 * lexicon, no language identification, no rules, no model: complaint when negative cue words outnumber
 * positive ones.
 */
import { scanText, T_WORD } from '../text/lang.ts';
import { CAT, matcher, matchWord, NG } from './matcher.ts';

const NEG = (1 << CAT.prob) | (1 << CAT.strong) | (1 << CAT.fail);
const POS = (1 << CAT.praise) | (1 << CAT.thanks);
const MASKS = new Int32Array(NG);

export function lexiconCountBaseline(text: string): boolean {
  const m = matcher();
  let neg = 0;
  let pos = 0;
  for (const t of scanText(typeof text === 'string' ? text : '', 5000).tokens) {
    if (t.type !== T_WORD) continue;
    MASKS.fill(0);
    if (!matchWord(m, t.w, MASKS)) continue;
    let c = 0;
    for (let g = 0; g < NG; g++) c |= MASKS[g] as number;
    if (c & NEG) neg++;
    if (c & POS) pos++;
  }
  return neg > pos;
}
