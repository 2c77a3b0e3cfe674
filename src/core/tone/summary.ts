/**
 * Tone summary: a few labels (warm, apologetic, curt, formal, informal, robotic, …), each with the words
 * behind it — unlike tools that show a label and leave the writer guessing why.
 */
import { detectLanguage, normalize, tokenize } from '../text/index.ts';
import { addressMarkers } from './address.ts';
import { blamePhrases, compiledPack, humourPhrases, stockPhrases } from './lang/index.ts';
import type { ToneLabel, ToneLabelResult, ToneSpan } from './types.ts';

/** Drafts with at most this many words and no warmth read curt. */
const CURT_WORDS = 8;

export function toneSummary(draft: string, lang?: string): ToneLabelResult[] {
  if (typeof draft !== 'string' || draft.trim() === '') return [];
  let l = lang?.toLowerCase().split(/[-_]/)[0];
  if (!l) {
    const g = detectLanguage(draft);
    if (g.lang !== 'und') l = g.lang;
  }
  const cp = compiledPack(l);
  const norm = normalize(draft);
  const tokens = tokenize(draft);
  const labels = new Map<ToneLabel, ToneSpan[]>();
  const put = (label: ToneLabel, s: { start: number; end: number }) => {
    const list = labels.get(label) ?? [];
    if (!list.some((x) => x.start < s.end && s.start < x.end))
      list.push({ start: s.start, end: s.end, text: draft.slice(s.start, s.end) });
    labels.set(label, list);
  };

  for (const h of cp.warm.find(norm, draft)) put('warm', h);
  for (const t of tokens)
    if (t.kind === 'emoji' && /❤|♥|😊|🙂|🤗|💙|💚|💛|🙏|😍|🥰/u.test(t.text)) put('warm', t);
  for (const h of cp.ack.find(norm, draft)) put('apologetic', h);
  for (const h of stockPhrases().find(norm, draft)) put('robotic', h);
  for (const h of blamePhrases().find(norm, draft)) put('blaming', h);
  for (const h of humourPhrases().find(norm, draft)) put('humorous', h);
  const markers = addressMarkers(tokens, l);
  for (const m of markers.formal) put('formal', m);
  for (const h of cp.formalRegister.find(norm, draft)) put('formal', h);
  for (const m of markers.informal) put('informal', m);
  for (const h of cp.slang.find(norm, draft)) put('informal', h);
  const excited = [
    ...[...draft.matchAll(/!+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
    ...tokens.filter((t) => t.kind === 'emoji' || t.kind === 'emoticon'),
  ];
  if (excited.length >= 2) for (const e of excited) put('enthusiastic', e);

  const wordCount = tokens.filter((t) => t.kind === 'word').length;
  if (wordCount <= CURT_WORDS && !labels.has('warm') && cp.greetings.find(norm, draft).length === 0) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first && last) put('curt', { start: first.start, end: last.end });
  }

  return [...labels.entries()]
    .map(([label, words]) => ({ label, words: words.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => b.words.length - a.words.length);
}
