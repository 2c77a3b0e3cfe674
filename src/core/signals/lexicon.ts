/**
 * Cue lexicons per language group. Entries are written as people type them; they are folded exactly like
 * post text (scanText: lower case, no diacritics, Cyrillic→Latin, sh/ch/zh/kh digraphs collapsed), so
 * "nestrādā" = "nestrada", "не работает" = "ne rabotaet" = "ne rabotayet".
 *
 * Syntax, space separated: `word` exact form; `stem*` any word starting with stem; `two_words` a two-word
 * phrase (its second word may end in `*`). Groups: en, lv, lt, et, ru (also used for uk), sh (sr, hr, bs in
 * both scripts), any (all languages).
 *
 * Categories (what the classifier's features count):
 *   prob     a problem or failure is reported           strong   strong condemnation (worst, joke, scam)
 *   fail     "does not work" in one word (nestrādā)     func     what should work/arrive (negated → fail)
 *   neg      negators (not, nav, не, nije, ei)          still    still / again / yet another
 *   time     units of elapsed time (days, weeks)        remedy   demands: refund, fix it, give back
 *   expect   broken expectations (promised, waiting)    nobody   nobody answers / no reply
 *   qword    question words                             why      why / how come (rhetorical complaints)
 *   praise   positive evaluation                        thanks   gratitude
 *   intens   intensifiers                               sarc     sarcasm markers (thanks a lot, as always)
 *   mood     bad mood without a service (hate, tired)   service  things a customer buys or uses
 *   outage   many affected / whole city                 safety   danger, injury, fire, gas
 *   money    money lost or taken                        legal    lawyer, court, police, press, regulator
 *   swear    profanity                                  helpq    "how do I", "can I", "is it possible"
 *   greet    greetings                                  other    neutral chit-chat markers
 *   since    "since" / "from" before (Estonian: after) a day or month: with `day` it is time elapsed
 *   day      weekdays, months, yesterday, morning (in the case a "since" phrase takes)
 *   contrast but / instead / while: after an expectation (paid, ordered, booked) it reports the outcome
 *   recv     got / received / came / sent: after an order it reports what arrived (wrong-item pattern)
 *   crowd    addressing the public (anyone, who else): such questions are chit-chat, not customer questions
 *   within   "in" / "within" before a duration: a speed, not a wait ("boarded in 15 minutes")
 *   resolved the problem was put right: fixed, refunded, replaced, found, working again (a story that ends
 *            well is praise or news, not a complaint; negated — "not fixed" — it does not count)
 */

export const CATEGORIES = [
  'prob',
  'strong',
  'fail',
  'func',
  'neg',
  'still',
  'time',
  'remedy',
  'expect',
  'nobody',
  'qword',
  'why',
  'praise',
  'thanks',
  'intens',
  'sarc',
  'mood',
  'service',
  'outage',
  'safety',
  'money',
  'legal',
  'swear',
  'helpq',
  'greet',
  'since',
  'day',
  'contrast',
  'recv',
  'crowd',
  'within',
  'resolved',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const GROUPS = ['en', 'lv', 'lt', 'et', 'ru', 'sh', 'any'] as const;
export type Group = (typeof GROUPS)[number];

/** Language code → lexicon group. */
export function groupOf(lang: string): Group | null {
  switch (lang) {
    case 'en':
    case 'lv':
    case 'lt':
    case 'et':
    case 'ru':
      return lang;
    case 'uk':
    case 'be':
      return 'ru';
    case 'sr':
    case 'hr':
    case 'bs':
    case 'sh':
    case 'me':
      return 'sh';
    default:
      return null;
  }
}

type Lex = Partial<Record<Category, string>>;

export const LEXICON: Record<Group, Lex> = {
  any: {
    service: `wifi wi-fi 4g 5g lte sim esim iban app*`,
    sarc: `🙃 🙄`,
    swear: `wtf wth ffs omfg fml`,
    praise: `👍 👏 ❤ ❤️ 😍 🥰 😊 🙂 😀 😃 😁 🎉 🙌 💪 🔥 ⭐ 💯 🚀 10/10`,
    mood: `😴 🥱`,
    prob: `😡 😠 🤬 😤 👎 💩 😒 😞 😩 😫 🤦 🤦‍♂️ 🤦‍♀️
      spam*`,
  },
  en: {
    prob: `problem* issue* broken broke crash* error* fail* fault* outage* down glitch* bug bugs buggy
      late delay* cancel* overcharg* charged double-charged twice lost missing damag* wrong rude stuck
      freez* frozen drops dropped dropping disconnect* unreachable slow slowest spam blocked unblock*
      soaked leak* mess terrible horrible awful bad poor annoy* frustrat* disappoint* unacceptable
      complain* complaint* waste insane nightmare hangs logged_out logging_me* hung_up unfortunately
      dislike
      reject* declin* refus* hidden_fee* mystery overpriced instead_of wrong_size nothing_happened without_asking
      cut_off cuts_off cutting_off suspended deactivat* terminated charged_me took_money skipped
      ate swallowed`,
    strong: `worst joke ridiculous useless pathetic disgrace* shame* scam* rip-off ripoff incompetent
      unbelievable clowns garbage trash rubbish disgusting insulting fed_up sick_of
      never_again switching_providers
      for_nothing paid_for_nothing classic`,
    fail: `doesnt_work dont_work didnt_work isnt_working not_working wont_work cant_log*`,
    func: `work* arriv* come came show* deliver* answer* respond* repl* load* connect* open* help*
      fix* refund* receiv* get got pick* call* fit fits access*
      accept* ask* request* let`,
    neg: `not no never nothing dont doesnt didnt isnt arent wasnt werent havent hasnt wont without nor neither
      cannot cant unable`,
    still: `still again another anymore third_time second_time every_single every_time always_late yet_again
      keeps kept constantly
      in_a_row no_longer still_no still_nothing still_not yet_to pending processing in_progress`,
    time: `day days week weeks hour hours month months minute minutes min mins
      times`,
    remedy: `refund* compensat* money_back fix_it sort_it sort_out want_my* give_me demand* cancel_my
      reimburs* replace* explain return_my do_something
      needs_fixing must_be_fixed sort_this
      stop_it stop_this stop_sending stop_calling`,
    expect: `promis* supposed paid_for was_told waiting waited wait expected should_have guaranteed
      ordered booked reserved never_agreed didnt_agree without_consent
      paid ordered
      marked_as shows_as says_delivered`,
    nobody: `nobody no_one noone no_reply no_response no_answer ignored ignoring ignores hangs_up hung_up on_hold`,
    qword: `what how when where which who whom whose is_there are_there do_you does_anyone can_i could_i
      can_you could_you is_it does_it will_i do_i`,
    why: `why how_come how_hard is_it_possible seriously
      how_many_more how_much_longer too_much_to ever finally when_will
      is_it_normal is_this_normal
      at_all`,
    praise: `great good excellent awesome amazing fantastic perfect love* lovely nice best smooth
      fast quick helpful polite kind* kudos props impressed brilliant wonderful superb super well_done
      smooth* easy useful recommend* friendly on_time sorted flies happy satisf* pleased glad
      impress* respect delighted thrilled appreciat* cant_complain no_complaints
      legend legends top_guy hero heroes star pleasant* pleasantly spotless`,
    thanks: `thanks thank thx ty shoutout`,
    intens: `very so really extremely totally absolutely super incredibly`,
    sarc: `thanks_a_lot just_perfect just_great oh_great great_another love_paying as_always yeah_right
      what_a_surprise of_course well_done_again bravo
      oh_brilliant oh_perfect oh_wonderful oh_lovely oh_fantastic just_brilliant how_lovely`,
    mood: `hate tired sad bored sleepy monday mondays rain rainy weather
      traffic jam jams`,
    service: `internet connection signal network router fibre fiber card account payment bill invoice
      app website site order parcel package delivery courier flight luggage suitcase baggage bus train tram
      ticket support customer_service hotline helpline chat technician driver atm branch store shop
      refund sim plan subscription roaming locker
      dm dms message messages email
      timetable schedule price prices fee fees contract`,
    outage: `whole_city whole_country all_customers hundreds thousands nobody_can no_one_can citywide
      whole_centre whole_center entire_city everyone_is`,
    safety: `danger* unsafe injur* hurt fire smoke gas_smell gas accident fainting ambulance wires
      almost_ran ran_over drunk safety emergency
      spark* electrocut* electric_shock
      fell fallen falling tripped`,
    money: `stolen stole fraud* unauthori* took_my debited withdrawn scam* phishing breach data_breach
      money_gone charged_twice`,
    legal: `lawyer* attorney court sue suing police consumer_protection ombudsman regulator journalist*
      the_press the_media newspaper legal_action`,
    swear: `damn crap hell shit fuck*`,
    helpq: `how_do how_can how_long can_i could_i is_it_possible do_you is_there where_can where_do
      what_is what_time does_the`,
    greet: `hi hello hey dear good_morning`,
    since: `since`,
    day: `monday tuesday wednesday thursday friday saturday sunday yesterday morning last_week last_month january february march april may june july august september october november december`,
    contrast: `but instead instead_of yet however though while`,
    recv: `got received came arrived sent delivered brought gave`,
    crowd: `anyone anybody who_else someone fellow folks guys does_anyone has_anyone`,
    within: `in within under`,
    resolved: `fixed sorted resolved solved refunded reimbursed replaced swapped exchanged restored found returned
      back_online back_up working_again works_again up_and_running sorted_out took_care handled`,
  },
  lv: {
    prob: `problēm* kļūd* bojā* salūz* lūz* avārij* traucējum* kavē* aizkavē* atcēl* atcelt* pazaudē* pazud*
      pazust* nav_pieejam* lēns lēna lēni lēnais lēnāks lēnāk sliktāk* slikt* briesmīg* šausmīg* draņķīg* rupj* kaitina* besī* nokait*
      uzkar* uzkāras uzkaras izmet* nomet* noņēm* noskaitīj* divreiz_noskait* bloķē* nobloķē* nobloke* izmirk* izmirc*
      sūdzīb* nepieņemam* vilšan* nogurdin* neder* neatbrauca neatnāca neatnāk nepienāca nedarbojas
      pārrāvum* tehniska_kļūda bojāts nepatīk nepatik diemžēl diemzel sūdīg* pretīg* riebīg* kaitinoš* bēdīg*
      noraid* nepieņem* atteic* slēpt* neielādē* neielade* nepareiz*
      pārtrūk* partruk* pārtrauc* slēgts slēgta slēdz* nokavēj* izlaid*
      apēda apeda norija`,
    strong: `sliktāk* joks smieklīgi bezjēdzīg* kauns* apkaunojum* krāpnie* neticami nekompetent* murgs
      traks traki cirks vairs_nekad eju_pie
      par_neko
      traka trakā`,
    fail: `nestrād* nestrad* nedarboj* neatbild* neceļ* neizdeva neatgriez*
      nepiegād* neatjaunoj* nepienāk* neatnāca neatbrauca nesanāk*
      neprasīj* neprasij* nepasūtīj* nepasutij* nelūdz* neludz* nepiekritu`,
    func: `strād* darboj* atbild* piegād* atnāk* atnāca atbrauc* ielād* savieno* pieslēg* palīdz* atmaks*
      saņem* der
      pieņem*`,
    neg: `ne nav nekas neko nekad nemaz neviens bez nē nebija nebūs nevar* nespēj* nevaru`,
    still: `joprojām joprojam vēl_joprojām vēl_nav vel_nav vēl_nekas atkal kārtēj* karteja* kartejo* trešo
      treso jau_atkal katru_reizi
      pēc_kārtas pec_kartas vairs tā_arī_nav ta_ari_nav tā_arī_ne* ta_ari_ne* procesā apstrādē karājas karajas`,
    time: `dien* nedēļ* nedel* stund* mēneš* mēnes* menes* minūt* minut* gad*
      reizes reizi`,
    remedy: `atmaks* kompensāc* kompensac* atdodiet atdod* atgrieziet atgriez* naudu_atpakaļ
      salabojiet salabo* sakārtojiet nokārtojiet pieprasu prasu gribu_naudu izskaidrojiet
      paskaidrojiet atceliet
      jālabo jalabo jāsalabo jasalabo jānovērš janovers
      beidziet pārtrauciet partrauciet izbeidziet`,
    expect: `solīj* solij* solīt* vajadzēja vajadzeja bija_jā* gaidu gaidām gaidīju gaidiju gaidīt gaidit
      samaksāju samaksaju maksāju maksaju apsolīj*
      pasūtīju pasutiju rezervēju piemaksāju piemaksaju nepiekrit* bez_piekrišanas
      atzīmēt* atzimet*`,
    nobody: `neviens neatbild* neceļ nekādas_atbildes nekādas_info nekadas_info neviens_nelasa nomet_klausuli`,
    qword: `kas ko kā ka kad kur kurš kura kuru vai cik kādēļ kāds kāda kāpēc kapec`,
    why: `kāpēc kapec kādēļ kā_tas nopietni cik_grūti
      cik_vēl cik_vel par_daudz beidzot kādreiz kadreiz vai_tiešām vai_tiesam
      vai_normāli vai_tas_normāli vispār vispar`,
    praise: `paldies lielisk* super forš* labāk* labakais labākā labi labs laba ātr* atri atrs ērt* ert*
      jauk* pieklājīg* laipn* apmierin* patīk patik izcil* brīnišķīg* malači malaci prieks raiti
      ieteikt* glābāt izglābāt izglabat superīgi
      prieks priecē cieņa vareni ideāli burvīgi nav_ko_sūdzēties nav_ko_sudzeties
      malacis malacīt* patīkam* patikam* varonis`,
    thanks: `paldies paldies_liels liels_paldies pateicos`,
    intens: `ļoti loti tik pārāk galīgi pilnīgi absolūti`,
    sarc: `lieliski_kārtējais vienkārši_brīnišķīgi paldies_ka kā_vienmēr ka_vienmer protams super_serviss_atkal
      nu_super nu_lieliski nu_forši nu_forsi nu_paldies nu_brīnišķīgi nu_jauki`,
    mood: `nīstu nistu nogurus* nogurusi nogurums skumj* garlaik* pirmdien* lietus lietain* laiks
      sastrēgum* korķ* kork*`,
    service: `internet* interneta sakar* tīkl* tikl* karte kartes karti kartē kartei karšu karsu konts konta kontu kontā maksājum* rēķin* rekin* aplikācij*
      aplikacij* lietotn* mājaslap* majaslap* pasūtījum* pasutijum* pak* sūtījum* piegād* kurjer*
      reiss reisu reisa reisā bagāž* čemodān* autobus* vilcien* tramvaj* biļet* bilet* klientu_apkalpošan*
      infolīnij* tehniķ* bankomāt* filiāl* veikal* kase kasē kases tarif* abonement* viesabonēšan*
      ziņojum* zinojum* vēstul* vestul*
      sarakst* cen* līgum* ligum*`,
    outage: `visā_rīgā visā_pilsētā visiem_klientiem simtiem tūkstošiem visi_klienti neviens_nevar visā_latvijā`,
    safety: `bīstam* bistam* drošīb* ievaino* ugun* dūm* gāzes gāze smaka notrieca notriec* ātros ātrā
      kaili_vadi vadus slikti_cilvēkiem paliek_slikti cietīs
      dzirksteļ* dzirkstel* strāvu strāva
      nokrit* pakrit* nokrita`,
    money: `pazuda_nauda nozag* zādzīb* krāp* pikšķer* noņēma noņemt* norakstīj* pazuda 500_eiro
      naudu_neizdeva`,
    legal: `jurist* advokāt* tiesā iesūdz* policij* ptac patērētāju_tiesību žurnālist* ombuds* sūdzēšu`,
    swear: `sūds suds mēsls pohuj bļe ble nahuj`,
    helpq: `kā_var kā_es vai_var vai_varu vai_ir vai_iespējams kur_var kur_atrast cik_ilgi cik_maksā
      vai_jums`,
    greet: `sveiki labdien labrīt labvakar čau cau hei`,
    since: `kopš kops`,
    day: `pirmdien* otrdien* trešdien* tresdien* ceturtdien* piektdien* sestdien* svētdien* svetdien* vakar* rīta rita janvār* februār* mart* aprīļ* april* maij* jūnij* junij* jūlij* julij* august* septembr* oktobr* novembr* decembr* pagājuš*`,
    contrast: `bet taču tacu tomēr tomer toties vietā vieta`,
    recv: `saņēmu sanemu atsūtīja atsutija atnāca atnaca atveda iedeva atbrauca pienāca`,
    crowd: `kādam kadam kāds_zina kads_zina kas_vēl kas_vel kāds_vēl`,
    resolved: `salaboja salabojāt* salabots salabota atrisin* atmaksāja atmaksaja atmaksāts nomainīja nomainija
      apmainīja apmainija atjaunoja atjaunots atrada atrasts atrasta atgrieza strādā_atkal darbojas_atkal
      sakārtoja sakartoja sakārtots`,
  },
  lt: {
    prob: `problem* klaid* gedimas gedimai gedimų gedimo gedimą sugedę sugedo sugedes sugen* avarij* vėluo* veluo* vėlav* atšauk* atsauk*
      pamet* dingo dingsta prarad* lėt* blog* siaubing* baisu baisus nemandag* erzin* užstring* uzstring*
      atjungia nuskaičiav* nuskaiciav* du_kartus užblokav* uzblokav* sušlap* skund* nepriimtin* nusivyl*
      netinka neatvažiavo neatvaziavo neatvyko negaunu techninė_klaida deja nepatinka
      atmet* nepriim* atsisak* neužsikrauna neuzsikrauna neteising*
      nutrūk* nutruk* nuskait* uždaryt* uzdaryt* išmet* ismet* praleid*
      prarijo suvalgė`,
    strong: `blogiausi* juokas juokinga beviltišk* beviltisk* gėda geda sukč* nekompetent* neįtikėtina
      neitiketina košmar* cirkas daugiau_niekada einu_pas
      už_nieką uz_nieka
      beprotišk* beprotisk*`,
    fail: `neveik* neveikia nebeveik* neatsak* nekel* neišdav* neisdav* negrąžin* negrazin*
      nepristat* neatnaujin* nedaro
      neprašiau neprasiau neprašėme neužsakiau neuzsakiau nesutikau`,
    func: `veik* atsak* pristat* atvyk* atvaž* atvaz* atėj* atej* prisijung* padė* grąžin* graz* gau* tink*
      priim*`,
    neg: `ne nėra nera niekas nieko niekada jokio jokios jokių be nebuvo nebus negaliu negalima`,
    still: `vis_dar visdar vėl vel dar_vienas trečią trecia kiekvieną_kartą
      iš_eilės is_eiles nebe* taip_ir_ne* vykdomas apdorojam* kabo`,
    time: `dien* savait* valand* mėnes* menes* minut* met*
      kartus kartą karta`,
    remedy: `grąžin* grazin* kompensac* kompensuok* pinigus_atgal sutvarkykite sutaisykite reikalauju
      noriu_pinigų noriu_pinigu paaiškinkite paaiskinkite atšaukite
      taisyti sutaisyti pataisyti
      liaukitės liaukites nustokite`,
    expect: `žadėj* zadej* pažad* turėjo turejo laukiu laukėme laukiau laukti sumokėjau sumokejau moku
      mokėjau
      užsakiau uzsakiau užsisakiau primokėjau primokejau nesutik*
      pažymėt* pazymet*`,
    nobody: `niekas neatsako nekelia jokio_atsakymo jokios_informacijos niekas_neskaito padeda_ragelį`,
    qword: `kas ką ka kur kada kaip kiek koks kokia ar kodėl kodel gal`,
    why: `kodėl kodel kaip_įmanoma kaip_imanoma rimtai ar_taip_sunku
      kiek_dar per_daug pagaliau kada_nors ar_tikrai
      ar_normalu ar_tai_normalu apskritai`,
    praise: `ačiū aciu puik* šaun* saun* geriausi* gera geras gerai greit* patog* malon* mandag*
      patenkint* patinka patiko nuostab* tobul* sklandži* rekomenduoj* išgelbėj* isgelbej* superinis
      neblogai visai_neblogai
      smagu pagarba džiugina puiku idealiai neturiu_ką_skųstis neturiu_ka_skustis
      šaunuol* saunuol* didvyr*`,
    thanks: `ačiū aciu dėkoju dekoju labai_ačiū`,
    intens: `labai tiek per_daug visiškai visai absoliučiai`,
    sarc: `nuostabu_dar tiesiog_tobula ačiū_kad aciu_kad kaip_visada žinoma
      na_puiku na_super na_nuostabu na_ačiū na_aciu`,
    mood: `nekenčiu nekenciu pavarg* liūd* liud* nuobod* pirmadien* lietus lietinga oras
      kamšt* kamst* spūst* spust*`,
    service: `internet* ryš* rys* tinkl* kortel* sąskait* saskait* mokėjim* programėl* programel* svetain*
      užsakym* siunt* pristatym* kurjer* skrydž* skryd* bagaž* lagamin* autobus* traukin* troleibus*
      biliet* aptarnavim* technik* meistr* bankomat* skyri* parduotuv* kasa kasos kasose kasoje plan* prenumerat*
      žinut* zinut*
      tvarkaraš* tvarkaras* kain* sutart*`,
    outage: `visame_mieste visiems_klientams šimtai tūkstančiai visas_miestas niekas_negali`,
    safety: `pavoj* saug* sužeid* gaisr* dūm* duj* kvap* nepartrenk* partrenk* greitosios laidus atvirus
      žmonėms_bloga nukentės
      kibirkšči* kibirksc* elektros_smūg* elektros_smug*
      nukrito nukrit* pargriuv*`,
    money: `dingo_pinigai pavog* sukčiav* suktyb* apgavyst* nuskaičiavo prarijo neišdavė`,
    legal: `advokat* teism* policij* vartotojų_teisių vartotoju_teisiu žurnalist* žiniasklaid*`,
    swear: `šūdas sudas blet bliat`,
    helpq: `kaip_galima ar_galima ar_galiu kur_rasti kiek_laiko kiek_kainuoja ar_yra ar_turite`,
    greet: `sveiki laba_diena labas labas_rytas`,
    since: `nuo`,
    day: `pirmadien* antradien* trečiadien* treciadien* ketvirtadien* penktadien* šeštadien* sestadien* sekmadien* vakar* ryto sausio vasario kovo balandžio balandzio gegužės geguzes birželio birzelio liepos rugpjūčio rugpjucio rugsėjo rugsejo spalio lapkričio lapkricio gruodžio gruodzio praėjusi* praejusi*`,
    contrast: `bet o tačiau taciau vietoj vietoje`,
    recv: `gavau gavome atsiuntė atsiunte atėjo atejo atvežė atveze davė dave atvažiavo atvaziavo`,
    crowd: `kas_nors kam_nors kažkas kazkas`,
    within: `per`,
    resolved: `sutaisė sutaise sutvarkė sutvarke sutvarkyta išsprendė issprende išspręsta grąžino grazino
      pakeitė pakeite atkūrė atkure rado surado vėl_veikia vel_veikia atstatė atstate`,
  },
  et: {
    prob: `probleem* viga vea vigane katki rike rikke tõrge torge hilin* hiline tühist* tuhist* kaot* kadus
      kadunud aeglane aeglas* halb halva halvasti kohutav* jube ebaviisakas tüütu tuutu jookseb_kokku
      logib_välja kaks_korda blokeeri* läbimärg labimarg kaebus* vastuvõetamatu pettunud ei_sobi rämps*
      tehniline_viga kahjuks ei_meeldi
      keeldu* ei_võta ei_vota ei_lae vale valesti
      katke* katkes suletud sulge* peatat* võttis_raha vottis_raha vahele_jäe*
      sõi soi`,
    strong: `halvim* nali naeruväär* naeruvaar* mõttetu mottetu häbi habi petis* pettus* ebakompetent*
      uskumatu hullumeelne õudus tsirkus enam_kunagi lähen_teise
      mitte_millegi_eest
      hullumeelne hull`,
    fail: `ei_tööta ei_toota ei_tööta ei_tulnud ei_vasta ei_võta ei_saa ei_andnud pole_tulnud`,
    func: `tööta* toota* toimi* vasta* tul* jõud* joud* ühend* uhend* aita* tagast* saa* sobi*
      palu* telli* nõustu* noustu*`,
    neg: `ei pole mitte midagi keegi mingit mingi kunagi ilma`,
    still: `ikka_veel jälle jalle järjekordne jarjekordne kolmas kolmandat iga_kord mitte_kordagi
      järjest jarjest enam siiani siiamaani töötlemisel tootlemisel ootel`,
    time: `päev* paev* nädal* nadal* tund* kuu kuud minut* aast*
      korda`,
    remedy: `tagasi tagasimaks* hüvit* huvit* kompensats* parandage andke_raha raha_tagasi nõuan nouan
      selgitage tühistage
      ära_parandada ara_parandada parandada
      lõpetage lopetage`,
    expect: `lubas* lubatud pidi ootan ootame ootasin ootama maksin maksan
      tellisin broneerisin ei_nõustunud ei_noustunud
      märgitud margitud`,
    nobody: `keegi_ei keegi ei_vasta mingit_vastust mingit_infot paneb_toru`,
    qword: `mis miks kus kuidas millal kas kes kui palju mitu milline`,
    why: `miks kuidas_on_võimalik kuidas_on_voimalik tõsiselt tosiselt
      kui_palju_veel mitu_korda_veel liiga_palju lõpuks lopuks kunagi kas_tõesti kas_tõsiselt
      kas_on_normaalne üldse uldse`,
    praise: `aitäh aitah suurepära* super tubli tublid hea hästi hasti kiire kiiresti mugav* viisakas
      rahul meeldi* parim* lahe vau sujuv* soovita* päästsite paastsite täpne tapne pole_paha
      rõõm austus tore vahva imeline armastan pole_millegi_üle pole_millegi_ule
      kangelane meeldivalt`,
    thanks: `aitäh aitah tänan tanan suur_aitäh tänud`,
    intens: `väga vaga nii liiga täiesti taiesti absoluutselt`,
    sarc: `suurepärane_järjekordne lihtsalt_täiuslik aitäh_et aitah_et nagu_alati muidugi
      no_suurepärane no_suureparane no_super no_tore no_vahva no_aitäh`,
    mood: `vihkan väsinud vasinud kurb igav esmaspäev* vihm* ilm
      ummik*`,
    service: `internet* ühendus* uhendus* lev* võrk* vork* kaart* kont* makse* arve* rakendus* veebileht*
      tellimus* pakk* saadetis* kuller* lend* lennu* pagas* kohver* buss* rong* tramm* pilet*
      klienditeenindus* infoliin* tehnik* pangaautomaat* kontor* pood* kassa* pakett* tellimus*
      sõnum* sonum*
      sõiduplaan* soiduplaan* hind* lepingu* leping*`,
    outage: `kõik_kliendid kogu_linnas kogu_tallinna sajad tuhanded keegi_ei_saa kogu_linn`,
    safety: `ohtlik* ohutu* vigastu* tulekahju suits* gaas* gaasilõhn* üle_sõitis kiirabi juhtmed
      halb_inimestel saab_viga
      säde* sade* elektrilöö*
      kukkus* kukku*`,
    money: `kadus_raha varast* pettus* petumakse* andmeleke neelas`,
    legal: `advokaa* kohtusse politsei* tarbijakaitse* ajakirjani*`,
    swear: `kurat persse sitt`,
    helpq: `kuidas_saab kas_saab kas_ma kus_saab kui_kaua kui_palju kas_teil kas_on`,
    greet: `tere tere_hommikust halloo hei`,
    since: `alates saati`,
    day: `esmaspäev* esmaspaev* teisipäev* teisipaev* kolmapäev* kolmapaev* neljapäev* neljapaev* reede* laupäev* laupaev* pühapäev* puhapaev* eile* hommikust jaanuar* veebruar* märts* marts* aprill* mai* juuni* juuli* august* septemb* oktoob* novemb* detsemb* eelmise*`,
    contrast: `aga kuid hoopis asemel samas`,
    recv: `sain saime saatsite saadeti tuli tõi toi toodi andsite`,
    crowd: `keegi_teab kellelgi kes_veel`,
    within: `minutiga minutitega tunniga tunnitega päevaga paevaga nädalaga nadalaga`,
    resolved: `parandati parandasid parandas lahendati lahendasid tagastati tagastasid vahetati vahetasid
      taastati taastasid leiti leidsid töötab_jälle tootab_jalle korda_tehtud korras`,
  },
  ru: {
    prob: `проблем* ошибк* ошибка сломал* слома* авари* сбо* задерж* опаздыва* отмен* потерял* потеряли пропал*
      пропада* медленн* плох* ужасн* отвратительн* грубо груб* бесит беси* достал* виснет завис* выкидывает
      списал* списали дважды заблокир* промок* жалоб* неприемлем* разочаров* не_подходит не_пришел
      не_пришёл не_приехал техническая_ошибка perebo* problem* oshibk* zavis* vykidyva* к_сожалению увы не_нравится
      отклон* не_принимает отказ* не_грузится неправильн* скрыт*
      обрыва* оборвал* сбрасыва* сбросил* закрыл* закрыт* приостанов* выкинул* выкинуло пропуст*
      съел съела съело`,
    strong: `худш* цирк позор* безобразие мошенни* развод* некомпетент* невероятно кошмар* издевательство
      бесполезно смешно ухожу больше_никогда ужас
      ни_за_что
      безумн* бешен*`,
    fail: `не_работает не_работают неработает перестал* не_отвечает не_берет не_берёт не_выдал
      не_вернули не_доставили не_обновлял* ne_rabotaet nerabotaet ne_otvecaet`,
    func: `работа* rabota* отвеча* otveca* достав* приш* приход* приех* подключ* помог* верн* получ* подход*
      ловит
      просил* заказыва* заказал* принима* соглаша*`,
    neg: `не нет ни никак ничего никто никакой никакого никакой без ne net nic* nikto`,
    still: `до_сих_пор всё_ещё все_еще опять снова очередн* третий третью каждый_раз ни_разу opjat snova
      подряд больше_не bolse_ne так_и_нет так_и_не tak_i_net tak_i_ne висит висят в_обработке`,
    time: `дн* день недел* час* месяц* минут* год* den dnja dnej nedel* cas* mesjac*
      раза раз`,
    remedy: `верните вернуть возврат* компенсац* почините исправьте разберитесь требую хочу_деньги
      деньги_назад объясните отмените vernite
      чинить починить исправить почините
      прекратите перестаньте`,
    expect: `обещал* должен_был должна должны жду ждём ждем ждал* ждала заплатил* плачу оплатил*
      zdu zdem obescal*
      заказал* бронировал* доплатил* не_соглаша*
      отмечен* заказыва*`,
    nobody: `никто никакого_ответа никакой_информации бросает_трубку не_отвечают nikto`,
    qword: `что как когда где куда кто какой какая сколько ли можно почему зачем cto kak kogda gde skolko
      mozno pocemu`,
    why: `почему зачем как_так серьёзно серьезно так_сложно pocemu
      сколько_ещё сколько_еще слишком_много наконец-то когда-нибудь когда_нибудь неужели когда_уже kogda_uzhe
      это_нормально нормально_ли вообще`,
    praise: `спасибо отличн* супер класс* круто лучш* хорош* быстр* удобн* вежлив* мил* довол* нравит*
      понравил* молодц* идеальн* плавно рекоменд* спасли неплохо летает spasibo otlicn* super bystro
      horoso
      радует уважение приятно замечательно шикарно люблю классно здорово жаловаться_не_на
      красавчик* красавц* герой герои приятно`,
    thanks: `спасибо благодар* spasibo blagodar*`,
    intens: `очень так слишком совсем абсолютно вообще ocen`,
    sarc: `отлично_очередная просто_идеально спасибо_что как_всегда ну_конечно конечно браво
      ну_супер ну_отлично ну_класс ну_спасибо ну_прекрасно`,
    mood: `ненавижу устал* грустн* скучн* понедельник* дожд* погода nenavizu
      пробк*`,
    service: `интернет* связ* сет* карт* счёт* счет* платеж* платёж* приложени* сайт* заказ* посылк* доставк*
      курьер* рейс* багаж* чемодан* автобус* поезд* трамва* билет* поддержк* линия оператор* мастер*
      банкомат* отделени* магазин* касс* тариф* подписк* роуминг* internet* prilozeni* kart*
      сообщени*
      расписани* цен* договор*`,
    outage: `все_клиенты весь_город во_всём_городе во_всем_городе сотни тысячи никто_не_может`,
    safety: `опасн* безопасн* травм* пожар* дым* газ* сбил* скорую скорая провод* плохо людям_плохо
      пострадает
      искр* током
      упал* упало`,
    money: `украл* мошеннич* пропали_деньги списали проглотил* не_выдал утечк*`,
    legal: `юрист* адвокат* в_суд полици* защиты_прав журналист* роспотребнадзор*`,
    swear: `блин блять бля хрен пиздец задолбал* blin blja pizdec`,
    helpq: `как_мне можно_ли где_найти сколько_ждать сколько_стоит есть_ли подскажите как_можно`,
    greet: `здравствуйте привет добрый доброе zdravstvujte privet`,
    since: `с со`,
    day: `понедельника вторника среды четверга пятницы субботы воскресенья вчера вчерашн* утра прошлой прошлого января февраля марта апреля мая июня июля августа сентября октября ноября декабря`,
    contrast: `но а однако вместо зато`,
    recv: `получил* пришёл пришел пришла пришло прислали привезли дали выдали`,
    crowd: `кто-нибудь кто_нибудь kto_nibud кто_ещё кто_еще`,
    within: `за za
      через cerez`,
    resolved: `починили починил исправили исправил решили решил вернули вернул заменили заменил поменяли
      поменял восстановили восстановил нашли нашёл нашел снова_работает заработал заработало заработал`,
  },
  sh: {
    prob: `problem* greš* gres* grešk* kvar* pokvar* kasn* kašnj* otkaz* izgub* nestal* nestane spor* loš* los*
      užasn* uzasn* grozn* bezobraz* nervira* zaglav* izbacuje naplati* dvaput dva_puta blokir* pokisl*
      žalb* zalb* neprihvatljiv* razočar* razocar* ne_odgovara nije_došao nije_dosao tehnička_greška nažalost nazalost ne_sviđa
      odbij* ne_prihvata ne_učitava ne_ucitava pogrešn* pogresn*
      pukne puca prekid* prekine skinul* skinuo skinuli ugašen* ugasen* zatvoren* ukinut* nesta* izbaci* preskoč*
      pojeo pojela progutao progutala`,
    strong: `najgor* sprdnja smiješno smijesno smešno smesno beskorisn* sramot* prevar* nekompetent*
      nevjerojatno neverovatno cirkus katastrof* ludilo nikad_više prelazim
      ni_za_što ni_za_sto
      ludnica`,
    fail: `ne_radi neradi ne_radimo ne_javlja ne_javljaju nije_izbacio nije_vraćen nije_vracen
      nije_stigao nije_ažurirano`,
    func: `radi rad* javlja* odgovar* stig* doš* dos* doć* dostav* povez* pomo* vrat* dobi* proradi*
      tražil* trazil* tražio trazio naruči* naruci* prihvaća prihvaca prihvata pristao pristala`,
    neg: `ne nije nema ništa nista nikakv* nikad nitko niko bez nisam nismo nisu`,
    still: `još_uvijek jos_uvijek još_uvek jos_uvek i_dalje opet ponovo treći treci svaki_put nijednom još_jedan
      zaredom uzastopno više_ne vise_ne još_nema jos_nema još_ništa jos_nista u_obradi na_čekanju na_cekanju`,
    time: `dan dana dane tjed* sedmic* nedelj* sat* sata mjesec* mesec* minut* godin*
      puta`,
    remedy: `vratite vrati* povrat* nadoknad* kompenzac* popravite riješite resite sredite zahtijevam
      zahtevam hoću_novac hocu_novac novac_natrag pare_nazad objasnite otkažite
      popraviti riješiti rijesiti rešiti resiti
      prestanite prekinite`,
    expect: `obećal* obecal* trebal* čekam cekam čekamo cekamo čekao cekao čekala cekala platio platila
      plaćam placam
      naručio naručila narucio narucila rezervirao rezervirala doplatio doplatila nisam_pristao nisam_pristala
      označen* oznacen*`,
    nobody: `niko nitko nikakvog_odgovora nikakve_informacije spusti_slušalicu ne_čita ne_cita`,
    qword: `što sto šta sta kako kada kad gdje gde tko ko koliko koji koja da_li je_li li može moze`,
    why: `zašto zasto kako_je_moguće kako_je_moguce ozbiljno zar_je
      koliko_još koliko_jos previše previse konačno konacno ikada ikad
      je_li_normalno normalno_je uopće uopce uopšte uopste`,
    praise: `hvala odlič* odlic* super sjaj* najbol* dobr* brz* brzo zgod* ljubaz* pristoj* zadovolj*
      sviđa svida svidj* divn* savršen* savrsen* preporuč* spasili svaka_čast nije_loše nije_lose leti
      drago poštovanje sjajno divno volim oduševljen* nemam_se_na
      legenda legende heroj* ugodn*`,
    thanks: `hvala hvala_vam zahvaljujem puno_hvala`,
    intens: `jako vrlo baš bas previše previse potpuno totalno`,
    sarc: `baš_super bas_super baš_savršeno bas_savrseno hvala_što hvala_sto kao_i_uvijek kao_i_uvek
      naravno bravo
      ma_super ma_sjajno ma_bravo ma_divno baš_lijepo bas_lijepo`,
    mood: `mrzim umor* tuž* tuz* dosad* ponedelj* ponedjelj* kiš* kis* vreme vrijeme
      gužv* guzv* kolon*`,
    service: `internet* mrež* mrez* signal* kartic* račun* racun* uplat* aplikacij* sajt* stranic* narudžb*
      paket* dostav* kurir* let leta prtljag* kofer* autobus* voz* vlak* tramvaj* kart* podršk* podrsk*
      korisničk* tehničar* majstor* bankomat* filijal* poslovnic* dućan* prodavnic* tarif* pretplat*
      roaming*
      poruk*
      red_vožnje red_voznje raspored* cijen* cen* ugovor*`,
    outage: `svi_korisnici cijelom_gradu celom_gradu celom_centru cijelom_centru stotine hiljade tisuće niko_ne_može nitko_ne_može`,
    safety: `opasn* sigurn* bezbedn* povrij* požar* pozar* dim plin* gas miris_plina pregazi* hitna hitnu
      žice zice nastrada*
      varnič* varnic* struja struje
      pao pala pali`,
    money: `nestalo_novca ukral* prevar* krađ* kradj* progutao nije_izbacio`,
    legal: `advokat* odvjetnik* na_sud policij* zaštitu_potrošača zastitu_potrosaca novinar*`,
    swear: `jebiga jebem sranje kvragu`,
    helpq: `kako_da mogu_li može_li moze_li da_li_mogu da_li_je gdje_mogu gde_mogu koliko_traje koliko_košta
      ima_li imate_li`,
    greet: `zdravo bok pozdrav dobar_dan dobro_jutro selam`,
    since: `od`,
    day: `ponedjeljk* ponedeljk* utork* srijede srede četvrtk* cetvrtk* petk* subot* nedjelj* nedelj* jučer* jucer* juče juce jutra januar* februar* mart* april* maja juna jula avgust* august* septemb* oktob* novemb* decemb* siječ* siijec* veljač* veljac* ožujk* ozujk* travnj* svibnj* lipnj* srpnj* kolovoz* rujn* listopad* studen* prosin* prošl* prosl*`,
    contrast: `ali a umjesto umesto međutim medjutim nego`,
    recv: `dobio dobila dobili stigao stigla stiglo poslali donijeli donesli dali`,
    crowd: `itko iko neko nekome netko`,
    within: `za`,
    resolved: `popravili popravio riješili rijesili rešili resili riješeno rešeno vratili vratio zamijenili
      zamenili promijenili promenili pronašli pronasli našli nasli opet_radi proradio proradilo`,
  },
};

/**
 * Emoji and emoticons, by category (`emo+` / `emo-` are the scanner's smiley and frown emoticons).
 * Listed in `any` above for pictographs; here only the emoticon tokens.
 */
export const EMOTICON_CATEGORY: Record<string, Category> = { 'emo+': 'praise', 'emo-': 'prob' };
