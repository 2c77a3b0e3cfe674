/**
 * Brand voice profiles (voice.json, interfaces.md): validated field by field, so a bad file says which
 * field is wrong ("voice.address: expected one of formal, informal").
 */
import type { Voice } from '../../shared/types.ts';
import { bool, num, oneOf, optional, str, ValidationError } from '../../shared/validate.ts';

export const VOICES = ['friendly', 'humorous', 'formal'] as const;
export const ADDRESSES = ['formal', 'informal'] as const;

const KNOWN = new Set(['voice', 'address', 'emoji', 'maxLength', 'signature', 'lang']);

/**
 * Validate a parsed voice.json (or the `voice` setting). Returns a clean Voice (unknown fields dropped)
 * or throws a ValidationError naming the field. `path` prefixes field names ("voice" by default).
 */
export function validateVoice(value: unknown, path = 'voice'): Voice {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError(path, 'expected an object like {"voice":"friendly","address":"informal"}');
  const v = value as Record<string, unknown>;
  const at = (k: string) => `${path}.${k}`;
  const out: Voice = {
    voice: oneOf(VOICES)(v.voice, at('voice')),
    address: oneOf(ADDRESSES)(v.address, at('address')),
  };
  const emoji = optional(bool)(v.emoji, at('emoji'));
  if (emoji !== undefined) out.emoji = emoji;
  const maxLength = optional(num({ min: 1, max: 100_000, int: true }))(v.maxLength, at('maxLength'));
  if (maxLength !== undefined) out.maxLength = maxLength;
  const signature = optional(str({ max: 80 }))(v.signature, at('signature'));
  if (signature !== undefined && signature.trim() !== '') out.signature = signature.trim();
  const lang = optional(str({ min: 2, max: 12 }))(v.lang, at('lang'));
  if (lang !== undefined) {
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(lang))
      throw new ValidationError(at('lang'), 'expected a language code such as "lv" or "en"');
    out.lang = lang;
  }
  return out;
}

/** Fields present in the file that the voice format does not know (reported as warnings, not errors). */
export function unknownVoiceFields(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.keys(value).filter((k) => !KNOWN.has(k));
}

/** Parse voice.json text: JSON errors and field errors both become a ValidationError. */
export function parseVoiceJson(text: string): Voice {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ValidationError(
      '',
      `voice.json is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return validateVoice(parsed);
}
