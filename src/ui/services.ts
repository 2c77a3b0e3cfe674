/**
 * The tone module as the composer uses it (draft checks, holding replies, tone labels), plus localised
 * names for the tone labels.
 */

import type { Finding } from '../core/tone/index.ts';
import { checkDraft, holdingReply, toneSummary } from '../core/tone/index.ts';
import { type MsgKey, t } from './i18n.ts';

export type ToneFinding = Pick<Finding, 'message' | 'start' | 'end' | 'suggestion' | 'fix'> & {
  rule?: string;
  code: string;
  severity?: Finding['severity'];
};

export const toneModule = { checkDraft, holdingReply, toneSummary } as {
  checkDraft?: typeof checkDraft;
  holdingReply?: typeof holdingReply;
  toneSummary?: typeof toneSummary;
};
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
