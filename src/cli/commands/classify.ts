/**
 * `classify [--model FILE]` (interfaces.md): for each input line {"id","text","lang"?} print
 * {"id","lang","kind","complaint","score","urgency","evidence":[{"start","end","cue"}]}.
 * Optional extras: input "engagement" {"replies","reposts","likes","views"} (reach raises urgency);
 * `--model FILE`: learned corrections, either a state exported from the extension ({"v":1,…}) or a JSON Lines
 * file of corrections {"text","label":"complaint"|"not-complaint","lang"?} replayed in order.
 */
import { classify, emptyState, type LearnedState, learn, validState } from '../../core/signals/index.ts';
import type { Engagement } from '../../shared/types.ts';
import {
  type CliCommand,
  LineError,
  optionalString,
  processJsonl,
  readTextFile,
  requireString,
  UsageError,
} from '../io.ts';

/** Longest accepted text per line (characters); longer lines are an error, not silently cut. */
export const MAX_TEXT = 1_000_000;

function loadModel(file: string): LearnedState {
  const text = readTextFile(file).trim();
  // A whole-file JSON object is an exported state (possibly pretty-printed); otherwise JSON Lines.
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    whole = undefined;
  }
  if (whole !== undefined) {
    const s = validState(whole);
    if (s) return s;
    const one = whole as { text?: unknown } | null;
    if (typeof one !== 'object' || one === null || typeof one.text !== 'string')
      throw new UsageError(`${file}: not a learned state ({"v":1,"n","w","words"}) nor corrections`);
  }
  let state = emptyState();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (!line) continue;
    let o: { text?: unknown; label?: unknown; lang?: unknown };
    try {
      o = JSON.parse(line) as typeof o;
    } catch {
      throw new UsageError(`${file}:${i + 1}: not valid JSON`);
    }
    if (typeof o !== 'object' || o === null || typeof o.text !== 'string')
      throw new UsageError(`${file}:${i + 1}: "text" must be a string`);
    if (o.label !== 'complaint' && o.label !== 'not-complaint')
      throw new UsageError(`${file}:${i + 1}: "label" must be "complaint" or "not-complaint"`);
    state = learn(state, o.text, o.label, typeof o.lang === 'string' ? { lang: o.lang } : {});
  }
  return state;
}

function engagementOf(line: Record<string, unknown>): Engagement | undefined {
  const e = line.engagement;
  if (e === undefined || e === null) return undefined;
  if (typeof e !== 'object' || Array.isArray(e)) throw new LineError('"engagement" must be an object');
  const out: Engagement = {};
  for (const k of ['replies', 'reposts', 'likes', 'views'] as const) {
    const v = (e as Record<string, unknown>)[k];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new LineError(`"engagement.${k}" must be a non-negative number`);
    out[k] = v;
  }
  return out;
}

export const command: CliCommand = {
  name: 'classify',
  summary: 'complaint / question / praise, urgency and evidence spans for each post',
  input: '{"id","text","lang"?,"engagement"?}',
  output: '{"id","lang","kind","complaint","score","urgency","evidence":[{"start","end","cue"}]}',
  options: [
    {
      name: 'model',
      value: 'FILE',
      description: 'learned corrections: an exported state or JSONL {"text","label","lang"?} (default: none)',
    },
  ],
  async run(opts, io) {
    const model = typeof opts.model === 'string' ? loadModel(opts.model) : undefined;
    return processJsonl(io, (line) => {
      const text = requireString(line, 'text');
      if (text.length > MAX_TEXT) throw new LineError(`"text" is longer than ${MAX_TEXT} characters`);
      const lang = optionalString(line, 'lang');
      if (lang !== undefined && !/^([a-z]{2,3}|und)$/.test(lang))
        throw new LineError(`"lang" must be an ISO 639-1 code such as "lv" (got ${JSON.stringify(lang)})`);
      const c = classify(text, { lang, engagement: engagementOf(line), model });
      return {
        lang: c.lang,
        kind: c.kind,
        complaint: c.complaint,
        score: c.score,
        urgency: c.urgency,
        evidence: c.evidence,
      };
    });
  },
};
