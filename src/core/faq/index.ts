/**
 * The agent's FAQ: entries, search and suggestion, template variables, variant rotation, import/export
 * formats (CSV and JSON of interfaces.md) and the backup file format. Pure: runs in Node, the browser
 * and workers.
 */
import type { FaqEntry } from '../../shared/types.ts';
import { parseFaqCsv } from './csv.ts';
import { type ParseResult, parseFaqJson } from './entry.ts';
import { FaqIndex, type Suggestion, type SuggestOptions } from './search-index.ts';

export type { AnalyzedWord } from './analyze.ts';
export { analyze } from './analyze.ts';
export type { BackupFile, BackupTable } from './backup-format.ts';
export {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  checkBackup,
  parseBackup,
} from './backup-format.ts';
export { detectDelimiter, joinList, parseFaqCsv, serializeFaqCsv, splitList } from './csv.ts';
export type { ParseResult, RowError } from './entry.ts';
export { checkEntry, mergeEntries, parseFaqJson, serializeFaqJson, validateEntry } from './entry.ts';
export type { TodayHours } from './hours.ts';
export { formatRanges, hoursValue, localDate, todayHours } from './hours.ts';
export type { IntentModelSnapshot, ModelExample, TrainOptions } from './intent-model.ts';
export { IntentModel, MODEL_MAX_ENTRIES, TRAIN_DEFAULTS } from './intent-model.ts';
export type { FaqIndexSnapshot, Pick, Suggestion, SuggestOptions } from './search-index.ts';
export { entryLang, FaqIndex, MAX_PICKS, MODEL_MIX } from './search-index.ts';
export type { FilledTemplate, TemplateValues, TemplateVariable } from './template.ts';
export { fillTemplate, isComplete, TEMPLATE_VARIABLES, templateVariables } from './template.ts';
export type { VariantUse } from './variants.ts';
export { nextPhrasing, nextVariant, phrasings, recognisePhrasing } from './variants.ts';

/** Parse a FAQ file by its name: `.csv` as CSV, anything else as JSON. */
export function parseFaqFile(name: string, text: string): ParseResult {
  return /\.csv$/i.test(name) ? parseFaqCsv(text) : parseFaqJson(text);
}

/** `suggest(post, {lang, top})` over an index built from `entries` or given ready-made. */
export function suggest(
  source: FaqIndex | readonly FaqEntry[],
  post: string,
  opts: SuggestOptions = {},
): Suggestion[] {
  const idx = source instanceof FaqIndex ? source : FaqIndex.build(source);
  return idx.suggest(post, opts);
}
