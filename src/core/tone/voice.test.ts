import { describe, expect, it } from 'vitest';
import { parseVoiceJson, unknownVoiceFields, validateVoice } from './voice.ts';

describe('validateVoice', () => {
  it('accepts the interfaces.md example', () => {
    expect(
      validateVoice({
        voice: 'friendly',
        address: 'informal',
        emoji: true,
        maxLength: 280,
        signature: 'KM',
        lang: 'lv',
      }),
    ).toEqual({
      voice: 'friendly',
      address: 'informal',
      emoji: true,
      maxLength: 280,
      signature: 'KM',
      lang: 'lv',
    });
  });
  it('only voice and address are required; unknown fields are dropped', () => {
    expect(validateVoice({ voice: 'formal', address: 'formal', colour: 'blue' })).toEqual({
      voice: 'formal',
      address: 'formal',
    });
    expect(unknownVoiceFields({ voice: 'formal', address: 'formal', colour: 'blue' })).toEqual(['colour']);
  });
  it('names the wrong field', () => {
    expect(() => validateVoice({ voice: 'loud', address: 'formal' })).toThrow(
      'voice.voice: expected one of friendly, humorous, formal',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'Jūs' })).toThrow(
      'voice.address: expected one of formal, informal',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'formal', emoji: 'yes' })).toThrow(
      'voice.emoji: expected true or false',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'formal', maxLength: 0 })).toThrow(
      'voice.maxLength: less than 1',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'formal', maxLength: 2.5 })).toThrow(
      'voice.maxLength: expected a whole number',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'formal', signature: 7 })).toThrow(
      'voice.signature: expected a string',
    );
    expect(() => validateVoice({ voice: 'formal', address: 'formal', lang: 'Latvian' })).toThrow(
      'voice.lang',
    );
    expect(() => validateVoice([])).toThrow('voice: expected an object');
  });
  it('parses JSON text, with a BOM, and reports broken JSON', () => {
    expect(parseVoiceJson('\uFEFF{"voice":"humorous","address":"informal"}')).toEqual({
      voice: 'humorous',
      address: 'informal',
    });
    expect(() => parseVoiceJson('{"voice":')).toThrow(/not valid JSON/);
  });
});
