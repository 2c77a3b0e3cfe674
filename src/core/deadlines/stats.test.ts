import { describe, expect, it } from 'vitest';
import type { Policy, ReplyRecord } from '../../shared/types.ts';
import { validatePolicy } from './policy.ts';
import { isoWeek, median, percentile, responseStats, type StatsPost, statsToCsv } from './stats.ts';
import { dayNumber } from './zone.ts';

const day: [string, string][] = [['09:00', '17:00']];
const policy: Policy = validatePolicy({
  timezone: 'Europe/Riga',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  targets: { x: 30, default: 60 },
});
const t = (s: string) => Date.parse(s);
const reply = (postKey: string, at: string): ReplyRecord => ({
  postKey,
  text: 'Sveiki!',
  method: 'insert',
  at: t(at),
  platform: 'x',
});

describe('percentiles', () => {
  it('interpolate between ranks', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([1, 3])).toBe(2);
    expect(median([9, 1, 5])).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(percentile([10, 20], 1)).toBe(20);
  });
});

describe('isoWeek', () => {
  it('numbers weeks the ISO way, including year edges', () => {
    expect(isoWeek(dayNumber(2026, 11, 23))).toBe('2026-W48');
    expect(isoWeek(dayNumber(2026, 1, 1))).toBe('2026-W01'); // a Thursday
    expect(isoWeek(dayNumber(2027, 1, 1))).toBe('2026-W53'); // a Friday in the last week of 2026
    expect(isoWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
  });
});

describe('responseStats', () => {
  const posts: StatsPost[] = [
    // X, Friday 16:45, answered Monday 09:10 → 25 business minutes, within 30
    { key: 'x:1', site: 'x', receivedAt: t('2026-11-20T16:45:00+02:00') },
    // X, Monday 10:00, answered 10:40 → 40 minutes, breached
    { key: 'x:2', site: 'x', receivedAt: t('2026-11-23T10:00:00+02:00') },
    // Facebook, Monday 10:00, answeredAt set by a seen brand reply at 10:30 → within 60
    {
      key: 'facebook:3',
      site: 'facebook',
      receivedAt: t('2026-11-23T10:00:00+02:00'),
      answeredAt: t('2026-11-23T10:30:00+02:00'),
    },
    // Facebook, Monday 11:00, unanswered; now is 13:00 → breached
    { key: 'facebook:4', site: 'facebook', receivedAt: t('2026-11-23T11:00:00+02:00') },
    // VK, Monday 12:30, unanswered, still within time → pending
    { key: 'vk:5', site: 'vk', receivedAt: t('2026-11-23T12:30:00+02:00') },
    // dismissed posts are left out
    { key: 'vk:6', site: 'vk', receivedAt: t('2026-11-23T09:00:00+02:00'), state: 'dismissed' },
  ];
  const replies = [
    reply('x:1', '2026-11-23T09:10:00+02:00'),
    reply('x:1', '2026-11-23T09:50:00+02:00'), // a later reply does not count
    reply('x:2', '2026-11-23T10:40:00+02:00'),
  ];
  const rows = responseStats(posts, replies, () => policy, t('2026-11-23T13:00:00+02:00'));

  it('overall', () => {
    const all = rows[0];
    expect(all).toMatchObject({
      group: 'all',
      posts: 5,
      answered: 3,
      withinTarget: 2,
      breached: 2,
      pending: 1,
    });
    expect(all?.shareWithinTarget).toBe(0.5);
    expect(all?.medianBusinessMin).toBe(30); // 25, 30, 40
    expect(all?.p90BusinessMin).toBeCloseTo(38);
    expect(all?.medianWallMin).toBe(40); // 30, 40 and 3865 (Friday 16:45 to Monday 09:10)
  });

  it('per platform and per week', () => {
    const x = rows.find((r) => r.group === 'platform' && r.key === 'x');
    expect(x).toMatchObject({ posts: 2, withinTarget: 1, breached: 1, medianBusinessMin: 32.5 });
    const fb = rows.find((r) => r.group === 'platform' && r.key === 'facebook');
    expect(fb).toMatchObject({ posts: 2, withinTarget: 1, breached: 1, answered: 1 });
    const vk = rows.find((r) => r.group === 'platform' && r.key === 'vk');
    expect(vk).toMatchObject({ posts: 1, pending: 1, shareWithinTarget: null, medianBusinessMin: null });
    expect(rows.filter((r) => r.group === 'week').map((r) => [r.key, r.posts])).toEqual([
      ['2026-W47', 1],
      ['2026-W48', 4],
    ]);
  });

  it('exports CSV', () => {
    const csv = statsToCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'group,key,posts,answered,withinTarget,breached,pending,shareWithinTarget,medianBusinessMin,p90BusinessMin,medianWallMin,p90WallMin',
    );
    expect(lines[1]).toBe('all,all,5,3,2,2,1,0.5,30,38,40,3100');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('platform,vk,1,0,0,0,1,,,,,');
  });

  it('CSV cells that a spreadsheet would run are neutralised', () => {
    const csv = statsToCsv([{ ...(rows[0] as (typeof rows)[0]), key: '=HYPERLINK("x")' }]);
    expect(csv.split('\r\n')[1]).toMatch(/^all,"'=HYPERLINK\(""x""\)",/);
  });
});
