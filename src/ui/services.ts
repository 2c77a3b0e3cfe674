/**
 * The tone module the composer calls (draft checks, holding replies), reached through one place. It is built in parallel with the UI: each is looked up with
 * `import.meta.glob`, which bundles the module when it exists and yields nothing when it does not yet,
 * so the app builds and shows "not available" instead of failing. Shapes follow the modules' own types.
 */
import type { FaqEntry, Lang, Platform, UiLang, Voice } from '../shared/types.ts';
import { type MsgKey, t } from './i18n.ts';

export interface ToneFinding {
  code: string;
  rule?: string;
  message: string;
  start?: number;
  end?: number;
  suggestion?: string;
  fix?: { start: number; end: number; replacement: string };
  severity?: 'error' | 'warning';
}

export interface ToneCheckOptions {
  post?: string;
  author?: string;
  platform?: Platform;
  voice: Voice;
  faqEntry?: Pick<FaqEntry, 'answer'> & Partial<Pick<FaqEntry, 'id' | 'variants'>>;
  recentReplies?: readonly string[];
  lang?: Lang;
  uiLang?: UiLang;
  complaint?: boolean;
  timezone?: string;
}

export interface HoldingOptions {
  lang: string;
  author?: string;
  promisedAt: Date | string;
  timezone: string;
  voice: Voice;
  agent?: { name?: string; initials?: string } | undefined;
  complaint?: boolean;
  now?: Date;
}

export interface ToneLabelResult {
  label: string;
  words: { start: number; end: number; text: string }[];
}

type ToneModule = {
  checkDraft?: (draft: string, opts: ToneCheckOptions) => ToneFinding[];
  holdingReply?: (opts: HoldingOptions) => {
    text: string;
    lang: string;
    promisedAt: string;
    followUpAt: string;
  };
  toneSummary?: (draft: string, lang?: string) => ToneLabelResult[];
};

const toneMods = import.meta.glob<ToneModule>('../core/tone/index.ts', { eager: true });

export const toneModule: ToneModule = Object.values(toneMods)[0] ?? {};

const TONE_LABELS: Record<string, MsgKey> = {
  warm: 'toneWarm',
  apologetic: 'toneApologetic',
  curt: 'toneCurt',
  formal: 'toneFormal',
  informal: 'toneInformal',
  robotic: 'toneRobotic',
  blaming: 'toneBlaming',
  enthusiastic: 'toneEnthusiastic',
  humorous: 'toneHumorous',
};

/** A tone label ("warm") in the UI language. */
export function toneLabel(label: string): string {
  const k = TONE_LABELS[label];
  return k ? t(k) : label;
}
