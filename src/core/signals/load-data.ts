/** Node-only: read the labelled sets from eval-data/ (for eval, bench, training and tests). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, type LabelledPost, parseDataset, parseLangSet } from './dataset.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'eval-data');

export function loadAll(): LabelledPost[] {
  return DATA_FILES.flatMap((f) => parseDataset(readFileSync(join(DIR, f), 'utf8'), f));
}

/** The blind set (eval-data/blind.txt): written after the lexicons and weights were frozen. */
export function loadBlind(): LabelledPost[] {
  return parseDataset(readFileSync(join(DIR, 'blind.txt'), 'utf8'), 'blind.txt');
}

export function loadLangExtra(): { lang: string; text: string }[] {
  return parseLangSet(readFileSync(join(DIR, 'langid-extra.txt'), 'utf8'));
}
