/**
 * Tone and fact guidance for the agent's draft (issue 6): checkDraft, holdingReply, toneSummary and the
 * brand voice validator. Pure: runs in Node, the browser and workers.
 */
export type { AddressMarker, AddressMarkers } from './address.ts';
export { addressMarkers } from './address.ts';
export {
  checkDraft,
  FAQ_REPEAT_THRESHOLD,
  looksLikeComplaint,
  matchesName,
  parseAuthor,
  RECENT_REPEAT_THRESHOLD,
  RECENT_WINDOW,
} from './check.ts';
export type { Fact, FactConflict, FactKind } from './facts.ts';
export { extractFacts, factConflicts } from './facts.ts';
export type { HoldingOptions, HoldingReply } from './holding.ts';
export { holdingReply } from './holding.ts';
export { countLength, lengthLimit, PLATFORM_LIMITS, X_URL_LENGTH } from './length.ts';
export { localize, TABLES } from './messages.ts';
export { toneSummary } from './summary.ts';
export type {
  CheckOptions,
  Finding,
  FindingCode,
  Fix,
  Rule,
  ToneLabel,
  ToneLabelResult,
  ToneSpan,
} from './types.ts';
export { FINDING_CODES, RULES } from './types.ts';
export { parseVoiceJson, unknownVoiceFields, validateVoice } from './voice.ts';

import type { Fix } from './types.ts';

/** Apply a one-click fix to the draft. */
export function applyFix(draft: string, fix: Fix): string {
  return draft.slice(0, fix.start) + fix.replacement + draft.slice(fix.end);
}
