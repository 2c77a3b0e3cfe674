/**
 * Statistics: first-response time (median, 90th percentile) and the share answered within target,
 * overall and per platform, with a small SVG chart per platform over the last weeks, and CSV export.
 * The numbers come from the deadline module's responseStats (business minutes of each post's policy).
 */
import { useMemo, useState } from 'preact/hooks';
import { responseStats, type StatsPost, type StatsRow, statsToCsv } from '../../core/deadlines/index.ts';
import type { Platform, Policy, ReplyRecord } from '../../shared/types.ts';
import { downloadText, today } from '../download.ts';
import { useLive } from '../hooks.ts';
import { fmtMinutes, fmtNumber, t } from '../i18n.ts';
import { platformName } from '../labels.ts';

const WEEK_MS = 7 * 86_400_000;

interface Data {
  posts: (StatsPost & { brandIds: string[] })[];
  replies: ReplyRecord[];
  policies: Map<string, Policy>;
  fallback: Policy | undefined;
}

export function StatsView() {
  const [weeks, setWeeks] = useState(8);
  const data = useLive(
    async (db): Promise<Data> => {
      const since = Date.now() - weeks * WEEK_MS;
      const posts = (await db.posts.where('receivedAt').aboveOrEqual(since).toArray()).map((p) => ({
        key: p.key,
        site: p.site,
        receivedAt: p.receivedAt,
        answeredAt: p.answeredAt,
        state: p.state,
        brandIds: p.brandIds,
      }));
      const replies = await db.replies.where('at').aboveOrEqual(since).toArray();
      const policies = new Map<string, Policy>();
      let fallback: Policy | undefined;
      for (const s of await db.settings.where('key').startsWith('policy').toArray()) {
        if (s.key === 'policy') fallback = s.value as Policy;
        else if (s.key.startsWith('policy:')) policies.set(s.key.slice(7), s.value as Policy);
      }
      return { posts, replies, policies, fallback };
    },
    [weeks],
  );

  const computed = useMemo(() => {
    if (!data.value) return null;
    const { posts, replies, policies, fallback } = data.value;
    const policyOf = (p: StatsPost) => {
      const b = (p as StatsPost & { brandIds?: string[] }).brandIds?.[0];
      return (b && policies.get(b)) || fallback;
    };
    const now = Date.now();
    const rows = responseStats(posts, replies, policyOf, now);
    const platforms = rows.filter((r) => r.group === 'platform').map((r) => r.key as Platform);
    const perPlatform = platforms.map((pl) => ({
      platform: pl,
      weeks: responseStats(
        posts.filter((p) => p.site === pl),
        replies,
        policyOf,
        now,
      ).filter((r) => r.group === 'week'),
    }));
    return { rows, perPlatform, hasPolicy: !!fallback || policies.size > 0 };
  }, [data.value]);

  return (
    <section class="stats" aria-labelledby="stats-title" data-testid="stats">
      <div class="view-head">
        <h2 id="stats-title">{t('statsTitle')}</h2>
      </div>
      <div class="toolbar">
        <label class="field field--inline">
          <span>{t('statsPeriod')}</span>
          <select
            value={String(weeks)}
            onChange={(e) => setWeeks(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {[4, 8, 12, 26].map((w) => (
              <option key={w} value={String(w)}>
                {t('statsWeeks', w)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="btn"
          data-action="export-stats"
          disabled={!computed}
          onClick={() =>
            computed && downloadText(`replywise-stats-${today()}.csv`, statsToCsv(computed.rows), 'text/csv')
          }
        >
          {t('statsExport')}
        </button>
      </div>
      {data.error && (
        <p role="alert" class="error">
          {data.error}
        </p>
      )}
      {!computed && !data.error && <p class="muted">{t('loading')}</p>}
      {computed && !computed.hasPolicy && <p class="muted">{t('statsNoPolicy')}</p>}
      {computed && (
        <>
          <table class="stats-table" data-testid="stats-table">
            <caption>{t('statsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statsGroup')}</th>
                <th scope="col">{t('statsPosts')}</th>
                <th scope="col">{t('statsAnswered')}</th>
                <th scope="col">{t('statsMedian')}</th>
                <th scope="col">{t('statsP90')}</th>
                <th scope="col">{t('statsWithin')}</th>
              </tr>
            </thead>
            <tbody>
              {computed.rows
                .filter((r) => r.group !== 'week')
                .map((r) => (
                  <tr key={`${r.group}-${r.key}`} data-group={r.group} data-key={r.key}>
                    <th scope="row">{r.group === 'all' ? t('statsAll') : platformName(r.key as Platform)}</th>
                    <td>{fmtNumber(r.posts)}</td>
                    <td>{fmtNumber(r.answered)}</td>
                    <td>{minutes(r.medianBusinessMin ?? r.medianWallMin)}</td>
                    <td>{minutes(r.p90BusinessMin ?? r.p90WallMin)}</td>
                    <td>{share(r)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <div class="charts">
            {computed.perPlatform.map((pp) => (
              <WeekChart key={pp.platform} title={platformName(pp.platform)} rows={pp.weeks} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const minutes = (m: number | null) => (m === null ? '—' : fmtMinutes(m));
const share = (r: StatsRow) =>
  r.shareWithinTarget === null
    ? '—'
    : fmtNumber(r.shareWithinTarget, { style: 'percent', maximumFractionDigits: 0 });

/** Bars: median first-response minutes per ISO week; colour by the share within target. */
function WeekChart({ title, rows }: { title: string; rows: StatsRow[] }) {
  const W = 240;
  const H = 90;
  const pad = 14;
  const values = rows.map((r) => r.medianBusinessMin ?? r.medianWallMin ?? 0);
  const max = Math.max(1, ...values);
  const bw = rows.length ? (W - pad) / rows.length : 0;
  const summary = rows
    .map((r) => `${r.key}: ${minutes(r.medianBusinessMin ?? r.medianWallMin)}, ${share(r)}`)
    .join('; ');
  return (
    <figure class="chart">
      <figcaption>{t('statsChartCaption', title)}</figcaption>
      <svg
        width={W}
        height={H + 16}
        viewBox={`0 0 ${W} ${H + 16}`}
        role="img"
        aria-label={`${title}: ${summary || t('statsNoData')}`}
      >
        <line x1={pad} y1={H} x2={W} y2={H} class="axis" />
        {rows.map((r, i) => {
          const v = values[i] ?? 0;
          const h = Math.max(1, (v / max) * (H - 8));
          const s = r.shareWithinTarget;
          const cls =
            s === null ? 'bar' : s >= 0.9 ? 'bar bar--good' : s >= 0.7 ? 'bar bar--ok' : 'bar bar--bad';
          return (
            <g key={r.key}>
              <rect x={pad + i * bw + 2} y={H - h} width={Math.max(2, bw - 4)} height={h} class={cls}>
                <title>{`${r.key}: ${minutes(v)} · ${share(r)}`}</title>
              </rect>
              <text x={pad + i * bw + bw / 2} y={H + 12} text-anchor="middle" class="tick">
                {r.key.slice(-3)}
              </text>
            </g>
          );
        })}
        <text x={0} y={10} class="tick">
          {minutes(max)}
        </text>
      </svg>
    </figure>
  );
}
