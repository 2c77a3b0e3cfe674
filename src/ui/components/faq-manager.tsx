/**
 * The FAQ manager: every entry with search (diacritic- and case-insensitive), tags and usage counts in a
 * virtualised list; an editor with a live preview of the template variables; import (CSV or JSON) with a
 * preview and per-row errors (line, column, reason) before anything is written, where the agent chooses
 * what happens to entries whose id already exists (merge, replace or skip); export; undo for deletes and
 * imports; and "forget my picks" (the learned preferences of the suggestions, with undo).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  checkEntry,
  fillTemplate,
  type ParseResult,
  parseFaqFile,
  serializeFaqCsv,
  serializeFaqJson,
  TEMPLATE_VARIABLES,
  templateVariables,
} from '../../core/faq/index.ts';
import { fold } from '../../core/text/index.ts';
import type { FaqEntry } from '../../shared/types.ts';
import { UI_LANGS } from '../../shared/types.ts';
import { getDb, writeTx } from '../../storage/db.ts';
import {
  deleteFaq,
  INDEX_CACHE_KEY,
  importFaqs,
  type OnExisting,
  resetPicks,
  saveFaq,
} from '../../storage/faqs.ts';
import { downloadText, today } from '../download.ts';
import { Highlighted, variableSpans } from '../highlight.tsx';
import { navigate, useDebounced, useLive, useMarkOnce } from '../hooks.ts';
import { errorText, fmtDate, fmtNumber, type MsgKey, t } from '../i18n.ts';
import { FileButton } from './file-button.tsx';
import { useStatus } from './status.tsx';
import { VirtualListbox } from './virtual-listbox.tsx';

const ROW = 64;
const NEW = '__new__';

export function FaqManager({ selectedId }: { selectedId?: string | undefined }) {
  const faqs = useLive((db) => db.faqs.toArray(), []);
  const pickCount = useLive((db) => db.faqPicks.count(), []);
  const brands = useLive((db) => db.brands.toArray(), []);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [active, setActive] = useState(0);
  const [importing, setImporting] = useState<{ name: string; result: ParseResult } | null>(null);
  const show = useStatus();
  const q = useDebounced(query, 120);

  // The folded search text is built on the first search, not on load (10,000 entries open at once).
  const hayOf = useMemo(() => {
    const cache = new WeakMap<FaqEntry, string>();
    return (e: FaqEntry) => {
      let h = cache.get(e);
      if (h === undefined) {
        h = fold(`${e.id} ${e.questions.join(' ')} ${e.answer} ${(e.tags ?? []).join(' ')}`);
        cache.set(e, h);
      }
      return h;
    };
  }, []);
  const tags = useMemo(() => {
    const c = new Map<string, number>();
    for (const entry of faqs.value ?? []) for (const tg of entry.tags ?? []) c.set(tg, (c.get(tg) ?? 0) + 1);
    return [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }, [faqs.value]);
  const shown = useMemo(() => {
    const terms = fold(q).split(/\s+/).filter(Boolean);
    return (faqs.value ?? [])
      .filter(
        (e) =>
          (!tag || (e.tags ?? []).includes(tag)) &&
          (terms.length === 0 || terms.every((w) => hayOf(e).includes(w))),
      )
      .sort((a, b) => (b.usageCount ?? 0) - (a.usageCount ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }, [faqs.value, q, tag, hayOf]);

  useMarkOnce('replywise:faq-usable', faqs.value !== undefined);
  const editing =
    selectedId === NEW ? null : selectedId ? (faqs.value ?? []).find((f) => f.id === selectedId) : undefined;

  const remove = async (entry: FaqEntry) => {
    try {
      const db = await getDb();
      // Keep what deleting drops (the entry and the agent's picks for it) so Undo restores both.
      const picks = await db.faqPicks.where('faqId').equals(entry.id).toArray();
      await deleteFaq(db, entry.id);
      navigate({ view: 'faq' });
      show({
        text: t('faqDeleted', entry.id),
        undo: async () => {
          await saveFaq(db, entry, entry.updatedAt);
          await writeTx(db, ['faqPicks'], async () => {
            await db.faqPicks.bulkPut(picks);
          });
        },
      });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  const onFile = async (file: File) => {
    try {
      performance.mark('replywise:faq-import:file');
      const text = await file.text();
      performance.mark('replywise:faq-import:read');
      const result = parseFaqFile(file.name, text);
      performance.mark('replywise:faq-import:parsed');
      setImporting({ name: file.name, result });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  const forgetPicks = async () => {
    try {
      const db = await getDb();
      // Kept so Undo brings them back exactly.
      const picks = await db.faqPicks.toArray();
      await resetPicks(db);
      show({
        text: t('faqPicksForgotten', fmtNumber(picks.length)),
        undo: async () => {
          await writeTx(db, ['faqPicks', 'settings'], async () => {
            await db.faqPicks.bulkPut(picks);
            await db.settings.delete(INDEX_CACHE_KEY);
          });
        },
      });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  const confirmImport = async (onExisting: OnExisting) => {
    if (!importing) return;
    const incoming = importing.result.entries;
    try {
      const db = await getDb();
      performance.mark('replywise:faq-import:confirm');
      const res = await importFaqs(db, incoming, { onExisting, validated: true });
      performance.mark('replywise:faq-import:stored');
      setImporting(null);
      show({
        text: t(
          'faqImportedAll',
          fmtNumber(res.added.length),
          fmtNumber(res.merged.length),
          fmtNumber(res.replaced.length),
          fmtNumber(res.skipped.length),
        ),
        undo: async () => {
          await writeTx(db, ['faqs', 'settings'], async () => {
            await db.faqs.bulkDelete(res.added);
            await db.faqs.bulkPut(res.previous);
            await db.settings.delete(INDEX_CACHE_KEY);
          });
        },
      });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  return (
    <section class="faq" aria-labelledby="faq-title" data-testid="faq-manager">
      <div class="view-head">
        <h2 id="faq-title">{t('faqTitle')}</h2>
        <p class="muted">{t('faqCount', fmtNumber(faqs.value?.length ?? 0))}</p>
      </div>
      <div class="toolbar">
        <label class="field field--inline field--grow">
          <span>{t('search')}</span>
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <label class="field field--inline">
          <span>{t('faqTag')}</span>
          <select value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('any')}</option>
            {tags.slice(0, 200).map(([tg, n]) => (
              <option key={tg} value={tg}>
                {`${tg} (${n})`}
              </option>
            ))}
          </select>
        </label>
        <a class="btn btn--primary" href={`#/faq/${NEW}`} data-action="new-faq">
          {t('faqNew')}
        </a>
        <FileButton
          label={t('faqImport')}
          accept=".csv,.json,text/csv,application/json"
          testId="faq-file"
          action="import"
          onFile={onFile}
        />
        <button
          type="button"
          class="btn"
          data-action="export-json"
          onClick={() =>
            downloadText(
              `replywise-faq-${today()}.json`,
              serializeFaqJson(faqs.value ?? []),
              'application/json',
            )
          }
        >
          {t('faqExportJson')}
        </button>
        <button
          type="button"
          class="btn"
          data-action="export-csv"
          onClick={() =>
            downloadText(
              `replywise-faq-${today()}.csv`,
              serializeFaqCsv(faqs.value ?? [], { bom: true }),
              'text/csv',
            )
          }
        >
          {t('faqExportCsv')}
        </button>
        <button
          type="button"
          class="btn btn--ghost"
          data-action="forget-picks"
          disabled={!pickCount.value}
          title={t('faqForgetPicksHelp', fmtNumber(pickCount.value ?? 0))}
          aria-describedby="forget-picks-help"
          onClick={() => void forgetPicks()}
        >
          {t('faqForgetPicks')}
        </button>
        <span id="forget-picks-help" class="sr-only">
          {t('faqForgetPicksHelp', fmtNumber(pickCount.value ?? 0))}
        </span>
      </div>

      {importing && (
        <ImportPreview
          name={importing.name}
          result={importing.result}
          existing={new Set((faqs.value ?? []).map((f) => f.id))}
          onCancel={() => setImporting(null)}
          onConfirm={(choice) => void confirmImport(choice)}
        />
      )}

      <div class="faq-body">
        <VirtualListbox
          id="faq-list"
          label={t('faqListLabel')}
          class="faq-list"
          items={shown}
          rowHeight={ROW}
          keyOf={(f) => f.id}
          active={Math.min(active, shown.length - 1)}
          onActive={setActive}
          onActivate={(f) => navigate({ view: 'faq', id: f.id })}
          emptyText={faqs.value?.length ? t('faqNoMatch') : t('faqEmpty')}
          onKey={(e, f) => {
            if (f && e.key === 'Delete') {
              void remove(f);
              return true;
            }
            return false;
          }}
          renderRow={(f) => (
            <div class={`faq-row ${f.id === selectedId ? 'faq-row--current' : ''}`}>
              <div class="faq-row-main">
                <span class="faq-q">{f.questions[0] ?? f.id}</span>
                <span class="faq-a muted">{f.answer.slice(0, 140)}</span>
              </div>
              <div class="faq-row-side">
                {(f.tags ?? []).slice(0, 3).map((tg) => (
                  <span class="tag" key={tg}>
                    {tg}
                  </span>
                ))}
                {f.lang && <span class="tag tag--lang">{f.lang}</span>}
                <span class="usage" title={t('faqUsage', f.usageCount ?? 0)}>
                  {t('faqUsage', f.usageCount ?? 0)}
                </span>
              </div>
            </div>
          )}
        />
        {selectedId !== undefined && (
          <FaqEditor
            key={selectedId}
            entry={editing ?? null}
            isNew={selectedId === NEW}
            notFound={selectedId !== NEW && faqs.value !== undefined && !editing}
            existingIds={(faqs.value ?? []).map((f) => f.id)}
            brands={(brands.value ?? []).map((b) => ({ id: b.id, name: b.name }))}
            onDelete={(e) => void remove(e)}
          />
        )}
      </div>
    </section>
  );
}

function ImportPreview({
  name,
  result,
  existing,
  onCancel,
  onConfirm,
}: {
  name: string;
  result: ParseResult;
  existing: Set<string>;
  onCancel: () => void;
  onConfirm: (onExisting: OnExisting) => void;
}) {
  const updates = result.entries.filter((e) => existing.has(e.id)).length;
  const [choice, setChoice] = useState<Exclude<OnExisting, 'report'>>('merge');
  useEffect(() => {
    performance.mark('replywise:faq-import:shown');
  }, []);
  const choices: [Exclude<OnExisting, 'report'>, MsgKey][] = [
    ['merge', 'importMerge'],
    ['replace', 'importReplace'],
    ['skip', 'importSkip'],
  ];
  return (
    <section class="import-preview" aria-labelledby="import-title" data-testid="import-preview">
      <h3 id="import-title" tabIndex={-1} data-autofocus>
        {t('importPreviewTitle', name)}
      </h3>
      <p>{t('importSummary', result.entries.length - updates, updates, result.errors.length)}</p>
      <p class="muted">{t('importNothingYet')}</p>
      {updates > 0 && (
        <fieldset class="import-choice" data-testid="import-existing">
          <legend>{t('importExisting', fmtNumber(updates))}</legend>
          {choices.map(([value, label]) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="import-existing"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {result.errors.length > 0 && (
        <table class="errors">
          <caption>{t('importErrors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('importLine')}</th>
              <th scope="col">{t('importColumn')}</th>
              <th scope="col">{t('importReason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.slice(0, 200).map((er) => (
              <tr key={`${er.line}-${er.column}-${er.reason}`}>
                <td>{er.line}</td>
                <td>{er.column}</td>
                <td>{er.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.entries.length > 0 && (
        <table class="preview">
          <caption>{t('importEntries')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('faqId')}</th>
              <th scope="col">{t('faqQuestions')}</th>
              <th scope="col">{t('faqAnswer')}</th>
            </tr>
          </thead>
          <tbody>
            {result.entries.slice(0, 50).map((e) => (
              <tr key={e.id}>
                <td>
                  {e.id}
                  {existing.has(e.id) && <span class="tag">{t('importUpdate')}</span>}
                </td>
                <td>{e.questions.join(' · ').slice(0, 160)}</td>
                <td>{e.answer.slice(0, 160)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={result.entries.length === 0}
          onClick={() => onConfirm(choice)}
          data-action="confirm-import"
        >
          {t('importConfirm', result.entries.length)}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function FaqEditor({
  entry,
  isNew,
  notFound,
  existingIds,
  brands,
  onDelete,
}: {
  entry: FaqEntry | null;
  isNew: boolean;
  notFound: boolean;
  existingIds: string[];
  brands: { id: string; name: string }[];
  onDelete: (e: FaqEntry) => void;
}) {
  const [id, setId] = useState(entry?.id ?? '');
  const [questions, setQuestions] = useState((entry?.questions ?? []).join('\n'));
  const [answer, setAnswer] = useState(entry?.answer ?? '');
  const [variants, setVariants] = useState((entry?.variants ?? []).join('\n'));
  const [tags, setTags] = useState((entry?.tags ?? []).join(', '));
  const [lang, setLang] = useState(entry?.lang ?? '');
  const [brand, setBrand] = useState(entry?.brand ?? '');
  const [problems, setProblems] = useState<{ field: string; reason: string }[]>([]);
  const show = useStatus();

  if (notFound)
    return (
      <section class="faq-editor" aria-labelledby="faq-edit-title">
        <h3 id="faq-edit-title">{t('faqEditTitle')}</h3>
        <p role="alert">{t('faqNotFound')}</p>
      </section>
    );

  const vars = templateVariables(answer);
  const unknown = vars.filter((v) => !(TEMPLATE_VARIABLES as readonly string[]).includes(v));
  const sample = fillTemplate(answer, {
    author: t('sampleAuthor'),
    handle: '@anna',
    agent: t('sampleAgent'),
    brand: brands.find((b) => b.id === brand)?.name ?? brands[0]?.name ?? 'Velora',
    hours: '09:00–18:00',
  });

  const save = async (e: Event) => {
    e.preventDefault();
    const draft = {
      ...(entry ?? {}),
      id: id.trim(),
      questions: lines(questions),
      answer: answer.trim(),
      variants: lines(variants),
      tags: tags
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
      ...(lang ? { lang } : {}),
      ...(brand ? { brand } : {}),
    };
    if (!lang) delete (draft as Partial<FaqEntry>).lang;
    if (!brand) delete (draft as Partial<FaqEntry>).brand;
    const r = checkEntry(draft);
    const probs = [...r.problems];
    if (isNew && existingIds.includes(draft.id)) probs.push({ field: 'id', reason: t('faqIdTaken') });
    if (draft.questions.length === 0 && !probs.some((p) => p.field.startsWith('questions')))
      probs.push({ field: 'questions', reason: t('faqNeedQuestion') });
    setProblems(probs);
    if (probs.length || !r.entry) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    try {
      const saved = await saveFaq(await getDb(), r.entry);
      show({ text: t('faqSaved', saved.id) });
      if (isNew) navigate({ view: 'faq', id: saved.id });
    } catch (er) {
      show({ text: er instanceof Error ? er.message : String(er), kind: 'error' });
    }
  };

  const err = (field: string) => problems.filter((p) => p.field === field || p.field.startsWith(`${field}[`));
  const fieldProps = (field: string) => {
    const es = err(field);
    return es.length ? { 'aria-invalid': true as const, 'aria-describedby': `err-${field}` } : {};
  };
  const errText = (field: string) => {
    const es = err(field);
    return es.length ? (
      <span id={`err-${field}`} class="error">
        {es.map((p) => p.reason).join('; ')}
      </span>
    ) : null;
  };

  return (
    <section class="faq-editor" aria-labelledby="faq-edit-title" data-testid="faq-editor">
      <h3 id="faq-edit-title" tabIndex={-1} data-autofocus>
        {isNew ? t('faqNew') : t('faqEditTitleFor', entry?.id ?? '')}
      </h3>
      <form onSubmit={save} noValidate>
        <label class="field">
          <span>{t('faqId')}</span>
          <input
            type="text"
            value={id}
            readOnly={!isNew}
            onInput={(e) => setId((e.currentTarget as HTMLInputElement).value)}
            {...fieldProps('id')}
          />
          {errText('id')}
        </label>
        <label class="field">
          <span>{t('faqQuestionsHelp')}</span>
          <textarea
            rows={3}
            value={questions}
            onInput={(e) => setQuestions((e.currentTarget as HTMLTextAreaElement).value)}
            {...fieldProps('questions')}
          />
          {errText('questions')}
        </label>
        <label class="field">
          <span>{t('faqAnswer')}</span>
          <textarea
            rows={4}
            value={answer}
            onInput={(e) => setAnswer((e.currentTarget as HTMLTextAreaElement).value)}
            {...fieldProps('answer')}
          />
          {errText('answer')}
        </label>
        <div class="vars" aria-live="polite">
          <p class="muted">
            {vars.length
              ? t('faqVariablesUsed', vars.map((v) => `{{${v}}}`).join(', '))
              : t('faqNoVariables')}
          </p>
          {unknown.length > 0 && (
            <p class="error">{t('faqUnknownVariables', unknown.map((v) => `{{${v}}}`).join(', '))}</p>
          )}
          <p class="muted">{t('faqKnownVariables', TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(' '))}</p>
          {answer && (
            <div class="preview-box">
              <span class="preview-label">{t('faqPreview')}</span>
              <p>
                <Highlighted text={sample.text} spans={variableSpans(sample.text)} />
              </p>
              {sample.missing.length > 0 && (
                <p class="muted">{t('faqPreviewMissing', sample.missing.join(', '))}</p>
              )}
            </div>
          )}
        </div>
        <label class="field">
          <span>{t('faqVariantsHelp')}</span>
          <textarea
            rows={3}
            value={variants}
            onInput={(e) => setVariants((e.currentTarget as HTMLTextAreaElement).value)}
            {...fieldProps('variants')}
          />
          {errText('variants')}
        </label>
        <label class="field">
          <span>{t('faqTagsHelp')}</span>
          <input
            type="text"
            value={tags}
            onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            {...fieldProps('tags')}
          />
          {errText('tags')}
        </label>
        <div class="row">
          <label class="field field--inline">
            <span>{t('faqLang')}</span>
            <select value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('any')}</option>
              {[...UI_LANGS, 'bs'].map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </label>
          <label class="field field--inline">
            <span>{t('faqBrand')}</span>
            <select value={brand} onChange={(e) => setBrand((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">{t('any')}</option>
              {brands.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {entry && (
          <p class="muted">
            {t('faqUsage', entry.usageCount ?? 0)}
            {entry.lastUsedAt ? ` · ${t('faqLastUsed', fmtDate(entry.lastUsedAt))}` : ''}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="btn btn--primary" data-action="save-faq">
            {t('save')}
          </button>
          {entry && (
            <button
              type="button"
              class="btn btn--danger"
              data-action="delete-faq"
              onClick={() => onDelete(entry)}
            >
              {t('delete')}
            </button>
          )}
          <a class="btn btn--ghost" href="#/faq">
            {t('close')}
          </a>
        </div>
      </form>
    </section>
  );
}
