import { describe, expect, it } from 'vitest';
import { scanText } from '../text/lang.ts';
import { classify } from './classify.ts';
import { extract, F, MAX_HASHED } from './features.ts';

const x = (text: string, lang?: string) => extract(text, lang ? { lang } : {}).x;
const cues = (text: string, lang?: string) => extract(text, lang ? { lang } : {}).cues.map((c) => c.cue);

describe('generalised cue classes', () => {
  it('"since" + a day or month is time elapsed, in every language (Estonian: postposition)', () => {
    expect(x('My transfer has been stuck since Monday', 'en')[F.elapsed]).toBe(1);
    expect(x('Pasūtījums nav atnācis kopš piektdienas', 'lv')[F.elapsed]).toBe(1);
    expect(x('Siuntinys stovi nuo pirmadienio', 'lt')[F.elapsed]).toBe(1);
    expect(x('Pakk seisab neljapäevast saati', 'et')[F.elapsed]).toBe(1);
    expect(x('Посылка стоит с пятницы', 'ru')[F.elapsed]).toBe(1);
    expect(x('Paket stoji od petka', 'hr')[F.elapsed]).toBe(1);
  });

  it('a range "from Monday to Friday" is opening hours, not time elapsed', () => {
    expect(x('Are you open from Monday to Friday?', 'en')[F.elapsed]).toBe(0);
    expect(x('Radite li od ponedjeljka do petka?', 'hr')[F.elapsed]).toBe(0);
    expect(x('Работаете с понедельника по пятницу?', 'ru')[F.elapsed]).toBe(0);
  });

  it('"in 15 minutes" is a speed, "for 3 days" a wait', () => {
    expect(x('Fixed in 15 minutes, thanks', 'en')[F.elapsed]).toBe(0);
    expect(x('Починили за 20 минут', 'ru')[F.elapsed]).toBe(0);
    expect(x('Parandati 20 minutiga', 'et')[F.elapsed]).toBe(0);
    expect(x('No signal for 3 days', 'en')[F.elapsed]).toBe(1);
    expect(x('No signal for four days', 'en')[F.elapsed]).toBe(1);
  });

  it('an expectation followed by its outcome (paid … but, ordered … got)', () => {
    expect(x('I paid for a window seat but sat by the kitchen', 'en')[F.expectOut]).toBe(1);
    expect(x('Pasūtīju zilu krēslu, atsūtīja zaļu', 'lv')[F.expectOut]).toBe(1);
    expect(x('Заказал чёрный чехол, а пришёл розовый', 'ru')[F.expectOut]).toBe(1);
    expect(x('I ordered a blue chair', 'en')[F.expectOut]).toBe(0);
    expect(cues('I paid for a window seat but sat by the kitchen', 'en')).toContain('expectOut');
  });

  it('"Hello?" asked as a question is indignation, a plain greeting is not', () => {
    expect(x('Hello? Is someone reading my emails?', 'en')[F.why]).toBeGreaterThan(0);
    expect(x('Hello, is the branch open today?', 'en')[F.why]).toBe(0);
  });

  it('litotes only right after the negator, never inside a negative phrase', () => {
    expect(x('not too bad, they came quickly', 'en')[F.litotes]).toBe(1);
    expect(x('bez novca i niko ne odgovara', 'sr')[F.litotes]).toBe(0);
  });

  it('a one-letter word is never sarcasm (the "/s" marker folded to "s" matched Russian "с")', () => {
    expect(x('Еду на дачу с собакой', 'ru')[F.sarcasm]).toBe(0);
    expect(x('Idem na more s prijateljima', 'hr')[F.sarcasm]).toBe(0);
  });

  it('a particle before praise opening a post is sarcasm', () => {
    expect(x('Ну супер, опять списали деньги', 'ru')[F.sarcasm]).toBeGreaterThan(0);
    expect(x('Oh brilliant, the lift is broken again', 'en')[F.sarcasm]).toBeGreaterThan(0);
  });

  it('a negated action no lexicon knows counts (lexicon-free)', () => {
    expect(x('The kiosk does not print tickets', 'en')[F.negAny]).toBe(1);
    expect(x('Terminālis neizsniedz čekus', 'lv')[F.negAny]).toBe(1);
    expect(x('The kiosk prints tickets', 'en')[F.negAny]).toBe(0);
  });

  it('"anyone" with no brand or service named asks the public', () => {
    expect(x('Anyone going to the concert tonight?', 'en')[F.crowd]).toBe(1);
    expect(x('Is anyone reading the support chat?', 'en')[F.crowd]).toBe(0);
  });

  it('lexicon-free numbers and length', () => {
    expect(x('Bill is 45 instead of 30', 'en')[F.num]).toBe(2);
    expect(x('ok', 'en')[F.num]).toBe(0);
    expect(x('one two three four five six seven eight nine ten eleven twelve', 'en')[F.long]).toBe(1);
  });
});

describe('classify keeps the fixes end to end', () => {
  it('"ignore this" is not a complaint about being ignored', () => {
    expect(cues('My dog pressed send, ignore this', 'en')).not.toContain('nobody');
  });

  it('a street named after Gediminas is not a breakdown', () => {
    expect(cues('Ar skyrius Gedimino prospekte dirba šeštadienį?', 'lt')).not.toContain('prob');
  });

  it('a complaint asked as a question is kind question with complaint true', () => {
    const r = classify('Why is my parcel still not here after 9 days? You promised 2');
    expect(r.complaint).toBe(true);
    expect(r.kind).toBe('question');
  });
});

describe('structure features and learned word features', () => {
  it('scare quotes in any script mark irony or the brand quoted back', () => {
    expect(x('They sent me "new" trainers with mud on the soles', 'en')[F.quoted]).toBe(1);
    expect(x('Спасибо за «бесплатную» подписку за 299 в месяц', 'ru')[F.quoted]).toBe(1);
    expect(x('Atsiuntė „naujus“ batus', 'lt')[F.quoted]).toBe(1);
    expect(x("I'm sure it's fine, don't worry", 'en')[F.quoted]).toBe(0);
    expect(
      x('He said "this will be fixed by the end of the month, we promise, really" and nothing', 'en')[
        F.quoted
      ],
    ).toBe(0);
  });

  it('a duration after "in"/"within" is speed; a link marks news or ads', () => {
    expect(x('Fixed in 15 minutes, thanks', 'en')[F.speed]).toBe(1);
    expect(x('Parandati 20 minutiga', 'et')[F.speed]).toBe(1);
    expect(x('No signal for 3 days', 'en')[F.speed]).toBe(0);
    expect(x('New plans announced, details at https://example.com/plans', 'en')[F.link]).toBe(1);
  });

  it('"put right" counts unless negated, and a story that ends well ends on a positive note', () => {
    expect(x('They refunded the money the same day', 'en')[F.resolved]).toBe(1);
    expect(x('Internet salaboja divās stundās', 'lv')[F.resolved]).toBe(1);
    expect(x('Интернет так и не починили', 'ru')[F.resolved]).toBe(0);
    expect(x('Still not fixed after a week', 'en')[F.resolved]).toBe(0);
    expect(x('Lost my bag, the airline found it the same day. Brilliant service', 'en')[F.endPos]).toBe(1);
    expect(x('Great service as always, but my parcel is lost', 'en')[F.endNeg]).toBe(1);
  });

  it('hashed features: inflected forms share a stem bucket, negation marks the stem, bounded', () => {
    const h = (t: string, lang: string) => {
      const e = extract(t, { lang });
      return new Set(e.hashed.slice(0, e.nHashed));
    };
    const a = h('nestrādāja internets', 'lv');
    const b = h('nestrādā internets', 'lv');
    expect([...a].filter((k) => b.has(k)).length).toBeGreaterThanOrEqual(3);
    const pos = h('the parcel arrived', 'en');
    const neg = h('the parcel never arrived', 'en');
    expect([...neg].filter((k) => !pos.has(k)).length).toBeGreaterThanOrEqual(2);
    const big = extract('word '.repeat(200_000), { lang: 'en' });
    expect(big.nHashed).toBeLessThanOrEqual(MAX_HASHED);
    const e1 = extract('still no refund @brand', { lang: 'en' });
    const first = [...e1.hashed.slice(0, e1.nHashed)];
    extract('something else entirely', { lang: 'en' });
    const e2 = extract('still no refund @brand', { lang: 'en' });
    expect([...e2.hashed.slice(0, e2.nHashed)]).toEqual(first);
  });
});

describe('second person', () => {
  it('a failure told to "you" in any of the languages is addressed to the brand', () => {
    expect(x('you charged me twice for one order', 'en')[F.youFail]).toBe(1);
    expect(x('Вы опять отменили рейс', 'ru')[F.youFail]).toBe(1);
    expect(x('Jūs atkal atcēlāt manu pasūtījumu', 'lv')[F.youFail]).toBe(1);
    expect(x('My cat broke the vase again', 'en')[F.youFail]).toBe(0);
    expect(x('Do you deliver to Tartu?', 'en')[F.youQ]).toBe(1);
  });
});

describe('names carry no learned weight', () => {
  it('a capitalised word inside a sentence is hashed as a name, not as itself', () => {
    const set = (t: string) => {
      const e = extract(t, { lang: 'en' });
      return [...e.hashed.slice(0, e.nHashed)].sort();
    };
    expect(set('my parcel from Velora is late')).toEqual(set('my parcel from Parcelo is late'));
    expect(set('my parcel from velora is late')).not.toEqual(set('my parcel from parcelo is late'));
    // the first word of a sentence is not a name
    expect(set('Late again. Parcel missing')).not.toEqual(set('Early again. Parcel missing'));
  });
});

describe('extract on bad input', () => {
  it('never throws on a non-string, and reads it as empty', () => {
    for (const bad of [null, undefined, 42, {}, ['a']]) {
      const e = extract(bad as unknown as string);
      expect(e.wordCount).toBe(0);
      expect(e.nHashed).toBe(0);
    }
  });
});

describe('per-word entries kept on the scanner cache', () => {
  it('gives the same features, cues and hashed ids after the scanner cache is emptied', () => {
    const texts = [
      'Still no refund after 3 weeks @brand, NOT happy at all!!',
      'Rēķins atkal nepareizs, jau trešo mēnesi 😡',
      'Почему интернет не работает с понедельника?',
      'Paket još nije stigao, nije loše ali sporo :(',
    ];
    const snap = () =>
      texts.map((t) => {
        const ex = extract(t);
        return JSON.stringify({
          x: Array.from(ex.x),
          cues: ex.cues,
          urgent: ex.urgent,
          lang: ex.lang,
          h: Array.from(ex.hashed.subarray(0, ex.nHashed)),
          ht: Array.from(ex.hashedTok.subarray(0, ex.nHashed)),
        });
      });
    const first = snap();
    expect(snap()).toEqual(first); // entries now come from the scanner's slots
    for (let i = 0; i < 9000; i++) scanText(`q${i}z`);
    expect(snap()).toEqual(first); // rebuilt after the scanner's cache was emptied
  });
});
