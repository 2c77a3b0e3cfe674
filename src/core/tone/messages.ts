/**
 * Localised finding messages and suggestions (UI languages en, lv, lt, et, ru, sr, hr). Templates take
 * `{param}` values; messages address the agent, and the example phrases are in the UI language.
 * The UI languages use the polite/plural imperative except Estonian, whose software UI customarily uses
 * the informal imperative ("Sisesta", "Vali").
 */
import type { UiLang } from '../../shared/types.ts';
import type { Rule } from './types.ts';

interface Entry {
  m: string;
  s?: string;
  /** Alternative suggestion (e.g. a stock phrase with no safe replacement). */
  s2?: string;
}

type Extra = 'formal' | 'informal' | 'voice-limit';
export type Table = Record<Rule, Entry> & Record<Extra, string>;

const en: Table = {
  'robotic-phrase': {
    m: 'Reads like a template: “{phrase}”.',
    s: 'Say it in your own words, e.g. “{alt}”.',
    s2: 'Say it in your own words, about this customer’s case.',
  },
  'robotic-faq': {
    m: 'Repeats the FAQ answer word for word ({percent}% the same).',
    s: 'Adapt the answer to what was asked: keep the facts, change the words.',
  },
  'robotic-recent': {
    m: 'Nearly the same as one of your recent replies ({percent}% the same).',
    s: 'Onlookers notice copy-paste: write this one afresh.',
  },
  'no-greeting': { m: 'No greeting.', s: 'Start with a greeting: “{greeting}”.' },
  'no-name': { m: 'Does not address the author ({who}).', s: 'Address {who} by name.' },
  'no-apology': {
    m: 'The customer is complaining, and the draft does not acknowledge it.',
    s: 'Acknowledge the problem first, e.g. “Sorry about this – that should not have happened.”',
  },
  'no-next-step': {
    m: 'No next step or time commitment.',
    s: 'Say when you will be back: “we’ll reply by {time}”.',
  },
  'too-long': { m: '{count} characters, over the limit of {limit} ({where}).', s: 'Cut {over} characters.' },
  'shouting-caps': { m: 'Capitals read as shouting: “{phrase}”.', s: 'Write “{alt}”.' },
  'shouting-exclaim': { m: 'Repeated exclamation marks: “{phrase}”.', s: 'One is enough: “{alt}”.' },
  blame: {
    m: 'Blames or lectures the customer: “{phrase}”.',
    s: 'Say what you will do now instead of what the customer should have done.',
  },
  'address-mix': {
    m: 'Formal and informal address are mixed: “{phrase}” does not go with “{other}”.',
    s: 'Keep one form throughout; the brand voice uses {expected}.',
  },
  'address-voice': {
    m: '“{phrase}” does not match the brand voice: {expected}.',
    s: 'Use {expected}, verb forms included.',
  },
  'fact-mismatch': {
    m: 'The FAQ answer says “{faq}”, the draft says “{phrase}”.',
    s: 'Write “{faq}” as in the FAQ answer.',
  },
  'missing-signature': { m: 'Missing signature “{signature}”.', s: 'Sign the reply: “{signature}”.' },
  'off-voice-emoji': { m: 'Emoji in a voice without emoji: “{phrase}”.', s: 'Remove the emoji.' },
  'off-voice-slang': { m: 'Too casual for a formal voice: “{phrase}”.', s: 'Use neutral wording.' },
  'off-voice-exclaim': { m: '{count} exclamation marks in a formal voice.', s: 'Keep one at most.' },
  'humour-on-complaint': {
    m: 'Humour on a complaint: “{phrase}”.',
    s: 'Stay serious until the problem is solved.',
  },
  formal: 'formal address ({p})',
  informal: 'informal address ({p})',
  'voice-limit': 'the brand voice',
};

const lv: Table = {
  'robotic-phrase': {
    m: 'Izklausās pēc šablona: “{phrase}”.',
    s: 'Sakiet to savos vārdos, piemēram, “{alt}”.',
    s2: 'Sakiet to savos vārdos, par šī klienta situāciju.',
  },
  'robotic-faq': {
    m: 'Atkārto BUJ atbildi vārds vārdā ({percent}% sakritība).',
    s: 'Pielāgojiet atbildi jautājumam: fakti tie paši, vārdi citi.',
  },
  'robotic-recent': {
    m: 'Gandrīz tāda pati kā kāda no jūsu nesenajām atbildēm ({percent}% sakritība).',
    s: 'Lasītāji pamana kopētas atbildes: uzrakstiet šo no jauna.',
  },
  'no-greeting': { m: 'Nav sveiciena.', s: 'Sāciet ar sveicienu: “{greeting}”.' },
  'no-name': { m: 'Autors nav uzrunāts ({who}).', s: 'Uzrunājiet autoru vārdā: {who}.' },
  'no-apology': {
    m: 'Klients sūdzas, bet atbildē tas nav atzīts.',
    s: 'Vispirms atzīstiet problēmu, piemēram: “Mums ļoti žēl – tā nedrīkstēja notikt.”',
  },
  'no-next-step': {
    m: 'Nav nākamā soļa vai laika solījuma.',
    s: 'Pasakiet, kad atbildēsiet: “atbildēsim līdz {time}”.',
  },
  'too-long': {
    m: '{count} rakstzīmes, vairāk par ierobežojumu {limit} ({where}).',
    s: 'Saīsiniet par {over} rakstzīmēm.',
  },
  'shouting-caps': { m: 'Lielie burti izklausās pēc kliegšanas: “{phrase}”.', s: 'Rakstiet “{alt}”.' },
  'shouting-exclaim': { m: 'Atkārtotas izsaukuma zīmes: “{phrase}”.', s: 'Pietiek ar vienu: “{alt}”.' },
  blame: {
    m: 'Vaino vai pamāca klientu: “{phrase}”.',
    s: 'Pasakiet, ko darīsiet tagad, nevis ko klientam vajadzēja darīt.',
  },
  'address-mix': {
    m: 'Sajaukta pieklājīgā un familiārā uzruna: “{phrase}” neatbilst “{other}”.',
    s: 'Visur lietojiet vienu formu; zīmola balss: {expected}.',
  },
  'address-voice': {
    m: '“{phrase}” neatbilst zīmola balsij: {expected}.',
    s: 'Lietojiet: {expected}, arī darbības vārdu formās.',
  },
  'fact-mismatch': {
    m: 'BUJ atbildē ir “{faq}”, melnrakstā – “{phrase}”.',
    s: 'Rakstiet “{faq}”, kā BUJ atbildē.',
  },
  'missing-signature': { m: 'Trūkst paraksta “{signature}”.', s: 'Parakstiet atbildi: “{signature}”.' },
  'off-voice-emoji': {
    m: 'Emocijzīme, lai gan zīmola balss tās neizmanto: “{phrase}”.',
    s: 'Izņemiet emocijzīmi.',
  },
  'off-voice-slang': {
    m: 'Pārāk sarunvalodīgi oficiālai balsij: “{phrase}”.',
    s: 'Izvēlieties neitrālu vārdu.',
  },
  'off-voice-exclaim': { m: '{count} izsaukuma zīmes oficiālā balsī.', s: 'Atstājiet ne vairāk kā vienu.' },
  'humour-on-complaint': {
    m: 'Humors atbildē uz sūdzību: “{phrase}”.',
    s: 'Palieciet nopietni, līdz problēma ir atrisināta.',
  },
  formal: 'pieklājīgā uzruna ({p})',
  informal: 'familiārā uzruna ({p})',
  'voice-limit': 'zīmola balss',
};

const lt: Table = {
  'robotic-phrase': {
    m: 'Skamba kaip šablonas: „{phrase}“.',
    s: 'Pasakykite savais žodžiais, pvz., „{alt}“.',
    s2: 'Pasakykite savais žodžiais, apie šio kliento situaciją.',
  },
  'robotic-faq': {
    m: 'Pakartoja DUK atsakymą žodis į žodį ({percent}% sutapimas).',
    s: 'Pritaikykite atsakymą klausimui: faktai tie patys, žodžiai kiti.',
  },
  'robotic-recent': {
    m: 'Beveik toks pat kaip vienas iš jūsų naujausių atsakymų ({percent}% sutapimas).',
    s: 'Skaitytojai pastebi kopijavimą: parašykite šį atsakymą iš naujo.',
  },
  'no-greeting': { m: 'Nėra pasisveikinimo.', s: 'Pradėkite pasisveikinimu: „{greeting}“.' },
  'no-name': { m: 'Į autorių nesikreipiama vardu ({who}).', s: 'Kreipkitės į autorių vardu: {who}.' },
  'no-apology': {
    m: 'Klientas skundžiasi, bet atsakyme tai nepripažįstama.',
    s: 'Pirmiausia pripažinkite problemą, pvz.: „Labai gaila – taip neturėjo nutikti.“',
  },
  'no-next-step': {
    m: 'Nėra kito žingsnio ar laiko pažado.',
    s: 'Pasakykite, kada atsakysite: „atsakysime iki {time}“.',
  },
  'too-long': {
    m: '{count} simbolių, daugiau nei riba {limit} ({where}).',
    s: 'Sutrumpinkite {over} simboliais.',
  },
  'shouting-caps': { m: 'Didžiosios raidės skamba kaip šauksmas: „{phrase}“.', s: 'Rašykite „{alt}“.' },
  'shouting-exclaim': { m: 'Pasikartojantys šauktukai: „{phrase}“.', s: 'Užtenka vieno: „{alt}“.' },
  blame: {
    m: 'Kaltina ar moko klientą: „{phrase}“.',
    s: 'Pasakykite, ką darysite dabar, o ne ką klientas turėjo padaryti.',
  },
  'address-mix': {
    m: 'Sumaišytas mandagus ir familiarus kreipinys: „{phrase}“ nedera su „{other}“.',
    s: 'Visur naudokite vieną formą; prekės ženklo balsas: {expected}.',
  },
  'address-voice': {
    m: '„{phrase}“ neatitinka prekės ženklo balso: {expected}.',
    s: 'Naudokite: {expected}, įskaitant veiksmažodžių formas.',
  },
  'fact-mismatch': {
    m: 'DUK atsakyme – „{faq}“, juodraštyje – „{phrase}“.',
    s: 'Rašykite „{faq}“, kaip DUK atsakyme.',
  },
  'missing-signature': { m: 'Trūksta parašo „{signature}“.', s: 'Pasirašykite: „{signature}“.' },
  'off-voice-emoji': {
    m: 'Jaustukas, nors prekės ženklo balsas jų nenaudoja: „{phrase}“.',
    s: 'Pašalinkite jaustuką.',
  },
  'off-voice-slang': {
    m: 'Per daug šnekamoji kalba oficialiam balsui: „{phrase}“.',
    s: 'Rinkitės neutralų žodį.',
  },
  'off-voice-exclaim': { m: '{count} šauktukai oficialiame balse.', s: 'Palikite ne daugiau kaip vieną.' },
  'humour-on-complaint': {
    m: 'Humoras atsakant į skundą: „{phrase}“.',
    s: 'Likite rimti, kol problema išspręsta.',
  },
  formal: 'mandagus kreipinys ({p})',
  informal: 'familiarus kreipinys ({p})',
  'voice-limit': 'prekės ženklo balsas',
};

const et: Table = {
  'robotic-phrase': {
    m: 'Kõlab nagu šabloon: „{phrase}“.',
    s: 'Ütle see oma sõnadega, nt „{alt}“.',
    s2: 'Ütle see oma sõnadega, just selle kliendi olukorra kohta.',
  },
  'robotic-faq': {
    m: 'Kordab KKK vastust sõna-sõnalt ({percent}% sama).',
    s: 'Kohanda vastus küsimusele: faktid samad, sõnad teised.',
  },
  'robotic-recent': {
    m: 'Peaaegu sama mis üks sinu hiljutistest vastustest ({percent}% sama).',
    s: 'Lugejad märkavad kopeerimist: kirjuta see vastus uuesti.',
  },
  'no-greeting': { m: 'Tervitus puudub.', s: 'Alusta tervitusega: „{greeting}“.' },
  'no-name': { m: 'Autori poole ei pöörduta nimepidi ({who}).', s: 'Pöördu autori poole nimepidi: {who}.' },
  'no-apology': {
    m: 'Klient kaebab, kuid vastus seda ei tunnista.',
    s: 'Tunnista kõigepealt probleemi, nt „Meil on väga kahju – nii ei oleks tohtinud juhtuda.“',
  },
  'no-next-step': {
    m: 'Järgmine samm või ajaline lubadus puudub.',
    s: 'Ütle, millal vastad: „vastame hiljemalt kell {time}“.',
  },
  'too-long': { m: '{count} märki, üle piirangu {limit} ({where}).', s: 'Lühenda {over} märgi võrra.' },
  'shouting-caps': { m: 'Suurtähed mõjuvad karjumisena: „{phrase}“.', s: 'Kirjuta „{alt}“.' },
  'shouting-exclaim': { m: 'Korduvad hüüumärgid: „{phrase}“.', s: 'Ühest piisab: „{alt}“.' },
  blame: {
    m: 'Süüdistab või õpetab klienti: „{phrase}“.',
    s: 'Ütle, mida te nüüd teete, mitte seda, mida klient oleks pidanud tegema.',
  },
  'address-mix': {
    m: 'Viisakas ja familiaarne pöördumine segamini: „{phrase}“ ei sobi kokku sõnaga „{other}“.',
    s: 'Kasuta läbivalt üht vormi; brändi hääl: {expected}.',
  },
  'address-voice': {
    m: '„{phrase}“ ei vasta brändi häälele: {expected}.',
    s: 'Kasuta: {expected}, ka tegusõnade vormides.',
  },
  'fact-mismatch': {
    m: 'KKK vastuses on „{faq}“, mustandis „{phrase}“.',
    s: 'Kirjuta „{faq}“ nagu KKK vastuses.',
  },
  'missing-signature': { m: 'Allkiri „{signature}“ puudub.', s: 'Lisa allkiri: „{signature}“.' },
  'off-voice-emoji': { m: 'Emotikon, kuigi brändi hääl neid ei kasuta: „{phrase}“.', s: 'Eemalda emotikon.' },
  'off-voice-slang': { m: 'Liiga kõnekeelne ametliku hääle jaoks: „{phrase}“.', s: 'Vali neutraalne sõna.' },
  'off-voice-exclaim': { m: '{count} hüüumärki ametlikus hääles.', s: 'Jäta alles kõige rohkem üks.' },
  'humour-on-complaint': {
    m: 'Huumor kaebusele vastates: „{phrase}“.',
    s: 'Jää tõsiseks, kuni probleem on lahendatud.',
  },
  formal: 'viisakas pöördumine ({p})',
  informal: 'sinatamine ({p})',
  'voice-limit': 'brändi hääl',
};

const ru: Table = {
  'robotic-phrase': {
    m: 'Звучит как шаблон: «{phrase}».',
    s: 'Скажите своими словами, например: «{alt}».',
    s2: 'Скажите своими словами, о ситуации этого клиента.',
  },
  'robotic-faq': {
    m: 'Дословно повторяет ответ из FAQ (совпадение {percent}%).',
    s: 'Адаптируйте ответ к вопросу: факты те же, слова другие.',
  },
  'robotic-recent': {
    m: 'Почти совпадает с одним из ваших недавних ответов (совпадение {percent}%).',
    s: 'Читатели замечают копирование: напишите этот ответ заново.',
  },
  'no-greeting': { m: 'Нет приветствия.', s: 'Начните с приветствия: «{greeting}».' },
  'no-name': { m: 'Нет обращения к автору ({who}).', s: 'Обратитесь к автору по имени: {who}.' },
  'no-apology': {
    m: 'Клиент жалуется, а в ответе это не признано.',
    s: 'Сначала признайте проблему, например: «Нам очень жаль — так не должно было случиться».',
  },
  'no-next-step': {
    m: 'Нет следующего шага или срока.',
    s: 'Скажите, когда вернётесь: «ответим до {time}».',
  },
  'too-long': { m: '{count} симв. — больше лимита {limit} ({where}).', s: 'Сократите на {over} симв.' },
  'shouting-caps': { m: 'Заглавные буквы звучат как крик: «{phrase}».', s: 'Напишите «{alt}».' },
  'shouting-exclaim': {
    m: 'Повторяющиеся восклицательные знаки: «{phrase}».',
    s: 'Достаточно одного: «{alt}».',
  },
  blame: {
    m: 'Обвиняет или поучает клиента: «{phrase}».',
    s: 'Скажите, что вы сделаете сейчас, а не что клиенту следовало сделать.',
  },
  'address-mix': {
    m: 'Смешаны обращения на «вы» и на «ты»: «{phrase}» не сочетается с «{other}».',
    s: 'Используйте одну форму везде; голос бренда: {expected}.',
  },
  'address-voice': {
    m: '«{phrase}» не соответствует голосу бренда: {expected}.',
    s: 'Используйте: {expected}, включая формы глаголов.',
  },
  'fact-mismatch': {
    m: 'В ответе из FAQ — «{faq}», в черновике — «{phrase}».',
    s: 'Напишите «{faq}», как в ответе из FAQ.',
  },
  'missing-signature': { m: 'Нет подписи «{signature}».', s: 'Подпишите ответ: «{signature}».' },
  'off-voice-emoji': { m: 'Эмодзи, хотя голос бренда их не использует: «{phrase}».', s: 'Уберите эмодзи.' },
  'off-voice-slang': {
    m: 'Слишком разговорно для официального тона: «{phrase}».',
    s: 'Выберите нейтральное слово.',
  },
  'off-voice-exclaim': {
    m: 'Восклицательных знаков: {count} — много для официального тона.',
    s: 'Оставьте не больше одного.',
  },
  'humour-on-complaint': {
    m: 'Юмор в ответе на жалобу: «{phrase}».',
    s: 'Оставайтесь серьёзными, пока проблема не решена.',
  },
  formal: 'обращение на «Вы» ({p})',
  informal: 'обращение на «ты» ({p})',
  'voice-limit': 'голос бренда',
};

const sr: Table = {
  'robotic-phrase': {
    m: 'Zvuči kao šablon: „{phrase}“.',
    s: 'Recite to svojim rečima, npr. „{alt}“.',
    s2: 'Recite to svojim rečima, o situaciji ovog korisnika.',
  },
  'robotic-faq': {
    m: 'Ponavlja odgovor iz FAQ-a od reči do reči ({percent}% isto).',
    s: 'Prilagodite odgovor pitanju: činjenice iste, reči drugačije.',
  },
  'robotic-recent': {
    m: 'Gotovo isto kao jedan od vaših nedavnih odgovora ({percent}% isto).',
    s: 'Čitaoci primećuju kopiranje: napišite ovaj odgovor iznova.',
  },
  'no-greeting': { m: 'Nema pozdrava.', s: 'Počnite pozdravom: „{greeting}“.' },
  'no-name': { m: 'Autor nije oslovljen imenom ({who}).', s: 'Oslovite autora imenom: {who}.' },
  'no-apology': {
    m: 'Korisnik se žali, a odgovor to ne priznaje.',
    s: 'Prvo priznajte problem, npr. „Žao nam je – ovo nije smelo da se desi.“',
  },
  'no-next-step': {
    m: 'Nema sledećeg koraka ni roka.',
    s: 'Recite kada ćete se javiti: „javićemo se do {time}“.',
  },
  'too-long': {
    m: '{count} znakova, više od ograničenja {limit} ({where}).',
    s: 'Skratite za {over} znakova.',
  },
  'shouting-caps': { m: 'Velika slova deluju kao vikanje: „{phrase}“.', s: 'Napišite „{alt}“.' },
  'shouting-exclaim': { m: 'Ponovljeni uzvičnici: „{phrase}“.', s: 'Dovoljan je jedan: „{alt}“.' },
  blame: {
    m: 'Okrivljuje korisnika ili mu drži pridiku: „{phrase}“.',
    s: 'Recite šta ćete sada uraditi, a ne šta je korisnik trebalo da uradi.',
  },
  'address-mix': {
    m: 'Pomešano obraćanje sa „Vi“ i „ti“: „{phrase}“ ne ide uz „{other}“.',
    s: 'Svuda koristite jedan oblik; glas brenda: {expected}.',
  },
  'address-voice': {
    m: '„{phrase}“ ne odgovara glasu brenda: {expected}.',
    s: 'Koristite: {expected}, uključujući glagolske oblike.',
  },
  'fact-mismatch': {
    m: 'U odgovoru iz FAQ-a piše „{faq}“, u nacrtu „{phrase}“.',
    s: 'Napišite „{faq}“, kao u odgovoru iz FAQ-a.',
  },
  'missing-signature': { m: 'Nedostaje potpis „{signature}“.', s: 'Potpišite odgovor: „{signature}“.' },
  'off-voice-emoji': { m: 'Emodži, iako ih glas brenda ne koristi: „{phrase}“.', s: 'Uklonite emodži.' },
  'off-voice-slang': { m: 'Previše razgovorno za zvaničan ton: „{phrase}“.', s: 'Izaberite neutralnu reč.' },
  'off-voice-exclaim': { m: '{count} uzvičnika u zvaničnom tonu.', s: 'Ostavite najviše jedan.' },
  'humour-on-complaint': {
    m: 'Humor u odgovoru na žalbu: „{phrase}“.',
    s: 'Ostanite ozbiljni dok se problem ne reši.',
  },
  formal: 'obraćanje sa „Vi“ ({p})',
  informal: 'obraćanje sa „ti“ ({p})',
  'voice-limit': 'glas brenda',
};

const hr: Table = {
  'robotic-phrase': {
    m: 'Zvuči kao predložak: „{phrase}“.',
    s: 'Recite to svojim riječima, npr. „{alt}“.',
    s2: 'Recite to svojim riječima, o situaciji ovog korisnika.',
  },
  'robotic-faq': {
    m: 'Ponavlja odgovor iz FAQ-a od riječi do riječi ({percent} % isto).',
    s: 'Prilagodite odgovor pitanju: činjenice iste, riječi drukčije.',
  },
  'robotic-recent': {
    m: 'Gotovo isto kao jedan od vaših nedavnih odgovora ({percent} % isto).',
    s: 'Čitatelji primjećuju kopiranje: napišite ovaj odgovor iznova.',
  },
  'no-greeting': { m: 'Nema pozdrava.', s: 'Počnite pozdravom: „{greeting}“.' },
  'no-name': { m: 'Autor nije oslovljen imenom ({who}).', s: 'Oslovite autora imenom: {who}.' },
  'no-apology': {
    m: 'Korisnik se žali, a odgovor to ne priznaje.',
    s: 'Najprije priznajte problem, npr. „Žao nam je – to se nije smjelo dogoditi.“',
  },
  'no-next-step': {
    m: 'Nema sljedećeg koraka ni roka.',
    s: 'Recite kada ćete se javiti: „javit ćemo se do {time}“.',
  },
  'too-long': {
    m: '{count} znakova, više od ograničenja {limit} ({where}).',
    s: 'Skratite za {over} znakova.',
  },
  'shouting-caps': { m: 'Velika slova djeluju kao vikanje: „{phrase}“.', s: 'Napišite „{alt}“.' },
  'shouting-exclaim': { m: 'Ponovljeni uskličnici: „{phrase}“.', s: 'Dovoljan je jedan: „{alt}“.' },
  blame: {
    m: 'Okrivljuje korisnika ili mu drži prodiku: „{phrase}“.',
    s: 'Recite što ćete sada učiniti, a ne što je korisnik trebao učiniti.',
  },
  'address-mix': {
    m: 'Pomiješano obraćanje s „Vi“ i „ti“: „{phrase}“ ne ide uz „{other}“.',
    s: 'Svugdje koristite jedan oblik; glas marke: {expected}.',
  },
  'address-voice': {
    m: '„{phrase}“ ne odgovara glasu marke: {expected}.',
    s: 'Koristite: {expected}, uključujući glagolske oblike.',
  },
  'fact-mismatch': {
    m: 'U odgovoru iz FAQ-a piše „{faq}“, u nacrtu „{phrase}“.',
    s: 'Napišite „{faq}“, kao u odgovoru iz FAQ-a.',
  },
  'missing-signature': { m: 'Nedostaje potpis „{signature}“.', s: 'Potpišite odgovor: „{signature}“.' },
  'off-voice-emoji': { m: 'Emoji, iako ih glas marke ne koristi: „{phrase}“.', s: 'Uklonite emoji.' },
  'off-voice-slang': {
    m: 'Previše razgovorno za službeni ton: „{phrase}“.',
    s: 'Odaberite neutralnu riječ.',
  },
  'off-voice-exclaim': { m: '{count} uskličnika u službenom tonu.', s: 'Ostavite najviše jedan.' },
  'humour-on-complaint': {
    m: 'Humor u odgovoru na pritužbu: „{phrase}“.',
    s: 'Ostanite ozbiljni dok se problem ne riješi.',
  },
  formal: 'obraćanje s „Vi“ ({p})',
  informal: 'obraćanje s „ti“ ({p})',
  'voice-limit': 'glas marke',
};

export const TABLES: Record<UiLang, Table> = { en, lv, lt, et, ru, sr, hr };

export type Params = Record<string, string | number>;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => (k in params ? String(params[k]) : all));
}

/** The table for a UI language (unknown languages fall back to English). */
export function tableFor(uiLang: string | undefined): Table {
  return TABLES[(uiLang ?? 'en') as UiLang] ?? en;
}

/** Localised message and suggestion for a rule. `alt` picks the alternative suggestion. */
export function localize(
  uiLang: string | undefined,
  rule: Rule,
  params: Params = {},
  alt = false,
): { message: string; suggestion?: string } {
  const e = tableFor(uiLang)[rule];
  const s = alt ? (e.s2 ?? e.s) : e.s;
  return s === undefined
    ? { message: fill(e.m, params) }
    : { message: fill(e.m, params), suggestion: fill(s, params) };
}

/** "formal address (Jūs)" in the UI language. */
export function addressName(
  uiLang: string | undefined,
  kind: 'formal' | 'informal',
  pronoun: string,
): string {
  return fill(tableFor(uiLang)[kind], { p: pronoun });
}

export function voiceLimitName(uiLang: string | undefined): string {
  return tableFor(uiLang)['voice-limit'];
}

export const PLATFORM_NAMES: Record<string, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  youtube: 'YouTube',
  draugiem: 'draugiem.lv',
  vk: 'VK',
  web: 'web',
};
