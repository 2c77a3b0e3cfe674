/**
 * Complaint / question / praise / urgency signals. The content script should load this module lazily
 * (see lazy.ts): lexicons and weights are not needed at page start.
 */
export type { ClassifyOptions } from './classify.ts';
export { classify, REACH } from './classify.ts';
export type { LearnedState } from './learn.ts';
export { emptyState, learn, replay, validState } from './learn.ts';
