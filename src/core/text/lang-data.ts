/**
 * Word lists of the language identifier (lang.ts): function words, typical endings and marker words per
 * language, written as people type them (diacritics optional: every entry is folded like the text).
 * Plain data; lang.ts compiles it into integer-hash tables on first use.
 */
import type { KnownLang } from './lang.ts';

/**
 * Frequent short words per language, written as people type them (diacritics optional: they are folded).
 * Only words that are frequent in short customer posts; shared words are listed under every language that
 * uses them (their weight is split).
 */
export const FUNCTION_WORDS: Record<KnownLang, string> = {
  en: `the a an and or but is are was were be been it its this that these there here my me mine your you
    we our they them i he she his her not no never don't doesn't didn't can't won't isn't aren't wasn't haven't
    have has had do does did will would can could should to of in on at for from with by about again still
    what why how when where who which please thanks thank just only very so really any anyone anybody
    get got since after yet today yesterday now hours days weeks`,
  lv: `un ir nav bija būs es tu jūs mēs viņš viņa tas tā tie tās kas ko kur kad kā kāpēc vai jau vēl
    joprojām atkal arī bet ar uz no par pie pēc līdz pa man mani mans mana jums jūsu mums mūsu tev tavs
    viņi ka lai tik ļoti šodien vakar nekas neviens neko nē jā paldies lūdzu sveiki labdien kāds kāda kādēļ
    nevar var varu gan tikai tad tāpēc kopš dienas nedēļas ir jau tiek kamēr kādu kurš kura notiek tagad
    viss visu esmu esam manu savu savs nekā būtu šis šī šo jāgaida vajag vajadzētu beidzot
    cik jo nu priekš viņu kuru kurā nekad vienmēr reizi tika nebija netiek varat varētu jāmaksā naudu šoreiz
    mājās tagad līdz diena dienā eiro nemaz`,
  lt: `ir yra nėra buvo bus aš tu jūs mes jis ji tai tas ta kas ką kur kada kaip kodėl ar jau dar vėl vis
    irgi bet su į iš už apie prie po iki per man mano jums jūsų mums mūsų tau tavo jie kad tik labai šiandien
    vakar niekas nieko ne taip ačiū prašau sveiki laba diena labas kodel negaliu galiu gal nes todėl nuo
    jau dienų savaites savaitę mėnesį kiek dabar yra turite turi mano savo jau nebe labai kažkas kas nors
    šis ši šį tą tuos visi visos vis koks kokia kokie kuris kuri būti galima reikia mus jus jūsų jau kur
    kiek nei nors viskas rytoj sako namie kodėl buvau negali galite turiu eurų euru`,
  et: `ja on ei ole oli olen oled see seda need mis miks kus kuidas millal kas ma mina sa sina te teie me
    meie ta tema nad mul sul teil meil minu teie juba veel jälle ikka ka aga või et kui siis nii väga
    täna eile midagi keegi pole jah aitäh palun tere tänan siin seal ning kuid oma selle sest alates
    päeva nädalat tundi enam mitte eest oma nüüd kõik üle mind mulle teile teid pärast kohe uus uue
    mida kelle kellel mille milline mingi mingit ometi siia sinna ära kuni koos vaid sain saan tuli tulnud
    läks kell homme õhtul hommikul nagu ainult kuhu ilma küll siis mu su ta oma teha tehtud ootan ootasin
    kes keda kellele kust palju iga enne tahan võin võib saab kodus nädal päev kord mitu lihtsalt tõesti hästi
    siiani miski kedagi terve terved ilus ilusat vist ju nüüdseks ärge`,
  ru: `и в не на я что это как почему когда где кто уже ещё еще опять снова но а или с у к по за от до из
    для о об мне меня мой моя моё мои вы вас ваш ваша вам мы нас наш они он она оно его её их то так
    очень сегодня вчера ничего никто нет да спасибо пожалуйста здравствуйте привет можно нельзя ли бы
    был была было были будет есть сколько чем тоже только уже дней недели`,
  uk: `і й в у не на я що це як чому коли де хто вже ще знову але а або з до за від із для про мені мене
    мій моя моє мої ви вас ваш ваша вам ми нас наш вони він вона воно його її їх то так дуже сьогодні
    вчора нічого ніхто ні так дякую будь ласка вітаю привіт можна чи був була було були буде є скільки
    також тільки днів тижня жодного жодних робити зробити роблю досі треба потрібно тому щоб якщо який яка яке
    цього цей ця тут там нема немає гроші грошей тиждень зараз відповідь`,
  sr: `и у не на ја што шта то како зашто када где ко већ још опет али а или с са од до из за о мени мене
    мој моја ви вас ваш ваша вама ми нас наш они он она оно његов њен је сам си смо сте су био била било
    биће нема нисам није да хвала молим здраво помаже бог може ли веома баш данас јуче ништа нико
    мало пре после недеља уопште sve svi svaki kad koji koja koje ima imate imam mogu moram sad sada samo
    još jedan jedna dva tri opet nakon kod prema preko ste me mi te se ga joj im ih ovaj ova ovo taj
    koliko košta koštaju traje zna neko nešto pitanje kod kuće svaki dobar dobro ranije danas kasni po`,
  hr: `i u ne na ja što to kako zašto kada gdje tko već još opet ali a ili s sa od do iz za o meni mene moj
    moja vi vas vaš vaša vama mi nas naš oni on ona ono njegov njen je sam si smo ste su bio bila bilo
    bit će nema nisam nije da hvala molim pozdrav može li jako baš danas jučer ništa nitko malo prije poslije
    tjedan tjedna uopće dobar dan sve svi svaki svaku kad koji koja koje ima imate imam mogu moram sad sada
    samo još jedan jedna dva tri opet nakon kod prema preko ste me mi te se ga joj im ih ovaj ova ovo taj
    koliko košta koštaju traje zna netko nešto pitanje kod kuće svaki dobar dobro ranije danas kasni po`,
  bs: `i u ne na ja šta to kako zašto kada gdje ko već još opet ali a ili s sa od do iz za o meni mene moj
    moja vi vas vaš vaša vama mi nas naš oni on ona ono njegov njen je sam si smo ste su bio bila bilo
    bit će nema nisam nije da hvala molim selam može li jako baš danas jučer ništa niko malo prije poslije
    sedmica sedmice hiljada dobar dan sve svi svaki svaku kad koji koja koje ima imate imam mogu moram sad sada
    samo još jedan jedna dva tri opet nakon kod prema preko ste me mi te se ga joj im ih ovaj ova ovo taj
    koliko košta koštaju traje zna neko nešto pitanje kod kuće svaki dobar dobro ranije danas kasni po`,
  pl: `i w nie na ja co to jak dlaczego kiedy gdzie kto już jeszcze znowu ale a lub z od do za o mnie mój
    moja wy was wasz wasza wam my nas nasz oni on ona ono jego jej ich tak bardzo dzisiaj wczoraj nic
    nikt tak dziękuję proszę dzień dobry cześć można czy był była było były będzie jest są się że tylko też
    od przez mam masz macie jestem ile się już tylko ten ta te tego mojej moje nasze wasza wasze ciągle`,
  de: `der die das und oder aber ist sind war waren sein ich du sie wir ihr er es mein meine mich mir dein
    ihr euch uns nicht kein keine nie schon noch wieder was warum wie wann wo wer mit von zu in im auf für
    bei nach seit bis heute gestern nichts niemand ja nein danke bitte hallo guten tag sehr so nur auch
    ein eine einen dem den wurde wird hat habe haben kostet kann können ihr euer eure meinen ist das`,
  fi: `ja on ei ole oli olen olet se tämä nämä mikä miksi missä miten milloin kuka minä sinä te me hän he
    minun sinun teidän meidän jo vielä taas mutta tai että kun niin hyvin tänään eilen mitään kukaan kyllä
    kiitos kiitti moi hei terve voi voiko onko miksi nyt vain myös mulla sulla teillä jälkeen päivää viikkoa
    paljonko kuinka mitä kun koko aina tosi ihan ole eikä en et emme`,
};

/** Typical word endings (folded) per language: weak evidence, added once per word. */
export const ENDINGS: Record<KnownLang, string> = {
  en: 'ing tion ed ly ness ment ght',
  lv: 'iju ija am ām ības šana ties jās ēja ējis usi ais ajā ēm īt āt ot ums iet ējā anas',
  lt: 'ių ėjo ųjų iai ams oms uose ose ėti yti auti avo ijo ėl ai as ys yje ėjau tis ioje uoja iui kit aus iu iau',
  et: 'sse sest lle ltt ga ust ise miseks mata tud nud ks dele mine ilt iga lisi ab vad sime site tega dega mise aid eid uid val ile eel',
  ru: 'ого ему ыми ами ться ется ает ют ый ий ой ая ое ые ишь ешь',
  uk: 'ння ться ає ють ий ої ії ів ати ти',
  sr: 'ovati ije ćemo ćete smo ste čno nje ost ao io eno',
  hr: 'ovati ije ćemo ćete smo ste čno nje ost ao io eno',
  bs: 'ovati ije ćemo ćete smo ste nje ost ao io eno',
  pl: 'ość ać ować ych ami ego iem ście że',
  de: 'ung ich lich keit heit ten chen',
  fi: 'ssa ssä lla llä sta stä lle nen ksi mme tte aan ään',
};

/** Words that separate the close relatives sr / hr / bs (and ru / uk); strong weight. */
export const MARKERS: [string, KnownLang, number][] = [
  // Serbian (ekavian) vs Croatian/Bosnian (ijekavian)
  ...'gde lepo lepa vreme vremena pre posle mleko hleb uvek nedelja nedelje nedelju ponedeljak ponedeljke dete deca reka sreća srećan mesec meseca mesečnu ovde dobićete deo vazduha aerodromu aerodrom inostranstvu februara marta martu mejl sajt kirija pare evra uopšte prodavnice prodavnica kancelariji kafu kafa voz delimo svetu dve bezbedan podigne'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'sr', 1.5]),
  ...'gdje lijepo lijepa lijeva vrijeme vremena prije poslije posljednjih uvijek mjesec mjeseca mjesece dijete djeca rijeka ovdje dio cijeli cijelo riješila riješite svidjelo sjeća sjećam vidjeti vidio sletjeli mlijeko'
    .split(' ')
    .flatMap((w): [string, KnownLang, number][] => [
      [w, 'hr', 1],
      [w, 'bs', 0.9],
    ]),
  ...'tko itko nitko tjedan tjedna tjedno tisuća kruh kolodvor kolodvora zrakoplov zrakoplovna zračnoj zračna zraka vlak siječanj jučer sretno zbilja točno točan dućan dućanu inozemstvu sustav odvjetniku obitelj povijest bok doma stubištu uplatu natrag promijeniti pričekao nevjerojatno'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'hr', 1.2]),
  ...'šta ko hiljada hiljadu voz'.split(' ').map((w): [string, KnownLang, number] => [w, 'sr', 0.8]),
  ...'šta ko sedmica sedmice hiljada hljeb lahko kahva selam'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'bs', 1.2]),
  ...'šta ništa nešto'.split(' ').map((w): [string, KnownLang, number] => [w, 'sr', 0.5]),
  // Latvian vs Lithuanian frequent forms that fold alike to other languages
  ...'nestrada nestradā strādā neatbild atbild nevaru'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'lv', 1]),
  ...'neveikia veikia negaliu nieko'.split(' ').map((w): [string, KnownLang, number] => [w, 'lt', 1]),
  ...'ei tööta töötab pole juba'.split(' ').map((w): [string, KnownLang, number] => [w, 'et', 0.8]),
  // Russian typed in Latin letters (translit) — matched in skeleton form
  ...'chto pochemu uzhe opyat ochen spasibo pozhalujsta nichego rabotaet ne rabotaet segodnya kogda gde kak eto tolko vse esche eshe mne menya ya vy segodnja vchera zavtra vecherom utrom deneg dengi moj moja moi vash vasha nikto nichego kto tak net poka chem chtoby kotoryj gde-to mozhno nuzhno hochu bylo byl byla budet'
    .split(' ')
    .map((w): [string, KnownLang, number] => [w, 'ru', 1]),
];

/**
 * Russian typed in Latin letters ("uzhe tretiy den net interneta"): words and endings that are not words of
 * the Latin-script languages (checked by a test: no entry folds like a listed word of another language;
 * "byl", "moja", "hocu", "pisal" are left out for Polish and Serbian). They count for Russian without the penalty that Cyrillic-list words get in
 * Latin text (those collide with Serbian, Croatian and Polish: "ne", "na", "ja", "vas").
 * Spelled as typed; the skeleton fold (zh→z, ch→c, sh→s, kh→h, ya→ja) maps the variants together.
 */
export const RU_TRANSLIT = `uzhe eshche eshe esche opyat pochemu pochimu kogda chto chtoby kak zdes seychas sejchas
 skolko pozhaluysta pozhalujsta pozhalsta spasibo spasibki zdravstvuyte zdravstvujte zdrastvujte privet dobryy dobryj
 dnya dney dnej nedeli ochen khorosho horosho plokho ploho otlichno uzhasno nichego nikto nikogo nikak nado nuzhno
 mozhno budet etot eto etogo etu mne tebya vy moy 
 deneg dengi rubley zakaz zakaza zakazal zakazala dostavka dostavku dostavki kurer kurerom posylka posylku
 tovar tovara vozvrat vernite vernut poluchil poluchila poluchit prishel prishla prishlo priekhal priehal zhdu zhdala
 zhdal zhdat otvet otveta otvechaet otvetili pishu zvonil zvonila zvonyu podderzhka podderzhku podderzhki
 rabotaet rabotayut slomalsya zavisaet oplatit oplatil oplatila tolko vsyo vsegda segodnya zavtra vchera
 utrom vecherom potom tozhe takoy takaya kakoy kakaya kotoryy kotoryj esli dazhe voobshche nakonets bolshe pochti
 snova ves vsyu tseloe novyy novyj staryy bystro bystruyu dolgo zablokirovali otmenili perezvonit perezvonite
 pomenyat svyaz svyazi nomer prilozhenie sayt ryadom blizhayshee otdelenie avtobus ostanovke polchasa raza
 chasov dvazhdy snyali stoit tovarishchi pochinite pochinit ispravte razve blin kapets`;

export const RU_TRANSLIT_ENDINGS = 'iy yy oy yj yh aet ayut ogo sya tsya'.split(' ');

/**
 * Serbian, Croatian and Bosnian differ by a few words: ekavian Serbian (cena, mesec, pre) against ijekavian
 * Croatian and Bosnian (cijena, mjesec, prije), and vocabulary (voz/vlak, hiljada/tisuća, ko/tko). These
 * weights only rank the three against each other; they never make the group beat another language.
 * [words, sr, hr, bs]
 */
export const SH_INTERNAL: [string, number, number, number][] = [
  [
    `cena cene ceni cenu cenom cenama vreme vremenom mesto mesta mestu mesec meseca mesecu mesecno mesečno celo celi
    celog celom celu ceo cela cele celosti dete deca dece reka lep lepa lepo lepe pesma mleko belo bela beli sneg svet
    sveta svetu vest vesti nedelja nedelje nedelju nedeljom nedeljama videti video videla voleo volela hteo htela
    razumeo razumela zeleo zelela zeleti primetio primetila smestaj promeni promenim promenite promenili promena
    promene promenu menjati menja menjam uvek pre posle ovde gde negde obavestenje obavestenja obavestili
    obavestio obavestite uvece juce izvinite izvinjavam voz voza vozom hleb kafa pasos opstina fudbal racunar
    univerzitet saobracaj bezbedno bezbednost tacno uopste takodje kasa ekspozitura filijala kirija pare mejl sajt
    sediste dinara dinar porudzbina porudzbinu porudzbine bre dve dvema vredi verovatno ceo deo delovi deli
    pomeriti pomerili lepo uraditi uradim desilo`,
    1,
    0,
    0,
  ],
  [
    `tjedan tjedna tjednu tjednima tjedno mjesec mjeseca mjesecu mjesecima mjesto mjesta mjestu cijena cijene cijeni
    cijenu cijenom cijeli cijelo cijela cijelog cijelom dijete djeca rijeka lijep lijepo lijepa lijepe pjesma mlijeko
    bijel bijeli snijeg svijet svijeta vijest vijesti vidjeti vidio volio voljela htio htjela razumio zelio zeljela
    primijetio smjestaj promijeni promijenim promijenite promijenili promjena promjene promjenu mijenjati mijenja
    uvijek prije poslije ovdje gdje negdje obavijest obavijesti obavijestili obavijestio obavijestite dvije vrijedi
    vjerojatno vjerovatno dio dijelovi dijeli pomjeriti`,
    0,
    0.8,
    0.8,
  ],
  [
    `vlak vlaka vlakom kruh kava putovnica opcina opcine nogomet racunalo tisuca tisucu tisuce sveuciliste promet
    tocno uopce takoder takodjer tko netko nitko itko blagajna blagajni jamstvo narudzba narudzbu narudzbe kuna kune
    eura euro navecer jucer isprika ispricavam zrakoplov kolodvor obitelj mobitel doma napraviti`,
    0,
    1,
    0,
  ],
  [`sedmica sedmice sedmicu sedmicama selam merhaba lahko kahva hljeb mahala maraka km jel`, 0, 0, 1.2],
  [`sta ko neko niko hiljada hiljadu hiljade desava desilo`, 0.7, 0, 0.6],
  // Serbian and Bosnian alike (the Serbian marker words above count for the group; these level Bosnian)
  [
    `aerodromu aerodrom februara marta martu inostranstvu kancelariji kafu kafa voz pare evra uopšte kirija mejl
    sajt prodavnice prodavnica vazduha`,
    0,
    0,
    1.5,
  ],
  // month names: Serbian and Bosnian (januar …) against Croatian (siječanj …)
  [
    `januar januara januaru februar februaru mart april aprila aprilu maj maja maju jun juna junu juni jul jula julu
    juli avgust avgusta avgustu septembar septembra septembru oktobar oktobra oktobru novembar novembra
    novembru decembar decembra decembru`,
    0.6,
    0,
    0.6,
  ],
  [
    `siječanj siječnja siječnju veljača veljače veljači ožujak ožujka ožujku travanj travnja travnju svibanj
    svibnja svibnju lipanj lipnja lipnju srpanj srpnja srpnju kolovoz kolovoza kolovozu rujan rujna rujnu
    listopad listopada listopadu studeni studenog studenoga prosinac prosinca prosincu`,
    0,
    1,
    0,
  ],
  [`bajram bajrama dzamija džamija nana nane inšallah insallah jarane sahat`, 0, 0, 1],
  [`mobitel poslovnica poslovnici`, 0, 0.5, 0.4],
  [
    `sajtu sajta sajtom radnji radnja radnju supu supa supe duks jelku jelka mobilni mobilnog resetovati
    registrovati registrovan para videle videli`,
    0.6,
    0,
    0,
  ],
  [`komsija komsije komsiluk stampati stampa odstampao sacekao sacekala sacekati`, 0.5, 0, 0.5],
  // places: customers name their city
  [
    `beograd beograda beogradu nis nisa nisu kragujevac kragujevcu subotica subotici
    cacak cacku zemun zemunu skadarlija skadarliji`,
    0.8,
    0,
    0,
  ],
  [
    `zagreb zagreba zagrebu splitu splita rijeci osijek osijeku zadar zadru tresnjevka tresnjevci ilica ilici
    dubrovnik dubrovniku`,
    0,
    0.8,
    0,
  ],
  [`sarajevo sarajevu sarajeva tuzla tuzli mostar mostaru zenica zenici bihac bihacu`, 0, 0, 1],
];
