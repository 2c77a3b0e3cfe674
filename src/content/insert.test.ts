// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { adapter as facebook } from '../sites/facebook/index.ts';
import { adapter as reddit } from '../sites/reddit/index.ts';
import { adapter as youtube } from '../sites/youtube/index.ts';
import { createBridge } from './bridge.ts';
import { detectEditor, strategiesFor } from './editors/index.ts';
import { value } from './editors/value.ts';
import { comparable, insertReply } from './insert.ts';
import { loadPage, setPage } from './test-page.ts';

const REPLY = 'Sveiki, Inese! 👋\nМы уже проверяем.\nKM';
let bridges: { dispose(): void }[] = [];
afterEach(() => {
  for (const b of bridges) b.dispose();
  bridges = [];
});
function bridge() {
  const b = createBridge(document, 200);
  bridges.push(b);
  return b;
}

describe('editor detection and order', () => {
  it('reads the editor kind from the library markers', () => {
    setPage(`<html><body>
      <div id="l" contenteditable="true" data-lexical-editor="true"></div>
      <div class="DraftEditor-root"><div id="d" class="public-DraftEditor-content" contenteditable="true"></div></div>
      <div id="p" class="ProseMirror" contenteditable="true"></div>
      <div id="q" class="ql-editor" contenteditable="true"></div>
      <div id="c" contenteditable="true"></div><textarea id="t"></textarea></body></html>`);
    const kind = (id: string) => detectEditor(document.getElementById(id) as Element);
    expect(['l', 'd', 'p', 'q', 'c', 't'].map(kind)).toEqual([
      'lexical',
      'draft',
      'prosemirror',
      'quill',
      'contenteditable',
      'textarea',
    ]);
    expect(strategiesFor(document.getElementById('d') as HTMLElement, ['contenteditable'])).toEqual([
      'paste',
      'beforeinput',
      'execCommand',
    ]);
    expect(strategiesFor(document.getElementById('c') as HTMLElement, ['draft'])).toEqual([
      'execCommand',
      'dom',
      'paste',
      'beforeinput',
    ]);
    expect(strategiesFor(document.getElementById('l') as HTMLElement)).toEqual([
      'beforeinput',
      'paste',
      'execCommand',
    ]);
    expect(strategiesFor(document.getElementById('t') as HTMLElement, ['lexical'])).toEqual(['value']);
  });
});

describe('value strategy', () => {
  it('sets a React-controlled textarea through the prototype setter, caret at the end, input event', () => {
    setPage('<html><body><textarea id="t">Hi </textarea></body></html>');
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.setSelectionRange(3, 3);
    // React overrides the instance's value property to track changes; the prototype setter bypasses it.
    let tracked = '';
    Object.defineProperty(ta, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.get?.call(ta),
      set: (v: string) => {
        tracked = v;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(ta, v);
      },
    });
    const events: string[] = [];
    ta.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).data}`));
    ta.addEventListener('change', () => events.push('change'));
    expect(value.insert(ta, 'there 😊')).toBe(true);
    expect(ta.value).toBe('Hi there 😊');
    expect(tracked).toBe('');
    expect(ta.selectionStart).toBe(ta.value.length);
    expect(events).toEqual(['input:there 😊', 'change']);
  });
});

describe('insertReply', () => {
  it('puts the reply into old reddit’s textarea and checks it stuck', async () => {
    loadPage('src/sites/reddit/fixtures/comments-old.html');
    const r = await insertReply(
      {
        adapter: reddit,
        bridge: bridge(),
        url: () => 'https://old.reddit.com/r/Eesti/comments/9zz/',
        settleMs: 20,
      },
      't1_k1',
      REPLY,
    );
    expect(r).toEqual({ ok: true, method: 'value' });
    expect((document.querySelector('textarea') as HTMLTextAreaElement).value).toBe(REPLY);
  });

  it('opens the reply box with the site’s reply button when it is not there yet', async () => {
    loadPage('src/sites/youtube/fixtures/comments.html');
    const comment = document.querySelector('ytd-comment-view-model') as Element;
    const dialog = comment.querySelector('#reply-dialog') as Element;
    dialog.remove();
    (comment.querySelector('#reply-button-end button') as HTMLElement).addEventListener('click', () => {
      setTimeout(() => comment.append(dialog), 60);
    });
    const r = await insertReply(
      {
        adapter: youtube,
        bridge: bridge(),
        url: () => 'https://www.youtube.com/watch?v=abcDEF12345',
        settleMs: 20,
      },
      'UgzAAAAAAAAAAAA1',
      REPLY,
    );
    // jsdom has no execCommand: the DOM strategy writes text nodes and <br>s.
    expect(r).toEqual({ ok: true, method: 'dom' });
    expect(comparable((comment.querySelector('#contenteditable-root') as Element).textContent ?? '')).toBe(
      comparable(REPLY),
    );
    expect((comment.querySelector('#contenteditable-root') as Element).querySelectorAll('br')).toHaveLength(
      2,
    );
  });

  it('detects a revert and falls back to the clipboard, saying so', async () => {
    loadPage('src/sites/reddit/fixtures/comments-old.html');
    const ta = document.querySelector('textarea') as HTMLTextAreaElement;
    ta.addEventListener('input', () => setTimeout(() => (ta.value = ''), 50));
    const copied: string[] = [];
    const r = await insertReply(
      {
        adapter: reddit,
        bridge: bridge(),
        url: () => 'https://old.reddit.com/',
        settleMs: 150,
        copy: async (t) => {
          copied.push(t);
          return true;
        },
      },
      't1_k1',
      REPLY,
    );
    expect(r.ok).toBe(false);
    expect(r.method).toBe('clipboard');
    expect(r.message).toMatch(/reverted.*clipboard/s);
    // The same sentence as a locale key for the UI, with the strategy as its substitution.
    expect(r.messageKey).toBe('insertFbRevertedCopied');
    expect(r.params).toHaveLength(1);
    expect(r.message).toContain(`(${r.params?.[0]})`);
    expect(copied).toEqual([REPLY]);
  });

  it('falls back to the clipboard when the post is gone or the editor ignores everything', async () => {
    loadPage('src/sites/facebook/fixtures/feed.html');
    const copied: string[] = [];
    const deps = {
      adapter: facebook,
      bridge: bridge(),
      url: () => 'https://www.facebook.com/',
      settleMs: 10,
      copy: async (t: string) => {
        copied.push(t);
        return true;
      },
    };
    const gone = await insertReply(deps, '424242', REPLY);
    expect(gone).toMatchObject({ ok: false, method: 'clipboard' });
    expect(gone.message).toContain('not on the page');
    expect(gone).toMatchObject({ messageKey: 'insertFbNoPostCopied', params: [] });
    const notCopied = await insertReply({ ...deps, copy: async () => false }, '424242', REPLY);
    expect(notCopied).toMatchObject({ ok: false, method: 'none', messageKey: 'insertFbNoPostNotCopied' });
    expect(notCopied.message).toContain('Copying to the clipboard failed too.');
    // A Lexical box whose editor cancels every input (as a read-only editor would).
    const box = document.querySelector('[data-lexical-editor]') as HTMLElement;
    for (const t of ['beforeinput', 'paste', 'input']) box.addEventListener(t, (e) => e.preventDefault());
    const ignored = await insertReply(deps, '2001', REPLY);
    expect(ignored).toMatchObject({ ok: false, method: 'clipboard' });
    expect(ignored.messageKey).toMatch(/^insertFb(Rejected|Changed)Copied$/);
    expect(copied).toHaveLength(2);
    expect(box.textContent).toBe('');
  });

  it('never presses send: no submit, no click on anything but the reply opener', async () => {
    loadPage('src/sites/reddit/fixtures/comments-old.html');
    let submitted = false;
    document.addEventListener('submit', () => (submitted = true), true);
    const clicks: string[] = [];
    document.addEventListener('click', (e) => clicks.push((e.target as Element).localName), true);
    await insertReply(
      { adapter: reddit, bridge: bridge(), url: () => 'https://old.reddit.com/', settleMs: 10 },
      't1_k1',
      REPLY,
    );
    expect(submitted).toBe(false);
    expect(clicks).toEqual([]);
  });
});

describe('MAIN-world bridge', () => {
  it('connects on a random channel and runs strategies through the main-world script', async () => {
    setPage('<html><body><textarea id="t"></textarea></body></html>');
    delete document.documentElement.dataset.replywiseMain;
    const seen: string[] = [];
    const orig = document.dispatchEvent.bind(document);
    document.dispatchEvent = (e: Event) => {
      seen.push(e.type);
      return orig(e);
    };
    const b = bridge();
    expect(b.connected).toBe(false);
    await import('./main-world.iife.ts'); // registers and announces itself; the bridge connects
    expect(b.connected).toBe(true);
    const channel = seen.find((t) => /^rw-[0-9a-f]{32}:ack$/.test(t));
    expect(channel).toBeDefined();
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    expect(await b.run(ta, 'value', 'Привет 👋')).toBe(true);
    expect(ta.value).toBe('Привет 👋');
    expect(ta.hasAttribute('data-rw-target')).toBe(false);
    // A page that replays the connect event cannot take over the channel.
    document.dispatchEvent(new CustomEvent('replywise:connect', { detail: `rw-${'0'.repeat(32)}` }));
    expect(await b.run(ta, 'value', '!')).toBe(true);
    expect(ta.value).toBe('Привет 👋!');
    document.dispatchEvent = orig;
  });
});
