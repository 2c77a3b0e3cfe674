import { describe, expect, it } from 'vitest';
import { classify, complaintLogit } from './classify.ts';
import { emptyState, FEATURE_CAP, learn, replay, validState, WORD_CAP } from './learn.ts';
import { loadAll } from './load-data.ts';

describe('online learning from corrections', () => {
  const post = 'Pakomāts atkal rāda kodu nepareizi, nevarēju izņemt paku';
  it('a correction moves the corrected post toward its label; repeated ones flip it, one does not', () => {
    expect(classify(post).complaint).toBe(true);
    const before = classify(post).score;
    let s = learn(emptyState(), post, 'not-complaint');
    expect(classify(post, { model: s }).score).toBeLessThan(before);
    expect(classify(post, { model: s }).complaint).toBe(true);
    let clicks = 1;
    while (classify(post, { model: s }).complaint && clicks < 40) {
      s = learn(s, post, 'not-complaint');
      clicks++;
    }
    expect(classify(post, { model: s }).complaint).toBe(false);
    expect(clicks).toBeGreaterThan(1);
    expect(s.n).toBe(clicks);
  });

  it('one click cannot flip everything: every post of the eval set moves by at most 1.0 logit', () => {
    const posts = loadAll();
    const s = learn(emptyState(), 'Great, another outage. Third time this week!!!', 'not-complaint');
    let flipped = 0;
    for (const p of posts) {
      const a = classify(p.text);
      const b = classify(p.text, { model: s });
      expect(Math.abs(complaintLogit(p.text, { model: s }) - complaintLogit(p.text))).toBeLessThanOrEqual(
        1.0 + 1e-9,
      );
      if (a.complaint !== b.complaint) flipped++;
    }
    expect(flipped / posts.length).toBeLessThan(0.1);
  });

  it('stays bounded under many identical corrections', () => {
    let s = emptyState();
    for (let i = 0; i < 200; i++) s = learn(s, 'Paldies, viss kārtībā, super serviss!', 'complaint');
    for (const w of s.w) expect(Math.abs(w)).toBeLessThanOrEqual(FEATURE_CAP + 1e-9);
    for (const w of Object.values(s.words)) expect(Math.abs(w)).toBeLessThanOrEqual(WORD_CAP + 1e-9);
    expect(validState(JSON.parse(JSON.stringify(s)))).not.toBeNull();
  });

  it('does not modify the input state; reset is the empty state; replay is deterministic', () => {
    const s0 = emptyState();
    const copy = JSON.stringify(s0);
    const s1 = learn(s0, 'internet not working', 'complaint');
    expect(JSON.stringify(s0)).toBe(copy);
    expect(s1).not.toEqual(s0);
    const labels = [
      { text: 'internet not working', label: 'complaint' as const },
      { text: 'I hate Mondays', label: 'not-complaint' as const, lang: 'en' },
    ];
    expect(replay(labels)).toEqual(replay(labels));
    expect(classify('internet not working', { model: emptyState() })).toEqual(
      classify('internet not working'),
    );
  });

  it('rejects malformed stored state', () => {
    expect(validState(null)).toBeNull();
    expect(validState({ v: 2 })).toBeNull();
    expect(validState({ ...emptyState(), w: [1, 2] })).toBeNull();
    expect(validState({ ...emptyState(), words: { a: 99 } })).toBeNull();
    expect(validState({ ...emptyState(), w: emptyState().w.map(() => Number.NaN) })).toBeNull();
  });

  it('learned words generalise to another post with the same jargon', () => {
    let s = emptyState();
    for (const t of ['Smart-ID kods nepienāk', 'Smart-ID atkal karājas', 'Smart-ID nestrādā kopš rīta'])
      s = learn(s, t, 'complaint');
    const other = 'Smart-ID kods šodien';
    expect(classify(other, { model: s }).score).toBeGreaterThan(classify(other).score);
  });
});
