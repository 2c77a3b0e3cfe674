import { describe, expect, it } from 'vitest';
import type { StoredPost } from '../shared/types.ts';
import { fillVariable, segments, variablesIn, wordSpans } from './highlight.tsx';
import { parseRoute, routeHash } from './hooks.ts';
import { fmtCountdown, formatMessage } from './i18n.ts';
import { comparator, countByState, DEFAULT_FILTER, liveState, selectPosts } from './inbox-model.ts';

const post = (key: string, over: Partial<StoredPost> = {}): StoredPost => ({
  key,
  site: 'x',
  id: key,
  author: 'Anna',
  handle: '@anna',
  text: 'Velora internet nestrādā',
  url: `https://x.com/a/status/${key}`,
  time: null,
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.9,
  urgency: 1,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
  state: 'new',
  receivedAt: 1000,
  firstSeenAt: 1000,
  updatedAt: 1000,
  ...over,
});

describe('segments', () => {
  it('cuts text at overlapping span boundaries and keeps every character once', () => {
    const text = 'Velora internet nestrādā';
    const segs = segments(text, [
      { start: 0, end: 6, kind: 'mention', label: 'velora' },
      { start: 3, end: 15, kind: 'evidence' },
      { start: 16, end: 99, kind: 'evidence' },
      { start: 5, end: 2, kind: 'match' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.kinds])).toEqual([
      ['Vel', ['mention']],
      ['ora', ['mention', 'evidence']],
      [' internet', ['evidence']],
      [' ', []],
      ['nestrādā', ['evidence']],
    ]);
  });

  it('returns the plain text for no spans and nothing for empty text', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', start: 0, kinds: [], labels: [] }]);
    expect(segments('', [{ start: 0, end: 3, kind: 'match' }])).toEqual([]);
  });
});

describe('word spans and variables', () => {
  it('marks whole words only, case-insensitively, including non-Latin scripts', () => {
    const text = 'Roaming prices; roamingu? Роуминг дорогой роуминг';
    expect(wordSpans(text, ['roaming', 'роуминг']).map((s) => text.slice(s.start, s.end))).toEqual([
      'Roaming',
      'Роуминг',
      'роуминг',
    ]);
  });

  it('lists and fills {{variables}} without expanding values', () => {
    expect(variablesIn('Hi {{author}}, by {{ deadline }}. {{author}}')).toEqual(['author', 'deadline']);
    expect(fillVariable('Hi {{ author }} and {{author}}', 'author', '{{agent}} $&')).toBe(
      'Hi {{agent}} $& and {{agent}} $&',
    );
  });
});

describe('inbox model', () => {
  it('moves a post along its clock: new, due soon, overdue; a snooze that ran out is open again', () => {
    const p = post('1', { warnAt: 2000, dueAt: 3000 });
    expect(liveState(p, 1500)).toBe('new');
    expect(liveState(p, 2500)).toBe('due-soon');
    expect(liveState(p, 3500)).toBe('overdue');
    expect(liveState(post('2', { state: 'snoozed', snoozedUntil: 5000, dueAt: 9000 }), 4000)).toBe('snoozed');
    expect(liveState(post('2', { state: 'snoozed', snoozedUntil: 5000, dueAt: 9000 }), 6000)).toBe('new');
    expect(liveState(post('3', { state: 'answered', dueAt: 1 }), 10_000)).toBe('answered');
  });

  it('filters by brand, platform, kind, state and text, and sorts by deadline, urgency or time', () => {
    const posts = [
      post('a', { dueAt: 5000, urgency: 0, receivedAt: 10 }),
      post('b', { dueAt: 2000, urgency: 1, receivedAt: 30, site: 'facebook' }),
      post('c', { urgency: 3, receivedAt: 20, kind: 'question', text: 'Kāds ir tarifs?' }),
      post('d', { dueAt: 1000, state: 'answered', receivedAt: 40 }),
      post('e', { dueAt: 1500, brandIds: ['other'], receivedAt: 5 }),
    ];
    const keys = (xs: StoredPost[]) => xs.map((p) => p.key);
    expect(keys(selectPosts(posts, DEFAULT_FILTER, 'deadline', 0))).toEqual(['e', 'b', 'a', 'c']);
    expect(keys(selectPosts(posts, DEFAULT_FILTER, 'urgency', 0))).toEqual(['c', 'e', 'b', 'a']);
    expect(keys(selectPosts(posts, DEFAULT_FILTER, 'time', 0))).toEqual(['b', 'c', 'a', 'e']);
    expect(keys(selectPosts(posts, { ...DEFAULT_FILTER, state: 'all' }, 'time', 0))).toEqual([
      'd',
      'b',
      'c',
      'a',
      'e',
    ]);
    expect(
      keys(selectPosts(posts, { ...DEFAULT_FILTER, brand: 'velora', platform: 'x' }, 'time', 0)),
    ).toEqual(['c', 'a']);
    expect(keys(selectPosts(posts, { ...DEFAULT_FILTER, kind: 'question' }, 'time', 0))).toEqual(['c']);
    expect(keys(selectPosts(posts, { ...DEFAULT_FILTER, query: 'TARIFS' }, 'time', 0))).toEqual(['c']);
    expect(keys(selectPosts(posts, { ...DEFAULT_FILTER, state: 'overdue' }, 'time', 2500))).toEqual([
      'b',
      'e',
    ]);
    const c = countByState(posts, 2500);
    expect([c.overdue, c.new, c.answered]).toEqual([2, 2, 1]);
  });

  it('orders posts without a deadline last and ties by key, so the order is total', () => {
    const cmp = comparator('deadline');
    const a = post('a', { receivedAt: 1 });
    const b = post('b', { receivedAt: 1 });
    expect(cmp(a, b)).toBeLessThan(0);
    expect(cmp(b, a)).toBeGreaterThan(0);
    expect(cmp(post('x', { dueAt: 10 }), a)).toBeLessThan(0);
  });
});

describe('routes', () => {
  it('parses and builds every route, keeping keys with colons and slashes intact', () => {
    for (const r of [
      { view: 'inbox' },
      { view: 'compose', key: 'x:123/4' },
      { view: 'compose', key: 'facebook:9', top: true },
      { view: 'suggest', text: 'Is roaming free? 100%' },
      { view: 'faq' },
      { view: 'faq', id: 'roaming-en' },
      { view: 'settings', section: 'policy' },
      { view: 'stats' },
    ] as const)
      expect(parseRoute(routeHash(r))).toEqual(r);
    expect(parseRoute('#/nonsense')).toEqual({ view: 'inbox' });
    expect(parseRoute('#/compose/%E0%A4%A')).toEqual({ view: 'inbox' });
    expect(parseRoute('')).toEqual({ view: 'inbox' });
  });
});

describe('messages and clocks', () => {
  it('formats Chrome-style placeholders', () => {
    const e = {
      message: 'Shown: $P1$ · overdue: $P2$ ($$)',
      placeholders: { p1: { content: '$1' }, p2: { content: '$2' } },
    };
    expect(formatMessage(e, [12, 3])).toBe('Shown: 12 · overdue: 3 ($)');
  });

  it('shows countdowns with hours only when needed, and overdue with a minus', () => {
    expect(fmtCountdown(65_000)).toBe('1:05');
    expect(fmtCountdown(3_723_000)).toBe('1:02:03');
    expect(fmtCountdown(-250_000)).toBe('−4:10');
  });
});
