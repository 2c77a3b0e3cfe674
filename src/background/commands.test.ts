import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { BrowserMock } from '../shared/browser-mock.ts';
import type { StoredPost } from '../shared/types.ts';
import { createDb, type ReplywiseDb } from '../storage/db.ts';
import {
  COMMAND_INSERT_TOP,
  COMMAND_OPEN_PANEL,
  installCommands,
  MENU_SUGGEST,
  onMenuClick,
  postForTab,
  topReply,
} from './commands.ts';

const mock = browser as unknown as BrowserMock;
let db: ReplywiseDb;
let n = 0;

const post = (id: string, over: Partial<StoredPost> = {}): StoredPost => ({
  key: `x:${id}`,
  site: 'x',
  id,
  author: 'Anna Bērziņa',
  handle: '@anna',
  text: 'How much does roaming cost in the EU?',
  url: `https://x.com/anna/status/${id}`,
  time: null,
  lang: 'en',
  kind: 'question',
  complaint: false,
  score: 0.1,
  urgency: 0,
  evidence: [],
  mentions: [],
  brandIds: ['velora'],
  state: 'new',
  receivedAt: 1,
  firstSeenAt: 1,
  updatedAt: 1,
  ...over,
});

beforeEach(async () => {
  db = createDb(`commands-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('postForTab', () => {
  it('finds the post whose own page the tab shows, ignoring query and hash', async () => {
    await db.posts.bulkPut([post('1', { dueAt: 100 }), post('2', { dueAt: 50 })]);
    const r = await postForTab(db, 'https://x.com/anna/status/1?s=20#reply');
    expect(r).toEqual({ post: expect.objectContaining({ key: 'x:1' }), exact: true });
  });

  it('falls back to the most urgent open post of the same site, never another site or a closed post', async () => {
    await db.posts.bulkPut([
      post('1', { dueAt: 300 }),
      post('2', { dueAt: 100, state: 'answered' }),
      post('3', { dueAt: 200 }),
      post('4', { dueAt: 10, site: 'facebook', url: 'https://www.facebook.com/p/4' }),
    ]);
    const r = await postForTab(db, 'https://x.com/home');
    expect(r?.exact).toBe(false);
    expect(r?.post.key).toBe('x:3');
    expect(await postForTab(db, 'https://www.reddit.com/r/x')).toBeNull();
    expect(await postForTab(db, 'not a url')).toBeNull();
  });
});

describe('topReply', () => {
  it('fills the best answer for the post and lists what still needs a value', async () => {
    await db.brands.put({ id: 'velora', name: 'Velora' });
    await db.settings.put({ key: 'agent', value: { name: 'Kristīne', initials: 'KM' } });
    await db.faqs.bulkPut([
      {
        id: 'roaming',
        questions: ['How much does roaming cost in the EU?'],
        answer: 'Hi {{author}}, roaming in the EU costs the same as at home. {{agent}}',
        lang: 'en',
      },
      {
        id: 'outage',
        questions: ['Is there an outage?'],
        answer: 'Fixed by {{deadline}}, {{author}}.',
        lang: 'en',
      },
    ]);
    const r = await topReply(db, post('1'));
    expect(r).toEqual({
      faqId: 'roaming',
      text: 'Hi Anna, roaming in the EU costs the same as at home. KM',
      missing: [],
    });
    const outage = await topReply(db, post('2', { text: 'Is there an outage? no signal' }));
    expect(outage?.faqId).toBe('outage');
    expect(outage?.missing).toEqual(['deadline']);
  });

  it('returns null when no FAQ entry fits', async () => {
    expect(await topReply(db, post('1'))).toBeNull();
  });
});

describe('menu and commands', () => {
  it('opens the side panel on the suggest route with the selected text, cut to a safe length', async () => {
    const sp = { open: vi.fn(async () => undefined), setOptions: vi.fn(async () => undefined) };
    (globalThis as { chrome?: unknown }).chrome = { sidePanel: sp };
    try {
      await onMenuClick(
        { menuItemId: MENU_SUGGEST, selectionText: '  Is roaming free? ', editable: false } as never,
        {
          id: 7,
          windowId: 1,
        } as never,
      );
      expect(sp.setOptions).toHaveBeenCalledWith({
        tabId: 7,
        path: 'src/ui/sidepanel.html#/suggest/Is%20roaming%20free%3F',
        enabled: true,
      });
      expect(sp.open).toHaveBeenCalledWith({ tabId: 7 });
      sp.setOptions.mockClear();
      await onMenuClick(
        { menuItemId: 'other', selectionText: 'x', editable: false } as never,
        { id: 7 } as never,
      );
      await onMenuClick(
        { menuItemId: MENU_SUGGEST, selectionText: '   ', editable: false } as never,
        { id: 7 } as never,
      );
      expect(sp.setOptions).not.toHaveBeenCalled();
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });

  it('registers command, menu and install listeners', () => {
    const before = {
      cmd: mock.commands.onCommand.listeners.size,
      menu: mock.contextMenus.onClicked.listeners.size,
      inst: mock.runtime.onInstalled.listeners.size,
    };
    installCommands();
    expect(mock.commands.onCommand.listeners.size).toBe(before.cmd + 1);
    expect(mock.contextMenus.onClicked.listeners.size).toBe(before.menu + 1);
    expect(mock.runtime.onInstalled.listeners.size).toBe(before.inst + 1);
    expect([COMMAND_OPEN_PANEL, COMMAND_INSERT_TOP]).toEqual(['open-side-panel', 'insert-top-suggestion']);
  });
});
