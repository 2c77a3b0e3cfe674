/** Ambiguity hints for the brand form, as sentences (from the mentions module). */
import { ambiguityHints } from '../core/mentions/ambiguity.ts';
import type { Brand } from '../shared/types.ts';
import { t } from './i18n.ts';

export function brandHints(b: Brand): string[] {
  if (!b.name.trim()) return [];
  return ambiguityHints(b).map((h) => {
    const extra = [
      h.suggestExclude.length ? t('hintExclude', h.suggestExclude.join(', ')) : '',
      h.suggestRequire.length ? t('hintRequire', h.suggestRequire.join(', ')) : '',
    ].filter(Boolean);
    return extra.length ? `${h.message} (${extra.join('; ')})` : h.message;
  });
}
