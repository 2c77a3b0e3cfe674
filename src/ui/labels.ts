/** Display names for things that are not translated words (platform names are proper nouns). */
import type { Platform } from '../shared/types.ts';
import { type MsgKey, t } from './i18n.ts';

const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  draugiem: 'draugiem.lv',
  vk: 'VK',
  web: '',
};

export function platformName(p: Platform): string {
  return PLATFORM_NAMES[p] || t('platformWeb');
}

export const KIND_LABEL: Record<string, MsgKey> = {
  complaint: 'kindComplaint',
  question: 'kindQuestion',
  praise: 'kindPraise',
  other: 'kindOther',
};

export const STATE_LABEL: Record<string, MsgKey> = {
  new: 'stateNew',
  'due-soon': 'stateDueSoon',
  overdue: 'stateOverdue',
  held: 'stateHeld',
  answered: 'stateAnswered',
  'follow-up': 'stateFollowUp',
  snoozed: 'stateSnoozed',
  dismissed: 'stateDismissed',
};

export const URGENCY_LABEL: MsgKey[] = ['urgency0', 'urgency1', 'urgency2', 'urgency3'];
