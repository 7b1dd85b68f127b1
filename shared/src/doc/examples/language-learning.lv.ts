import type { ExampleBenchmark } from './example-benchmark.js';

/** Etalona piemērs “valodas apguve” latviešu valodā. Sagatavots pēc rokasgrāmatas. */
export const LANGUAGE_LEARNING_LV: ExampleBenchmark = {
  theme: 'Valodas apguve: kā apgūt uzņēmējvalsts valodu',
  introduction:
    'Kā pilsēta var palīdzēt jaunpienācējiem apgūt vietējo valodu gan nodarbībās, gan ikdienā. Etalons apraksta ideālu, ko neviena pilsēta pilnībā nesasniedz: izmantojiet to, lai redzētu, kur ir Jūsu pilsētas stiprās puses, kur ir nepilnības un uz kuriem galvenajiem faktoriem mentorēšanai jākoncentrējas.',
  keyFactors: [
    {
      title: 'Pārzināt pieprasījumu un piedāvājumu',
      rationale:
        'Plānošana sākas ar skaidru priekšstatu par to, kam jāapgūst valoda, kādā līmenī un ar kādiem ierobežojumiem (darbs, bērnu aprūpe, lasītprasme), kā arī par jau pieejamajiem kursiem un neformālās mācīšanās iespējām. Bez tā nepilnības un pārklāšanās paliek apslēptas.',
      guidingQuestions:
        'Vai pilsēta zina, cik daudziem iedzīvotājiem vajadzīgs valodas atbalsts un kādos līmeņos?\nVai ir aktuāls pārskats par formālās izglītības kursiem un neformālās mācīšanās iespējām pilsētā?\nVai migrantiem un viņu organizācijām jautā, kas viņiem traucē mācīties?',
      practicalTips:
        'Apvienojiet statistikas datus ar īsu aptauju, ko veic ar migrantu biedrību un kursu īstenotāju starpniecību.\nUzturiet piedāvājumu vienā kopīgā sarakstā, ko kursu īstenotāji paši atjaunina.',
    },
    {
      title: 'Pietiekami daudz formālās izglītības kursu, kas pieejami visiem',
      rationale:
        'Nodarbības ļauj sasniegt atzītus valodas prasmes līmeņus un paver ceļu uz darbu un tālākām studijām. Tās sasniedz cilvēkus tikai tad, ja ir pietiekami daudz vietu par zemu maksu un ja laiks, vieta un bērnu pieskatīšana atbilst izglītojamo dzīvei, tostarp maiņu darbinieku un cilvēku ar nelielu skolas izglītību vajadzībām.',
      guidingQuestions:
        'Vai uz kursiem ir rindas, un kuras grupas tajās gaida?\nVai ir kursi vakaros, nedēļas nogalēs, tiešsaistē un apkaimēs?\nVai tiek piedāvāta bērnu pieskatīšana, un vai ir kursi cilvēkiem, kuri vēl neprot lasīt un rakstīt?',
      practicalTips:
        'Vienojieties ar kursu īstenotājiem par kopīgiem datiem par rindām.\nIzmantojiet bibliotēkas, skolas un apkaimju centrus, lai nodarbības notiktu tuvu mājām.',
    },
    {
      title: 'Viens skaidrs ceļš uz valodas apguvi',
      rationale:
        'Jaunpienācēji bieži nezina, kas ir pieejams un kurš kurss viņiem der. Viens informācijas un konsultāciju punkts vairākās valodās, kas novērtē valodas līmeni un novirza uz formālās un neformālās mācīšanās iespējām, ietaupa laiku gan izglītojamajiem, gan kursu īstenotājiem.',
      guidingQuestions:
        'Kur jaunpienācējs šodien uzzina par valodas kursiem?\nVai ir dienests, kas novērtē valodas līmeni un novirza uz piemērotu kursu?\nVai informācija ir pieejama jaunpienācēju galvenajās valodās?',
      practicalTips:
        'Apmāciet citu dienestu klientu apkalpošanas darbiniekus novirzīt cilvēkus uz konsultāciju punktu.\nPublicējiet piedāvājumu vienkāršā valodā un kopienu galvenajās valodās.',
    },
    {
      title: 'Atbalstīt neformālu valodas apguvi ar brīvprātīgā darba palīdzību',
      rationale:
        'Brīvprātīgajam darbam ir liels potenciāls valodas apguvē. Brīvprātīgie var sasniegt migrantus, kurus formālā izglītība nesasniedz vai kuriem nav vietas grupā, un sniegt ļoti personisku atbalstu. Viņi var būt valodas partneri vai mentori, vadīt nodarbības mazām grupām vai palīdzēt formālās izglītības kursos, un viņi ienes valodu reālajā dzīvē: atvērtas sarunu kafejnīcas, apkaimju centri, kulinārijas pulciņi, sociālais atbalsts izglītībā un veselības aprūpē.\nLai šo potenciālu izmantotu, pilsēta var piesaistīt valodas brīvprātīgos (arī plašāku brīvprātīgā darba kampaņu ietvaros), izveidot vietējo tīklu, kas koordinē piedāvājumu, informēt par neformālās mācīšanās iespējām, apmācīt brīvprātīgos kopā ar brīvprātīgā darba un valodas mācīšanas organizācijām un palīdzēt organizācijām sekot mācību rezultātiem un tos uzlabot.',
      guidingQuestions:
        'Vai migranti Jūsu pilsētā zina par brīvprātīgā darba iespējām, kas ļauj uzlabot valodas prasmes?\nVai brīvprātīgā darba iniciatīvas cenšas iesaistīt migrantus?\nVai esošie brīvprātīgā darba projekti ir pievilcīgi migrantiem, kuri dzīvo Jūsu pilsētā?\nVai kopā ar brīvprātīgā darba iniciatīvām esat izvērtējuši, kā tās varētu atbalstīt valodas apguvi?',
      practicalTips:
        'Erasmus+ projektā VIME tika izstrādāti mācību moduļi un citi materiāli valodas brīvprātīgajiem: laba bāze, no kuras sākt.\nBalstieties uz nodarbēm, kas cilvēkiem jau patīk, piemēram, kori, kulinārijas pulciņu vai sporta klubu, un papildiniet tās ar valodas praksi.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'Projekta partneri izmēģināja “sociolingvistiskās darbnīcas”: valodas apguvi neformālā vidē, piemēram, multikulturālā korī vai kulinārijas darbnīcās.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Skārbēka (Schaerbeek, Brisele): projekts CAMIM',
          description:
            'Pēc konsultācijām ar migrantiem un migrantu organizācijām pašvaldība izveidoja brīvprātīgā darba platformu ar iespējām, kas ļauj migrantiem uzlabot franču valodas prasmes.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'Valoda darbam un ikdienai',
      rationale:
        'Cilvēki mācās ātrāk, ja valoda ir saistīta ar to, kas viņiem vajadzīgs: darbu vai mācībām, bērnu skolu, veselības aprūpi. Kursi, kuros valodas apguve apvienota ar profesionālo apmācību vai praksi, un darba devēji, kas atbalsta mācīšanos darba vietā, saīsina ceļu līdz darbam.',
      guidingQuestions:
        'Vai ir kursi, kuros valodas apguve apvienota ar profesionālo apmācību vai darba pieredzi?\nVai darba devēji un nodarbinātības dienesti piedalās valodas apguvē?\nVai vecāki var mācīties ar savu bērnu skolu vai pirmsskolas izglītības iestāžu starpniecību?',
      practicalTips:
        'Iesaistiet darba devējus un arodbiedrības ar darbu saistītu kursu izstrādē.\nIzmantojiet skolas un veselības centrus īsām, praktiskām valodas nodarbībām.',
    },
    {
      title: 'Kursu īstenotāju sadarbība',
      rationale:
        'Valodas apguvi piedāvā daudzi dalībnieki: pieaugušo izglītības iestādes, NVO, brīvprātīgie, darba devēji, dažkārt valsts programmas. Ja pilsēta tos saved kopā, izglītojamie netraucēti pāriet no viena piedāvājuma uz nākamo un ierobežotie resursi nonāk tur, kur tie visvairāk vajadzīgi.',
      guidingQuestions:
        'Vai formālās un neformālās mācīšanās piedāvātāji regulāri tiekas?\nVai ir saskaņota kārtība, kā novirzīt izglītojamos no viena piedāvājuma uz nākamo?\nKurš pašvaldības administrācijā ir atbildīgs par valodas apguvi?',
      practicalTips:
        'Izveidojiet vietējo valodas apguves tīklu ar nelielu sekretariātu pašvaldībā.\nVienojieties par kopīgiem līmeņu aprakstiem, lai novirzīšana būtu vienkārša.',
    },
    {
      title: 'Sekot progresam un pilnveidot',
      rationale:
        'Zinot, vai izglītojamie gūst panākumus, pārtrauc mācības vai atrod darbu, var uzlabot piedāvājumu un pamatot finansējuma nepieciešamību. Uzraudzībai jābūt pietiekami vienkāršai, lai tajā varētu piedalīties arī nelieli un brīvprātīgo īstenoti piedāvājumi.',
      guidingQuestions:
        'Vai Jūs zināt, cik izglītojamo pabeidz kursu vai sasniedz nākamo līmeni?\nVai izglītojamajiem jautā par viņu pieredzi?\nVai rezultātus izmanto piedāvājuma pielāgošanai?',
      practicalTips:
        'Vienojieties ar kursu īstenotājiem par dažiem kopīgiem rādītājiem.\nNodrošiniet brīvprātīgo organizācijām vienkāršus rīkus progresa uzskaitei.',
    },
  ],
  contextFactors: [
    {
      title: 'Valsts noteikumi par integrācijas kursiem',
      description: 'Vai valodas kursus organizē, finansē vai nosaka par obligātiem valsts līmenī, un kam.',
      implications:
        'Nosaka, kas pilsētai jāpiedāvā pašai un kur tā var tikai papildināt valsts piedāvājumu un nodrošināt sasaisti ar to.',
    },
    {
      title: 'Uzturēšanās statuss un piekļuve kursiem',
      description:
        'Dažām grupām, piemēram, patvēruma meklētājiem, var nebūt tiesību uz valsts finansētiem kursiem, kamēr nav pieņemts lēmums par viņu statusu.',
      implications: 'Neformāla un brīvprātīgo īstenota mācīšanās viņiem ilgu laiku var būt vienīgā iespēja.',
    },
    {
      title: 'Kurš atbild par pieaugušo izglītību',
      description:
        'Pieaugušo izglītība var būt reģionālā vai valsts kompetencē, un budžetu nosaka ārpus pilsētas.',
      implications: 'Pilsētas loma var būt drīzāk koordinēt un aizstāvēt intereses, nevis finansēt.',
    },
    {
      title: 'Migrācijas tendences',
      description: 'Iebraucēju skaits, viņu valodas un izglītības līmenis var strauji mainīties.',
      implications: 'Piedāvājumam jāspēj paplašināties vai sarukt un pielāgoties jaunām izglītojamo grupām.',
    },
  ],
};
