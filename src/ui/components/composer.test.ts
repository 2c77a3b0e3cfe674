/** The composer's status line for insert results that came back as a locale key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UiLang } from '../../shared/types.ts';
import { type Messages, setUiLang } from '../i18n.ts';
import { insertResultText } from './composer.tsx';

const load = async (lang: UiLang): Promise<Messages> =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../public/_locales', lang, 'messages.json'), 'utf8'),
  );

afterEach(() => setUiLang(null));

describe('insertResultText', () => {
  const copied = {
    ok: false,
    method: 'clipboard',
    message: 'The reply box did not open. The reply is on the clipboard: paste it with Ctrl+V (⌘V).',
    messageKey: 'insertFbNoBoxCopied',
    params: [],
  };

  it('shows the sentence in the UI language', async () => {
    await setUiLang('lv', load);
    expect(insertResultText(copied)).toBe(
      'Atbildes lauks neatvērās. Atbilde ir starpliktuvē: ielīmējiet to ar Ctrl+V (⌘V).',
    );
    await setUiLang('sr', load);
    expect(
      insertResultText({
        ok: false,
        method: 'none',
        message: 'The page did not answer: gone',
        messageKey: 'insertNoAnswer',
        params: ['gone'],
      }),
    ).toBe('Stranica nije odgovorila: gone');
  });

  it('keeps the English sentence from an older sender, or says what happened when there is none', async () => {
    await setUiLang('ru', load);
    expect(insertResultText({ ok: false, method: 'none', message: 'Something specific.' })).toBe(
      'Something specific.',
    );
    const ru = await load('ru');
    expect(insertResultText({ ok: false, method: 'none' })).toBe(ru.insertFailed?.message);
    expect(insertResultText({ ok: false, method: 'clipboard' })).toBe(ru.insertedClipboard?.message);
  });
});
