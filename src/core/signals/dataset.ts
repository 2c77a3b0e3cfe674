/**
 * The labelled evaluation sets in eval-data/*.txt (invented posts, one per line:
 * `LANG LABEL+URGENCY TEXT`, `#` starts a comment). Labels: C complaint, QC a question that complains
 * (kind question, complaint true), Q question, P praise, O other. The train/test split is fixed by a hash
 * of the text, so it never depends on file order and no post moves between splits when others are added.
 * Pure parsing: callers read the files (Node only: eval, bench, training, tests).
 */
import type { Kind } from '../../shared/types.ts';

export interface LabelledPost {
  id: string;
  lang: string;
  kind: Kind;
  complaint: boolean;
  urgency: 0 | 1 | 2 | 3;
  text: string;
  split: 'train' | 'test';
}

/** FNV-1a 32-bit. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 60% train, 40% test. */
export function splitOf(text: string): 'train' | 'test' {
  return hash32(text) % 10 < 6 ? 'train' : 'test';
}

const LABELS: Record<string, { kind: Kind; complaint: boolean }> = {
  C: { kind: 'complaint', complaint: true },
  QC: { kind: 'question', complaint: true },
  Q: { kind: 'question', complaint: false },
  P: { kind: 'praise', complaint: false },
  O: { kind: 'other', complaint: false },
};

/** Parse one eval-data file. Throws on a malformed line (the data is ours: fail loudly). */
export function parseDataset(content: string, file: string): LabelledPost[] {
  const out: LabelledPost[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const m = /^([a-z]{2}) (C|QC|Q|P|O)([0-3]) (.+)$/.exec(line);
    if (!m)
      throw new Error(`${file}:${i + 1}: expected "LANG LABEL+URGENCY TEXT", got ${JSON.stringify(line)}`);
    const label = LABELS[m[2] as string] as { kind: Kind; complaint: boolean };
    const text = m[4] as string;
    out.push({
      id: `${file.replace(/\.txt$/, '')}:${i + 1}`,
      lang: m[1] as string,
      kind: label.kind,
      complaint: label.complaint,
      urgency: Number(m[3]) as 0 | 1 | 2 | 3,
      text,
      split: splitOf(text),
    });
  });
  return out;
}

/**
 * Parse a file whose text must never be shown (the blind sets): malformed lines are skipped and only their
 * line numbers are reported, so no error message can carry a post's words.
 */
export function parseDatasetQuiet(
  content: string,
  file: string,
): { posts: LabelledPost[]; badLines: number[] } {
  const posts: LabelledPost[] = [];
  const badLines: number[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    try {
      posts.push(
        ...parseDataset(line, file).map((p) => ({ ...p, id: `${file.replace(/\.txt$/, '')}:${i + 1}` })),
      );
    } catch {
      badLines.push(i + 1);
    }
  });
  return { posts, badLines };
}

/** Parse the language-identification-only file (`LANG TEXT`). */
export function parseLangSet(content: string): { lang: string; text: string }[] {
  const out: { lang: string; text: string }[] = [];
  for (const line of content.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^([a-z]{2,3}) (.+)$/.exec(line);
    if (m) out.push({ lang: m[1] as string, text: m[2] as string });
  }
  return out;
}

export const DATA_FILES = ['en.txt', 'lv.txt', 'lt.txt', 'et.txt', 'ru.txt', 'sh.txt'] as const;
