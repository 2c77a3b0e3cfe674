import { describe, expect, it } from 'vitest';
import type { Voice } from '../../shared/types.ts';
import { applyFix, checkDraft, type Finding, matchesName, parseAuthor } from './index.ts';
import type { CheckOptions } from './types.ts';

// Invented people, posts and drafts.
const voice = (lang: string, address: 'formal' | 'informal', extra: Partial<Voice> = {}): Voice => ({
  voice: 'friendly',
  address,
  emoji: true,
  signature: 'KM',
  lang,
  ...extra,
});

const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const spanText = (draft: string, f: Finding | undefined) =>
  f?.start !== undefined && f.end !== undefined ? draft.slice(f.start, f.end) : undefined;
const find = (fs: Finding[], rule: string) => fs.find((f) => f.rule === rule);

interface GoodCase {
  lang: string;
  address: 'formal' | 'informal';
  post: string;
  author: string;
  draft: string;
}

const GOOD: GoodCase[] = [
  {
    lang: 'en',
    address: 'informal',
    post: '@velora my internet has been down since this morning, ridiculous',
    author: 'Anna Berg',
    draft:
      'Hi Anna, sorry about the outage – that is not the service you pay for. We are checking your line now and will reply by 14:30. – KM',
  },
  {
    lang: 'en',
    address: 'formal',
    post: 'Your app charged me twice for the same order. Unacceptable.',
    author: '@peter_k',
    draft:
      'Hello Peter, we understand how annoying a double charge is. Please send us the order number in a direct message and we will refund the second payment today. – KM',
  },
  {
    lang: 'lv',
    address: 'formal',
    post: 'Internets nestrādā jau no rīta, kārtējo reizi!',
    author: 'Jānis Ozols',
    draft:
      'Labdien, Jāni! Mums ļoti žēl, ka internets nestrādā. Pārbaudīsim līniju un atbildēsim līdz 14:30. Lūdzu, atsūtiet savu klienta numuru privātziņā. – KM',
  },
  {
    lang: 'lv',
    address: 'informal',
    post: 'Internets atkal nestrādā!',
    author: 'Anna Bērziņa',
    draft:
      'Sveiki, Anna! Žēl, ka tā sanāca. Uzraksti mums privātziņā savu numuru, un mēs pārbaudīsim līdz 14:30. – KM',
  },
  {
    lang: 'lt',
    address: 'formal',
    post: 'Internetas vėl neveikia nuo ryto!',
    author: 'Ona Petraitė',
    draft:
      'Laba diena, Ona! Labai gaila, kad internetas neveikia. Patikrinsime liniją ir atsakysime iki 14:30. Parašykite mums žinutę su kliento numeriu. – KM',
  },
  {
    lang: 'lt',
    address: 'informal',
    post: 'Internetas vėl neveikia!',
    author: 'Jonas Kazlauskas',
    draft:
      'Labas, Jonai! Labai gaila, kad taip nutiko. Parašyk mums žinutę, o mes patikrinsime iki 14:30. – KM',
  },
  {
    lang: 'et',
    address: 'formal',
    post: 'Internet ei tööta jälle!',
    author: 'Mari Tamm',
    draft:
      'Tere, Mari! Meil on väga kahju, et internet ei tööta. Kontrollime liini ja vastame hiljemalt kell 14:30. Palun saatke meile oma kliendinumber. – KM',
  },
  {
    lang: 'et',
    address: 'informal',
    post: 'Internet ei tööta jälle!',
    author: 'Mari Tamm',
    draft:
      'Tere, Mari! Kahju, et nii juhtus. Kirjuta meile oma kliendinumber ja me kontrollime liini kella 14:30-ks. – KM',
  },
  {
    lang: 'ru',
    address: 'formal',
    post: 'Интернет опять не работает с утра!',
    author: 'Анна Смирнова',
    draft:
      'Здравствуйте, Анна! Нам очень жаль, что интернет не работает. Мы проверим линию и ответим до 14:30. Напишите нам, пожалуйста, номер договора в личные сообщения. – KM',
  },
  {
    lang: 'ru',
    address: 'informal',
    post: 'Интернет опять не работает!',
    author: 'Иван',
    draft:
      'Привет, Иван! Жаль, что так вышло. Напиши нам номер договора в личку, и мы проверим линию до 14:30. – KM',
  },
  {
    lang: 'sr',
    address: 'formal',
    post: 'Internet opet ne radi od jutros!',
    author: 'Ana Jovanović',
    draft:
      'Dobar dan, Ana! Žao nam je što internet ne radi. Proverićemo liniju i javićemo Vam se do 14:30. Pošaljite nam broj ugovora u privatnoj poruci. – KM',
  },
  {
    lang: 'sr',
    address: 'informal',
    post: 'Internet opet ne radi!',
    author: 'Ana Jovanović',
    draft:
      'Zdravo, Ana! Žao nam je što se to desilo. Pošalji nam broj ugovora, a mi ćemo proveriti liniju do 14:30. – KM',
  },
  {
    lang: 'sr',
    address: 'formal',
    post: 'Интернет опет не ради!',
    author: 'Ана Петровић',
    draft:
      'Добар дан, Ана! Жао нам је што интернет не ради. Проверићемо линију и јавићемо Вам се до 14:30. – KM',
  },
  {
    lang: 'hr',
    address: 'formal',
    post: 'Internet opet ne radi od jutra!',
    author: 'Ivana Horvat',
    draft:
      'Dobar dan, Ivana! Žao nam je što internet ne radi. Provjerit ćemo liniju i javit ćemo Vam se do 14:30. Pošaljite nam broj ugovora u privatnoj poruci. – KM',
  },
  {
    lang: 'hr',
    address: 'informal',
    post: 'Internet opet ne radi!',
    author: 'Ivana Horvat',
    draft:
      'Bok, Ivana! Žao nam je zbog toga. Pošalji nam broj ugovora, a mi ćemo provjeriti liniju do 14:30. – KM',
  },
];

describe('good replies raise nothing', () => {
  for (const c of GOOD) {
    it(`${c.lang} ${c.address}: ${c.draft.slice(0, 30)}…`, () => {
      const fs = checkDraft(c.draft, {
        voice: voice(c.lang, c.address),
        post: c.post,
        author: c.author,
        platform: 'x',
        complaint: true,
      });
      expect(fs).toEqual([]);
    });
    it(`${c.lang} ${c.address}: complaint detected from the post alone, still nothing`, () => {
      const fs = checkDraft(c.draft, { voice: voice(c.lang, c.address), post: c.post, author: c.author });
      expect(fs).toEqual([]);
    });
  }

  it('a good reply with a FAQ behind it and recent replies raises nothing', () => {
    const fs = checkDraft(
      'Hi Anna, good question! Data in the EU costs 1 ct per MB, the same as at home, so your trip to Tallinn will not cost extra. Have a great trip! – KM',
      {
        voice: voice('en', 'informal'),
        post: 'How much is roaming data in Estonia?',
        author: 'Anna',
        platform: 'x',
        faqEntry: { answer: 'Roaming data in the EU costs 1 ct per MB, {{author}}.' },
        recentReplies: [
          'Hi Peter, sorry for the wait! Your parcel left our warehouse today and should arrive on Friday. – KM',
          'Hello Maria, thanks for the kind words about our shop in Riga, we will pass them on to the team. – KM',
        ],
      },
    );
    expect(fs).toEqual([]);
  });
});

describe('robotic: stock phrases in every language', () => {
  const cases: [string, string, string, string | undefined][] = [
    [
      'en',
      'Hi Anna, we apologize for any inconvenience caused. – KM',
      'we apologize for any inconvenience caused',
      'sorry about this',
    ],
    [
      'lv',
      'Sveiki, Anna! Atvainojamies par sagādātajām neērtībām. – KM',
      'Atvainojamies par sagādātajām neērtībām',
      'Mums ļoti žēl',
    ],
    [
      'lv',
      'Sveiki, Anna! atvainojamies par sagadatajam neertibam. – KM',
      'atvainojamies par sagadatajam neertibam',
      'mums ļoti žēl',
    ],
    [
      'lt',
      'Labas, Ona! Atsiprašome už sukeltus nepatogumus. – KM',
      'Atsiprašome už sukeltus nepatogumus',
      'Labai gaila',
    ],
    [
      'et',
      'Tere, Mari! Vabandame tekitatud ebamugavuste pärast. – KM',
      'Vabandame tekitatud ebamugavuste pärast',
      'Meil on väga kahju',
    ],
    [
      'ru',
      'Здравствуйте, Анна! Ваше обращение очень важно для нас. – KM',
      'Ваше обращение очень важно для нас',
      undefined,
    ],
    [
      'ru',
      'Здравствуйте, Анна! Приносим извинения за доставленные неудобства. – KM',
      'Приносим извинения за доставленные неудобства',
      'Нам очень жаль',
    ],
    [
      'sr',
      'Zdravo, Ana! Izvinjavamo se zbog nastalih neprijatnosti. – KM',
      'Izvinjavamo se zbog nastalih neprijatnosti',
      'Žao nam je',
    ],
    [
      'sr',
      'Здраво, Ана! Извињавамо се због насталих непријатности. – KM',
      'Извињавамо се због насталих непријатности',
      'Žao nam je',
    ],
    [
      'hr',
      'Bok, Ana! Ispričavamo se zbog nastalih neugodnosti. – KM',
      'Ispričavamo se zbog nastalih neugodnosti',
      'Žao nam je',
    ],
  ];
  for (const [lang, draft, phrase, fix] of cases) {
    it(`${lang}: “${phrase}”`, () => {
      const fs = checkDraft(draft, {
        voice: voice(lang, 'informal'),
        author: lang === 'en' ? 'Anna' : undefined,
      });
      const f = find(fs, 'robotic-phrase');
      expect(f?.code).toBe('robotic');
      expect(spanText(draft, f)).toBe(phrase);
      if (fix) {
        expect(f?.fix?.replacement).toBe(fix);
        expect(
          rules(
            checkDraft(applyFix(draft, f?.fix as NonNullable<Finding['fix']>), {
              voice: voice(lang, 'informal'),
            }),
          ),
        ).not.toContain('robotic-phrase');
      } else {
        expect(f?.fix).toBeUndefined();
        expect(f?.suggestion).toMatch(/own words/);
      }
    });
  }
});

describe('robotic: repeats the FAQ answer or a recent reply', () => {
  const faqEntry = {
    answer:
      'Roaming in the EU costs the same as at home, {{author}}. Data, calls and texts are billed at your usual rates, and the fair use limit is shown in the app.',
  };
  it('flags the FAQ answer pasted with the name filled in', () => {
    const draft =
      'Hi Anna! Roaming in the EU costs the same as at home, Anna. Data, calls and texts are billed at your usual rates, and the fair use limit is shown in the app. – KM';
    const f = find(
      checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna', faqEntry }),
      'robotic-faq',
    );
    expect(f?.code).toBe('robotic');
    expect(f?.message).toMatch(/FAQ answer word for word \(\d+% the same\)/);
    expect(spanText(draft, f)).toMatch(/^Roaming in the EU.*in the app$/);
  });
  it('does not flag an answer adapted to the question', () => {
    const draft =
      'Hi Anna! Good news for your Tallinn trip: in the EU you pay the same as at home for data, calls and texts. If you stream a lot, check the fair use limit in the app first. – KM';
    expect(
      rules(checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna', faqEntry })),
    ).not.toContain('robotic-faq');
  });
  it('also compares with the FAQ variants', () => {
    const draft = 'Sveiki, Anna! Roamings ES maksā tāpat kā mājās, un datu limits redzams lietotnē. – KM';
    const fs = checkDraft(draft, {
      voice: voice('lv', 'informal'),
      author: 'Anna',
      faqEntry: {
        answer: 'Completely different text about invoices and payments.',
        variants: ['Roamings ES maksā tāpat kā mājās, un datu limits redzams lietotnē.'],
      },
    });
    expect(rules(fs)).toContain('robotic-faq');
  });
  const recent = [
    'Sveiki, Pēteri! Mums žēl, ka internets nestrādā. Pārbaudīsim līniju un atbildēsim līdz 12:00. – KM',
    'Sveiki, Līga! Paldies par jautājumu par rēķinu, jaunais tarifs būs redzams nākamajā mēnesī. – KM',
  ];
  it('flags a near copy of a recent reply (other name and time)', () => {
    const draft =
      'Sveiki, Anna! Mums žēl, ka internets nestrādā. Pārbaudīsim līniju un atbildēsim līdz 14:30. – KM';
    const f = find(
      checkDraft(draft, { voice: voice('lv', 'informal'), author: 'Anna', recentReplies: recent }),
      'robotic-recent',
    );
    expect(f?.code).toBe('robotic');
    expect(f?.message).toMatch(/recent replies/);
  });
  it('compares only the last 50 replies', () => {
    const draft =
      'Sveiki, Anna! Mums žēl, ka internets nestrādā. Pārbaudīsim līniju un atbildēsim līdz 14:30. – KM';
    const filler = Array.from(
      { length: 50 },
      (_, i) => `Paldies par ziņu numur ${i}, tēma ${'abcdefghijklmnopqrstuvwxyz'[i % 26]} ir cita.`,
    );
    const old = [recent[0] as string, ...filler];
    expect(
      rules(checkDraft(draft, { voice: voice('lv', 'informal'), author: 'Anna', recentReplies: old })),
    ).not.toContain('robotic-recent');
    expect(
      rules(
        checkDraft(draft, {
          voice: voice('lv', 'informal'),
          author: 'Anna',
          recentReplies: [...filler, recent[0] as string],
        }),
      ),
    ).toContain('robotic-recent');
  });
  it('does not call a short reply a repetition', () => {
    expect(
      rules(
        checkDraft('Paldies, Anna! – KM', {
          voice: voice('lv', 'informal'),
          author: 'Anna',
          recentReplies: ['Paldies, Pēteri! – KM'],
        }),
      ),
    ).toEqual([]);
  });
});

describe('greeting and addressing the author', () => {
  const noGreeting: [string, string, string][] = [
    ['en', 'We are checking your line and will reply by 14:30. – KM', 'Hi Anna!'],
    ['lv', 'Pārbaudīsim līniju un atbildēsim līdz 14:30. – KM', 'Sveiki, Anna!'],
    ['lt', 'Patikrinsime liniją ir atsakysime iki 14:30. – KM', 'Labas, Anna!'],
    ['et', 'Kontrollime liini ja vastame kell 14:30. – KM', 'Hei, Anna!'],
    ['ru', 'Проверим линию и ответим до 14:30. – KM', 'Привет, Anna!'],
    ['sr', 'Proverićemo liniju i javiti se do 14:30. – KM', 'Zdravo, Anna!'],
    ['hr', 'Provjerit ćemo liniju i javiti se do 14:30. – KM', 'Bok, Anna!'],
  ];
  for (const [lang, draft, greeting] of noGreeting) {
    it(`${lang}: no greeting, fixed by one click`, () => {
      const fs = checkDraft(draft, { voice: voice(lang, 'informal'), author: 'Anna' });
      const f = find(fs, 'no-greeting');
      expect(f?.suggestion).toContain(greeting);
      expect(f?.fix).toEqual({ start: 0, end: 0, replacement: `${greeting} ` });
      expect(rules(fs)).toContain('no-name');
      const fixed = applyFix(draft, f?.fix as NonNullable<Finding['fix']>);
      expect(checkDraft(fixed, { voice: voice(lang, 'informal'), author: 'Anna' })).toEqual([]);
    });
  }
  it('uses the formal greeting for a formal voice', () => {
    const f = find(
      checkDraft('Pārbaudīsim līniju līdz 14:30. – KM', { voice: voice('lv', 'formal'), author: 'Anna' }),
      'no-greeting',
    );
    expect(f?.fix?.replacement).toBe('Labdien, Anna! ');
  });
  it('does not put a name that needs a vocative into a Latvian greeting', () => {
    const f = find(
      checkDraft('Pārbaudīsim līniju līdz 14:30. – KM', {
        voice: voice('lv', 'formal'),
        author: 'Jānis Ozols',
      }),
      'no-greeting',
    );
    expect(f?.fix?.replacement).toBe('Labdien! ');
  });
  it('skips the @handles that X puts before the reply', () => {
    expect(
      checkDraft('@anna_b @velora Hi Anna, we will check it by 14:30. – KM', {
        voice: voice('en', 'informal'),
        author: '@anna_b',
      }),
    ).toEqual([]);
  });
  it('accepts opening with the name', () => {
    expect(
      checkDraft('Anna, thanks! We will check it by 14:30. – KM', {
        voice: voice('en', 'informal'),
        author: 'Anna',
      }),
    ).toEqual([]);
  });
  it('suggests addressing a handle by name and points at the greeting', () => {
    const draft = 'Hi, we will check it by 14:30. – KM';
    const f = find(checkDraft(draft, { voice: voice('en', 'informal'), author: '@anna' }), 'no-name');
    expect(f?.suggestion).toBe('Address @anna by name.');
    expect(spanText(draft, f)).toBe('Hi');
    expect(applyFix(draft, f?.fix as NonNullable<Finding['fix']>)).toBe(
      'Hi Anna, we will check it by 14:30. – KM',
    );
  });
  it('accepts the handle itself', () => {
    expect(
      rules(
        checkDraft('Hi @anna_b, we will check it by 14:30. – KM', {
          voice: voice('en', 'informal'),
          author: '@anna_b',
        }),
      ),
    ).toEqual([]);
  });
  it('matches inflected names', () => {
    expect(matchesName('jani', 'Jānis')).toBe(true);
    expect(matchesName('jonai', 'Jonas')).toBe(true);
    expect(matchesName('ona', 'Ona')).toBe(true);
    expect(matchesName('annu', 'Анна')).toBe(true);
    expect(matchesName('ivane', 'Ivan')).toBe(true);
    expect(matchesName('annabelle', 'Anna')).toBe(false);
    expect(matchesName('january', 'Jan')).toBe(false);
    expect(
      rules(
        checkDraft('Sveiki, Jāni! Pārbaudīsim līdz 14:30. – KM', {
          voice: voice('lv', 'informal'),
          author: 'Jānis Ozols',
        }),
      ),
    ).toEqual([]);
    expect(
      rules(
        checkDraft('Здравствуйте! Анну мы уже ждём, проверим до 14:30. – KM', {
          voice: voice('ru', 'formal'),
          author: 'Анна',
        }),
      ),
    ).toEqual([]);
  });
  it('reads authors as names or handles', () => {
    expect(parseAuthor('@anna_b')).toEqual({ display: '@anna_b', handle: 'anna_b', names: ['Anna'] });
    expect(parseAuthor('Anna Bērziņa')).toEqual({ display: 'Anna Bērziņa', names: ['Anna', 'Bērziņa'] });
    expect(parseAuthor('  ')).toBeUndefined();
  });
});

describe('acknowledgement and next step on a complaint', () => {
  const cases: [string, string, string][] = [
    [
      'en',
      'Hi Anna, we are checking your line and will reply by 14:30. – KM',
      'Hi Anna, sorry about this. We are checking your line and will reply by 14:30. – KM',
    ],
    [
      'lv',
      'Sveiki, Anna! Pārbaudīsim līniju līdz 14:30. – KM',
      'Sveiki, Anna! Mums žēl! Pārbaudīsim līniju līdz 14:30. – KM',
    ],
    [
      'lt',
      'Labas, Ona! Patikrinsime liniją iki 14:30. – KM',
      'Labas, Ona! Atsiprašome. Patikrinsime liniją iki 14:30. – KM',
    ],
    [
      'et',
      'Tere, Mari! Kontrollime liini kell 14:30. – KM',
      'Tere, Mari! Vabandame. Kontrollime liini kell 14:30. – KM',
    ],
    [
      'ru',
      'Привет, Иван! Проверим линию до 14:30. – KM',
      'Привет, Иван! Извини, пожалуйста. Проверим линию до 14:30. – KM',
    ],
    [
      'sr',
      'Zdravo, Ana! Proverićemo liniju do 14:30. – KM',
      'Zdravo, Ana! Izvini. Proverićemo liniju do 14:30. – KM',
    ],
    [
      'hr',
      'Bok, Ana! Provjerit ćemo liniju do 14:30. – KM',
      'Bok, Ana! Oprosti. Provjerit ćemo liniju do 14:30. – KM',
    ],
  ];
  for (const [lang, without, withAck] of cases) {
    it(`${lang}: a complaint needs an acknowledgement`, () => {
      const author = /Anna|Ona|Mari|Иван|Ana/.exec(without)?.[0];
      expect(rules(checkDraft(without, { voice: voice(lang, 'informal'), author, complaint: true }))).toEqual(
        ['no-apology'],
      );
      expect(checkDraft(withAck, { voice: voice(lang, 'informal'), author, complaint: true })).toEqual([]);
      expect(checkDraft(without, { voice: voice(lang, 'informal'), author, complaint: false })).toEqual([]);
    });
  }
  const noStep: [string, string][] = [
    ['en', 'Hi Anna, sorry about the outage. – KM'],
    ['lv', 'Sveiki, Anna! Mums žēl, ka tā sanāca. – KM'],
    ['lt', 'Labas, Ona! Labai gaila, kad taip nutiko. – KM'],
    ['et', 'Tere, Mari! Meil on kahju, et nii juhtus. – KM'],
    ['ru', 'Привет, Иван! Нам очень жаль, что так вышло. – KM'],
    ['sr', 'Zdravo, Ana! Žao nam je zbog ovoga. – KM'],
    ['hr', 'Bok, Ana! Žao nam je zbog toga. – KM'],
  ];
  for (const [lang, draft] of noStep) {
    it(`${lang}: a complaint needs a next step or a time`, () => {
      const author = /Anna|Ona|Mari|Иван|Ana/.exec(draft)?.[0];
      const fs = checkDraft(draft, {
        voice: voice(lang, 'informal'),
        author,
        complaint: true,
        now: new Date('2026-11-23T11:10:00Z'),
        timezone: 'Europe/Riga',
      });
      expect(rules(fs)).toEqual(['no-next-step']);
      // an hour from 13:10 Riga time, rounded up to the half hour
      expect(fs[0]?.suggestion).toBe('Say when you will be back: “we’ll reply by 14:30”.');
    });
  }
  it('detects a complaint from the post when not told', () => {
    const fs = checkDraft('Hi Anna, thanks for writing. – KM', {
      voice: voice('en', 'informal'),
      author: 'Anna',
      post: 'Worst service ever, still no internet!!',
    });
    expect(rules(fs)).toEqual(['no-apology', 'no-next-step']);
  });
  it('a question or a request to the customer is a next step', () => {
    expect(
      checkDraft('Hi Anna, sorry! Could you DM us your number? – KM', {
        voice: voice('en', 'informal'),
        author: 'Anna',
        complaint: true,
      }),
    ).toEqual([]);
  });
});

describe('length per platform', () => {
  const base = 'Hi Anna, sorry about that! We will reply by 14:30. – KM';
  it('X counts every link as 23 characters', () => {
    const url = `https://velora.example/status/${'a'.repeat(200)}`;
    const draft = `Hi Anna, sorry about that! See ${url} – we will reply by 14:30. – KM`;
    expect(draft.length).toBeGreaterThan(280);
    expect(
      rules(checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna', platform: 'x' })),
    ).toEqual([]);
  });
  it('X: over 280 points at the part that does not fit', () => {
    const draft = `${base} ${'More detail here. '.repeat(15)}`;
    const f = find(
      checkDraft(draft, {
        voice: voice('en', 'informal', { maxLength: undefined }),
        author: 'Anna',
        platform: 'x',
      }),
      'too-long',
    );
    expect(f?.code).toBe('too-long');
    expect(f?.severity).toBe('error');
    expect(f?.start).toBe(280);
    expect(f?.end).toBe(draft.length);
    expect(f?.message).toBe(`${draft.length} characters, over the limit of 280 (X).`);
  });
  it('the voice limit wins when it is shorter', () => {
    const f = find(
      checkDraft(`${base} ${'x'.repeat(40)}`, {
        voice: voice('en', 'informal', { maxLength: 80 }),
        author: 'Anna',
        platform: 'facebook',
      }),
      'too-long',
    );
    expect(f?.message).toMatch(/over the limit of 80 \(the brand voice\)/);
  });
  it('LinkedIn comments stop at 1250', () => {
    const long = `${base} ${'word '.repeat(260)}`;
    expect(
      rules(
        checkDraft(long, {
          voice: voice('en', 'informal', { maxLength: undefined }),
          author: 'Anna',
          platform: 'linkedin',
        }),
      ),
    ).toContain('too-long');
    expect(
      rules(
        checkDraft(long, {
          voice: voice('en', 'informal', { maxLength: undefined }),
          author: 'Anna',
          platform: 'facebook',
        }),
      ),
    ).not.toContain('too-long');
  });
});

describe('shouting', () => {
  it('capitals: one finding per run, lower-cased by the fix', () => {
    const draft = 'Hi Anna, WE ARE SORRY, it is fixed now. – KM';
    const f = find(checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna' }), 'shouting-caps');
    expect(spanText(draft, f)).toBe('WE ARE SORRY');
    expect(applyFix(draft, f?.fix as NonNullable<Finding['fix']>)).toBe(
      'Hi Anna, we are sorry, it is fixed now. – KM',
    );
  });
  it('capitals at the start of a sentence keep a capital letter', () => {
    const draft = 'Привет, Иван! СРОЧНО проверим линию. – KM';
    const f = find(checkDraft(draft, { voice: voice('ru', 'informal'), author: 'Иван' }), 'shouting-caps');
    expect(f?.fix?.replacement).toBe('Срочно');
  });
  it('leaves acronyms and brand names alone', () => {
    const draft = 'Hi Anna, your PIN and IBAN are in the SMS from BITE. – KM';
    expect(
      checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna', allowCaps: ['BITE'] }),
    ).toEqual([]);
  });
  it('repeated exclamation marks', () => {
    const draft = 'Labas, Ona! Jau sutvarkyta!!! – KM';
    const f = find(checkDraft(draft, { voice: voice('lt', 'informal'), author: 'Ona' }), 'shouting-exclaim');
    expect(spanText(draft, f)).toBe('!!!');
    expect(f?.fix?.replacement).toBe('!');
    expect(
      rules(checkDraft('Hi Anna, really?! – KM', { voice: voice('en', 'informal'), author: 'Anna' })),
    ).toEqual([]);
  });
});

describe('blame in every language', () => {
  const cases: [string, string, string][] = [
    ['en', 'Hi Anna, you should have restarted the router. – KM', 'you should have'],
    ['lv', 'Sveiki, Anna! Jums vajadzēja restartēt maršrutētāju. – KM', 'Jums vajadzēja'],
    ['lt', 'Laba diena, Ona! Jums reikėjo perkrauti maršrutizatorių. – KM', 'Jums reikėjo'],
    ['et', 'Tere, Mari! Te oleksite pidanud ruuteri taaskäivitama. – KM', 'oleksite pidanud'],
    ['ru', 'Здравствуйте, Анна! Вы должны были перезагрузить роутер. – KM', 'Вы должны были'],
    ['sr', 'Dobar dan, Ana! Trebalo je da ste restartovali ruter. – KM', 'Trebalo je da ste'],
    [
      'hr',
      'Dobar dan, Ana! Kao što smo već rekli, ruter treba ponovno pokrenuti. – KM',
      'Kao što smo već rekli',
    ],
  ];
  for (const [lang, draft, phrase] of cases) {
    it(`${lang}: “${phrase}”`, () => {
      const author = /Anna|Ona|Mari|Анна|Ana/.exec(draft)?.[0];
      const fs = checkDraft(draft, { voice: voice(lang, 'formal'), author });
      const f = find(fs, 'blame');
      expect(spanText(draft, f)).toBe(phrase);
      expect(f?.code).toBe('blame');
    });
  }
});

describe('formal vs informal address, verb forms included', () => {
  const mixed: [string, 'formal' | 'informal', string, string][] = [
    ['lv', 'formal', 'Labdien, Anna! Paldies, ka uzrakstījāt. Ja tev ir jautājumi, zvaniet. – KM', 'tev'],
    ['lv', 'formal', 'Labdien, Anna! Paldies, ka uzrakstījāt. Uzraksti mums numuru. – KM', 'Uzraksti'],
    ['lt', 'formal', 'Laba diena, Ona! Ačiū, kad parašėte. Parašyk mums numerį. – KM', 'Parašyk'],
    ['et', 'formal', 'Tere, Mari! Aitäh, et kirjutasite. Kirjuta meile numbrit. – KM', 'Kirjuta'],
    ['ru', 'formal', 'Здравствуйте, Анна! Вы можете проверить это сами, если хочешь. – KM', 'хочешь'],
    ['ru', 'informal', 'Привет, Анна! Напиши нам номер, и ваш вопрос решим. – KM', 'ваш'],
    ['sr', 'formal', 'Dobar dan, Ana! Hvala što ste pisali. Možeš nam poslati broj. – KM', 'Možeš'],
    ['hr', 'informal', 'Bok, Ana! Pošalji nam broj, a Vi ćete dobiti odgovor. – KM', 'Vi'],
  ];
  for (const [lang, address, draft, wrong] of mixed) {
    it(`${lang} ${address} voice: mixed address flags “${wrong}”`, () => {
      const author = /Anna|Ona|Mari|Анна|Ana/.exec(draft)?.[0];
      const fs = checkDraft(draft, { voice: voice(lang, address), author });
      const f = fs.find((x) => x.code === 'address-mismatch');
      expect(f?.rule).toBe('address-mix');
      expect(spanText(draft, f)).toBe(wrong);
    });
  }
  const againstVoice: [string, 'formal' | 'informal', string, string][] = [
    ['lv', 'formal', 'Labdien, Anna! Pārbaudi, lūdzu, maršrutētāju. – KM', 'Pārbaudi'],
    ['lv', 'informal', 'Sveiki, Anna! Pārbaudiet, lūdzu, maršrutētāju. – KM', 'Pārbaudiet'],
    ['lt', 'informal', 'Labas, Ona! Patikrinkite maršrutizatorių. – KM', 'Patikrinkite'],
    ['et', 'informal', 'Tere, Mari! Proovige ruuter taaskäivitada. – KM', 'Proovige'],
    ['ru', 'informal', 'Привет, Анна! Попробуйте перезагрузить роутер. – KM', 'Попробуйте'],
    ['ru', 'formal', 'Добрый день, Анна! Можешь перезагрузить роутер. – KM', 'Можешь'],
    ['sr', 'informal', 'Zdravo, Ana! Pokušajte da restartujete ruter. – KM', 'Pokušajte'],
  ];
  for (const [lang, address, draft, wrong] of againstVoice) {
    it(`${lang}: “${wrong}” against a ${address} voice`, () => {
      const author = /Anna|Ona|Mari|Анна|Ana/.exec(draft)?.[0];
      const fs = checkDraft(draft, { voice: voice(lang, address), author });
      const f = fs.find((x) => x.code === 'address-mismatch');
      expect(f?.rule).toBe('address-voice');
      expect(spanText(draft, f)).toBe(wrong);
    });
  }
  it('does not take look-alike words for verbs (на сайте, šķiet, kõige, karte)', () => {
    expect(
      checkDraft('Привет, Анна! Всё есть на сайте, проверь там. – KM', {
        voice: voice('ru', 'informal'),
        author: 'Анна',
      }),
    ).toEqual([]);
    expect(
      checkDraft('Sveiki, Anna! Man šķiet, ka tev viss ir kārtībā. – KM', {
        voice: voice('lv', 'informal'),
        author: 'Anna',
      }),
    ).toEqual([]);
    const et = { voice: voice('et', 'informal'), author: 'Mari' };
    expect(checkDraft('Hei, Mari! Kõige lihtsam on hetke pärast uuesti proovida. – KM', et)).toEqual([]);
    const sr = { voice: voice('sr', 'informal'), author: 'Ana' };
    expect(checkDraft('Zdravo, Ana! Karte i rate su na sajtu, tvoj paket je aktivan. – KM', sr)).toEqual([]);
  });
  it('English has no T/V address', () => {
    expect(
      rules(
        checkDraft('Hi Anna, you can check it yourself. – KM', {
          voice: voice('en', 'formal'),
          author: 'Anna',
        }),
      ),
    ).toEqual([]);
  });
  it('the message names the expected form in the UI language', () => {
    const fs = checkDraft('Labdien, Anna! Pārbaudi maršrutētāju. – KM', {
      voice: voice('lv', 'formal'),
      author: 'Anna',
      uiLang: 'lv',
    });
    expect(fs[0]?.message).toBe('“Pārbaudi” neatbilst zīmola balsij: pieklājīgā uzruna (Jūs).');
  });
});

describe('facts against the FAQ answer', () => {
  const opts = (answer: string, lang = 'en'): CheckOptions => ({
    voice: voice(lang, 'informal'),
    author: 'Anna',
    faqEntry: { answer },
  });
  it('KB where the FAQ says MB', () => {
    const draft = 'Hi Anna, roaming data costs 1 ct per KB. – KM';
    const f = find(checkDraft(draft, opts('Roaming data costs 1 ct per MB in the EU.')), 'fact-mismatch');
    expect(spanText(draft, f)).toBe('KB');
    expect(f?.message).toBe('The FAQ answer says “MB”, the draft says “KB”.');
    expect(f?.severity).toBe('error');
    expect(applyFix(draft, f?.fix as NonNullable<Finding['fix']>)).toBe(
      'Hi Anna, roaming data costs 1 ct per MB. – KM',
    );
  });
  it('1 ct where the FAQ says 10 ct (Latvian)', () => {
    const draft = 'Sveiki, Anna! Īsziņa maksā 1 ct. – KM';
    const f = find(checkDraft(draft, opts('Īsziņa uz ārzemēm maksā 10 ct.', 'lv')), 'fact-mismatch');
    expect(spanText(draft, f)).toBe('1 ct');
    expect(f?.fix?.replacement).toBe('10 ct');
  });
  it('the same amount written differently is no conflict', () => {
    expect(
      checkDraft('Hi Anna, a text costs 0,10 € abroad. – KM', opts('A text abroad costs 10 ct.')),
    ).toEqual([]);
    expect(
      checkDraft('Hi Anna, a text costs 10 cents abroad. – KM', opts('A text abroad costs 0.10 EUR.')),
    ).toEqual([]);
    expect(
      checkDraft('Привет, Анна! Пакет 5 ГБ стоит 3 €. – KM', opts('Пакет 5 GB стоит 3 EUR.', 'ru')),
    ).toEqual([]);
  });
  it('percentages, days and dates', () => {
    expect(
      rules(checkDraft('Hi Anna, the discount is 15%. – KM', opts('The student discount is 20%.'))),
    ).toEqual(['fact-mismatch']);
    expect(
      rules(
        checkDraft(
          'Sveiki, Anna! Atmaksa notiek 3 darba dienu laikā. – KM',
          opts('Atmaksa notiek 5 darba dienu laikā.', 'lv'),
        ),
      ),
    ).toEqual(['fact-mismatch']);
    expect(
      rules(
        checkDraft('Hi Anna, the offer runs until 30.11. – KM', opts('The offer runs until 31.12.2026.')),
      ),
    ).toEqual(['fact-mismatch']);
    expect(
      checkDraft('Hi Anna, the offer runs until 31.12. – KM', opts('The offer runs until 31.12.2026.')),
    ).toEqual([]);
  });
  it('a time commitment of the agent is not a FAQ fact', () => {
    const draft = 'Hi Anna, sorry! We will reply by 14:30. – KM';
    expect(
      checkDraft(draft, { ...opts('Our shop in Riga is open 9:00–18:00 on weekdays.'), complaint: true }),
    ).toEqual([]);
  });
});

describe('signature', () => {
  it('missing: the fix appends it', () => {
    const draft = 'Hi Anna, all fixed now. ';
    const f = find(
      checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna' }),
      'missing-signature',
    );
    expect(f?.code).toBe('missing-signature');
    const fixed = applyFix(draft, f?.fix as NonNullable<Finding['fix']>);
    expect(fixed).toBe('Hi Anna, all fixed now.\n– KM');
    expect(checkDraft(fixed, { voice: voice('en', 'informal'), author: 'Anna' })).toEqual([]);
  });
  it('accepts ^KM, /KM and a signature in lower case at the end', () => {
    for (const s of ['^KM', '/KM', '-km', 'KM 🙂'])
      expect(
        rules(checkDraft(`Hi Anna, all fixed now. ${s}`, { voice: voice('en', 'informal'), author: 'Anna' })),
      ).toEqual([]);
  });
  it('the initials inside a word or mid-text do not count', () => {
    const draft = 'Hi Anna, KM is our shop manager and fixed it for you today, all done now.';
    expect(rules(checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna' }))).toEqual([
      'missing-signature',
    ]);
  });
  it('a signature that starts with a sign is appended as written', () => {
    const f = find(
      checkDraft('Hi Anna, done.', {
        voice: voice('en', 'informal', { signature: '^Kristīne' }),
        author: 'Anna',
      }),
      'missing-signature',
    );
    expect(f?.fix?.replacement).toBe('\n^Kristīne');
  });
});

describe('off-voice', () => {
  it('emoji when the voice has none, removed by the fix', () => {
    const draft = 'Hi Anna, all fixed now 🎉 – KM';
    const f = find(
      checkDraft(draft, { voice: voice('en', 'informal', { emoji: false }), author: 'Anna' }),
      'off-voice-emoji',
    );
    expect(spanText(draft, f)).toBe('🎉');
    expect(applyFix(draft, f?.fix as NonNullable<Finding['fix']>)).toBe('Hi Anna, all fixed now – KM');
  });
  it('slang and exclamation heaps in a formal voice', () => {
    const formal = voice('en', 'formal', { voice: 'formal' });
    const draft = 'Hello Anna! Yeah, gonna fix it! Done! – KM';
    const fs = checkDraft(draft, { voice: formal, author: 'Anna' });
    expect(fs.filter((f) => f.rule === 'off-voice-slang').map((f) => spanText(draft, f))).toEqual([
      'Yeah',
      'gonna',
    ]);
    expect(find(fs, 'off-voice-exclaim')?.message).toBe('3 exclamation marks in a formal voice.');
    expect(rules(checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna' }))).toEqual([]);
  });
  it('slang in Russian and Latvian formal voices', () => {
    expect(
      rules(
        checkDraft('Здравствуйте, Анна! Ок, сейчас проверим. – KM', {
          voice: voice('ru', 'formal', { voice: 'formal' }),
          author: 'Анна',
        }),
      ),
    ).toEqual(['off-voice-slang']);
    expect(
      rules(
        checkDraft('Labdien, Anna! Forši, ka uzrakstījāt. – KM', {
          voice: voice('lv', 'formal', { voice: 'formal' }),
          author: 'Anna',
        }),
      ),
    ).toEqual(['off-voice-slang']);
  });
  it('humour on a complaint, even for a humorous brand', () => {
    const draft = 'Hi Anna, sorry, our router took a nap haha 😂 We will fix it by 14:30. – KM';
    const fs = checkDraft(draft, {
      voice: voice('en', 'informal', { voice: 'humorous' }),
      author: 'Anna',
      complaint: true,
    });
    expect(fs.filter((f) => f.rule === 'humour-on-complaint').map((f) => spanText(draft, f))).toEqual([
      'haha',
      '😂',
    ]);
    expect(
      checkDraft(draft, {
        voice: voice('en', 'informal', { voice: 'humorous' }),
        author: 'Anna',
        complaint: false,
      }),
    ).toEqual([]);
  });
  it('Russian laughter on a complaint', () => {
    const draft = 'Привет, Иван! Ахаха, жаль, проверим до 14:30. – KM';
    expect(
      rules(checkDraft(draft, { voice: voice('ru', 'informal'), author: 'Иван', complaint: true })),
    ).toEqual(['humour-on-complaint']);
  });
});

describe('messages in the UI language', () => {
  const draft = 'Pārbaudīsim līniju līdz 14:30.';
  const expected: Record<string, string> = {
    en: 'No greeting.',
    lv: 'Nav sveiciena.',
    lt: 'Nėra pasisveikinimo.',
    et: 'Tervitus puudub.',
    ru: 'Нет приветствия.',
    sr: 'Nema pozdrava.',
    hr: 'Nema pozdrava.',
  };
  for (const [ui, msg] of Object.entries(expected)) {
    it(ui, () => {
      const fs = checkDraft(draft, { voice: voice('lv', 'formal'), uiLang: ui as CheckOptions['uiLang'] });
      expect(find(fs, 'no-greeting')?.message).toBe(msg);
      expect(find(fs, 'missing-signature')?.message).toContain('KM');
    });
  }
});

describe('the draft language', () => {
  it('a reply in another language than the voice is checked in its own language', () => {
    // A Latvian brand answers a Russian post in Russian: Russian greeting, apology and address rules apply.
    const draft = 'Привет, Анна! Нам жаль, проверим до 14:30. Можешь написать нам в личку. – KM';
    expect(checkDraft(draft, { voice: voice('lv', 'informal'), author: 'Анна', complaint: true })).toEqual(
      [],
    );
    const formal = checkDraft(draft, { voice: voice('lv', 'formal'), author: 'Анна', complaint: true });
    expect(formal.map((f) => spanText(draft, f))).toEqual(['Можешь']);
  });
  it('English openers and apologies count in every language', () => {
    const draft = 'Hi Anna! Sorry, pārbaudīsim līdz 14:30. – KM';
    expect(
      checkDraft(draft, { voice: voice('lv', 'informal'), author: 'Anna', complaint: true, lang: 'lv' }),
    ).toEqual([]);
  });
});

describe('words, handles and links', () => {
  it('a word ending in a soft sign is highlighted whole', () => {
    const draft = 'Здравствуйте, Анна! Проверь роутер до 14:30. – KM';
    const f = checkDraft(draft, { voice: voice('ru', 'formal'), author: 'Анна' }).find(
      (x) => x.code === 'address-mismatch',
    );
    expect(spanText(draft, f)).toBe('Проверь');
  });
  it('handles with dots and underscores, and words inside links, are not words', () => {
    const draft = 'Hi @anna.b_2, the STATUS page is at https://velora.example/STATUS/NOW – KM';
    expect(rules(checkDraft(draft, { voice: voice('en', 'informal'), author: '@anna.b_2' }))).toEqual([
      'shouting-caps',
    ]);
  });
  it('X counts a bare domain as a link', () => {
    const long = `Hi Anna, see velora.lv/${'a'.repeat(300)} – KM`;
    expect(
      rules(
        checkDraft(long, {
          voice: voice('en', 'informal', { maxLength: undefined }),
          author: 'Anna',
          platform: 'x',
        }),
      ),
    ).toEqual([]);
  });
});

describe('bad input', () => {
  it('empty drafts raise nothing, a missing voice is an error', () => {
    expect(checkDraft('   ', { voice: voice('en', 'formal') })).toEqual([]);
    expect(() => checkDraft('Hi', {} as CheckOptions)).toThrow(/voice/);
    expect(() => checkDraft(5 as unknown as string, { voice: voice('en', 'formal') })).toThrow(/string/);
  });
  it('hostile text does not break the offsets', () => {
    const draft = 'Hi\u200b Anna, <img src=x onerror=alert(1)> WE\u0301 ARE HERE!!! – KM';
    const fs = checkDraft(draft, { voice: voice('en', 'informal'), author: 'Anna' });
    for (const f of fs) {
      if (f.start === undefined) continue;
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(draft.length);
    }
    expect(rules(fs)).toContain('shouting-exclaim');
  });
});
