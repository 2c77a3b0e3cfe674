import { describe, expect, it } from 'vitest';
import type { FaqEntry } from '../../shared/types.ts';
import { FaqIndex, MAX_PICKS, TUNING } from './search-index.ts';

const ENTRIES: FaqEntry[] = [
  {
    id: 'card-blocked',
    lang: 'lv',
    questions: ['Kāpēc mana karte ir bloķēta?', 'Karte nestrādā veikalā'],
    answer: 'Atvainojiet, {{author}}! Kartes bloķēšanu var atcelt internetbankā.',
    tags: ['karte'],
  },
  {
    id: 'roaming-lt',
    lang: 'lt',
    questions: ['Kiek kainuoja tarptinklinis ryšys?', 'Ar veikia internetas užsienyje?'],
    answer: 'Tarptinklinis ryšys ES kainuoja tiek pat kaip namuose.',
  },
  {
    id: 'delivery-ru',
    lang: 'ru',
    questions: ['Где мой заказ?', 'Когда будет доставка посылки?'],
    answer: 'Доставка занимает 2–3 рабочих дня.',
  },
  {
    id: 'invoice-et',
    lang: 'et',
    questions: ['Kus on minu arve?', 'Arve summa on vale'],
    answer: 'Arve leiate iseteenindusest.',
  },
  {
    id: 'card-blocked-en',
    lang: 'en',
    questions: ['Why is my card blocked?', 'My card does not work in the shop'],
    answer: 'Sorry about that, you can unblock the card in the app.',
  },
  {
    id: 'opening-hours',
    lang: 'en',
    questions: ['When are you open?', 'What are your opening hours?'],
    answer: 'We are here {{hours}}.',
  },
];

describe('FaqIndex.suggest', () => {
  const idx = FaqIndex.build(ENTRIES);

  it('finds entries from inflected, diacritic-free posts in each language', () => {
    expect(idx.suggest('kapec mana karti blokeja??', { lang: 'lv' })[0]?.faqId).toBe('card-blocked');
    expect(idx.suggest('kiek kainuoja tarptinklinio rysio paslauga', { lang: 'lt' })[0]?.faqId).toBe(
      'roaming-lt',
    );
    // Russian typed in Latin letters, inflected ("zakaza", "dostavku").
    expect(idx.suggest('gde moi zakaz? kogda dostavku jdat', {})[0]?.faqId).toBe('delivery-ru');
    expect(idx.suggest('minu arvel on vale summa', { lang: 'et' })[0]?.faqId).toBe('invoice-et');
    expect(idx.suggest('когда доставка моего заказа?', {})[0]?.faqId).toBe('delivery-ru');
  });

  it("prefers the post's language and falls back to others", () => {
    // "karte" and "card" entries both exist: a Latvian post gets the Latvian one first.
    const lv = idx.suggest('mana karte ir blokēta', { lang: 'lv' });
    expect(lv[0]?.faqId).toBe('card-blocked');
    const en = idx.suggest('my card is blocked', { lang: 'en' });
    expect(en[0]?.faqId).toBe('card-blocked-en');
    // No Latvian entry about opening hours: the English one is offered.
    const fallback = idx.suggest('opening hours?', { lang: 'lv' });
    expect(fallback[0]?.faqId).toBe('opening-hours');
  });

  it('returns scores best first, the answer and the matched words as written', () => {
    const s = idx.suggest('Kāpēc KARTE bloķēta', { lang: 'lv', top: 3 });
    expect(s.length).toBeGreaterThan(0);
    for (let i = 1; i < s.length; i++) expect(s[i - 1]?.score).toBeGreaterThanOrEqual(s[i]?.score ?? 0);
    expect(s[0]?.answer).toContain('internetbankā');
    expect(s[0]?.matched).toEqual(expect.arrayContaining(['KARTE', 'bloķēta']));
  });

  it('honours top and returns nothing for an unrelated post or an empty index', () => {
    expect(idx.suggest('karte', { top: 1 })).toHaveLength(1);
    expect(idx.suggest('karte', { top: 0 })).toEqual([]);
    expect(idx.suggest('🙂 ...', {})).toEqual([]);
    expect(new FaqIndex().suggest('karte')).toEqual([]);
  });

  it('filters by brand, keeping entries without a brand', () => {
    const b = FaqIndex.build([
      { id: 'a', brand: 'bite', questions: ['roaming price'], answer: 'A' },
      { id: 'b', brand: 'tele2', questions: ['roaming price'], answer: 'B' },
      { id: 'c', questions: ['roaming cost'], answer: 'C' },
    ]);
    expect(
      b
        .suggest('roaming price', { brand: 'bite' })
        .map((s) => s.faqId)
        .sort(),
    ).toEqual(['a', 'c']);
  });
});

describe('incremental updates', () => {
  const posts = ['karte nestrada', 'kur ir mana arve', 'gde zakaz', 'opening hours', 'card blocked'];
  const ranked = (i: FaqIndex) => posts.map((p) => i.suggest(p, { top: 5 }));

  it('add, update and remove give the same results as a full rebuild', () => {
    const inc = new FaqIndex();
    for (const e of ENTRIES) inc.add(e);
    inc.remove('invoice-et');
    inc.add({ id: 'tmp', questions: ['karte karte karte'], answer: 'x' });
    const changed = { ...(ENTRIES[0] as FaqEntry), questions: ['Karte nestrādā'] };
    inc.update(changed);
    inc.remove('tmp');
    const full = FaqIndex.build([changed, ...ENTRIES.slice(1).filter((e) => e.id !== 'invoice-et')]);
    expect(inc.size).toBe(full.size);
    expect(ranked(inc)).toEqual(ranked(full));
    expect(inc.has('invoice-et')).toBe(false);
    expect(inc.suggest('arve summa vale', { lang: 'et' }).some((s) => s.faqId === 'invoice-et')).toBe(false);
    expect(inc.remove('nope')).toBe(false);
  });

  it('round-trips through a snapshot (structured clone, as IndexedDB stores it) with identical results', () => {
    const idx = FaqIndex.build(ENTRIES);
    idx.addPick('opening-hours', { text: 'kad jus strādājat', lang: 'lv' });
    idx.add({ id: 'late', lang: 'lv', questions: ['Vai var samaksāt ar čeku?'], answer: 'Nē.' });
    const restored = FaqIndex.fromSnapshot(structuredClone(idx.snapshot()));
    expect(ranked(restored)).toEqual(ranked(idx));
    expect(restored.suggest('samaksat ar ceku', { lang: 'lv' })[0]).toEqual(
      idx.suggest('samaksat ar ceku', { lang: 'lv' })[0],
    );
    expect(restored.picksOf('opening-hours')).toHaveLength(1);
    // Still incrementally updatable after restore, and equal to a rebuild after the same changes.
    restored.remove('delivery-ru');
    restored.update({ ...(ENTRIES[3] as FaqEntry), questions: ['Arve on vale'] });
    restored.add({ id: 'new', lang: 'ru', questions: ['Где мой заказ, курьер не пришёл'], answer: 'x' });
    expect(restored.suggest('gde zakaz').some((s) => s.faqId === 'delivery-ru')).toBe(false);
    const rebuilt = FaqIndex.build([
      ...ENTRIES.filter((e) => e.id !== 'delivery-ru' && e.id !== 'invoice-et'),
      { id: 'late', lang: 'lv', questions: ['Vai var samaksāt ar čeku?'], answer: 'Nē.' },
      { ...(ENTRIES[3] as FaqEntry), questions: ['Arve on vale'] },
      { id: 'new', lang: 'ru', questions: ['Где мой заказ, курьер не пришёл'], answer: 'x' },
    ]);
    rebuilt.addPick('opening-hours', { text: 'kad jus strādājat', lang: 'lv' });
    const ids = (i: FaqIndex) =>
      posts.map((p) => i.suggest(p, { top: 5 }).map((s) => [s.faqId, s.score, s.matched]));
    expect(ids(restored)).toEqual(ids(rebuilt));
  });

  it('refuses a snapshot from another version or a damaged one', () => {
    expect(() => FaqIndex.fromSnapshot({ version: 99 })).toThrow(/version/);
    // Version 2 analysed English with a long stop-word list: its terms are stale, so it is rebuilt.
    expect(() => FaqIndex.fromSnapshot({ ...FaqIndex.build(ENTRIES).snapshot(), version: 2 })).toThrow(
      /version/,
    );
    expect(() => FaqIndex.fromSnapshot(null)).toThrow();
    const good = FaqIndex.build(ENTRIES).snapshot();
    expect(() =>
      FaqIndex.fromSnapshot({ ...good, slots: new Int32Array(good.slots.length).fill(999) }),
    ).toThrow(/damaged/);
    expect(() => FaqIndex.fromSnapshot({ ...good, dictText: 'x' })).toThrow(/damaged/);
    expect(() => FaqIndex.fromSnapshot({ ...good, off: Array.from(good.off) })).toThrow(/damaged/);
    expect(() => FaqIndex.fromSnapshot({ ...good, entries: good.entries.slice(1) })).toThrow(/damaged/);
  });
});

describe('English function words', () => {
  it('tell apart entries that share their content words ("why" vs "how", "not")', () => {
    const idx = FaqIndex.build([
      { id: 'why-declined', lang: 'en', questions: ['Why was my card declined?'], answer: 'a' },
      { id: 'how-order', lang: 'en', questions: ['How do I order a card?'], answer: 'b' },
      { id: 'not-arrived', lang: 'en', questions: ['My card has not arrived'], answer: 'c' },
    ]);
    expect(idx.suggest('why my card', { lang: 'en' })[0]?.faqId).toBe('why-declined');
    expect(idx.suggest('how do I get the card', { lang: 'en' })[0]?.faqId).toBe('how-order');
    // Articles are still ignored: they match nothing.
    expect(idx.suggest('the', { lang: 'en' })).toEqual([]);
  });
});

describe('common terms on a large FAQ', () => {
  it('add score to entries reached by rarer terms but bring no new candidates', () => {
    const many: FaqEntry[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `f${i}`,
      lang: 'en',
      questions: [i < 250 ? `card q${i}` : `q${i}`],
      answer: '-',
    }));
    many.push({ id: 'refund', lang: 'en', questions: ['refund card'], answer: 'r' });
    const idx = FaqIndex.build(many);
    const both = idx.suggest('refund card', { lang: 'en', top: 10 });
    expect(both.map((s) => s.faqId)).toEqual(['refund']);
    expect(both[0]?.matched).toEqual(['refund', 'card']);
    const alone = idx.suggest('refund', { lang: 'en', top: 10 });
    expect(both[0]?.score).toBeGreaterThan(alone[0]?.score ?? Number.POSITIVE_INFINITY);
    // Without the rule, the 251 entries with "card" are all candidates.
    const saved = TUNING.openShare;
    TUNING.openShare = 1;
    try {
      const open = idx.suggest('refund card', { lang: 'en', top: 10 });
      expect(open).toHaveLength(10);
      expect(open[0]?.faqId).toBe('refund');
      expect(open[0]?.score).toBe(both[0]?.score);
    } finally {
      TUNING.openShare = saved;
    }
  });
});

describe('picks', () => {
  it('strengthen an entry for similar posts, bounded and resettable', () => {
    const idx = FaqIndex.build(ENTRIES);
    const post = 'kad jus atverat veikalu';
    const before = idx.suggest(post, { lang: 'lv' });
    expect(before[0]?.faqId).not.toBe('opening-hours');
    idx.addPick('opening-hours', { text: 'kad jūs atverat veikalu?', lang: 'lv' });
    expect(idx.suggest(post, { lang: 'lv' })[0]?.faqId).toBe('opening-hours');
    // A similar, not identical post also benefits.
    expect(idx.suggest('kad atverat?', { lang: 'lv' })[0]?.faqId).toBe('opening-hours');
    for (let i = 0; i < MAX_PICKS + 10; i++) idx.addPick('opening-hours', { text: `pick ${i}` });
    expect(idx.picksOf('opening-hours')).toHaveLength(MAX_PICKS);
    expect(idx.picksOf('opening-hours').at(-1)?.text).toBe(`pick ${MAX_PICKS + 9}`);
    idx.clearPicks();
    expect(idx.picksOf('opening-hours')).toEqual([]);
    expect(idx.suggest(post, { lang: 'lv' })).toEqual(before);
    expect(idx.addPick('missing', { text: 'x' })).toBe(false);
  });
});

describe('matched words shown to the agent', () => {
  it('leave out English function words that still count for the score', () => {
    const idx = FaqIndex.build([
      { id: 'roaming', lang: 'en', questions: ['How much is roaming in the EU?'], answer: 'r' },
      { id: 'bill', lang: 'en', questions: ['Why is my bill so high?'], answer: 'b' },
    ]);
    const [top] = idx.suggest('Is roaming expensive in the EU', { lang: 'en', top: 1 });
    expect(top?.faqId).toBe('roaming');
    expect(top?.matched).toContain('roaming');
    expect(top?.matched).not.toContain('Is');
    expect(top?.matched).not.toContain('in');
  });
});
