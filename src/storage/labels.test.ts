import { describe, expect, it } from 'vitest';
import { classify } from '../core/signals/index.ts';
import { createDb } from './db.ts';
import { deleteLabel, listLabels, loadModelState, MODEL_KEY, resetLearning, saveLabel } from './labels.ts';

const post = 'Pakomāts atkal rāda kodu nepareizi, nevarēju izņemt paku';

async function open(name: string) {
  const db = createDb(`labels-${name}-${Date.now()}-${Math.random()}`);
  await db.open();
  return db;
}

describe('labels repository', () => {
  it('stores corrections in the labels table and the learned state in settings', async () => {
    const db = await open('save');
    const s = await saveLabel(db, { postKey: 'x:1', text: post, lang: 'lv', label: 'not-complaint' }, 1000);
    expect(s.n).toBe(1);
    expect(await db.labels.get('x:1')).toMatchObject({
      text: post,
      lang: 'lv',
      label: 'not-complaint',
      at: 1000,
    });
    const cached = (await db.settings.get(MODEL_KEY))?.value as { stamp: string } | undefined;
    expect(cached?.stamp).toBe('1:1000');
    expect(await loadModelState(db)).toEqual(s);
    expect(classify(post, { model: s }).score).toBeLessThan(classify(post).score);
    db.close();
  });

  it("replacing a post's label rebuilds from all labels (no double counting)", async () => {
    const db = await open('replace');
    await saveLabel(db, { postKey: 'x:1', text: post, label: 'complaint' }, 1000);
    const s = await saveLabel(db, { postKey: 'x:1', text: post, label: 'not-complaint' }, 2000);
    expect(s.n).toBe(1);
    expect(await listLabels(db)).toHaveLength(1);
    db.close();
  });

  it('notices labels written elsewhere (ui correct()) and replays them, oldest first', async () => {
    const db = await open('stale');
    await saveLabel(db, { postKey: 'x:1', text: post, label: 'not-complaint' }, 1000);
    await db.labels.put({
      postKey: 'x:2',
      text: 'I hate Mondays',
      lang: 'en',
      label: 'not-complaint',
      at: 3000,
    });
    await db.labels.put({
      postKey: 'x:3',
      text: 'internet down again',
      lang: 'en',
      label: 'complaint',
      at: 2000,
    });
    const s = await loadModelState(db);
    expect(s.n).toBe(3);
    const row = await db.settings.get(MODEL_KEY);
    expect((row?.value as { stamp: string } | undefined)?.stamp).toBe('3:3000');
    expect((await listLabels(db)).map((l) => l.postKey)).toEqual(['x:1', 'x:3', 'x:2']);
    db.close();
  });

  it('ignores a corrupt cached state and malformed label rows', async () => {
    const db = await open('corrupt');
    await db.labels.put({ postKey: 'x:1', text: post, lang: 'lv', label: 'complaint', at: 5 });
    await db.labels.put({ postKey: 'x:2', text: 7, lang: 'lv', label: 'maybe', at: 6 } as never);
    await db.settings.put({ key: MODEL_KEY, value: { stamp: '1:5', state: { v: 1, n: 'x' } } });
    const s = await loadModelState(db);
    expect(s.n).toBe(1);
    db.close();
  });

  it('delete (undo) and reset', async () => {
    const db = await open('reset');
    await saveLabel(db, { postKey: 'x:1', text: post, label: 'not-complaint' }, 1000);
    await saveLabel(db, { postKey: 'x:2', text: 'app crashes', label: 'complaint' }, 2000);
    expect((await deleteLabel(db, 'x:1')).n).toBe(1);
    await resetLearning(db);
    expect(await db.labels.count()).toBe(0);
    expect(await db.settings.get(MODEL_KEY)).toBeUndefined();
    expect((await loadModelState(db)).n).toBe(0);
    await expect(saveLabel(db, { postKey: '', text: post, label: 'complaint' })).rejects.toThrow(/postKey/);
    await expect(saveLabel(db, { postKey: 'k', text: post, label: 'x' as never })).rejects.toThrow(/label/);
    db.close();
  });
});
