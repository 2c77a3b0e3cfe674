/**
 * Typed settings in the `settings` table (key → value). Per-brand entries use `policy:<brandId>` and
 * `voice:<brandId>`; the un-suffixed key is the default for brands without their own.
 */
import type { Policy, UiLang, Voice } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';

export interface AgentProfile {
  /** The agent's name as signed under replies ("Kristīne"). */
  name: string;
  /** Initials for signatures ("KM"). */
  initials: string;
}

export interface SettingsMap {
  agent: AgentProfile;
  /** The default response policy (brands without their own). */
  policy: Policy;
  /** The default brand voice. */
  voice: Voice;
  /** UI language; absent = follow the browser. */
  uiLang: UiLang;
  /** Sites the agent switched off (platform ids), and generic sites switched on (origins). */
  sites: { disabled: string[]; genericOrigins: string[] };
  /** The agent's chosen theme. */
  theme: 'light' | 'dark' | 'system';
}

export type SettingKey = keyof SettingsMap | `policy:${string}` | `voice:${string}`;
type ValueOf<K extends SettingKey> = K extends keyof SettingsMap
  ? SettingsMap[K]
  : K extends `policy:${string}`
    ? Policy
    : K extends `voice:${string}`
      ? Voice
      : never;

export async function getSetting<K extends SettingKey>(
  db: ReplywiseDb,
  key: K,
): Promise<ValueOf<K> | undefined> {
  const row = await db.settings.get(key);
  return row?.value as ValueOf<K> | undefined;
}

export async function setSetting<K extends SettingKey>(
  db: ReplywiseDb,
  key: K,
  value: ValueOf<K>,
): Promise<void> {
  await writeTx(db, ['settings'], async () => {
    await db.settings.put({ key, value });
  });
}

/** The policy in force for a brand: its own, else the default. */
export async function policyFor(db: ReplywiseDb, brandId?: string): Promise<Policy | undefined> {
  if (brandId) {
    const own = await getSetting(db, `policy:${brandId}`);
    if (own) return own;
  }
  return getSetting(db, 'policy');
}

/** The voice for a brand: its own, else the default. */
export async function voiceFor(db: ReplywiseDb, brandId?: string): Promise<Voice | undefined> {
  if (brandId) {
    const own = await getSetting(db, `voice:${brandId}`);
    if (own) return own;
  }
  return getSetting(db, 'voice');
}
