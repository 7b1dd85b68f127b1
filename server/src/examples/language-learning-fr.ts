import type { ExampleTexts } from './language-learning-types.js';

/** The example programme in French (see language-learning-content.ts). */
export const FR: ExampleTexts = {
  programme: {
    title: 'Exemple : Jelgava apprend de Schaerbeek',
    theme: 'Apprentissage formel et informel de la langue pour les personnes migrantes',
    menteeCity: 'Jelgava',
    mentorCity: 'Schaerbeek',
  },
  facilitatorName: 'Animateur de l’exemple',
  boardTitles: {
    needs: 'Analyse des besoins',
    benchmark: 'Référentiel : apprentissage de la langue',
    network: 'Réseau de soutien local',
    plan: 'Premier plan d’action',
    visits: 'Programme des visites',
  },
  needs: {
    challenge:
      'Chaque année, davantage de nouveaux arrivants s’installent à Jelgava pour le travail ou les études, et beaucoup peinent à suivre la vie quotidienne en letton. Des cours existent, mais ils sont rares, complets et donnés à des heures incompatibles avec le travail posté.',
    evidence:
      'Les listes d’attente des deux organismes de cours de langue ; les questions reçues au guichet des services de la ville ; ce que les employeurs et les écoles rapportent au service social.',
    learningFromOthers:
      'Comment une ville peut associer bénévoles, bibliothèques et associations à l’apprentissage de la langue, pour que les gens la pratiquent hors de la salle de classe.',
    desiredImpact:
      'Chaque nouvel arrivant sait par où commencer à apprendre le letton, trouve un cours ou un groupe de conversation adapté à ses horaires et utilise la langue au quotidien.',
    keyPartners:
      'Le service social, le service de l’enseignement, la bibliothèque centrale, le centre d’éducation des adultes, les associations de migrants et les employeurs.',
    resourcesAndStrengths:
      'Un personnel de bibliothèque motivé, un réseau de bénévoles issu d’autres projets de la ville et le soutien de LALRG, l’association lettone des collectivités locales.',
    obstacles:
      'Peu de financement pour les cours, peu d’enseignants de letton formés à l’enseignement aux adultes et une information dispersée en de nombreux endroits.',
    planCreators: 'Le service social avec le réseau de soutien local, aidé par les mentors de Schaerbeek.',
    planApprovers: 'L’adjointe au maire chargée des affaires sociales et le conseil municipal.',
  },
  network: {
    purpose:
      'Réunir celles et ceux qui enseignent, accueillent et représentent les nouveaux arrivants, pour que le plan réponde à des besoins réels et soit mené ensemble.',
    members: [
      {
        name: 'Responsable du service social',
        organisation: 'Ville de Jelgava',
        role: 'Pilote le programme pour la ville',
        kind: 'city-official',
        migrantRepresentative: false,
      },
      {
        name: 'Conseiller politique',
        organisation: 'LALRG, association lettone des collectivités locales',
        role: 'Tuteur ; porte les résultats au niveau national',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Présidente',
        organisation: 'Une association de nouveaux arrivants de Jelgava',
        role: 'Porte la voix des apprenants et met les idées à l’épreuve',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
      {
        name: 'Bibliothécaire',
        organisation: 'Bibliothèque centrale de Jelgava',
        role: 'Accueille des groupes de conversation et des clubs de lecture',
        kind: 'public-body',
        migrantRepresentative: false,
      },
      {
        name: 'Coordinateur',
        organisation: 'Centre d’éducation des adultes',
        role: 'Organise les cours formels',
        kind: 'ngo',
        migrantRepresentative: false,
      },
    ],
  },
  plan: {
    version: 'Premier projet',
    rows: [
      {
        actions:
          'Ouvrir à la bibliothèque un point d’information unique sur l’apprentissage de la langue, avec un test de niveau simple.',
        results: 'Les nouveaux arrivants apprennent en un seul lieu quel cours ou quel groupe leur convient.',
        timeframe: 'Dans les six mois',
        lead: 'Service social avec la bibliothèque centrale',
        resources:
          'Deux agents de bibliothèque formés ; des dépliants dans les principales langues des nouveaux arrivants',
        successMeasure: 'Nombre de personnes conseillées et orientées chaque mois',
        focusFactor: 0,
      },
      {
        actions:
          'Lancer des cafés de conversation hebdomadaires animés par des bénévoles formés, sur le modèle de la plateforme de bénévolat de Schaerbeek.',
        results:
          'Les gens pratiquent le letton dans des situations de tous les jours, en dehors des heures de cours.',
        timeframe: 'À partir de la prochaine année scolaire',
        lead: 'Bibliothèque centrale avec l’association de nouveaux arrivants',
        resources:
          'Des bénévoles, une courte formation, des salles à la bibliothèque et dans les centres de quartier',
        successMeasure: 'Groupes actifs, bénévoles formés, apprenants participants',
        focusFactor: 1,
      },
      {
        actions: 'Former les bénévoles avec le centre d’éducation des adultes.',
        results: 'Les bénévoles se sentent prêts à accompagner des apprenants de tout niveau.',
        timeframe: 'Avant l’ouverture des premiers cafés',
        lead: 'Centre d’éducation des adultes',
        resources: 'Deux formateurs ; du matériel de formation partagé par Schaerbeek',
        successMeasure: 'Bénévoles formés et toujours actifs après six mois',
        focusFactor: 1,
      },
    ],
  },
};
