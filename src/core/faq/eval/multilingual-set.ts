/**
 * The project's own multilingual FAQ evaluation set (invented for Replywise; no real customers).
 * 48 entries: eight topics of an invented operator, "Velora", in Latvian, Lithuanian, Estonian,
 * Russian, Serbian/Croatian and English; 201 invented posts typed the way customers type: without
 * diacritics, inflected differently from the example questions, Russian partly in Latin letters.
 */
import type { FaqEntry } from '../../../shared/types.ts';

export type Topic = 'card' | 'roaming' | 'delivery' | 'invoice' | 'hours' | 'password' | 'outage' | 'refund';

type Row = [topic: Topic, questions: string[], answer: string];

const BY_LANG: Record<string, { rows: Row[]; langOf?: Partial<Record<Topic, string>> }> = {
  lv: {
    rows: [
      [
        'card',
        ['Kāpēc mana karte ir bloķēta?', 'Karte nestrādā veikalā'],
        'Atvainojiet, {{author}}! Karti var atbloķēt internetbankā sadaļā Kartes.',
      ],
      [
        'roaming',
        ['Cik maksā viesabonēšana?', 'Vai internets strādā ārzemēs?'],
        'ES viesabonēšana maksā tāpat kā mājās, {{author}}.',
      ],
      [
        'delivery',
        ['Kur ir mans pasūtījums?', 'Kad tiks piegādāta paka?'],
        'Pasūtījumu piegādājam 2–3 darba dienās.',
      ],
      [
        'invoice',
        ['Rēķinā ir nepareiza summa', 'Kāpēc rēķins ir tik liels?'],
        'Pārbaudīsim rēķinu, lūdzu, atsūtiet līguma numuru.',
      ],
      ['hours', ['Kad jūs strādājat?', 'Kāds ir darba laiks?'], 'Mēs strādājam {{hours}}.'],
      [
        'password',
        ['Aizmirsu paroli', 'Nevaru ielogoties aplikācijā'],
        'Paroli var atjaunot ar pogu “Aizmirsu paroli”.',
      ],
      [
        'outage',
        ['Internets nestrādā', 'Ļoti lēns internets mājās'],
        'Atvainojiet, pārbaudām tīklu jūsu apkārtnē.',
      ],
      [
        'refund',
        ['Kā atgriezt preci?', 'Gribu atpakaļ naudu par pirkumu'],
        'Preci var atgriezt 14 dienu laikā.',
      ],
    ],
  },
  lt: {
    rows: [
      [
        'card',
        ['Kodėl mano kortelė užblokuota?', 'Kortelė neveikia parduotuvėje'],
        'Atsiprašome, {{author}}! Kortelę galite atblokuoti internetinėje bankininkystėje.',
      ],
      [
        'roaming',
        ['Kiek kainuoja tarptinklinis ryšys?', 'Ar veikia internetas užsienyje?'],
        'ES tarptinklinis ryšys kainuoja tiek pat, kiek namuose.',
      ],
      [
        'delivery',
        ['Kur mano užsakymas?', 'Kada bus pristatyta siunta?'],
        'Siunta pristatoma per 2–3 darbo dienas.',
      ],
      [
        'invoice',
        ['Sąskaitoje neteisinga suma', 'Kodėl sąskaita tokia didelė?'],
        'Patikrinsime sąskaitą, parašykite sutarties numerį.',
      ],
      ['hours', ['Kada jūs dirbate?', 'Koks jūsų darbo laikas?'], 'Dirbame {{hours}}.'],
      [
        'password',
        ['Pamiršau slaptažodį', 'Negaliu prisijungti prie programėlės'],
        'Slaptažodį atkursite paspaudę „Pamiršau slaptažodį“.',
      ],
      [
        'outage',
        ['Neveikia internetas', 'Labai lėtas internetas namuose'],
        'Atsiprašome, tikriname tinklą jūsų rajone.',
      ],
      [
        'refund',
        ['Kaip grąžinti prekę?', 'Noriu atgauti pinigus už pirkinį'],
        'Prekę galite grąžinti per 14 dienų.',
      ],
    ],
  },
  et: {
    rows: [
      [
        'card',
        ['Miks minu kaart on blokeeritud?', 'Kaart ei tööta poes'],
        'Vabandame, {{author}}! Kaardi saab avada internetipangas.',
      ],
      [
        'roaming',
        ['Kui palju maksab rändlus?', 'Kas internet töötab välismaal?'],
        'ELi rändlus maksab sama palju kui kodus.',
      ],
      [
        'delivery',
        ['Kus on minu tellimus?', 'Millal pakk kohale jõuab?'],
        'Tellimus jõuab kohale 2–3 tööpäevaga.',
      ],
      [
        'invoice',
        ['Arvel on vale summa', 'Miks arve nii suur on?'],
        'Kontrollime arvet, saatke palun lepingu number.',
      ],
      ['hours', ['Millal te avatud olete?', 'Mis on teie lahtiolekuajad?'], 'Oleme avatud {{hours}}.'],
      [
        'password',
        ['Unustasin parooli', 'Ei saa rakendusse sisse logida'],
        'Parooli saab taastada nupust „Unustasin parooli“.',
      ],
      [
        'outage',
        ['Internet ei tööta', 'Väga aeglane internet kodus'],
        'Vabandame, kontrollime võrku teie piirkonnas.',
      ],
      [
        'refund',
        ['Kuidas toodet tagastada?', 'Tahan ostu eest raha tagasi'],
        'Toote saab tagastada 14 päeva jooksul.',
      ],
    ],
  },
  ru: {
    rows: [
      [
        'card',
        ['Почему моя карта заблокирована?', 'Карта не работает в магазине'],
        'Извините, {{author}}! Карту можно разблокировать в интернет-банке.',
      ],
      [
        'roaming',
        ['Сколько стоит роуминг?', 'Работает ли интернет за границей?'],
        'Роуминг в ЕС стоит столько же, сколько дома.',
      ],
      ['delivery', ['Где мой заказ?', 'Когда доставят посылку?'], 'Доставка занимает 2–3 рабочих дня.'],
      [
        'invoice',
        ['В счёте неправильная сумма', 'Почему счёт такой большой?'],
        'Проверим счёт, пришлите номер договора.',
      ],
      ['hours', ['Когда вы работаете?', 'Какой у вас график работы?'], 'Мы работаем {{hours}}.'],
      [
        'password',
        ['Забыл пароль', 'Не могу войти в приложение'],
        'Пароль можно восстановить кнопкой «Забыли пароль».',
      ],
      [
        'outage',
        ['Не работает интернет', 'Очень медленный интернет дома'],
        'Извините, проверяем сеть в вашем районе.',
      ],
      [
        'refund',
        ['Как вернуть товар?', 'Хочу вернуть деньги за покупку'],
        'Товар можно вернуть в течение 14 дней.',
      ],
    ],
  },
  sh: {
    langOf: {
      card: 'hr',
      roaming: 'sr',
      delivery: 'hr',
      invoice: 'sr',
      hours: 'hr',
      password: 'sr',
      outage: 'hr',
      refund: 'sr',
    },
    rows: [
      [
        'card',
        ['Zašto je moja kartica blokirana?', 'Kartica ne radi u trgovini'],
        'Ispričavamo se, {{author}}! Karticu možete odblokirati u internet bankarstvu.',
      ],
      [
        'roaming',
        ['Koliko košta roming?', 'Da li internet radi u inostranstvu?'],
        'Roming u EU košta isto kao kod kuće.',
      ],
      ['delivery', ['Gdje je moja narudžba?', 'Kada stiže paket?'], 'Dostava traje 2–3 radna dana.'],
      [
        'invoice',
        ['Рачун има погрешан износ', 'Зашто је рачун тако велики?'],
        'Проверићемо рачун, пошаљите број уговора.',
      ],
      ['hours', ['Kada radite?', 'Koje je vaše radno vrijeme?'], 'Radimo {{hours}}.'],
      [
        'password',
        ['Zaboravio sam lozinku', 'Ne mogu da se prijavim u aplikaciju'],
        'Lozinku možete da vratite preko opcije „Zaboravljena lozinka“.',
      ],
      [
        'outage',
        ['Internet ne radi', 'Vrlo spor internet kod kuće'],
        'Ispričavamo se, provjeravamo mrežu u vašem području.',
      ],
      [
        'refund',
        ['Kako da vratim proizvod?', 'Želim povraćaj novca za kupovinu'],
        'Proizvod možete da vratite u roku od 14 dana.',
      ],
    ],
  },
  en: {
    rows: [
      [
        'card',
        ['Why is my card blocked?', 'My card does not work in the shop'],
        'Sorry, {{author}}! You can unblock the card in online banking.',
      ],
      [
        'roaming',
        ['How much does roaming cost?', 'Does mobile internet work abroad?'],
        'Roaming in the EU costs the same as at home.',
      ],
      [
        'delivery',
        ['Where is my order?', 'When will my parcel be delivered?'],
        'Delivery takes 2–3 working days.',
      ],
      [
        'invoice',
        ['My bill shows the wrong amount', 'Why is my invoice so high?'],
        'We will check the bill: please send your contract number.',
      ],
      ['hours', ['When are you open?', 'What are your opening hours?'], 'We are open {{hours}}.'],
      [
        'password',
        ['I forgot my password', 'I cannot log in to the app'],
        'Use “Forgot password” to set a new one.',
      ],
      [
        'outage',
        ['The internet is not working', 'Very slow internet at home'],
        'Sorry, we are checking the network in your area.',
      ],
      [
        'refund',
        ['How do I return a product?', 'I want my money back for a purchase'],
        'You can return a product within 14 days.',
      ],
    ],
  },
};

/** Group key → language code used for the posts' `lang` (sh = Serbian/Croatian, reported together). */
export const GROUPS = ['lv', 'lt', 'et', 'ru', 'sh', 'en'] as const;
export type Group = (typeof GROUPS)[number];

export const ENTRIES: FaqEntry[] = GROUPS.flatMap((g) => {
  const spec = BY_LANG[g];
  if (!spec) return [];
  return spec.rows.map(([topic, questions, answer]) => ({
    id: `${g}-${topic}`,
    questions,
    answer,
    lang: spec.langOf?.[topic] ?? g,
    tags: [topic],
  }));
});

export interface EvalPost {
  group: Group;
  /** The language a person would tag it with (sr or hr for the sh group). */
  lang: string;
  text: string;
  expected: string;
}

const P: Record<Group, Partial<Record<Topic, string[]>>> = {
  lv: {
    card: [
      'kapec man blokeja karti??',
      'ar karti nevar samaksat veikala',
      'kartes nedarbojas, ko darit',
      'karte bloketa jau otro dienu',
    ],
    roaming: [
      'cik maksa viesabonesana spanija',
      'vai ar internetu arzemes bus papildu maksa',
      'viesabonesanas cenas eiropa?',
      'cik izmaksa zvani arzemes',
    ],
    delivery: [
      'kur ir mans pasutijums??',
      'paku joprojam neesmu sanemis',
      'kad piegadasiet manu pasutijumu',
      'pasutijuma piegade kavejas',
      'cik ilgi jagaida paka',
    ],
    invoice: [
      'rekina nepareiza summa!',
      'kapec rekins tik liels sogad',
      'man izrakstija parak lielu rekinu',
      'kluda rekina',
    ],
    hours: [
      'lidz cikiem stradajat?',
      'kads jums darba laiks sestdien',
      'vai stradajat svetdienas',
      'cikos sakat darbu',
    ],
    password: [
      'aizmirsu savu paroli',
      'nevaru ielogoties aplikacija',
      'parole neder, ka atjaunot',
      'aplikacija neljauj ielogoties',
      'nevaru pieslegties, parole aizmirsta',
    ],
    outage: [
      'internets atkal nestrada!!',
      'loti lens internets vakaros',
      'nav interneta kops rita',
      'interneta atrums loti lens',
    ],
    refund: [
      'ka varu atgriezt preci',
      'gribu naudu atpakal par pirkumu',
      'preces atgriesana ka notiek',
      'atdodiet naudu par preci',
    ],
  },
  lt: {
    card: [
      'kodel uzblokavo mano kortele',
      'kortele neveikia parduotuveje vel',
      'negaliu susimoketi kortele',
      'korteles blokavimas kaip atsaukti',
      'kortele uzblokuota ka daryti',
    ],
    roaming: [
      'kiek kainuoja tarptinklinio rysio paslaugos',
      'ar internetas veiks uzsienyje',
      'kokia kaina skambuciams uzsienyje',
      'tarptinklinis rysys ispanijoje kiek kainuoja',
    ],
    delivery: [
      'kur mano uzsakymas??',
      'siunta vis dar nepristatyta',
      'kada pristatysite siuntini',
      'uzsakymo pristatymas veluoja',
    ],
    invoice: [
      'saskaitoje neteisinga suma',
      'kodel tokia didele saskaita',
      'per didele saskaita uz menesi',
      'klaida saskaitoje',
    ],
    hours: ['iki kada dirbate', 'koks darbo laikas sestadieni', 'ar dirbate sekmadieni', 'kada atidarote'],
    password: [
      'pamirsau slaptazodi',
      'negaliu prisijungti prie programeles',
      'slaptazodis netinka kaip pakeisti',
      'neprisijungia programele',
    ],
    outage: [
      'neveikia internetas nuo ryto',
      'labai letas internetas vakarais',
      'internetas vel neveikia!!',
      'interneto greitis labai letas',
    ],
    refund: [
      'kaip grazinti preke',
      'noriu atgauti pinigus',
      'prekes grazinimas kaip vyksta',
      'grazinkite pinigus uz pirkini',
      'kada grazinsite pinigus uz preke',
    ],
  },
  et: {
    card: [
      'miks mu kaart blokeeriti',
      'kaart ei toota poes jalle',
      'kaardiga ei saa maksta',
      'kaardi blokeering kuidas eemaldada',
      'kaart blokeeritud, mida teha',
    ],
    roaming: [
      'palju randlus maksab',
      'kas internet toimib valismaal',
      'randluse hinnad euroopas',
      'kui palju maksavad konned valismaal',
    ],
    delivery: [
      'kus mu tellimus on??',
      'pakk pole ikka veel kohale joudnud',
      'millal tellimuse kohale toote',
      'tellimuse kohaletoimetamine hilineb',
    ],
    invoice: ['arvel vale summa', 'miks arve nii suur', 'liiga suur arve selle kuu eest', 'arves on viga'],
    hours: [
      'millal olete avatud',
      'lahtiolekuajad laupaeval',
      'kas puhapaeval olete avatud',
      'mis kell avate',
    ],
    password: [
      'unustasin oma parooli',
      'ei saa rakendusse sisse',
      'parool ei sobi kuidas muuta',
      'sisselogimine rakendusse ei onnestu',
    ],
    outage: [
      'internet ei toota hommikust saadik',
      'vaga aeglane internet ohtuti',
      'internet jalle maas!!',
      'interneti kiirus on vaga aeglane',
    ],
    refund: [
      'kuidas tagastada toodet',
      'tahan raha tagasi',
      'toote tagastamine kuidas kaib',
      'makske raha tagasi ostu eest',
    ],
  },
  ru: {
    card: [
      'почему заблокировали мою карту',
      'karta ne rabotaet v magazine',
      'не могу оплатить картой',
      'kartu zablokirovali chto delat',
    ],
    roaming: [
      'скока стоит роуминг в испании',
      'rabotaet li internet za granicej',
      'цены на роуминг в европе',
      'skolko stoit rouming',
    ],
    delivery: [
      'где мой заказ??',
      'posylku do sih por ne dostavili',
      'когда доставите заказ',
      'dostavka zakaza zaderzhivaetsja',
    ],
    invoice: [
      'в счете неправильная сумма',
      'pochemu takoj bolshoj schet',
      'слишком большой счет за месяц',
      'oshibka v schete',
    ],
    hours: [
      'до скольки работаете',
      'grafik raboty v subbotu',
      'работаете ли в воскресенье',
      'kogda vy rabotaete',
      'когда откроетесь',
    ],
    password: [
      'забыла пароль',
      'ne mogu vojti v prilozhenie',
      'пароль не подходит как сменить',
      'ne poluchaetsja zajti v prilozhenie',
    ],
    outage: [
      'интернет не работает с утра',
      'ochen medlennyj internet vecherom',
      'опять нет интернета!!',
      'skorost interneta ochen medlennaja',
    ],
    refund: [
      'как вернуть товар',
      'hochu vernut dengi',
      'возврат товара как оформить',
      'verni dengi za pokupku',
      'vernite dengi za tovar',
    ],
  },
  sh: {
    card: [
      'zasto mi je blokirana kartica',
      'kartica ne radi u ducanu',
      'ne mogu platiti karticom',
      'blokirali su mi karticu sta da radim',
    ],
    roaming: [
      'koliko kosta roming u spaniji',
      'da li radi internet u inostranstvu',
      'cijene rominga u europi',
      'koliko kostaju pozivi u inostranstvu',
    ],
    delivery: [
      'gdje je moja narudzba??',
      'paket jos nije stigao',
      'kada cete dostaviti narudzbu',
      'dostava narudzbe kasni',
      'narudzba nije stigla',
    ],
    invoice: [
      'racun ima pogresan iznos',
      'zasto je racun tako velik',
      'prevelik racun za ovaj mesec',
      'greska u racunu',
    ],
    hours: ['do koliko sati radite', 'radno vrijeme subotom', 'da li radite nedeljom', 'kada otvarate'],
    password: [
      'zaboravila sam lozinku',
      'ne mogu da se prijavim u aplikaciju',
      'lozinka ne radi kako da promenim',
      'prijava u aplikaciju ne uspeva',
    ],
    outage: [
      'internet ne radi od jutros',
      'jako spor internet navecer',
      'opet nema interneta!!',
      'brzina interneta je jako spora',
    ],
    refund: [
      'kako vratiti proizvod',
      'hocu povrat novca',
      'povracaj proizvoda kako ide',
      'vratite mi novac za kupovinu',
    ],
  },
  en: {
    card: [
      'why did you block my card',
      'card declined at the supermarket again',
      "can't pay with my card",
      'my cards got blocked what now',
    ],
    roaming: [
      'roaming charges in spain?',
      'will my internet work abroad',
      'roaming prices in europe',
      'how much are calls when travelling abroad',
    ],
    delivery: [
      "where's my order??",
      'parcel still not delivered',
      'when are you delivering my order',
      'delivery of my order is late',
    ],
    invoice: [
      'wrong amount on my bill',
      'why is the invoice so expensive',
      'billed way too much this month',
      'mistake in my bill',
      'my bill is wrong',
    ],
    hours: [
      'until what time are you open',
      'opening hours on saturday',
      'are you open on sundays',
      'what time do you open',
    ],
    password: [
      'forgot my password',
      "can't login to the app",
      'password not working how to reset',
      'logging into the app fails',
    ],
    outage: [
      'internet down since morning',
      'super slow internet in the evenings',
      'no internet again!!',
      'internet speed is very slow',
    ],
    refund: [
      'how to return an item',
      'i want a refund',
      'returning products how does it work',
      'refund my money for the purchase',
    ],
  },
};

/** Posts in the sh group are tagged sr or hr by the entry of the same topic. */
export const POSTS: EvalPost[] = GROUPS.flatMap((group) =>
  Object.entries(P[group]).flatMap(([topic, texts]) =>
    (texts ?? []).map((text) => ({
      group,
      lang: group === 'sh' ? (BY_LANG.sh?.langOf?.[topic as Topic] ?? 'sr') : group,
      text,
      expected: `${group}-${topic}`,
    })),
  ),
);
