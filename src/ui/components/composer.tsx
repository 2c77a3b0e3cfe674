/**
 * The composer for one post: the best FAQ answers (matched words highlighted), fill-ins for the
 * variables the template could not fill (a reply with `{{…}}` left is never inserted or copied), live tone
 * findings with one-click fixes, a holding reply, and Insert into the page (or Copy). The sent reply is
 * recorded with its time, which turns the post answered (or held) and feeds the statistics.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type FaqIndex, fillTemplate, nextPhrasing, type Suggestion } from '../../core/faq/index.ts';
import { templateValues } from '../../core/faq/template-values.ts';
import type { InsertResult } from '../../shared/messages.ts';
import { send } from '../../shared/runtime.ts';
import type { Policy, ReplyRecord, StoredPost, Voice } from '../../shared/types.ts';
import { getDb } from '../../storage/db.ts';
import { openFaqIndex } from '../../storage/faqs.ts';
import { recentReplies, recordReply } from '../../storage/replies.ts';
import { getSetting, policyFor, voiceFor } from '../../storage/settings.ts';
import type { Mode } from '../app.tsx';
import { fillVariable, Highlighted, type MarkSpan, variableSpans, wordSpans } from '../highlight.tsx';
import { navigate, useDebounced, useLive, useMarkOnce, useNow } from '../hooks.ts';
import { currentLang, errorText, fmtCountdown, fmtDateTime, fmtMinutes, fmtTime, t, tOr } from '../i18n.ts';
import { liveState } from '../inbox-model.ts';
import { KIND_LABEL, platformName, STATE_LABEL } from '../labels.ts';
import { type ToneFinding, toneLabel, toneModule } from '../services.ts';
import { spansOf } from './inbox.tsx';
import { useStatus } from './status.tsx';

const DEFAULT_VOICE: Voice = { voice: 'friendly', address: 'formal', emoji: false };

interface Context {
  post: StoredPost;
  brandName: string;
  voice: Voice;
  policy: Policy | undefined;
  agent: { name: string; initials: string } | undefined;
  recent: ReplyRecord[];
}

/**
 * The FAQ search index (from the repository's cached snapshot when it is fresh), reloaded when the FAQ
 * or the agent's picks change: `signal` is a cheap live fingerprint of both tables.
 */
function useFaqIndex(): { index: FaqIndex | null; error: string | null } {
  const signal = useLive(async (db) => {
    const last = await db.faqs.orderBy('updatedAt').last();
    return `${await db.faqs.count()}|${last?.updatedAt ?? 0}|${await db.faqPicks.count()}`;
  }, []);
  const [state, setState] = useState<{ index: FaqIndex | null; error: string | null }>({
    index: null,
    error: null,
  });
  useEffect(() => {
    if (signal.value === undefined) return;
    let stale = false;
    getDb()
      .then((db) => openFaqIndex(db))
      .then((r) => !stale && setState({ index: r.index, error: null }))
      .catch((e) => !stale && setState({ index: null, error: errorText(e) }));
    return () => {
      stale = true;
    };
  }, [signal.value]);
  return state;
}

/** Replace one missing item: a `{{variable}}` by name, or a hand-written placeholder ("[name]") as written. */
function fillMissing(text: string, item: string, value: string): string {
  return /^[A-Za-z_][\w-]*$/.test(item) ? fillVariable(text, item, value) : text.split(item).join(value);
}

/**
 * The status line after an insert that fell back to the clipboard or failed: the sentence in the UI language
 * when the background or content script sent its locale key, else the English sentence it sent.
 */
export function insertResultText(res: InsertResult): string {
  const fallback = res.message ?? t(res.method === 'clipboard' ? 'insertedClipboard' : 'insertFailed');
  return tOr(res.messageKey, res.params, fallback);
}

export function Composer({ postKey, mode, top }: { postKey: string; mode: Mode; top?: boolean }) {
  const ctx = useLive(
    async (db): Promise<Context | null> => {
      const post = await db.posts.get(postKey);
      if (!post) return null;
      const brandId = post.brandIds[0];
      const brand = brandId ? await db.brands.get(brandId) : undefined;
      return {
        post,
        brandName: brand?.name ?? '',
        voice: (await voiceFor(db, brandId)) ?? DEFAULT_VOICE,
        policy: await policyFor(db, brandId),
        agent: await getSetting(db, 'agent'),
        recent: await recentReplies(db, 50),
      };
    },
    [postKey],
  );
  const faq = useFaqIndex();

  if (ctx.error)
    return (
      <p role="alert" class="error">
        {ctx.error}
      </p>
    );
  if (faq.error)
    return (
      <p role="alert" class="error">
        {faq.error}
      </p>
    );
  if (ctx.value === undefined || faq.index === null)
    return (
      <p aria-busy="true" class="muted">
        {t('loading')}
      </p>
    );
  if (ctx.value === null)
    return (
      <section aria-labelledby="compose-title">
        <h2 id="compose-title">{t('composeTitle')}</h2>
        <p role="alert">{t('postGone')}</p>
        <a href="#/inbox">{t('backToInbox')}</a>
      </section>
    );
  return <ComposerBody c={ctx.value} index={faq.index} mode={mode} top={!!top} />;
}

function ComposerBody({ c, index, mode, top }: { c: Context; index: FaqIndex; mode: Mode; top: boolean }) {
  const { post } = c;
  const show = useStatus();
  const now = useNow(1000);
  const [draft, setDraft] = useState('');
  const [faqId, setFaqId] = useState<string | undefined>(undefined);
  const [holdUntil, setHoldUntil] = useState<number | undefined>(undefined);
  const [chosen, setChosen] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [fillins, setFillins] = useState<Record<string, string>>({});
  const [holdMinutes, setHoldMinutes] = useState(120);
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const values = templateValues(post, c, now);

  const suggestions: Suggestion[] = useMemo(
    () => index.suggest(post.text, { lang: post.lang, top: 5, brand: post.brandIds[0] }),
    [index, post.text, post.lang, post.brandIds],
  );

  const choose = (i: number) => {
    const s = suggestions[i];
    if (!s) return;
    setChosen(i);
    setFaqId(s.faqId);
    setHoldUntil(undefined);
    setFillins({});
    // Rotate phrasings (answer and variants) so the same text is not pasted twice in a row.
    const entry = index.get(s.faqId);
    const text = entry ? nextPhrasing(entry, c.recent).text : s.answer;
    const filled = fillTemplate(text, values);
    setDraft(filled.text);
    requestAnimationFrame(() => {
      const el = draftRef.current;
      if (!el) return;
      el.focus();
      if (filled.cursor !== undefined) el.setSelectionRange(filled.cursor, filled.cursor);
    });
  };

  // The keyboard command "insert the top suggestion" opens #/compose/<key>?top when the reply still needs
  // fill-ins (or the post is not the tab's own): take the first suggestion, the agent completes it.
  const tookTop = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: choose() is stable for this post; run on readiness
  useEffect(() => {
    if (top && !tookTop.current && suggestions.length > 0) {
      tookTop.current = true;
      choose(0);
    }
  }, [top, suggestions.length]);

  // What still needs a value: {{variables}} and hand-written placeholders ("[name]"), per the FAQ module.
  const missing = useMemo(() => fillTemplate(draft, {}).missing, [draft]);
  useMarkOnce('replywise:suggestions', true);
  const debouncedDraft = useDebounced(draft, 150);
  const entry = faqId ? index.get(faqId) : undefined;
  const findings: ToneFinding[] = useMemo(() => {
    if (!toneModule.checkDraft || !debouncedDraft.trim()) return [];
    try {
      return toneModule.checkDraft(debouncedDraft, {
        post: post.text,
        author: post.author || post.handle,
        platform: post.site,
        voice: c.voice,
        faqEntry: entry ? { id: entry.id, answer: entry.answer, variants: entry.variants } : undefined,
        recentReplies: c.recent.map((r) => r.text),
        uiLang: currentLang(),
        complaint: post.userLabel ? post.userLabel === 'complaint' : post.complaint,
        timezone: c.policy?.timezone,
      });
    } catch (e) {
      return [{ code: 'error', message: errorText(e), severity: 'error' }];
    }
  }, [debouncedDraft, post, c.voice, c.recent, c.policy, entry]);
  const stale = debouncedDraft !== draft;
  const summary = useMemo(
    () =>
      toneModule.toneSummary && debouncedDraft.trim()
        ? toneModule.toneSummary(debouncedDraft, post.lang)
        : [],
    [debouncedDraft, post.lang],
  );

  const applyFix = (f: ToneFinding) => {
    if (!f.fix || stale) return;
    const { start, end, replacement } = f.fix;
    if (start < 0 || end > draft.length || end < start) return;
    const next = draft.slice(0, start) + replacement + draft.slice(end);
    setDraft(next);
    show({ text: t('fixApplied') });
    requestAnimationFrame(() => {
      const el = draftRef.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + replacement.length, start + replacement.length);
    });
  };

  const applyFillin = (name: string) => {
    const v = (fillins[name] ?? '').trim();
    if (!v) return;
    setDraft((d) => fillMissing(d, name, v));
  };

  const holding = () => {
    const fn = toneModule.holdingReply;
    if (!fn) {
      show({ text: t('holdingUnavailable'), kind: 'error' });
      return;
    }
    try {
      const r = fn({
        lang: post.lang,
        author: post.author || post.handle,
        promisedAt: new Date(now + holdMinutes * 60_000),
        timezone: c.policy?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
        voice: c.voice,
        agent: c.agent,
        complaint: post.userLabel ? post.userLabel === 'complaint' : post.complaint,
        now: new Date(now),
      });
      setDraft(r.text);
      setHoldUntil(Date.parse(r.promisedAt));
      setFaqId(undefined);
      setChosen(-1);
      requestAnimationFrame(() => draftRef.current?.focus());
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    }
  };

  const ready = draft.trim().length > 0 && missing.length === 0;
  const record = async (method: 'insert' | 'copy') => {
    const db = await getDb();
    const at = Date.now();
    await recordReply(db, { postKey: post.key, text: draft, method, faqId, holdUntil }, at, c.policy);
    send('deadlines/refresh', {}).catch(() => undefined);
    return at;
  };

  const insert = async () => {
    if (!ready || busy) return;
    setBusy(true);
    try {
      const res = await send('reply/insert', { key: post.key, text: draft.trim() });
      if (res.ok || res.method === 'clipboard') {
        const at = await record(res.method === 'clipboard' ? 'copy' : 'insert');
        show({
          text: res.method === 'clipboard' ? insertResultText(res) : t('replyInserted', fmtTime(at)),
        });
      } else {
        show({ text: insertResultText(res), kind: 'error' });
      }
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!ready || busy) return;
    setBusy(true);
    try {
      await navigator.clipboard.writeText(draft.trim());
      const at = await record('copy');
      show({ text: t('replyCopied', fmtTime(at)) });
    } catch (e) {
      show({ text: errorText(e), kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const state = liveState(post, now);
  const chosenSug = suggestions[chosen];
  const postSpans: MarkSpan[] = [
    ...spansOf(post),
    ...(chosenSug ? wordSpans(post.text, chosenSug.matched) : []),
  ];
  const findingSpans: MarkSpan[] = findings.flatMap((f) =>
    f.start !== undefined && f.end !== undefined && !stale
      ? [{ start: f.start, end: f.end, kind: 'finding' as const, label: f.message }]
      : [],
  );

  return (
    <section
      class={`composer composer--${mode}`}
      aria-labelledby="compose-title"
      data-testid="composer"
      data-post={post.key}
    >
      <div class="view-head">
        <a href="#/inbox" class="back">
          {t('backToInbox')}
        </a>
        <h2 id="compose-title">{t('composeTitleFor', post.author || post.handle)}</h2>
      </div>
      <article class="post-card" aria-label={t('thePost')}>
        <div class="post-meta">
          <span class={`platform platform--${post.site}`}>{platformName(post.site)}</span>
          {c.brandName && <span class="brand">{c.brandName}</span>}
          <span class="author">
            {post.author} <span class="handle">{post.handle}</span>
          </span>
          <time dateTime={new Date(post.receivedAt).toISOString()}>{fmtDateTime(post.receivedAt)}</time>
        </div>
        <div class="post-tags">
          <span class={`tag tag--${post.kind}`}>{t(KIND_LABEL[post.kind] ?? 'kindOther')}</span>
          <span class={`state state--${state}`} data-state={state}>
            {t(STATE_LABEL[state] ?? 'stateNew')}
          </span>
          {post.dueAt !== undefined && state !== 'answered' && state !== 'dismissed' && (
            <span class={`clock clock--${state}`} title={t('dueAtTitle', fmtDateTime(post.dueAt))}>
              {fmtCountdown(post.dueAt - now)}
            </span>
          )}
        </div>
        <p class="post-text" lang={post.lang !== 'und' ? post.lang : undefined}>
          <Highlighted text={post.text} spans={postSpans} />
        </p>
        <button
          type="button"
          class="btn btn--ghost"
          onClick={() =>
            send('post/open', { key: post.key }).catch((e) =>
              show({ text: String(e instanceof Error ? e.message : e), kind: 'error' }),
            )
          }
        >
          {t('actionOpenInTab')}
        </button>
      </article>

      <section class="suggestions" aria-labelledby="sugg-title">
        <h3 id="sugg-title">{t('suggestionsTitle')}</h3>
        {suggestions.length === 0 && <p class="muted">{t('noSuggestions')}</p>}
        <ol class="suggestion-list">
          {suggestions.map((s, i) => {
            const e = index.get(s.faqId);
            return (
              <li key={s.faqId}>
                <button
                  type="button"
                  class={`suggestion ${i === chosen ? 'suggestion--chosen' : ''}`}
                  aria-pressed={i === chosen}
                  data-faq={s.faqId}
                  onClick={() => choose(i)}
                >
                  <span class="suggestion-q">
                    <Highlighted
                      text={e?.questions[0] ?? s.faqId}
                      spans={wordSpans(e?.questions[0] ?? '', s.matched)}
                    />
                  </span>
                  <SuggestionBody s={s} />
                </button>
              </li>
            );
          })}
        </ol>
      </section>

      <section class="draft" aria-labelledby="draft-title">
        <h3 id="draft-title">{t('draftTitle')}</h3>
        <div class="actions">
          <button type="button" class="btn" data-action="holding" onClick={holding}>
            {t('holdingReply')}
          </button>
          <label class="field field--inline">
            <span>{t('holdingPromise')}</span>
            <select
              value={String(holdMinutes)}
              onChange={(e) => setHoldMinutes(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {[30, 60, 120, 240, 1440].map((m) => (
                <option key={m} value={String(m)}>
                  {fmtMinutes(m)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label class="field">
          <span>{t('draftLabel')}</span>
          <textarea
            ref={draftRef}
            rows={6}
            value={draft}
            aria-describedby="draft-help"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void insert();
              }
            }}
          />
        </label>
        <p id="draft-help" class="muted hint">
          {t('draftHelp', draft.length)}
          {holdUntil !== undefined && ` ${t('holdingUntil', fmtTime(holdUntil))}`}
        </p>
        {missing.length > 0 && (
          <fieldset class="fillins">
            <legend>{t('fillinsTitle')}</legend>
            {missing.map((name) => (
              <div class="fillin" key={name}>
                <label class="field field--inline">
                  <span>{/^[A-Za-z_][\w-]*$/.test(name) ? `{{${name}}}` : name}</span>
                  <input
                    type="text"
                    data-var={name}
                    value={fillins[name] ?? ''}
                    onInput={(e) =>
                      setFillins({ ...fillins, [name]: (e.currentTarget as HTMLInputElement).value })
                    }
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        applyFillin(name);
                      }
                    }}
                  />
                </label>
                <button type="button" class="btn btn--small" onClick={() => applyFillin(name)}>
                  {t('fillApply')}
                </button>
              </div>
            ))}
          </fieldset>
        )}
        {draft && (findingSpans.length > 0 || missing.length > 0) && (
          <p class="draft-preview">
            <span class="sr-only">{t('draftPreview')}: </span>
            <Highlighted text={draft} spans={[...findingSpans, ...variableSpans(draft)]} />
          </p>
        )}
        <section class="findings" aria-labelledby="findings-title" aria-live="polite">
          <h4 id="findings-title">{t('toneTitle')}</h4>
          {!toneModule.checkDraft && <p class="muted">{t('toneUnavailable')}</p>}
          {toneModule.checkDraft && draft.trim() && findings.length === 0 && !stale && (
            <p class="muted ok-text">{t('toneAllGood')}</p>
          )}
          {summary.length > 0 && (
            <p class="tone-summary">
              {summary.map((s) => (
                <span class="tag" key={s.label} title={s.words.map((w) => w.text).join(', ')}>
                  {`${toneLabel(s.label)}: ${s.words.map((w) => w.text).join(', ')}`}
                </span>
              ))}
            </p>
          )}
          <ul class="finding-list">
            {findings.map((f) => (
              <li
                key={`${f.rule ?? f.code}-${f.start ?? ''}-${f.end ?? ''}-${f.message}`}
                class={`finding finding--${f.severity ?? 'warning'}`}
                data-code={f.code}
                data-rule={f.rule}
              >
                <span class="finding-msg">{f.message}</span>
                {f.suggestion && <span class="finding-sugg muted"> {f.suggestion}</span>}
                {f.fix && (
                  <button
                    type="button"
                    class="btn btn--small"
                    data-fix={f.code}
                    disabled={stale}
                    onClick={() => applyFix(f)}
                  >
                    {f.fix.replacement
                      ? t('fixReplace', f.fix.replacement.trim().slice(0, 40))
                      : t('fixRemove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
        {missing.length > 0 && (
          <p class="error" id="missing-msg">
            {t(
              'missingVariables',
              missing.map((m) => (/^[A-Za-z_][\w-]*$/.test(m) ? `{{${m}}}` : m)).join(', '),
            )}
          </p>
        )}
        <div class="actions actions--main">
          <button
            type="button"
            class="btn btn--primary"
            data-action="insert"
            disabled={!ready || busy}
            aria-describedby={missing.length ? 'missing-msg' : undefined}
            onClick={() => void insert()}
          >
            {t('insertReply')}
          </button>
          <button
            type="button"
            class="btn"
            data-action="copy"
            disabled={!ready || busy}
            onClick={() => void copy()}
          >
            {t('copyReply')}
          </button>
          <button type="button" class="btn btn--ghost" onClick={() => navigate({ view: 'inbox' })}>
            {t('backToInbox')}
          </button>
        </div>
      </section>
    </section>
  );
}

/**
 * "Suggest a reply" from the context menu: FAQ answers for text selected on any page (no stored post),
 * with the same fill-ins and tone check; the reply is copied (there is no post to insert into or record).
 */
export function SuggestView({ text }: { text: string }) {
  const faq = useFaqIndex();
  const ctx = useLive(
    async (db) => ({
      voice: (await voiceFor(db)) ?? DEFAULT_VOICE,
      agent: await getSetting(db, 'agent'),
      policy: await policyFor(db),
    }),
    [],
  );
  const [draft, setDraft] = useState('');
  const [fillins, setFillins] = useState<Record<string, string>>({});
  const show = useStatus();
  const suggestions = useMemo(
    () => (faq.index ? faq.index.suggest(text, { top: 5 }) : []),
    [faq.index, text],
  );
  const missing = useMemo(() => fillTemplate(draft, {}).missing, [draft]);
  const debounced = useDebounced(draft, 150);
  const findings = useMemo(
    () =>
      toneModule.checkDraft && ctx.value && debounced.trim()
        ? toneModule.checkDraft(debounced, { post: text, voice: ctx.value.voice, uiLang: currentLang() })
        : [],
    [debounced, ctx.value, text],
  );
  if (faq.error)
    return (
      <p role="alert" class="error">
        {faq.error}
      </p>
    );
  if (!faq.index || !ctx.value) return <p class="muted">{t('loading')}</p>;
  const values = templateValues({ author: '', handle: '' }, ctx.value, Date.now());
  return (
    <section class="composer" aria-labelledby="suggest-title" data-testid="suggest">
      <div class="view-head">
        <a href="#/inbox" class="back">
          {t('backToInbox')}
        </a>
        <h2 id="suggest-title">{t('suggestTitle')}</h2>
      </div>
      <blockquote class="post-card post-text">{text}</blockquote>
      <section aria-labelledby="sugg-title">
        <h3 id="sugg-title">{t('suggestionsTitle')}</h3>
        {suggestions.length === 0 && <p class="muted">{t('noSuggestions')}</p>}
        <ol class="suggestion-list">
          {suggestions.map((s) => (
            <li key={s.faqId}>
              <button
                type="button"
                class="suggestion"
                data-faq={s.faqId}
                onClick={() => setDraft(fillTemplate(s.answer, values).text)}
              >
                <SuggestionBody s={s} />
              </button>
            </li>
          ))}
        </ol>
      </section>
      <label class="field">
        <span>{t('draftLabel')}</span>
        <textarea
          rows={5}
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {missing.length > 0 && (
        <fieldset class="fillins">
          <legend>{t('fillinsTitle')}</legend>
          {missing.map((name) => (
            <div class="fillin" key={name}>
              <label class="field field--inline">
                <span>{/^[A-Za-z_][\w-]*$/.test(name) ? `{{${name}}}` : name}</span>
                <input
                  type="text"
                  data-var={name}
                  value={fillins[name] ?? ''}
                  onInput={(e) =>
                    setFillins({ ...fillins, [name]: (e.currentTarget as HTMLInputElement).value })
                  }
                />
              </label>
              <button
                type="button"
                class="btn btn--small"
                onClick={() => {
                  const v = (fillins[name] ?? '').trim();
                  if (v) setDraft((d) => fillMissing(d, name, v));
                }}
              >
                {t('fillApply')}
              </button>
            </div>
          ))}
        </fieldset>
      )}
      <ul class="finding-list" aria-live="polite">
        {findings.map((f) => (
          <li
            key={`${f.rule ?? f.code}-${f.start ?? ''}-${f.end ?? ''}-${f.message}`}
            class={`finding finding--${f.severity ?? 'warning'}`}
            data-code={f.code}
            data-rule={f.rule}
          >
            {f.message}
            {f.fix && debounced === draft && (
              <button
                type="button"
                class="btn btn--small"
                onClick={() => {
                  const fx = f.fix;
                  if (fx) setDraft(draft.slice(0, fx.start) + fx.replacement + draft.slice(fx.end));
                }}
              >
                {fixLabel(f)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={!draft.trim() || missing.length > 0}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(draft.trim());
              show({ text: t('copied') });
            } catch (e) {
              show({ text: errorText(e), kind: 'error' });
            }
          }}
        >
          {t('copyReply')}
        </button>
      </div>
    </section>
  );
}

function fixLabel(f: ToneFinding): string {
  return f.fix?.replacement ? t('fixReplace', f.fix.replacement.trim().slice(0, 40)) : t('fixRemove');
}

/** A suggestion's answer (matched words and {{variables}} highlighted) and the words that matched. */
function SuggestionBody({ s }: { s: Suggestion }) {
  return (
    <>
      <span class="suggestion-a">
        <Highlighted
          text={s.answer}
          spans={[...wordSpans(s.answer, s.matched), ...variableSpans(s.answer)]}
          limit={180}
        />
      </span>
      {s.matched.length > 0 && (
        <span class="suggestion-matched">{t('matchedWords', s.matched.join(', '))}</span>
      )}
    </>
  );
}
