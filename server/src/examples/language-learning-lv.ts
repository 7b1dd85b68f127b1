import type { ExampleTexts } from './language-learning-types.js';

/** The example programme in Latvian (see language-learning-content.ts). */
export const LV: ExampleTexts = {
  programme: {
    title: 'Piemērs: Jelgava mācās no Skārbēkas',
    theme: 'Formāla un neformāla valodas apguve migrantiem',
    menteeCity: 'Jelgava',
    mentorCity: 'Skārbēka',
  },
  facilitatorName: 'Piemēra vadītājs',
  boardTitles: {
    needs: 'Vajadzību analīze',
    benchmark: 'Etalons: valodas apguve',
    network: 'Vietējais atbalsta tīkls',
    plan: 'Pirmais rīcības plāns',
    visits: 'Vizīšu programma',
  },
  needs: {
    challenge:
      'Katru gadu Jelgavā darba vai studiju dēļ apmetas arvien vairāk iebraucēju, un daudziem ir grūti ikdienā sekot dzīvei latviešu valodā. Kursi ir, bet to ir maz, tie ir pilni un notiek laikā, kas nesaskan ar maiņu darbu.',
    evidence:
      'Rindas pie abiem valodas kursu piedāvātājiem; jautājumi, kas nonāk pilsētas klientu apkalpošanas centrā; tas, ko darba devēji un skolas stāsta sociālajam dienestam.',
    learningFromOthers:
      'Kā pilsēta var iesaistīt valodas apguvē brīvprātīgos, bibliotēkas un biedrības, lai cilvēki valodu praktizētu arī ārpus klases.',
    desiredImpact:
      'Katrs iebraucējs zina, ar ko sākt latviešu valodas apguvi, atrod kursu vai sarunu grupu, kas der viņa darba laikam, un lieto valodu ikdienā.',
    keyPartners:
      'Sociālais dienests, izglītības pārvalde, centrālā bibliotēka, pieaugušo izglītības centrs, migrantu biedrības un darba devēji.',
    resourcesAndStrengths:
      'Motivēti bibliotēkas darbinieki, brīvprātīgo tīkls no citiem pilsētas projektiem un Latvijas Pašvaldību savienības (LPS) atbalsts.',
    obstacles:
      'Maz finansējuma kursiem, maz latviešu valodas skolotāju, kas sagatavoti mācīt pieaugušos, un informācija, kas izkaisīta daudzās vietās.',
    planCreators: 'Sociālais dienests kopā ar vietējo atbalsta tīklu, ar Skārbēkas mentoru palīdzību.',
    planApprovers: 'Domes priekšsēdētāja vietniece sociālajos jautājumos un pilsētas dome.',
  },
  network: {
    purpose:
      'Sapulcināt tos, kas māca, uzņem un pārstāv iebraucējus, lai plāns atbildētu uz īstām vajadzībām un tiktu īstenots kopā.',
    members: [
      {
        name: 'Sociālā dienesta vadītāja',
        organisation: 'Jelgavas valstspilsētas pašvaldība',
        role: 'Vada programmu pilsētas vārdā',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Politikas padomnieks',
        organisation: 'Latvijas Pašvaldību savienība (LPS)',
        role: 'Tūtors; nodod rezultātus valsts līmenī',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Priekšsēdētāja',
        organisation: 'Jelgavas iebraucēju biedrība',
        role: 'Runā izglītojamo vārdā un pārbauda idejas',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Bibliotekāre',
        organisation: 'Jelgavas centrālā bibliotēka',
        role: 'Uzņem sarunu grupas un lasītāju klubus',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Koordinators',
        organisation: 'Pieaugušo izglītības centrs',
        role: 'Plāno formālos kursus',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'Pirmais melnraksts',
    rows: [
      {
        actions:
          'Atvērt bibliotēkā vienotu informācijas punktu par valodas apguvi ar vienkāršu līmeņa pārbaudi.',
        results: 'Iebraucēji vienuviet uzzina, kurš kurss vai grupa viņiem der.',
        timeframe: 'Sešu mēnešu laikā',
        lead: 'Sociālais dienests kopā ar centrālo bibliotēku',
        resources: 'Divi apmācīti bibliotēkas darbinieki; bukleti iebraucēju galvenajās valodās',
        successMeasure: 'Katru mēnesi konsultēto un novirzīto cilvēku skaits',
        focusFactor: 0,
      },
      {
        actions:
          'Sākt iknedēļas sarunu kafejnīcas, ko vada apmācīti brīvprātīgie, pēc Skārbēkas brīvprātīgā darba platformas parauga.',
        results: 'Cilvēki praktizē latviešu valodu ikdienas situācijās ārpus nodarbību laika.',
        timeframe: 'No nākamā mācību gada',
        lead: 'Centrālā bibliotēka kopā ar iebraucēju biedrību',
        resources: 'Brīvprātīgie, īsa apmācība, telpas bibliotēkā un apkaimju centros',
        successMeasure: 'Darbojošās grupas, apmācītie brīvprātīgie, dalībnieki',
        focusFactor: 1,
      },
      {
        actions: 'Apmācīt brīvprātīgos kopā ar pieaugušo izglītības centru.',
        results: 'Brīvprātīgie jūtas gatavi atbalstīt jebkura līmeņa izglītojamos.',
        timeframe: 'Pirms pirmo kafejnīcu atvēršanas',
        lead: 'Pieaugušo izglītības centrs',
        resources: 'Divi pasniedzēji; Skārbēkas nodotie mācību materiāli',
        successMeasure: 'Apmācītie brīvprātīgie, kas pēc sešiem mēnešiem joprojām darbojas',
        focusFactor: 1,
      },
    ],
  },
};
