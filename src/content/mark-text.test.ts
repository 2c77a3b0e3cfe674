// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../shared/types.ts';
import { markText, uiLangOf, WORDS } from './mark-text.ts';
import { Marks } from './marks.ts';
import { repoRoot } from './test-page.ts';

const locale = (lang: string) =>
  JSON.parse(readFileSync(join(repoRoot, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

describe('mark words in the UI languages', () => {
  it('exist for every UI language, with the side panel’s own words for kinds and states', () => {
    expect(Object.keys(WORDS).sort()).toEqual([...UI_LANGS].sort());
    for (const lang of UI_LANGS) {
      const ui = locale(lang);
      const w = WORDS[lang];
      const same = (key: string) => ui[key]?.message.toLocaleLowerCase(lang);
      expect([w.kind.complaint, w.kind.question, w.kind.praise]).toEqual([
        same('kindComplaint'),
        same('kindQuestion'),
        same('kindPraise'),
      ]);
      expect([w.state.answered, w.state.dismissed, w.state.snoozed, w.state.held]).toEqual([
        same('stateAnswered'),
        same('stateDismissed'),
        same('stateSnoozed'),
        same('stateHeld'),
      ]);
      expect(w.kind.other).toBeTruthy();
      expect(w.left).toContain('{t}');
      expect(w.overdue).toContain('{t}');
      expect(w.urgency).toContain('{n}');
    }
  });

  it('say the time left and overdue in the language', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(markText('en').timeLeft(now + 12 * 60_000, now)).toBe('12 min left');
    expect(markText('en').timeLeft(now - 7 * 60_000, now)).toBe('overdue 7 min');
    expect(markText('lv').timeLeft(now + 125 * 60_000, now)).toBe('vēl 2 st. 5 min');
    expect(markText('ru').timeLeft(now - 7 * 60_000, now)).toBe('просрочено на 7 мин');
    expect(markText('sr').timeLeft(now + 60 * 60_000, now)).toMatch(/^preostalo 1 [a-z]/);
    for (const lang of UI_LANGS) expect(markText(lang).urgency(2)).toMatch(/2/);
  });

  it('picks the UI language from a browser tag', () => {
    expect(uiLangOf('lv-LV')).toBe('lv');
    expect(uiLangOf('sr-Latn-RS')).toBe('sr');
    expect(uiLangOf('bs')).toBe('hr');
    expect(uiLangOf('de-DE')).toBe('en');
    expect(uiLangOf(undefined)).toBe('en');
  });

  it('localise the badge and its tooltip, which spells out the urgency', () => {
    document.body.innerHTML = '<div id="p"></div>';
    const now = Date.parse('2026-11-23T10:00:00Z');
    const marks = new Marks(document, () => now, markText('lv'));
    const post = document.getElementById('p') as Element;
    marks.draw(
      'x:1',
      post,
      { brand: 'Velora', kind: 'complaint', urgency: 2 },
      { key: 'x:1', state: 'new', dueAt: now + 12 * 60_000 },
    );
    expect(marks.labelOf('x:1')).toBe('Velora · sūdzība · !! · vēl 12 min');
    expect(marks.titleOf('x:1')).toBe('Replywise: Velora · sūdzība · steidzamība 2 no 3 · vēl 12 min');
    marks.update([{ key: 'x:1', state: 'answered' }]);
    expect(marks.titleOf('x:1')).toBe('Replywise: Velora · atbildēts');
    const en = new Marks(document, () => now);
    en.draw('x:2', post, { brand: 'Velora', kind: 'question', urgency: 0 });
    expect(en.titleOf('x:2')).toBe('Replywise: Velora · question');
  });
});
