/** Node-only: read the labelled sets from eval-data/ (for eval, bench, training and tests). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, type LabelledPost, parseDataset, parseDatasetQuiet, parseLangSet } from './dataset.ts';

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

/**
 * Blind set 6 (eval-data/blind6a.txt + blind6b.txt, written by two independent writers who never saw the
 * model): its texts are never printed, not even in an error (malformed lines are only counted).
 */
export const BLIND6_FILES = ['blind6a.txt', 'blind6b.txt'] as const;
export function loadBlind6(): { posts: LabelledPost[]; missing: string[]; badLines: string[] } {
  const posts: LabelledPost[] = [];
  const missing: string[] = [];
  const badLines: string[] = [];
  for (const f of BLIND6_FILES) {
    const p = join(DIR, f);
    if (!existsSync(p)) {
      missing.push(f);
      continue;
    }
    const r = parseDatasetQuiet(readFileSync(p, 'utf8'), f);
    posts.push(...r.posts);
    badLines.push(...r.badLines.map((n) => `${f}:${n}`));
  }
  return { posts, missing, badLines };
}

/** Blind sets 1–5: read for development after their first look, so they are development data now. */
export const OLD_BLIND_FILES = ['blind.txt', 'blind2.txt', 'blind3.txt', 'blind4.txt', 'blind5.txt'] as const;
/** The training extension written for session 2 (two independent writers), when present. */
export const TRAIN6_FILES = ['train6a.txt', 'train6b.txt'] as const;

/**
 * Every development post: the six language sets (both splits), blind sets 1–5 and train6a/b when present.
 * Never blind set 6. Each post's `id` starts with its file name (the cross-validation group).
 */
export function loadDev(): LabelledPost[] {
  const out = loadAll();
  for (const f of OLD_BLIND_FILES) out.push(...loadBlind(f));
  for (const f of TRAIN6_FILES) {
    const p = join(DIR, f);
    if (existsSync(p)) out.push(...parseDataset(readFileSync(p, 'utf8'), f));
  }
  return out;
}
