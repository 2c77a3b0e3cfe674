import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { BrowserMock } from '../shared/browser-mock.ts';
import type { UiLang } from '../shared/types.ts';
import { getDb } from '../storage/db.ts';
import { setSetting } from '../storage/settings.ts';
import { armDeadlineAlarm, DEADLINE_ALARM, deadlineAlarmTime } from './alarms.ts';
import { applyBadge, BADGE_COLORS, badgeFor } from './badge.ts';
import {
  alertText,
  formatDeadlineNotification,
  formatSummaryNotification,
  isOpenableUrl,
  keyOfNotification,
  loadNotifyLocale,
  localText,
  type NotifiedPost,
  type NotifyLocale,
  notificationId,
  notifyLang,
  showAlert,
  showSummary,
} from './notify.ts';

const mock = browser as unknown as BrowserMock;
const t = (s: string) => Date.parse(s);
const base = {
  key: 'x:1',
  author: 'Anna',
  handle: '@anna',
  kind: 'complaint' as const,
  site: 'x' as const,
  text: '',
  urgency: 1 as const,
  dueAt: t('2026-11-23T09:15:00+02:00'),
};

describe('alertText', () => {
  const tz = 'Europe/Riga';
  it('minutes left, singular and plural', () => {
    expect(alertText(base, { at: 0, kind: 'warn' }, t('2026-11-23T09:08:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due in 7 minutes",
    );
    expect(alertText(base, { at: 0, kind: 'warn' }, t('2026-11-23T09:14:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due in 1 minute",
    );
  });
  it('a due time on another day names the day', () => {
    const friday = t('2026-11-20T16:55:00+02:00');
    expect(alertText(base, { at: 0, kind: 'warn' }, friday, tz).message).toBe(
      "Anna's complaint on X is due Monday at 09:15",
    );
  });
  it('a later time today gives the clock time', () => {
    const p = { ...base, dueAt: t('2026-11-23T15:00:00+02:00') };
    expect(alertText(p, { at: 0, kind: 'warn' }, t('2026-11-23T10:00:00+02:00'), tz).message).toBe(
      "Anna's complaint on X is due at 15:00",
    );
  });
  it('overdue, questions, other sites, no name, long text, urgency 3', () => {
    const q = {
      ...base,
      kind: 'question' as const,
      site: 'draugiem' as const,
      author: '',
      handle: '',
      text: 'a '.repeat(200),
      urgency: 3 as const,
    };
    const r = alertText(q, { at: 0, kind: 'due' }, t('2026-11-23T11:20:00+02:00'), tz);
    expect(r.title).toBe('🔥 Reply overdue');
    expect(r.message.split('\n')[0]).toBe("A customer's question on draugiem.lv is overdue by 2 hours");
    expect(r.message.split('\n')[1]?.length).toBeLessThanOrEqual(103);
  });
});

const localeFile = (lang: UiLang) =>
  readFileSync(join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8');
const locale = (lang: UiLang): NotifyLocale => ({ lang, messages: JSON.parse(localeFile(lang)) });

describe('formatDeadlineNotification in every UI language', () => {
  const tz = 'Europe/Riga';
  const warn = { at: 0, kind: 'warn' as const };
  const due = { at: 0, kind: 'due' as const };
  /** The message `m` minutes before the deadline (or after, for negative m). */
  const dueIn = (lang: UiLang, m: number, p: NotifiedPost = base) =>
    formatDeadlineNotification(p, m > 0 ? warn : due, (p.dueAt ?? 0) - m * 60_000, tz, locale(lang)).message;
  const anon = { ...base, author: '', handle: '', kind: 'question' as const };

  it('English matches alertText', () => {
    const now = t('2026-11-23T09:08:00+02:00');
    expect(formatDeadlineNotification(base, warn, now, tz, locale('en'))).toEqual(
      alertText(base, warn, now, tz),
    );
  });

  it('Russian: one / few / many minutes and hours (1, 2, 5, 11, 21, 22)', () => {
    const r = locale('ru');
    expect(formatDeadlineNotification(base, warn, t('2026-11-23T09:08:00+02:00'), tz, r).title).toBe(
      'Скоро срок ответа',
    );
    expect(dueIn('ru', 1)).toBe('Жалоба от пользователя Anna (X): ответить через 1 минуту');
    expect(dueIn('ru', 2)).toBe('Жалоба от пользователя Anna (X): ответить через 2 минуты');
    expect(dueIn('ru', 5)).toBe('Жалоба от пользователя Anna (X): ответить через 5 минут');
    expect(dueIn('ru', 11)).toBe('Жалоба от пользователя Anna (X): ответить через 11 минут');
    expect(dueIn('ru', 21)).toBe('Жалоба от пользователя Anna (X): ответить через 21 минуту');
    expect(dueIn('ru', 22)).toBe('Жалоба от пользователя Anna (X): ответить через 22 минуты');
    expect(dueIn('ru', -1, anon)).toBe('Вопрос клиента (X): ответ просрочен на 1 минуту');
    expect(dueIn('ru', -25, anon)).toBe('Вопрос клиента (X): ответ просрочен на 25 минут');
    expect(dueIn('ru', -180, anon)).toBe('Вопрос клиента (X): ответ просрочен на 3 часа');
    expect(dueIn('ru', -300, anon)).toBe('Вопрос клиента (X): ответ просрочен на 5 часов');
    const o = formatDeadlineNotification(base, due, base.dueAt + 20_000, tz, r);
    expect(o).toEqual({
      title: 'Ответ просрочен',
      message: 'Жалоба от пользователя Anna (X): срок ответа истёк',
    });
  });

  it('Latvian: 1 and 21 singular, 2/5/11 plural, accusative after "par"', () => {
    expect(dueIn('lv', 1)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 1 minūtes');
    expect(dueIn('lv', 2)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 2 minūtēm');
    expect(dueIn('lv', 5)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 5 minūtēm');
    expect(dueIn('lv', 11)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 11 minūtēm');
    expect(dueIn('lv', 21)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 21 minūtes');
    expect(dueIn('lv', 10)).toBe('Klienta Anna sūdzība (X): jāatbild pēc 10 minūtēm');
    expect(dueIn('lv', -1, anon)).toBe('Klienta jautājums (X): atbilde nokavēta par 1 minūti');
    expect(dueIn('lv', -21, anon)).toBe('Klienta jautājums (X): atbilde nokavēta par 21 minūti');
    expect(dueIn('lv', -25, anon)).toBe('Klienta jautājums (X): atbilde nokavēta par 25 minūtēm');
  });

  it('Lithuanian: one (1, 21) / few (2-9, 22) / other (10-20)', () => {
    expect(dueIn('lt', 1)).toBe('Kliento Anna skundas (X): atsakyti reikia po 1 minutės');
    expect(dueIn('lt', 2)).toBe('Kliento Anna skundas (X): atsakyti reikia po 2 minučių');
    expect(dueIn('lt', 21)).toBe('Kliento Anna skundas (X): atsakyti reikia po 21 minutės');
    expect(dueIn('lt', -1, anon)).toBe('Kliento klausimas (X): atsakymas vėluoja 1 minutę');
    expect(dueIn('lt', -5, anon)).toBe('Kliento klausimas (X): atsakymas vėluoja 5 minutes');
    expect(dueIn('lt', -11, anon)).toBe('Kliento klausimas (X): atsakymas vėluoja 11 minučių');
    expect(dueIn('lt', -21, anon)).toBe('Kliento klausimas (X): atsakymas vėluoja 21 minutę');
    expect(dueIn('lt', -600, anon)).toBe('Kliento klausimas (X): atsakymas vėluoja 10 valandų');
  });

  it('Serbian and Croatian: one (1, 21) / few (2-4, 22) / other (5, 11-14)', () => {
    expect(dueIn('sr', 1)).toBe('Žalba korisnika Anna (X): rok za odgovor ističe za 1 minut');
    expect(dueIn('sr', 2)).toBe('Žalba korisnika Anna (X): rok za odgovor ističe za 2 minuta');
    expect(dueIn('sr', 21)).toBe('Žalba korisnika Anna (X): rok za odgovor ističe za 21 minut');
    expect(dueIn('sr', -300, anon)).toBe('Pitanje korisnika (X): odgovor kasni 5 sati');
    expect(dueIn('sr', -120, anon)).toBe('Pitanje korisnika (X): odgovor kasni 2 sata');
    expect(dueIn('hr', 1)).toBe('Pritužba korisnika Anna (X): rok za odgovor istječe za 1 minutu');
    expect(dueIn('hr', 2)).toBe('Pritužba korisnika Anna (X): rok za odgovor istječe za 2 minute');
    expect(dueIn('hr', 5)).toBe('Pritužba korisnika Anna (X): rok za odgovor istječe za 5 minuta');
    expect(dueIn('hr', 12)).toBe('Pritužba korisnika Anna (X): rok za odgovor istječe za 12 minuta');
    expect(dueIn('hr', 21)).toBe('Pritužba korisnika Anna (X): rok za odgovor istječe za 21 minutu');
  });

  it('Estonian: singular after numbers, partitive when late', () => {
    expect(dueIn('et', 7)).toBe('Kliendi Anna kaebus (X): vastamise tähtaeg 7 minuti pärast');
    expect(dueIn('et', -7, anon)).toBe('Kliendi küsimus (X): vastus hilineb 7 minutit');
  });

  it('clock times and weekdays in the language, lower case mid-sentence', () => {
    const friday = t('2026-11-20T16:55:00+02:00');
    const web = { ...base, site: 'web' as const };
    const at = (lang: UiLang) => formatDeadlineNotification(web, warn, friday, tz, locale(lang)).message;
    expect(at('en')).toBe("Anna's complaint on the web is due Monday at 09:15");
    expect(at('lv')).toBe('Klienta Anna sūdzība (tīmeklis): termiņš — pirmdiena, plkst. 09:15');
    expect(at('ru')).toBe('Жалоба от пользователя Anna (веб): срок — понедельник, 09:15');
    expect(at('hr')).toBe('Pritužba korisnika Anna (web): rok — ponedjeljak u 09:15');
    expect(at('et')).toBe('Kliendi Anna kaebus (veeb): tähtaeg — esmaspäev, kell 09:15');
    const later = { ...base, kind: 'praise' as const, dueAt: t('2026-11-23T15:00:00+02:00') };
    expect(
      formatDeadlineNotification(later, warn, t('2026-11-23T10:00:00+02:00'), tz, locale('lt')).message,
    ).toBe('Kliento Anna įrašas (X): atsakyti reikia iki 15:00');
  });

  it('follow-ups, urgency 3 and the quoted excerpt', () => {
    const p = { ...base, text: '  Kur  ir\nmana paka? ', urgency: 3 as const };
    const r = formatDeadlineNotification(p, { at: 0, kind: 'follow-up' }, base.dueAt, tz, locale('lv'));
    expect(r.title).toBe('🔥 Laiks atgriezties pie sarunas');
    expect(r.message).toBe(
      'Jūs apsolījāt klientam Anna atgriezties pie sarunas (X): tas jāizdara tagad\n“Kur ir mana paka?”',
    );
    const a = formatDeadlineNotification(anon, { at: 0, kind: 'follow-up' }, base.dueAt, tz, locale('sr'));
    expect(a.message).toBe('Obećali ste korisniku da ćete mu se javiti (X): vreme je za to');
  });

  it('a key missing from a locale falls back to English, never to the key or ""', () => {
    const partial: NotifyLocale = { lang: 'ru', messages: { notifyTitleDueSoon: { message: 'Скоро' } } };
    const r = formatDeadlineNotification(base, warn, t('2026-11-23T09:10:00+02:00'), tz, partial);
    expect(r.title).toBe('Скоро');
    expect(r.message).toBe("Anna's complaint on X is due in 5 minutes");
  });
});

describe('summary notification', () => {
  it('counts with plural forms', () => {
    expect(formatSummaryNotification(2, 1, locale('en'))).toEqual({
      title: 'Replies waiting',
      message: '2 overdue and 1 due soon. Open Replywise to see them.',
    });
    expect(formatSummaryNotification(5, 0, locale('ru')).message).toBe(
      '5 просроченных ответов. Откройте Replywise, чтобы их увидеть.',
    );
    expect(formatSummaryNotification(2, 21, locale('ru')).message).toBe(
      '2 просроченных ответа и 21 ответ с близким сроком. Откройте Replywise, чтобы их увидеть.',
    );
    expect(formatSummaryNotification(0, 3, locale('lt')).message).toBe(
      '3 atsakymai su artėjančiu terminu. Atidarykite Replywise, kad juos pamatytumėte.',
    );
    expect(formatSummaryNotification(21, 0, locale('lv')).message).toBe(
      '21 nokavēta atbilde. Atveriet Replywise, lai tās redzētu.',
    );
    expect(formatSummaryNotification(12, 0, locale('hr')).message).toBe(
      '12 zakašnjelih odgovora. Otvorite Replywise da biste ih vidjeli.',
    );
  });
});

describe('notification language', () => {
  const okFetch = (lang: UiLang) =>
    (async (url: string) => {
      expect(url).toBe(`chrome-extension://test-extension-id/_locales/${lang}/messages.json`);
      return new Response(localeFile(lang), { status: 200 });
    }) as unknown as typeof fetch;

  it('reads the locale file from the extension, once', async () => {
    let calls = 0;
    const f = (async (url: string) => {
      calls++;
      return okFetch('et')(url);
    }) as unknown as typeof fetch;
    const a = await loadNotifyLocale('et', f);
    const b = await loadNotifyLocale('et', f);
    expect(a.lang).toBe('et');
    expect(b).toBe(a);
    expect(calls).toBe(1);
  });

  it('falls back to English when the file is missing or malformed', async () => {
    const missing = (async () => new Response('nope', { status: 404 })) as unknown as typeof fetch;
    expect((await loadNotifyLocale('sr', missing)).lang).toBe('en');
    const bad = (async () => new Response('{"a": 1}', { status: 200 })) as unknown as typeof fetch;
    expect((await loadNotifyLocale('hr', bad)).lang).toBe('en');
    // Not cached as a failure: a good file is read the next time.
    expect((await loadNotifyLocale('hr', okFetch('hr'))).lang).toBe('hr');
  });

  it("the agent's setting wins over the browser's language", async () => {
    const orig = mock.i18n.getUILanguage;
    try {
      mock.i18n.getUILanguage = () => 'lt-LT';
      expect(await notifyLang()).toBe('lt');
      await setSetting(await getDb(), 'uiLang', 'ru');
      expect(await notifyLang()).toBe('ru');
      mock.i18n.getUILanguage = () => 'de-DE';
      await (await getDb()).settings.delete('uiLang');
      expect(await notifyLang()).toBe('en');
    } finally {
      mock.i18n.getUILanguage = orig;
    }
  });

  it("showAlert without a locale uses the agent's setting and reads that locale file", async () => {
    const db = await getDb();
    await setSetting(db, 'uiLang', 'ru');
    const fetchStub = vi.fn(async (url: string) => {
      expect(url).toBe('chrome-extension://test-extension-id/_locales/ru/messages.json');
      return new Response(localeFile('ru'), { status: 200 });
    });
    vi.stubGlobal('fetch', fetchStub);
    try {
      const id = await showAlert(base, { at: 7, kind: 'warn' }, base.dueAt - 2 * 60_000, 'Europe/Riga');
      expect(mock.notifications._store.get(id)).toMatchObject({
        title: 'Скоро срок ответа',
        message: 'Жалоба от пользователя Anna (X): ответить через 2 минуты',
      });
    } finally {
      vi.unstubAllGlobals();
      await db.settings.delete('uiLang');
    }
  });

  it('showSummary creates the notification in the given language', async () => {
    await showSummary(3, 0, locale('ru'));
    expect(mock.notifications._store.get('rw-deadline:summary')).toMatchObject({
      title: 'Ждут ответа',
      message: '3 просроченных ответа. Откройте Replywise, чтобы их увидеть.',
    });
  });
});

describe('localText (insert results shown from the background)', () => {
  it('translates a shipped key with its substitutions, else keeps the English sentence', () => {
    expect(localText(locale('ru'), 'insertFbRevertedCopied', ['paste'], 'English')).toBe(
      'Редактор принял текст (paste), но затем отменил его. Ответ скопирован в буфер обмена: вставьте его с помощью Ctrl+V (⌘V).',
    );
    expect(localText(locale('sr'), 'insertNoTab', undefined, 'English')).toMatch(/^Objava nije otvorena/);
    expect(localText(locale('ru'), 'nope', [], 'English sentence')).toBe('English sentence');
    expect(localText(locale('ru'), undefined, [], 'English sentence')).toBe('English sentence');
    expect(localText(locale('ru'), 'constructor', [], 'English sentence')).toBe('English sentence');
  });
});

describe('notification ids', () => {
  it('round-trip keys that contain colons', () => {
    expect(keyOfNotification(notificationId('web:https://a.b/c', 5))).toBe('web:https://a.b/c');
    expect(keyOfNotification('other')).toBeNull();
  });
  it('only web pages open', () => {
    expect(isOpenableUrl('https://x.com/a')).toBe(true);
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('chrome://settings')).toBe(false);
    expect(isOpenableUrl('not a url')).toBe(false);
  });
});

describe('badge', () => {
  it('counts due soon, follow-up and overdue; worst colour wins', () => {
    expect(badgeFor(['new', 'held', 'answered', 'snoozed'])).toMatchObject({
      text: '',
      title: 'Replywise: nothing due',
    });
    expect(badgeFor(['due-soon', 'follow-up', 'new'])).toMatchObject({
      text: '2',
      color: BADGE_COLORS.dueSoon,
    });
    expect(badgeFor(['due-soon', 'overdue'])).toMatchObject({
      text: '2',
      color: BADGE_COLORS.overdue,
      title: 'Replywise: 1 overdue, 1 due soon',
    });
    expect(badgeFor(Array(120).fill('overdue')).text).toBe('99+');
  });
  it('is applied to the toolbar button', async () => {
    await applyBadge(badgeFor(['overdue']));
    expect(mock.action._badge()).toEqual({ text: '1', color: BADGE_COLORS.overdue });
  });
});

describe('alarm', () => {
  it('arms, moves and clears the one alarm', async () => {
    const now = t('2026-11-23T10:00:00Z');
    expect(await armDeadlineAlarm(now + 60_000, now)).toBe(now + 60_000);
    expect(await armDeadlineAlarm(now - 5000, now)).toBe(now + 1000);
    expect(await deadlineAlarmTime()).toBe(now + 1000);
    expect([...mock.alarms._store.keys()]).toEqual([DEADLINE_ALARM]);
    expect(await armDeadlineAlarm(null, now)).toBeNull();
    expect(await deadlineAlarmTime()).toBeNull();
  });
});
