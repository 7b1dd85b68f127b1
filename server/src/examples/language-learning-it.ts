import type { ExampleTexts } from './language-learning-types.js';

/** The example programme in Italian (see language-learning-content.ts). */
export const IT: ExampleTexts = {
  programme: {
    title: 'Esempio: Jelgava impara da Schaerbeek',
    theme: 'Apprendimento formale e informale della lingua per le persone migranti',
    menteeCity: 'Jelgava',
    mentorCity: 'Schaerbeek',
  },
  facilitatorName: 'Facilitatore dell’esempio',
  boardTitles: {
    needs: 'Analisi dei bisogni',
    benchmark: 'Benchmark: apprendimento della lingua',
    network: 'Rete di supporto locale',
    plan: 'Primo piano d’azione',
    visits: 'Programma delle visite',
  },
  needs: {
    challenge:
      'Ogni anno sempre più nuovi arrivati si stabiliscono a Jelgava per lavoro o per studio, e molti faticano a seguire la vita quotidiana in lettone. I corsi esistono, ma sono pochi, pieni e in orari che non si conciliano con il lavoro a turni.',
    evidence:
      'Le liste d’attesa dei due enti che offrono corsi di lingua; le domande ricevute allo sportello dei servizi comunali; ciò che datori di lavoro e scuole riferiscono al settore sociale.',
    learningFromOthers:
      'Come una città può coinvolgere volontari, biblioteche e associazioni nell’apprendimento della lingua, perché le persone la pratichino fuori dall’aula.',
    desiredImpact:
      'Ogni nuovo arrivato sa da dove cominciare per imparare il lettone, trova un corso o un gruppo di conversazione adatto ai suoi orari e usa la lingua nella vita di ogni giorno.',
    keyPartners:
      'Il settore sociale, il settore istruzione, la biblioteca centrale, il centro per l’educazione degli adulti, le associazioni di migranti e i datori di lavoro.',
    resourcesAndStrengths:
      'Personale della biblioteca motivato, una rete di volontari nata da altri progetti comunali e il sostegno di LALRG, l’associazione lettone degli enti locali.',
    obstacles:
      'Pochi fondi per i corsi, pochi insegnanti di lettone formati per insegnare agli adulti e informazioni sparse in molti luoghi.',
    planCreators: 'Il settore sociale con la rete di supporto locale, aiutato dai mentori di Schaerbeek.',
    planApprovers: 'La vicesindaca per le politiche sociali e il consiglio comunale.',
  },
  network: {
    purpose:
      'Riunire chi insegna, accoglie e rappresenta i nuovi arrivati, perché il piano risponda a bisogni reali e sia realizzato insieme.',
    members: [
      {
        name: 'Responsabile del settore sociale',
        organisation: 'Comune di Jelgava',
        role: 'Guida il programma per la città',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Consulente per le politiche',
        organisation: 'LALRG, associazione lettone degli enti locali',
        role: 'Tutor; porta i risultati a livello nazionale',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Presidente',
        organisation: 'Un’associazione di nuovi arrivati di Jelgava',
        role: 'Dà voce a chi impara e mette alla prova le idee',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Bibliotecaria',
        organisation: 'Biblioteca centrale di Jelgava',
        role: 'Ospita gruppi di conversazione e circoli di lettura',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Coordinatore',
        organisation: 'Centro per l’educazione degli adulti',
        role: 'Programma i corsi formali',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'Prima bozza',
    rows: [
      {
        actions:
          'Aprire in biblioteca un unico punto informativo sull’apprendimento della lingua, con un semplice test di livello.',
        results: 'I nuovi arrivati scoprono in un solo luogo quale corso o gruppo fa per loro.',
        timeframe: 'Entro sei mesi',
        lead: 'Settore sociale con la biblioteca centrale',
        resources:
          'Due addetti della biblioteca formati; opuscoli nelle principali lingue dei nuovi arrivati',
        successMeasure: 'Persone consigliate e indirizzate ogni mese',
        focusFactor: 0,
      },
      {
        actions:
          'Avviare caffè di conversazione settimanali guidati da volontari formati, sul modello della piattaforma di volontariato di Schaerbeek.',
        results: 'Le persone praticano il lettone in situazioni quotidiane, fuori dall’orario delle lezioni.',
        timeframe: 'Dal prossimo anno scolastico',
        lead: 'Biblioteca centrale con l’associazione dei nuovi arrivati',
        resources: 'Volontari, una breve formazione, sale in biblioteca e nei centri di quartiere',
        successMeasure: 'Gruppi attivi, volontari formati, partecipanti',
        focusFactor: 1,
      },
      {
        actions: 'Formare i volontari insieme al centro per l’educazione degli adulti.',
        results: 'I volontari si sentono pronti ad accompagnare persone di ogni livello.',
        timeframe: 'Prima dell’apertura dei primi caffè',
        lead: 'Centro per l’educazione degli adulti',
        resources: 'Due formatori; materiale didattico condiviso da Schaerbeek',
        successMeasure: 'Volontari formati e ancora attivi dopo sei mesi',
        focusFactor: 1,
      },
    ],
  },
};
