/**
 * The words on a mark and in its tooltip, in the agent's UI language (the 7 UI locales). Kept here rather
 * than loaded from _locales/*.json: the watcher needs a dozen words, not the UI's whole catalogue, and a
 * content script cannot read the agent's chosen language from browser.i18n (that follows the browser).
 * The kind and state words are the side panel's own (a test checks them against the locale files), so a
 * post reads the same on the page and in the inbox.
 */
import { type Kind, type PostState, UI_LANGS, type UiLang } from '../shared/types.ts';

interface Words {
  kind: Record<Kind, string>;
  state: Partial<Record<PostState, string>>;
  /** "{t} left" / "overdue {t}"; {t} is a duration such as "2 h 5 min". */
  left: string;
  overdue: string;
  /** Tooltip: "urgency {n} of 3". */
  urgency: string;
}

export const WORDS: Record<UiLang, Words> = {
  en: {
    kind: { complaint: 'complaint', question: 'question', praise: 'praise', other: 'mention' },
    state: { answered: 'answered', dismissed: 'not relevant', snoozed: 'snoozed', held: 'held' },
    left: '{t} left',
    overdue: 'overdue {t}',
    urgency: 'urgency {n} of 3',
  },
  lv: {
    kind: { complaint: 'sūdzība', question: 'jautājums', praise: 'uzslava', other: 'pieminējums' },
    state: { answered: 'atbildēts', dismissed: 'nav būtisks', snoozed: 'atlikts', held: 'gaida' },
    left: 'vēl {t}',
    overdue: 'nokavēts {t}',
    urgency: 'steidzamība {n} no 3',
  },
  lt: {
    kind: { complaint: 'skundas', question: 'klausimas', praise: 'pagyrimas', other: 'paminėjimas' },
    state: { answered: 'atsakyta', dismissed: 'nesvarbu', snoozed: 'atidėta', held: 'laukia' },
    left: 'liko {t}',
    overdue: 'vėluoja {t}',
    urgency: 'skubumas {n} iš 3',
  },
  et: {
    kind: { complaint: 'kaebus', question: 'küsimus', praise: 'kiitus', other: 'mainimine' },
    state: { answered: 'vastatud', dismissed: 'ebaoluline', snoozed: 'edasi lükatud', held: 'ootel' },
    left: 'jäänud {t}',
    overdue: 'hilinenud {t}',
    urgency: 'kiireloomulisus {n}/3',
  },
  ru: {
    kind: { complaint: 'жалоба', question: 'вопрос', praise: 'похвала', other: 'упоминание' },
    state: { answered: 'отвечено', dismissed: 'не относится', snoozed: 'отложено', held: 'ожидает' },
    left: 'осталось {t}',
    overdue: 'просрочено на {t}',
    urgency: 'срочность {n} из 3',
  },
  sr: {
    kind: { complaint: 'žalba', question: 'pitanje', praise: 'pohvala', other: 'pominjanje' },
    state: { answered: 'odgovoreno', dismissed: 'nebitno', snoozed: 'odloženo', held: 'na čekanju' },
    left: 'preostalo {t}',
    overdue: 'kasni {t}',
    urgency: 'hitnost {n} od 3',
  },
  hr: {
    kind: { complaint: 'pritužba', question: 'pitanje', praise: 'pohvala', other: 'spominjanje' },
    state: { answered: 'odgovoreno', dismissed: 'nevažno', snoozed: 'odgođeno', held: 'na čekanju' },
    left: 'preostalo {t}',
    overdue: 'kasni {t}',
    urgency: 'hitnost {n} od 3',
  },
};

export interface MarkText {
  readonly lang: UiLang;
  kind(k: Kind): string;
  /** The word for a state the badge shows instead of the kind (answered, dismissed, snoozed, held). */
  state(s: PostState): string | undefined;
  /** "12 min left", "vēl 2 h 5 min", "просрочено на 7 мин" (minutes rounded). */
  timeLeft(dueAt: number, now: number): string;
  urgency(n: number): string;
}

export function isUiLang(v: unknown): v is UiLang {
  return typeof v === 'string' && (UI_LANGS as readonly string[]).includes(v);
}

/** A UI language from a BCP 47 tag ("lv-LV" → lv, "sr-Latn-RS" → sr, "bs" → hr); English otherwise. */
export function uiLangOf(tag: string | null | undefined): UiLang {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (isUiLang(base)) return base;
  if (base === 'bs' || base === 'sh') return 'hr';
  return 'en';
}

export function markText(lang: UiLang = 'en'): MarkText {
  const w = WORDS[lang];
  // Intl's short units ("2 h", "5 min", "2 st.", "5 мин") in the language; plain numbers without Intl.
  let hours: (n: number) => string;
  let minutes: (n: number) => string;
  // Serbian as the UI writes it: Latin script (Intl's plain "sr" is Cyrillic).
  const locale = lang === 'sr' ? 'sr-Latn' : lang;
  try {
    const h = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' });
    const m = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    hours = (n) => h.format(n);
    minutes = (n) => m.format(n);
  } catch {
    hours = (n) => `${n} h`;
    minutes = (n) => `${n} min`;
  }
  return {
    lang,
    kind: (k) => w.kind[k],
    state: (s) => w.state[s],
    timeLeft(dueAt, now) {
      const diff = Math.round((dueAt - now) / 60_000);
      const abs = Math.abs(diff);
      const span =
        abs >= 60 ? `${hours(Math.floor(abs / 60))}${abs % 60 ? ` ${minutes(abs % 60)}` : ''}` : minutes(abs);
      return (diff >= 0 ? w.left : w.overdue).replace('{t}', span);
    },
    urgency: (n) => w.urgency.replace('{n}', String(n)),
  };
}
