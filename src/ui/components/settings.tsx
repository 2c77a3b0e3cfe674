/**
 * Settings: the agent (name, initials), UI language and theme, brands (with ambiguity hints), the response
 * policy per brand (a week editor with split shifts, holidays, iCal import, targets), the voice per brand,
 * and backup/restore. Every form validates before saving: a bad policy never replaces the one in force.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultPolicy, importIcsHolidays, mergeHolidays, PolicyError } from '../../core/deadlines/index.ts';
import { send } from '../../shared/runtime.ts';
import type { Brand, Platform, Policy, UiLang, Voice, Weekday } from '../../shared/types.ts';
import { PLATFORMS, UI_LANGS, WEEKDAYS } from '../../shared/types.ts';
import { exportBackup, restoreBackup } from '../../storage/backup.ts';
import { deleteBrand, saveBrand } from '../../storage/brands.ts';
import { getDb, writeTx } from '../../storage/db.ts';
import { savePolicy } from '../../storage/posts-deadlines.ts';
import { getSetting, type SettingsMap, setSetting } from '../../storage/settings.ts';
import { brandHints } from '../brand-check.ts';
import { downloadText, today } from '../download.ts';
import { useLive } from '../hooks.ts';
import { errorText, fmtNumber, intlLocale, type MsgKey, t } from '../i18n.ts';
import { platformName } from '../labels.ts';
import { FileButton } from './file-button.tsx';
import { useStatus } from './status.tsx';

const SECTIONS: { id: string; label: MsgKey }[] = [
  { id: 'agent', label: 'setAgent' },
  { id: 'brands', label: 'setBrands' },
  { id: 'policy', label: 'setPolicy' },
  { id: 'voice', label: 'setVoice' },
  { id: 'backup', label: 'setBackup' },
];

const LANG_NAMES: Record<UiLang, string> = {
  en: 'English',
  lv: 'Latviešu',
  lt: 'Lietuvių',
  et: 'Eesti',
  ru: 'Русский',
  sr: 'Srpski',
  hr: 'Hrvatski',
};

const errMsg = (e: unknown) => errorText(e);

export function SettingsView({ section }: { section?: string | undefined }) {
  const current = SECTIONS.some((s) => s.id === section) ? (section as string) : 'agent';
  return (
    <section class="settings" aria-labelledby="settings-title" data-testid="settings">
      <div class="view-head">
        <h2 id="settings-title">{t('settingsTitle')}</h2>
      </div>
      <nav aria-label={t('settingsSections')}>
        <ul class="subnav">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#/settings/${s.id}`} aria-current={s.id === current ? 'page' : undefined}>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {current === 'agent' && <AgentSection />}
      {current === 'brands' && <BrandsSection />}
      {current === 'policy' && <PolicySection />}
      {current === 'voice' && <VoiceSection />}
      {current === 'backup' && <BackupSection />}
    </section>
  );
}

/* ---------------------------------------------------------------- agent, language, theme */

function AgentSection() {
  const data = useLive(
    async (db) => ({
      agent: await getSetting(db, 'agent'),
      uiLang: await getSetting(db, 'uiLang'),
      theme: await getSetting(db, 'theme'),
    }),
    [],
  );
  if (!data.value) return <p class="muted">{t('loading')}</p>;
  return <AgentForm key={JSON.stringify(data.value)} {...data.value} />;
}

function AgentForm(p: { agent?: SettingsMap['agent']; uiLang?: UiLang; theme?: SettingsMap['theme'] }) {
  const [name, setName] = useState(p.agent?.name ?? '');
  const [initials, setInitials] = useState(p.agent?.initials ?? '');
  const [error, setError] = useState('');
  const show = useStatus();
  const save = async (e: Event) => {
    e.preventDefault();
    const n = name.trim();
    const i = initials.trim();
    if (!n && !i) return setError(t('agentNeedName'));
    if (i.length > 8) return setError(t('agentInitialsLong'));
    setError('');
    await setSetting(await getDb(), 'agent', { name: n, initials: i });
    show({ text: t('saved') });
  };
  return (
    <section aria-labelledby="set-agent">
      <h3 id="set-agent">{t('setAgent')}</h3>
      <form onSubmit={save} noValidate>
        <label class="field">
          <span>{t('agentName')}</span>
          <input
            type="text"
            value={name}
            autocomplete="name"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>{t('agentInitials')}</span>
          <input
            type="text"
            value={initials}
            maxLength={8}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'agent-err' : 'agent-help'}
            onInput={(e) => setInitials((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <p id="agent-help" class="muted hint">
          {t('agentHelp')}
        </p>
        {error && (
          <p id="agent-err" class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn btn--primary">
          {t('save')}
        </button>
      </form>
      <h3>{t('setLanguage')}</h3>
      <div class="row">
        <label class="field field--inline">
          <span>{t('uiLanguage')}</span>
          <select
            value={p.uiLang ?? ''}
            data-setting="uiLang"
            onChange={async (e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const db = await getDb();
              if (!v) await writeTx(db, ['settings'], async () => void (await db.settings.delete('uiLang')));
              else await setSetting(db, 'uiLang', v as UiLang);
            }}
          >
            <option value="">{t('followBrowser')}</option>
            {UI_LANGS.map((l) => (
              <option key={l} value={l} lang={l === 'sr' ? 'sr-Latn' : l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('theme')}</span>
          <select
            value={p.theme ?? 'system'}
            data-setting="theme"
            onChange={async (e) =>
              setSetting(
                await getDb(),
                'theme',
                (e.currentTarget as HTMLSelectElement).value as SettingsMap['theme'],
              )
            }
          >
            <option value="system">{t('themeSystem')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </label>
      </div>
    </section>
  );
}

/* ---------------------------------------------------------------- brands */

const listOf = (s: string) =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function BrandsSection() {
  const brands = useLive((db) => db.brands.toArray(), []);
  const [editing, setEditing] = useState<Brand | 'new' | null>(null);
  const show = useStatus();
  const remove = async (b: Brand) => {
    const db = await getDb();
    await deleteBrand(db, b.id);
    send('deadlines/refresh', {}).catch(() => undefined);
    setEditing(null);
    show({
      text: t('brandDeleted', b.name),
      undo: async () => {
        await saveBrand(db, b);
      },
    });
  };
  return (
    <section aria-labelledby="set-brands">
      <h3 id="set-brands">{t('setBrands')}</h3>
      <ul class="plain-list">
        {(brands.value ?? []).map((b) => (
          <li key={b.id} class="brand-item">
            <span>
              <strong>{b.name}</strong>{' '}
              <span class="muted">{[...(b.aliases ?? []), ...(b.handles ?? [])].join(', ')}</span>
            </span>
            <button
              type="button"
              class="btn btn--small"
              onClick={() => setEditing(b)}
              aria-label={t('editNamed', b.name)}
            >
              {t('edit')}
            </button>
          </li>
        ))}
      </ul>
      {brands.value?.length === 0 && <p class="muted">{t('brandsEmpty')}</p>}
      <button type="button" class="btn" onClick={() => setEditing('new')} data-action="new-brand">
        {t('brandAdd')}
      </button>
      {editing && (
        <BrandForm
          key={editing === 'new' ? 'new' : editing.id}
          brand={editing === 'new' ? null : editing}
          taken={(brands.value ?? []).map((b) => b.id)}
          onDone={() => setEditing(null)}
          onDelete={remove}
        />
      )}
    </section>
  );
}

function BrandForm({
  brand,
  taken,
  onDone,
  onDelete,
}: {
  brand: Brand | null;
  taken: string[];
  onDone: () => void;
  onDelete: (b: Brand) => void;
}) {
  const [f, setF] = useState({
    id: brand?.id ?? '',
    name: brand?.name ?? '',
    aliases: (brand?.aliases ?? []).join(', '),
    handles: (brand?.handles ?? []).join(', '),
    hashtags: (brand?.hashtags ?? []).join(', '),
    require: (brand?.require ?? []).join(', '),
    exclude: (brand?.exclude ?? []).join(', '),
    languages: (brand?.languages ?? []).join(', '),
  });
  const [error, setError] = useState('');
  const show = useStatus();
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headRef.current?.focus(), []);
  const draft: Brand = {
    id: f.id.trim() || f.name.trim().toLowerCase().replace(/\s+/g, '-'),
    name: f.name.trim(),
    aliases: listOf(f.aliases),
    handles: listOf(f.handles),
    hashtags: listOf(f.hashtags),
    require: listOf(f.require),
    exclude: listOf(f.exclude),
    languages: listOf(f.languages),
  };
  const hints = brandHints(draft);
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      if (!brand && taken.includes(draft.id)) throw new Error(t('brandIdTaken', draft.id));
      // The repository validates (naming the field) and refuses a name another brand already uses.
      await saveBrand(await getDb(), draft);
      send('deadlines/refresh', {}).catch(() => undefined);
      show({ text: t('saved') });
      onDone();
    } catch (er) {
      setError(errMsg(er));
    }
  };
  const field = (k: keyof typeof f, label: MsgKey, help?: MsgKey) => (
    <label class="field">
      <span>{t(label)}</span>
      <input
        type="text"
        value={f[k]}
        readOnly={k === 'id' && brand !== null}
        onInput={(e) => setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value })}
      />
      {help && <span class="muted hint">{t(help)}</span>}
    </label>
  );
  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="brand-form-title">
      <h4 id="brand-form-title" ref={headRef} tabIndex={-1}>
        {brand ? t('editNamed', brand.name) : t('brandAdd')}
      </h4>
      {field('name', 'brandName')}
      {field('id', 'brandId', 'brandIdHelp')}
      {field('aliases', 'brandAliases', 'listHelp')}
      {field('handles', 'brandHandles')}
      {field('hashtags', 'brandHashtags')}
      {field('require', 'brandRequire', 'brandRequireHelp')}
      {field('exclude', 'brandExclude', 'brandExcludeHelp')}
      {field('languages', 'brandLanguages')}
      {hints.length > 0 && (
        <div class="hints" role="note" aria-label={t('brandHints')}>
          <h5>{t('brandHints')}</h5>
          <ul>
            {hints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn btn--primary">
          {t('save')}
        </button>
        {brand && (
          <button type="button" class="btn btn--danger" onClick={() => onDelete(brand)}>
            {t('delete')}
          </button>
        )}
        <button type="button" class="btn btn--ghost" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/* ---------------------------------------------------------------- policy */

function BrandScope({
  value,
  onChange,
  brands,
}: {
  value: string;
  onChange: (v: string) => void;
  brands: Brand[];
}) {
  return (
    <label class="field field--inline">
      <span>{t('appliesTo')}</span>
      <select
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
        data-setting="scope"
      >
        <option value="">{t('allBrandsDefault')}</option>
        {brands.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A brand's own policy or voice (`policy:<id>`), the default one, and the brands to choose from. */
function useScopedSetting<K extends 'policy' | 'voice'>(kind: K, scope: string) {
  return useLive(
    async (db) => ({
      brands: await db.brands.toArray(),
      own: (await getSetting(db, scope ? `${kind}:${scope}` : kind)) as SettingsMap[K] | undefined,
      fallback: (await getSetting(db, kind)) as SettingsMap[K] | undefined,
    }),
    [scope],
  );
}

function PolicySection() {
  const [scope, setScope] = useState('');
  const data = useScopedSetting('policy', scope);
  if (!data.value) return <p class="muted">{t('loading')}</p>;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const start = data.value.own ?? data.value.fallback ?? defaultPolicy(zone);
  return (
    <section aria-labelledby="set-policy">
      <h3 id="set-policy">{t('setPolicy')}</h3>
      <BrandScope value={scope} onChange={setScope} brands={data.value.brands} />
      {scope && !data.value.own && <p class="muted">{t('policyInherited')}</p>}
      <PolicyForm
        key={`${scope}|${JSON.stringify(start)}`}
        initial={start}
        scope={scope}
        hasOwn={!!data.value.own}
      />
    </section>
  );
}

const WEEKDAY_DATES: Record<Weekday, number> = { mon: 5, tue: 6, wed: 7, thu: 8, fri: 9, sat: 10, sun: 11 };
function weekdayName(d: Weekday): string {
  // 2026-01-05 is a Monday.
  return new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, WEEKDAY_DATES[d]),
  );
}

function PolicyForm({ initial, scope, hasOwn }: { initial: Policy; scope: string; hasOwn: boolean }) {
  const [p, setP] = useState<Policy>(() => structuredClone(initial));
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  const [newHoliday, setNewHoliday] = useState('');
  const show = useStatus();

  const setDay = (d: Weekday, ranges: [string, string][]) => setP({ ...p, week: { ...p.week, [d]: ranges } });
  const save = async (e: Event) => {
    e.preventDefault();
    try {
      // Validated by the repository first: a bad policy never replaces the one in force.
      await savePolicy(await getDb(), p, scope || undefined);
      setError(null);
      send('deadlines/refresh', {}).catch(() => undefined);
      show({ text: t('policySaved') });
    } catch (er) {
      const field = er instanceof PolicyError ? er.field : '';
      setError({ field, text: errMsg(er) });
      requestAnimationFrame(() => document.getElementById('policy-error')?.focus());
    }
  };
  const importIcs = async (file: File) => {
    try {
      const r = importIcsHolidays(await file.text());
      setP({ ...p, holidays: mergeHolidays(p.holidays, r.holidays) });
      show({ text: t('icsImported', r.holidays.length, r.skipped.length) });
    } catch (er) {
      setError({ field: 'holidays', text: errMsg(er) });
    }
  };
  const bad = (field: string) =>
    error &&
    (error.field === field || error.field.startsWith(`${field}[`) || error.field.startsWith(`${field}.`))
      ? true
      : undefined;

  return (
    <form onSubmit={save} noValidate class="policy-form" data-testid="policy-form">
      <label class="field field--inline">
        <span>{t('timezone')}</span>
        <input
          type="text"
          value={p.timezone}
          aria-invalid={bad('timezone')}
          onInput={(e) => setP({ ...p, timezone: (e.currentTarget as HTMLInputElement).value })}
        />
      </label>
      <fieldset class="week" aria-invalid={bad('week')}>
        <legend>{t('weekHours')}</legend>
        {WEEKDAYS.map((d) => {
          const ranges = p.week[d] ?? [];
          return (
            <fieldset class="day" key={d}>
              <legend class="day-name">{weekdayName(d)}</legend>
              {ranges.length === 0 && <span class="muted">{t('closed')}</span>}
              {ranges.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a shift is its position in the day while it is edited
                <span class="range" key={`${d}-${i}`}>
                  <input
                    type="time"
                    value={r[0]}
                    aria-label={t('rangeFrom', weekdayName(d), i + 1)}
                    aria-invalid={bad(`week.${d}`)}
                    onInput={(e) =>
                      setDay(
                        d,
                        ranges.map((x, k) =>
                          k === i ? [(e.currentTarget as HTMLInputElement).value, x[1]] : x,
                        ),
                      )
                    }
                  />
                  –
                  <input
                    type="time"
                    value={r[1] === '24:00' ? '23:59' : r[1]}
                    aria-label={t('rangeTo', weekdayName(d), i + 1)}
                    aria-invalid={bad(`week.${d}`)}
                    onInput={(e) =>
                      setDay(
                        d,
                        ranges.map((x, k) =>
                          k === i ? [x[0], (e.currentTarget as HTMLInputElement).value] : x,
                        ),
                      )
                    }
                  />
                  <button
                    type="button"
                    class="btn btn--small btn--ghost"
                    aria-label={t('rangeRemove', weekdayName(d), i + 1)}
                    onClick={() =>
                      setDay(
                        d,
                        ranges.filter((_, k) => k !== i),
                      )
                    }
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                class="btn btn--small"
                aria-label={t('rangeAdd', weekdayName(d))}
                onClick={() => {
                  const last = ranges[ranges.length - 1];
                  setDay(d, [
                    ...ranges,
                    last ? [last[1] < '22:00' ? bump(last[1], 60) : '22:00', '23:00'] : ['09:00', '18:00'],
                  ]);
                }}
              >
                {t('rangeAddShort')}
              </button>
            </fieldset>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('holidays')}</legend>
        <ul class="chips">
          {(p.holidays ?? []).map((h) => (
            <li key={h}>
              {h}
              <button
                type="button"
                class="btn btn--small btn--ghost"
                aria-label={t('holidayRemove', h)}
                onClick={() => setP({ ...p, holidays: (p.holidays ?? []).filter((x) => x !== h) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div class="row">
          <label class="field field--inline">
            <span>{t('holidayAdd')}</span>
            <input
              type="date"
              value={newHoliday}
              onInput={(e) => setNewHoliday((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button
            type="button"
            class="btn btn--small"
            onClick={() => {
              if (!/^\d{4}-\d{2}-\d{2}$/.test(newHoliday)) return;
              setP({ ...p, holidays: mergeHolidays(p.holidays, [newHoliday]) });
              setNewHoliday('');
            }}
          >
            {t('add')}
          </button>
          <FileButton
            class="btn btn--small"
            label={t('icsImport')}
            accept=".ics,text/calendar"
            testId="ics-file"
            onFile={importIcs}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('targets')}</legend>
        <div class="targets">
          {(['default', ...PLATFORMS.filter((x) => x !== 'web')] as (Platform | 'default')[]).map((k) => (
            <label class="field field--inline" key={k}>
              <span>{k === 'default' ? t('targetDefault') : platformName(k as Platform)}</span>
              <input
                type="number"
                min={1}
                step={1}
                value={p.targets[k] ?? ''}
                aria-invalid={bad(`targets.${k}`)}
                onInput={(e) => {
                  const v = (e.currentTarget as HTMLInputElement).value;
                  const next = { ...p.targets };
                  if (v === '') delete next[k];
                  else next[k] = Number(v);
                  setP({ ...p, targets: next });
                }}
              />
              <span class="muted">{t('minutesUnit')}</span>
            </label>
          ))}
        </div>
        <label class="field field--inline">
          <span>{t('warnBefore')}</span>
          <input
            type="number"
            min={0}
            max={90}
            step={5}
            value={Math.round((p.warnBefore ?? 0.25) * 100)}
            onInput={(e) =>
              setP({ ...p, warnBefore: Number((e.currentTarget as HTMLInputElement).value) / 100 })
            }
          />
          <span class="muted">%</span>
        </label>
      </fieldset>
      {error && (
        <p id="policy-error" class="error" role="alert" tabIndex={-1}>
          {error.text}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn btn--primary" data-action="save-policy">
          {t('save')}
        </button>
        {scope && hasOwn && (
          <button
            type="button"
            class="btn btn--ghost"
            onClick={async () => {
              const db = await getDb();
              await writeTx(db, ['settings'], async () => void (await db.settings.delete(`policy:${scope}`)));
              send('deadlines/refresh', {}).catch(() => undefined);
              show({ text: t('policyReset') });
            }}
          >
            {t('useDefault')}
          </button>
        )}
      </div>
    </form>
  );
}

function bump(hhmm: string, minutes: number): string {
  const [h, m] = hhmm.split(':').map(Number);
  const total = Math.min(23 * 60, (h ?? 0) * 60 + (m ?? 0) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/* ---------------------------------------------------------------- voice */

const DEFAULT_VOICE: Voice = { voice: 'friendly', address: 'formal', emoji: false, maxLength: 280 };

function VoiceSection() {
  const [scope, setScope] = useState('');
  const data = useScopedSetting('voice', scope);
  if (!data.value) return <p class="muted">{t('loading')}</p>;
  const v = data.value.own ?? data.value.fallback ?? DEFAULT_VOICE;
  return (
    <section aria-labelledby="set-voice">
      <h3 id="set-voice">{t('setVoice')}</h3>
      <BrandScope value={scope} onChange={setScope} brands={data.value.brands} />
      <VoiceForm key={`${scope}|${JSON.stringify(v)}`} initial={v} scope={scope} />
    </section>
  );
}

function VoiceForm({ initial, scope }: { initial: Voice; scope: string }) {
  const [v, setV] = useState<Voice>(initial);
  const [error, setError] = useState('');
  const show = useStatus();
  const save = async (e: Event) => {
    e.preventDefault();
    if (
      v.maxLength !== undefined &&
      (!Number.isInteger(v.maxLength) || v.maxLength < 20 || v.maxLength > 20_000)
    )
      return setError(t('voiceMaxLengthBad'));
    if ((v.signature ?? '').length > 40) return setError(t('voiceSignatureLong'));
    setError('');
    const clean: Voice = { voice: v.voice, address: v.address, emoji: !!v.emoji };
    if (v.maxLength) clean.maxLength = v.maxLength;
    if (v.signature?.trim()) clean.signature = v.signature.trim();
    if (v.lang) clean.lang = v.lang;
    await setSetting(await getDb(), scope ? `voice:${scope}` : 'voice', clean);
    show({ text: t('saved') });
  };
  return (
    <form onSubmit={save} noValidate>
      <div class="row">
        <label class="field field--inline">
          <span>{t('voiceStyle')}</span>
          <select
            value={v.voice}
            onChange={(e) =>
              setV({ ...v, voice: (e.currentTarget as HTMLSelectElement).value as Voice['voice'] })
            }
          >
            <option value="friendly">{t('voiceFriendly')}</option>
            <option value="humorous">{t('voiceHumorous')}</option>
            <option value="formal">{t('voiceFormal')}</option>
          </select>
        </label>
        <label class="field field--inline">
          <span>{t('voiceAddress')}</span>
          <select
            value={v.address}
            onChange={(e) =>
              setV({ ...v, address: (e.currentTarget as HTMLSelectElement).value as Voice['address'] })
            }
          >
            <option value="formal">{t('addressFormal')}</option>
            <option value="informal">{t('addressInformal')}</option>
          </select>
        </label>
        <label class="field field--inline">
          <input
            type="checkbox"
            checked={!!v.emoji}
            onChange={(e) => setV({ ...v, emoji: (e.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('voiceEmoji')}</span>
        </label>
      </div>
      <div class="row">
        <label class="field field--inline">
          <span>{t('voiceMaxLength')}</span>
          <input
            type="number"
            min={20}
            value={v.maxLength ?? ''}
            onInput={(e) => {
              const x = (e.currentTarget as HTMLInputElement).value;
              setV({ ...v, maxLength: x === '' ? undefined : Number(x) });
            }}
          />
        </label>
        <label class="field field--inline">
          <span>{t('voiceSignature')}</span>
          <input
            type="text"
            value={v.signature ?? ''}
            onInput={(e) => setV({ ...v, signature: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="field field--inline">
          <span>{t('voiceLang')}</span>
          <select
            value={v.lang ?? ''}
            onChange={(e) => setV({ ...v, lang: (e.currentTarget as HTMLSelectElement).value || undefined })}
          >
            <option value="">{t('any')}</option>
            {UI_LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn btn--primary">
        {t('save')}
      </button>
    </form>
  );
}

/* ---------------------------------------------------------------- backup */

function BackupSection() {
  const [pending, setPending] = useState<{ name: string; text: string } | null>(null);
  const [error, setError] = useState('');
  const show = useStatus();
  return (
    <section aria-labelledby="set-backup">
      <h3 id="set-backup">{t('setBackup')}</h3>
      <p class="muted">{t('backupHelp')}</p>
      <div class="actions">
        <button
          type="button"
          class="btn"
          data-action="backup"
          onClick={async () => {
            try {
              downloadText(
                `replywise-backup-${today()}.json`,
                await exportBackup(await getDb()),
                'application/json',
              );
            } catch (e) {
              setError(errMsg(e));
            }
          }}
        >
          {t('backupDownload')}
        </button>
        <FileButton
          label={t('restoreChoose')}
          accept=".json,application/json"
          testId="restore-file"
          onFile={async (file) => setPending({ name: file.name, text: await file.text() })}
        />
      </div>
      {pending && (
        <div class="card" role="alertdialog" aria-labelledby="restore-title" aria-describedby="restore-desc">
          <h4 id="restore-title">{t('restoreTitle', pending.name)}</h4>
          <p id="restore-desc">{t('restoreWarning')}</p>
          <div class="actions">
            <button
              type="button"
              class="btn btn--danger"
              data-action="confirm-restore"
              onClick={async () => {
                try {
                  const r = await restoreBackup(await getDb(), pending.text);
                  setPending(null);
                  setError('');
                  send('deadlines/refresh', {}).catch(() => undefined);
                  show({
                    text: t('restored', fmtNumber(r.counts.posts ?? 0), fmtNumber(r.counts.faqs ?? 0)),
                  });
                } catch (er) {
                  setError(errMsg(er));
                }
              }}
            >
              {t('restoreConfirm')}
            </button>
            <button type="button" class="btn" onClick={() => setPending(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
