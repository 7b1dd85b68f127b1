import type { ExampleBenchmark } from './example-benchmark.js';

/** Benchmark di esempio «apprendimento della lingua», in italiano. Redatto sulla base della guida. */
export const LANGUAGE_LEARNING_IT: ExampleBenchmark = {
  theme: 'Apprendimento della lingua: imparare la lingua del Paese di accoglienza',
  introduction:
    'Come una città può aiutare le persone neoarrivate a imparare la lingua locale, in aula e nella vita di tutti i giorni. Il benchmark descrive un ideale che nessuna città raggiunge del tutto: lo utilizzi per capire in che cosa la Sua città è forte, dove si trovano le lacune e su quali fattori chiave dovrebbe concentrarsi il mentoring.',
  keyFactors: [
    {
      title: 'Conoscere la domanda e l’offerta',
      rationale:
        'La programmazione parte da un quadro chiaro di chi ha bisogno di imparare la lingua, a quale livello e con quali vincoli (lavoro, cura dei figli, alfabetizzazione), e dei corsi e delle opportunità informali già esistenti. Senza questo quadro, lacune e sovrapposizioni restano nascoste.',
      guidingQuestions:
        'La città sa quanti residenti hanno bisogno di un sostegno linguistico, e a quali livelli?\nEsiste una mappatura aggiornata dei corsi formali e delle opportunità informali presenti in città?\nSi chiede ai migranti e alle loro organizzazioni che cosa impedisce loro di imparare?',
      practicalTips:
        'Incroci i dati statistici con una breve indagine condotta tramite le associazioni di migranti e gli enti erogatori.\nRaccolga l’offerta in un unico elenco condiviso, aggiornato direttamente dagli enti erogatori.',
    },
    {
      title: 'Corsi formali sufficienti e aperti a tutti',
      rationale:
        'I corsi portano a livelli riconosciuti e aprono la strada al lavoro e alla prosecuzione degli studi. Raggiungono le persone solo se i posti sono sufficienti e a basso costo, e se orari, sedi e servizi per l’infanzia si adattano alla vita di chi impara, compresi i lavoratori su turni e le persone con bassa scolarizzazione.',
      guidingQuestions:
        'Esistono liste d’attesa per i corsi, e per chi?\nCi sono corsi serali, nel fine settimana, online e nei quartieri?\nÈ offerto un servizio di custodia dei bambini, e ci sono corsi per chi non sa ancora leggere e scrivere?',
      practicalTips:
        'Concordi con gli enti erogatori dati comuni sulle liste d’attesa.\nUtilizzi biblioteche, scuole e centri civici per corsi vicino a casa.',
    },
    {
      title: 'Un unico punto di accesso chiaro all’apprendimento della lingua',
      rationale:
        'Spesso le persone neoarrivate non sanno che cosa esiste né quale corso faccia al caso loro. Un unico sportello di informazione e orientamento, in più lingue, che valuti il livello e indirizzi verso le opportunità formali e informali fa risparmiare tempo sia a chi impara sia agli enti erogatori.',
      guidingQuestions:
        'Oggi, dove viene a sapere dei corsi di lingua una persona neoarrivata?\nEsiste un servizio che valuta il livello e indirizza al corso adatto?\nLe informazioni sono disponibili nelle principali lingue delle persone neoarrivate?',
      practicalTips:
        'Formi il personale di front office degli altri servizi a indirizzare le persone allo sportello di orientamento.\nPubblichi l’offerta in linguaggio chiaro e nelle principali lingue delle comunità.',
    },
    {
      title: 'Sostenere l’apprendimento informale della lingua attraverso il volontariato',
      rationale:
        'Il volontariato offre grandi potenzialità per l’apprendimento della lingua. I volontari possono raggiungere migranti che l’insegnamento formale non raggiunge o che non hanno trovato posto in un corso, e offrire un sostegno molto personale. Possono fare da tandem linguistici o da mentori, seguire piccoli gruppi o affiancare i docenti nei corsi formali, e portano la lingua nella vita reale: caffè di conversazione ad accesso libero, centri civici, laboratori di cucina, sostegno sociale in ambito scolastico e sanitario.\nPer sfruttare queste potenzialità, una città può reclutare volontari linguistici (anche nell’ambito di campagne più ampie per il volontariato), avviare una rete locale che coordini le offerte, far conoscere le opportunità di apprendimento informale, formare i volontari insieme alle organizzazioni di volontariato e agli enti linguistici, e aiutare le organizzazioni a monitorare e migliorare i risultati di apprendimento.',
      guidingQuestions:
        'I migranti della Sua città conoscono le opportunità di volontariato che consentono loro di migliorare la conoscenza della lingua?\nLe iniziative di volontariato si impegnano a coinvolgere i migranti?\nI progetti di volontariato esistenti risultano attraenti per i migranti che vivono nella Sua città?\nHa valutato, insieme alle iniziative di volontariato, come potrebbero sostenere l’apprendimento della lingua?',
      practicalTips:
        'Il progetto Erasmus+ VIME ha prodotto moduli formativi e altri materiali per i volontari linguistici: una buona base da cui partire.\nParta da attività che le persone già apprezzano, come un coro, un laboratorio di cucina o una società sportiva, e vi aggiunga la pratica della lingua.',
      examples: [
        {
          title: 'EIL – European Integration Languages',
          description:
            'I partner del progetto hanno sperimentato «laboratori sociolinguistici»: l’apprendimento della lingua in contesti informali come un coro multiculturale o laboratori di cucina.',
          link: 'https://epale.ec.europa.eu/en/blog/eil-european-integration-languages',
        },
        {
          title: 'Schaerbeek (Bruxelles): il progetto CAMIM',
          description:
            'Dopo aver consultato i migranti e le loro organizzazioni, il Comune ha creato una piattaforma di volontariato con attività che permettono ai migranti di migliorare il proprio francese.',
          link: 'http://www.via.brussels/projet-camim',
        },
      ],
    },
    {
      title: 'La lingua per il lavoro e la vita quotidiana',
      rationale:
        'Si impara più in fretta quando la lingua è legata a ciò di cui si ha bisogno: il lavoro o la formazione, la scuola dei figli, l’assistenza sanitaria. I corsi che uniscono la lingua alla formazione professionale o ai tirocini, e i datori di lavoro che sostengono l’apprendimento sul posto di lavoro, accorciano il percorso verso l’occupazione.',
      guidingQuestions:
        'Esistono corsi che uniscono la lingua alla formazione professionale o a esperienze di lavoro?\nI datori di lavoro e i centri per l’impiego partecipano all’apprendimento della lingua?\nI genitori possono imparare attraverso le scuole o gli asili nido dei figli?',
      practicalTips:
        'Coinvolga datori di lavoro e sindacati nella progettazione di corsi orientati al lavoro.\nUtilizzi scuole e presidi sanitari per brevi sessioni pratiche di lingua.',
    },
    {
      title: 'Enti erogatori che lavorano insieme',
      rationale:
        'Molti attori offrono percorsi di apprendimento della lingua: istruzione degli adulti, ONG, volontari, datori di lavoro, talvolta programmi nazionali. Quando la città li mette in rete, chi impara passa senza interruzioni da un’offerta all’altra e le risorse, scarse, vanno dove servono di più.',
      guidingQuestions:
        'Gli enti che offrono apprendimento formale e informale si incontrano regolarmente?\nEsiste una modalità concordata per indirizzare chi impara da un’offerta all’altra?\nChi è responsabile dell’apprendimento della lingua nell’amministrazione comunale?',
      practicalTips:
        'Costituisca una rete locale per l’apprendimento della lingua, con una segreteria leggera presso il Comune.\nConcordi descrizioni comuni dei livelli, così da rendere semplice l’invio da un ente all’altro.',
    },
    {
      title: 'Monitorare i progressi e migliorare',
      rationale:
        'Sapere se chi impara fa progressi, abbandona o trova lavoro aiuta a migliorare l’offerta e a motivare le richieste di finanziamento. Il monitoraggio deve essere abbastanza semplice da permettere la partecipazione anche delle offerte piccole e gestite da volontari.',
      guidingQuestions:
        'Sa quanti corsisti completano un corso o raggiungono il livello successivo?\nSi chiede ai corsisti un riscontro sulla loro esperienza?\nI risultati vengono utilizzati per adeguare l’offerta?',
      practicalTips:
        'Concordi con gli enti erogatori pochi indicatori comuni.\nFornisca alle organizzazioni di volontariato strumenti semplici per registrare i progressi.',
    },
  ],
  contextFactors: [
    {
      title: 'Norme nazionali sui corsi di integrazione',
      description:
        'Se i corsi di lingua sono organizzati, finanziati o resi obbligatori a livello nazionale, e per chi.',
      implications:
        'Determina che cosa la città deve offrire direttamente e dove può soltanto integrare l’offerta nazionale e raccordarsi con essa.',
    },
    {
      title: 'Titolo di soggiorno e accesso ai corsi',
      description:
        'Alcuni gruppi, come i richiedenti asilo, possono non avere diritto ai corsi finanziati con fondi pubblici finché la loro posizione non è definita.',
      implications:
        'L’apprendimento informale e quello offerto dai volontari possono restare a lungo la loro unica opportunità.',
    },
    {
      title: 'Chi è competente per l’istruzione degli adulti',
      description:
        'L’istruzione degli adulti può essere di competenza regionale o nazionale, con bilanci stabiliti al di fuori della città.',
      implications:
        'Il ruolo della città può essere di coordinamento e di sensibilizzazione più che di finanziamento.',
    },
    {
      title: 'Tendenze migratorie',
      description:
        'Il numero degli arrivi, le lingue e il livello di istruzione delle persone possono cambiare rapidamente.',
      implications: 'L’offerta deve poter crescere o ridursi e adattarsi a nuovi gruppi di corsisti.',
    },
  ],
};
