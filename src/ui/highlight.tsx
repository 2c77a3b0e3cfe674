/**
 * Highlighted text built from character spans as Preact elements. Post text is hostile page content:
 * it only ever becomes text nodes, never HTML.
 */
import type { JSX } from 'preact';

export type MarkKind = 'mention' | 'evidence' | 'match' | 'finding' | 'variable';

export interface MarkSpan {
  start: number;
  end: number;
  kind: MarkKind;
  /** Shown as the mark's title (the cue, the brand, the finding). */
  label?: string;
}

export interface Segment {
  text: string;
  start: number;
  kinds: MarkKind[];
  labels: string[];
}

/**
 * Cut `text` at every span boundary; each segment lists the kinds of the spans covering it. Spans out of
 * range are clamped, empty or inverted ones ignored, overlaps allowed.
 */
export function segments(text: string, spans: readonly MarkSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({
      ...s,
      start: Math.max(0, Math.min(text.length, s.start)),
      end: Math.min(text.length, s.end),
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  if (valid.length === 0) return text ? [{ text, start: 0, kinds: [], labels: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (b <= a) continue;
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const labels = [...new Set(covering.flatMap((s) => (s.label ? [s.label] : [])))];
    const prev = out[out.length - 1];
    if (prev && prev.kinds.join() === kinds.join() && prev.labels.join() === labels.join())
      prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), start: a, kinds, labels });
  }
  return out;
}

/** Text with `<mark>`s for the spans. `limit` cuts the text (an excerpt) after that many characters. */
export function Highlighted({
  text,
  spans,
  limit,
}: {
  text: string;
  spans: readonly MarkSpan[];
  limit?: number;
}): JSX.Element {
  let shown = text;
  let cut = false;
  if (limit !== undefined && text.length > limit) {
    // Start the excerpt a little before the first mark so the mention is visible.
    const first = spans.reduce((m, s) => Math.min(m, s.start), Number.POSITIVE_INFINITY);
    const from = Number.isFinite(first) && first > limit / 2 ? Math.max(0, first - 40) : 0;
    shown = text.slice(from, from + limit);
    cut = true;
    const moved = spans.map((s) => ({ ...s, start: s.start - from, end: s.end - from }));
    return (
      <>
        {from > 0 && '… '}
        {render(segments(shown, moved))}
        {cut && ' …'}
      </>
    );
  }
  return <>{render(segments(shown, spans))}</>;
}

function render(segs: Segment[]) {
  return segs.map((s) =>
    s.kinds.length === 0 ? (
      s.text
    ) : (
      <mark
        key={s.start}
        class={s.kinds.map((k) => `hl-${k}`).join(' ')}
        title={s.labels.join(', ') || undefined}
      >
        {s.text}
      </mark>
    ),
  );
}

/** Spans of each occurrence of `words` in `text` (case-insensitive, whole words), for "matched" marks. */
export function wordSpans(text: string, words: readonly string[], kind: MarkKind = 'match'): MarkSpan[] {
  const out: MarkSpan[] = [];
  const lower = text.toLocaleLowerCase();
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (const w of new Set(words.map((x) => x.toLocaleLowerCase()).filter((x) => x.length > 0))) {
    let from = 0;
    for (;;) {
      const i = lower.indexOf(w, from);
      if (i < 0) break;
      if (!isWordChar(lower[i - 1]) && !isWordChar(lower[i + w.length]))
        out.push({ start: i, end: i + w.length, kind });
      from = i + w.length;
    }
  }
  return out;
}

/** `{{name}}` variables left in a text, in order of first appearance. */
export function variablesIn(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g))
    if (m[1] && !seen.includes(m[1])) seen.push(m[1]);
  return seen;
}

/** Spans of the `{{…}}` variables in a text. */
export function variableSpans(text: string): MarkSpan[] {
  return [...text.matchAll(/\{\{[^{}]*\}\}/g)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    kind: 'variable' as const,
  }));
}

/** Replace every `{{name}}` in `text` by `value`. */
export function fillVariable(text: string, name: string, value: string): string {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`\\{\\{\\s*${esc}\\s*\\}\\}`, 'g'), () => value);
}
