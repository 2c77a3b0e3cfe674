/**
 * The built-in demo: an invented mobile operator "Velora" with an FAQ in the six working languages, a
 * response policy, a voice and an agent. Loaded on request (`npm run demo`, or the "Try the demo" button)
 * and only into an empty database, so it never overwrites an agent's own data.
 */
import type { Brand, FaqEntry, Policy, Voice } from '../shared/types.ts';
import { type ReplywiseDb, writeTx } from './db.ts';
import type { AgentProfile } from './settings.ts';

export const DEMO_BRANDS: Brand[] = [
  {
    id: 'velora',
    name: 'Velora',
    aliases: ['Velora Mobile'],
    handles: ['@velora', '@velora_help'],
    hashtags: ['#velora'],
    exclude: ['velora arena'],
    languages: ['en', 'lv', 'lt', 'et', 'ru', 'sr', 'hr'],
  },
];

const t0 = Date.UTC(2026, 10, 1);
const faq = (
  id: string,
  lang: string,
  questions: string[],
  answer: string,
  tags: string[],
  variants: string[] = [],
): FaqEntry => ({
  id,
  lang,
  questions,
  answer,
  variants,
  tags,
  brand: 'velora',
  usageCount: 0,
  createdAt: t0,
  updatedAt: t0,
});

export const DEMO_FAQ: FaqEntry[] = [
  faq(
    'roaming-en',
    'en',
    ['How much does roaming cost in the EU?', 'Is roaming free in Europe?', 'roaming prices abroad'],
    'Hi {{author}}, roaming in the EU costs the same as at home: calls, texts and data come from your plan. Outside the EU it is 1 ct per MB. {{agent}}',
    ['roaming', 'prices'],
    [
      'Hello {{author}}! In the EU you pay home prices for roaming; outside the EU data is 1 ct per MB. {{agent}}',
    ],
  ),
  faq(
    'outage-en',
    'en',
    ['Is there an outage?', 'no signal', 'mobile internet not working', 'network down'],
    'Hi {{author}}, sorry for the trouble! Our engineers are working on a network fault in your area; we expect it fixed by {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'bill-en',
    'en',
    ['Why is my bill so high?', 'charged twice', 'wrong invoice amount'],
    'Hi {{author}}, sorry about the surprise on your bill. Send us your account number in a private message and we will check every line today. {{agent}}',
    ['billing'],
  ),
  faq(
    'roaming-lv',
    'lv',
    ['Cik maksā viesabonēšana ES?', 'Vai roamings Eiropā ir bez maksas?'],
    'Sveiki, {{author}}! Viesabonēšana ES maksā tāpat kā mājās: zvani, īsziņas un dati no Jūsu plāna. Ārpus ES dati maksā 1 ct par MB. {{agent}}',
    ['roaming', 'prices'],
  ),
  faq(
    'outage-lv',
    'lv',
    ['Vai ir traucējumi?', 'nav zonas', 'mobilais internets nestrādā', 'tīkls nestrādā'],
    'Sveiki, {{author}}! Atvainojiet par neērtībām. Mūsu inženieri jau novērš tīkla bojājumu Jūsu apkārtnē, plānojam to novērst līdz {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'bill-lv',
    'lv',
    ['Kāpēc rēķins ir tik liels?', 'naudu noņēma divreiz', 'nepareizs rēķins'],
    'Sveiki, {{author}}! Atvainojiet par pārsteigumu rēķinā. Lūdzu, atsūtiet klienta numuru privātā ziņā, un vēl šodien pārbaudīsim katru rindu. {{agent}}',
    ['billing'],
  ),
  faq(
    'outage-lt',
    'lt',
    ['Ar yra sutrikimas?', 'neveikia mobilusis internetas', 'nėra ryšio'],
    'Sveiki, {{author}}! Atsiprašome už nepatogumus. Mūsų inžinieriai jau šalina tinklo gedimą jūsų apylinkėse, tikimės sutvarkyti iki {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'roaming-lt',
    'lt',
    ['Kiek kainuoja tarptinklinis ryšys ES?', 'ar roamingas Europoje nemokamas?'],
    'Sveiki, {{author}}! Tarptinklinis ryšys ES kainuoja tiek pat, kiek namuose. Už ES ribų duomenys kainuoja 1 ct už MB. {{agent}}',
    ['roaming', 'prices'],
  ),
  faq(
    'outage-et',
    'et',
    ['Kas on võrgukatkestus?', 'mobiilne internet ei tööta', 'levi pole'],
    'Tere, {{author}}! Vabandame ebamugavuste pärast. Meie insenerid parandavad teie piirkonnas võrguriket, loodame selle korda saada {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'roaming-et',
    'et',
    ['Kui palju maksab rändlus ELis?', 'kas rändlus Euroopas on tasuta?'],
    'Tere, {{author}}! Rändlus ELis maksab sama palju kui kodus. Väljaspool ELi maksab andmeside 1 ct MB eest. {{agent}}',
    ['roaming', 'prices'],
  ),
  faq(
    'outage-ru',
    'ru',
    ['Есть ли авария в сети?', 'не работает мобильный интернет', 'нет связи'],
    'Здравствуйте, {{author}}! Приносим извинения за неудобства. Наши инженеры уже устраняют неисправность сети в вашем районе, рассчитываем закончить до {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'bill-ru',
    'ru',
    ['Почему такой большой счёт?', 'деньги списали дважды', 'неправильный счёт'],
    'Здравствуйте, {{author}}! Извините за неожиданность в счёте. Пришлите, пожалуйста, номер договора в личные сообщения, и сегодня же мы проверим каждую строку. {{agent}}',
    ['billing'],
  ),
  faq(
    'outage-sr',
    'sr',
    ['Da li postoji kvar na mreži?', 'ne radi mobilni internet', 'nema signala'],
    'Zdravo, {{author}}! Izvinite zbog neprijatnosti. Naši inženjeri već otklanjaju kvar na mreži u vašem kraju, očekujemo da bude rešeno do {{deadline}}. {{agent}}',
    ['outage', 'network'],
  ),
  faq(
    'roaming-hr',
    'hr',
    ['Koliko košta roaming u EU?', 'je li roaming u Europi besplatan?'],
    'Pozdrav, {{author}}! Roaming u EU košta isto kao kod kuće. Izvan EU podatkovni promet je 1 ct po MB. {{agent}}',
    ['roaming', 'prices'],
  ),
];

export const DEMO_POLICY: Policy = {
  timezone: 'Europe/Riga',
  week: {
    mon: [['09:00', '18:00']],
    tue: [['09:00', '18:00']],
    wed: [['09:00', '18:00']],
    thu: [['09:00', '18:00']],
    fri: [['09:00', '18:00']],
    sat: [['10:00', '17:00']],
    sun: [],
  },
  holidays: ['2026-11-18', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
  targets: { x: 30, default: 60 },
  warnBefore: 0.25,
};

export const DEMO_VOICE: Voice = {
  voice: 'friendly',
  address: 'formal',
  emoji: true,
  maxLength: 280,
  signature: 'KM',
  lang: 'lv',
};

export const DEMO_AGENT: AgentProfile = { name: 'Kristīne', initials: 'KM' };

/** Load the demo into an empty database. Returns false (and changes nothing) if any data exists. */
export async function seedDemo(db: ReplywiseDb): Promise<boolean> {
  return writeTx(db, ['brands', 'faqs', 'settings'], async () => {
    const [brands, faqs] = await Promise.all([db.brands.count(), db.faqs.count()]);
    if (brands > 0 || faqs > 0) return false;
    await db.brands.bulkAdd(DEMO_BRANDS);
    await db.faqs.bulkAdd(DEMO_FAQ);
    await db.settings.bulkPut([
      { key: 'policy', value: DEMO_POLICY },
      { key: 'voice', value: DEMO_VOICE },
      { key: 'agent', value: DEMO_AGENT },
    ]);
    return true;
  });
}
