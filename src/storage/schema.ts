/**
 * Every version of the database schema, oldest first. Never edit a released version: add a new one with
 * its `upgrade`, and an upgrade test (see upgrade-harness.ts) that opens the previous version with data,
 * upgrades, and checks that nothing was lost.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      brands: 'id, name',
      faqs: 'id, lang, brand, *tags, updatedAt, usageCount, lastUsedAt',
      posts: 'key, site, state, dueAt, warnAt, receivedAt, firstSeenAt, urgency, kind, *brandIds',
      replies: '++id, postKey, at, faqId, platform',
      settings: 'key',
      // The agent's corrections to the classifier (complaint / not a complaint), keyed by post.
      labels: 'postKey, at',
      // Which FAQ entry the agent picked for which post text: strengthens suggestions on this machine.
      faqPicks: '++id, faqId, at',
    },
  },
];

export const CURRENT_VERSION = VERSIONS[VERSIONS.length - 1]?.version ?? 1;
