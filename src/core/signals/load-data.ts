/** Node-only: read the labelled sets from eval-data/ (for eval, bench, training and tests). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, type LabelledPost, parseDataset, parseLangSet } from './dataset.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'eval-data');

export function loadAll(): LabelledPost[] {
  return DATA_FILES.flatMap((f) => parseDataset(readFileSync(join(DIR, f), 'utf8'), f));
}

/** A blind set (eval-data/blind*.txt): written after the lexicons and weights were frozen. */
export function loadBlind(file = 'blind.txt'): LabelledPost[] {
  return parseDataset(readFileSync(join(DIR, file), 'utf8'), file);
}

export function loadLangExtra(): { lang: string; text: string }[] {
  return parseLangSet(readFileSync(join(DIR, 'langid-extra.txt'), 'utf8'));
}
