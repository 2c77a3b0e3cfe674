/**
 * Texts that come from outside the UI, shown in the UI language: insert results sent as a locale key plus
 * substitutions, and storage failures by their stable code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLang } from '../shared/types.ts';
import { explainStorageError, StorageError } from '../storage/db.ts';
import { errorText, isMsgKey, type Messages, setUiLang, storageErrorText, tOr } from './i18n.ts';

const load = async (lang: UiLang): Promise<Messages> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'));

afterEach(() => setUiLang(null));

describe('tOr: a locale key from the background or content script', () => {
  it('translates a known key with its substitutions', async () => {
    await setUiLang('ru', load);
    expect(tOr('insertNoTab', undefined, 'English')).toBe(
      'Публикация не открыта ни в одной вкладке. Откройте её (или ленту, где она была) и вставьте снова.',
    );
    expect(tOr('insertFbRevertedNotCopied', ['paste'], 'English')).toBe(
      'Редактор принял текст (paste), но затем отменил его. Скопировать в буфер обмена тоже не удалось.',
    );
    await setUiLang('lt', load);
    expect(tOr('insertNoAnswer', ['Receiving end does not exist.'], 'English')).toBe(
      'Puslapis neatsakė: Receiving end does not exist.',
    );
  });

  it('English without a chosen language; the English fallback for unknown or missing keys', () => {
    expect(tOr('insertFbNoBoxCopied', [], 'x')).toBe(
      'The reply box did not open. The reply is on the clipboard: paste it with Ctrl+V (⌘V).',
    );
    expect(tOr(undefined, undefined, 'The sentence as sent')).toBe('The sentence as sent');
    expect(tOr('noSuchKey', [], 'The sentence as sent')).toBe('The sentence as sent');
    expect(tOr('__proto__', [], 'safe')).toBe('safe');
    expect(isMsgKey('toString')).toBe(false);
  });
});

describe('storage errors by code', () => {
  it('each code has its own sentence in the UI language', async () => {
    await setUiLang('lv', load);
    expect(storageErrorText({ name: 'QuotaExceededError' })).toMatch(/^Pārlūkā vairs nav vietas/);
    expect(storageErrorText({ name: 'VersionError' })).toMatch(/jaunāka paplašinājuma versija/);
    expect(storageErrorText({ name: 'OpenFailedError', inner: { name: 'BlockedError' } })).toMatch(
      /^Cits Replywise logs/,
    );
    expect(storageErrorText({ name: 'DatabaseClosedError' })).toMatch(/datubāze tika aizvērta/);
    expect(storageErrorText(new Error('disk on fire'))).toBe('Neizdevās saglabāt: disk on fire');
    await setUiLang('hr', load);
    expect(storageErrorText(explainStorageError({ name: 'QuotaExceededError' }))).toMatch(
      /^Preglednik više nema mjesta/,
    );
  });

  it('English matches the English message of explainStorageError', () => {
    for (const name of ['QuotaExceededError', 'VersionError', 'BlockedError', 'DatabaseClosedError'])
      expect(storageErrorText({ name })).toBe(explainStorageError({ name }).message);
    expect(storageErrorText(new Error('weird'))).toBe(explainStorageError(new Error('weird')).message);
  });

  it('a StorageError raised with its own sentence and no cause keeps it; other errors pass through', async () => {
    await setUiLang('et', load);
    const own = new StorageError('The import lists the id "a" twice. Nothing was imported.', 'unknown');
    expect(errorText(own)).toBe(own.message);
    expect(errorText(explainStorageError({ name: 'DatabaseClosedError' }))).toBe(
      "Replywise'i andmebaas suleti. Jätkamiseks avage paneel uuesti.",
    );
    expect(errorText(new TypeError('bad input'))).toBe('bad input');
    expect(errorText('plain')).toBe('plain');
  });
});
