/**
 * Formal (V) vs informal (T) address markers in a draft: pronouns and the verb forms that agree with them
 * (Latvian Jūs/tu with -iet/-at vs 2nd singular, Lithuanian Jūs/tu with -ite/-kite vs -k, Estonian Teie/sina
 * with -te/-ge vs -d, Russian Вы/ты with -те vs -шь, Serbian/Croatian Vi/ti with -te vs -š).
 */
import { fold, type Token } from '../text/index.ts';
import { compiledPack } from './lang/index.ts';

export interface AddressMarker {
  start: number;
  end: number;
  text: string;
  kind: 'formal' | 'informal';
}

export interface AddressMarkers {
  formal: AddressMarker[];
  informal: AddressMarker[];
  /** Pronouns to name in messages ("Jūs", "tu"), or undefined for a language without T-V address. */
  names?: { formal: string; informal: string };
}

/** Find the address markers of `tokens` (from tokenize) in language `lang`. */
export function addressMarkers(tokens: readonly Token[], lang: string | undefined): AddressMarkers {
  const cp = compiledPack(lang);
  const a = cp.address;
  const out: AddressMarkers = { formal: [], informal: [] };
  if (!a) return out;
  out.names = { formal: a.rules.formalName, informal: a.rules.informalName };
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const norm = t.norm;
    const lower = t.text.toLowerCase();
    let kind: 'formal' | 'informal' | undefined;
    if (a.formalWords.has(norm)) kind = 'formal';
    else if (a.informalWords.has(norm)) kind = 'informal';
    else if (norm.length >= 4 && !a.notVerbs.has(lower) && !a.notVerbs.has(norm)) {
      const fe = a.rules.formalEnding;
      const ie = a.rules.informalEnding;
      if (fe && (fe.test(lower) || fe.test(norm))) kind = 'formal';
      else if (ie && (ie.test(lower) || ie.test(norm))) kind = 'informal';
    }
    if (kind) out[kind].push({ start: t.start, end: t.end, text: t.text, kind });
  }
  return out;
}

/** Whether a folded word is one of the language's address pronouns (for tone summaries). */
export function isAddressPronoun(word: string, lang: string | undefined): boolean {
  const a = compiledPack(lang).address;
  if (!a) return false;
  const f = fold(word);
  return (
    a.rules.formalPronouns.some((p) => fold(p) === f) || a.rules.informalPronouns.some((p) => fold(p) === f)
  );
}
